/** Stable exit codes for scripts (documented in README). */
export const EXIT = {
  ok: 0,
  someFailed: 1,
  usage: 2,
  missingModel: 3,
  interrupted: 130,
} as const;
