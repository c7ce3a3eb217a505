import { fileURLToPath } from 'node:url';
import { readModelJson } from '../pipeline/model-file.js';

/** dictionaries/vn-laws.json, as src/tools/build-laws.ts writes it. */
export interface LawsFile {
  format: 'vanban-laws-1';
  source: Record<string, unknown>;
  laws: Law[];
}

export interface Law {
  /** The name after 'Luật', as the corpus most often writes it ('Ngân sách nhà nước'). */
  name: string;
  number: string;
  /** The date it was passed (ISO), when the corpus's citations state it. */
  date: string | null;
  citations: number;
}

/** 'số' as OCR and the restorer leave it: an s and one o-vowel, whatever its marks ('so', 'sơ'). */
export const SO = 's[oốồổỗộôơớờởỡợóòỏõọ]';
// What follows a law's whole name: its number, its date, punctuation or nothing.
const NAME_END = new RegExp(`^(?:\\s*$|\\s+(?:${SO}|ngày|năm)(?:\\s|$)|\\s*[^\\p{L}\\s])`, 'u');
// A name's words up to its số or the first mark OCR left in it.
const CUT_NAME = new RegExp(`^(?:\\p{L}+,? )*?\\p{L}+(?= ${SO}(?:\\s|$)|\\s*[^\\p{L}\\s,])`, 'u');

/**
 * The laws the corpus cites by name and number: where OCR destroyed a cited law's number, its name
 * and year still say which law it is.
 */
export class LawTable {
  private readonly byName = new Map<string, Law[]>();
  private readonly numbers = new Map<string, Law>();

  constructor(file: LawsFile) {
    for (const law of file.laws) {
      const key = law.name.toLowerCase();
      this.byName.set(key, [...(this.byName.get(key) ?? []), law]);
      // (One law may be listed under two names: the entry that states its date.)
      if (!this.numbers.get(law.number)?.date) this.numbers.set(law.number, law);
    }
  }

  /** The law of this number, when the table holds it. */
  byNumber(number: string): Law | null {
    return this.numbers.get(number) ?? null;
  }

  static load(path: string): LawTable {
    return new LawTable(readModelJson<LawsFile>(path, 'law table', 'build:laws'));
  }

  /**
   * The law cited by the words after 'Luật' (`text`, running on past the name) in `year`: the longest
   * known name the text opens with — or, when OCR cut the name short, the known names its first three
   * words or more open — passed that year; on the date when one was passed then, else the one the
   * corpus cites most (three times as often as the next at least) and not known to have passed on
   * another day. Null when the words name none.
   */
  lookup(text: string, year: number, iso: string | null): Law | null {
    const lower = text.toLowerCase();
    let laws: Law[] = [];
    for (const [key, list] of this.byName) {
      // (The name whole: what follows it is its number, its date or punctuation, not more words of
      // another law's name — 'Luật Đầu tư công' is no Luật Đầu tư.)
      if (lower.startsWith(key) && NAME_END.test(lower.slice(key.length)) && (!laws.length || key.length > laws[0].name.length)) laws = list;
    }
    if (!laws.length) {
      // (Cut short: 'Luật Tổ chức chính quyền địa — số …'.)
      const words = CUT_NAME.exec(lower)?.[0];
      if (words && words.split(' ').length >= 3) {
        for (const [key, list] of this.byName) if (key.startsWith(`${words} `)) laws.push(...list);
      }
    }
    const inYear = laws.filter((l) => l.number.split('/')[1] === String(year));
    const onDate = inYear.filter((l) => iso && l.date === iso);
    if (onDate.length === 1) return onDate[0];
    // (A law the table knows passed on another day is not the one cited: the year may hold two of a name.)
    const ranked = inYear.filter((l) => !iso || !l.date || l.date === iso).sort((a, b) => b.citations - a.citations);
    if (ranked.length === 1 || (ranked.length > 1 && ranked[0].citations >= 3 * ranked[1].citations)) return ranked[0];
    return null;
  }
}

export const DEFAULT_LAWS_PATH = fileURLToPath(new URL('../../dictionaries/vn-laws.json', import.meta.url));

/** The law table file a pipeline made now would load ($VANBAN_LAWS overrides it). */
export function lawsPath(): string {
  return process.env.VANBAN_LAWS || DEFAULT_LAWS_PATH;
}

let cached: LawTable | null = null;
/** The shipped law table (or $VANBAN_LAWS), loaded once per process. */
export function loadDefaultLaws(): LawTable {
  cached ??= LawTable.load(lawsPath());
  return cached;
}
