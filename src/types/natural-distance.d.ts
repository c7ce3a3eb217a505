declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  const m: { LevenshteinDistance(a: string, b: string): number };
  export default m;
}
