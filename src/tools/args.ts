/** The value after `name` on the command line ('--out FILE'), or `def`. */
export function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
}
