export interface Restorer {
  restore(text: string): string;
}

/** Placeholder until the dictionary model lands: NFC only. */
export async function loadDefaultRestorer(_opts: { toneStyle?: "old" | "new" } = {}): Promise<Restorer> {
  return { restore: (t) => t.normalize('NFC') };
}
