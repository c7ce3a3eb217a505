import levenshtein from 'natural/lib/natural/distance/levenshtein_distance.js';

const { LevenshteinDistance } = levenshtein as unknown as { LevenshteinDistance: (a: string, b: string) => number };

/** Edit distance (natural's Levenshtein). */
export const editDistance = (a: string, b: string): number => LevenshteinDistance(a, b);
