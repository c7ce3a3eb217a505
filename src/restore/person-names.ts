import { readModelJson } from '../pipeline/model-file.js';
import type { Candidate } from './candidates.js';
import { skeleton } from './orthography.js';
import type { LanguageModel } from './language-model.js';
import type { Token } from './tokenize.js';

export type NameRole = 'surname' | 'middle' | 'given';

export interface NamesFile {
  format: string;
  source: string;
  surname: Record<string, number>;
  middle: Record<string, number>;
  given: Record<string, number>;
}

const ALPHA = 1; // weight of the language model's unigram for syllables the name lists lack
const OTHER_ROLE_SHARE = 0.25; // share of a syllable's middle/given counts standing in for the other role
// Văn and Thị mark a man's and a woman's name: middle names that stand as given names almost never, so they
// lend the given role none of their counts (Bùi Đình Thi had become Thị on Thị's 30 middle names).
const GENDER_MARKERS = new Set(['văn', 'thị']);

// Middle names that say a man's or a woman's name, and given names borne by one sex only. A given name
// the middle names say is the other sex's is read so only on clearer letters: 'Nguyễn Thị Thu Hien' is
// Hiền, not the man's Hiển; 'Trần Văn Tho' is Thọ, not the woman's Thơ. (Names borne by both, Hiền,
// Hải, Bình, Tâm, Ngọc, are in neither list.)
const MALE_MIDDLE = new Set(['văn', 'đình', 'hữu', 'đức', 'công', 'bá', 'trọng', 'khắc', 'mạnh', 'sỹ', 'sĩ', 'viết']);
const FEMALE_MIDDLE = new Set(['thị', 'thu', 'bích', 'diệu', 'mỹ', 'cẩm']);
const MALE_GIVEN = new Set(['hùng', 'hưng', 'dũng', 'cường', 'thắng', 'tuấn', 'hiển', 'đức', 'long', 'sơn', 'quang', 'toàn',
  'tiến', 'trung', 'phong', 'mạnh', 'lực', 'kiên', 'chiến', 'định', 'hào', 'khôi', 'quân', 'tài', 'thịnh', 'vượng', 'huy',
  'tùng', 'thọ', 'thành', 'tân', 'thiệu', 'quyết', 'dần']);
const FEMALE_GIVEN = new Set(['hằng', 'hương', 'hoa', 'hạnh', 'huyền', 'lan', 'liên', 'loan', 'mai', 'nga', 'nhung', 'oanh',
  'thảo', 'thủy', 'thúy', 'trang', 'tuyết', 'yến', 'vân', 'dung', 'phượng', 'quyên', 'nhàn', 'huệ', 'thơ', 'thư', 'trâm',
  'uyên', 'vy', 'nhi', 'thu', 'thoa', 'xuyến', 'diễm', 'duyên', 'lụa', 'cúc', 'nhạn', 'thơm', 'hường', 'ngà']);
/** What a given name of the other sex than its middle names say costs on top (log10 units). */
const OTHER_SEX_COST = 1.5;
/** And what one borne by that sex only gains (a name of both is likelier for each sex by less: Hoa before Hòa for a woman). */
const SAME_SEX_BONUS = 0.3;

/**
 * How Vietnamese names are spelled (dictionaries/vn-names.json, npm run build:names): the share of
 * each syllable as surname, middle or given name. A person's name says nothing to a language model
 * of running text ('Lương Thị Thanh Hà' came out 'Lượng Thì Thành Hà'), so a name line is decided by
 * the OCR channel and these shares, word by word.
 */
export class NameModel {
  private tables: Record<NameRole, Map<string, number>>;
  private totals: Record<NameRole, number>;
  /** Each role's listed syllables by their letters ('tuan' → tuấn, tuân), made once. */
  private bySkeleton: Record<NameRole, Map<string, string[]>>;

  constructor(file: NamesFile, private lm: LanguageModel) {
    const map = (t: Record<string, number>) => new Map(Object.entries(t).map(([k, v]) => [k.toLowerCase(), v]));
    this.tables = { surname: map(file.surname), middle: map(file.middle), given: map(file.given) };
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const index = (m: Map<string, number>) => {
      const out = new Map<string, string[]>();
      for (const k of m.keys()) out.set(skeleton(k), [...(out.get(skeleton(k)) ?? []), k]);
      return out;
    };
    this.bySkeleton = { surname: index(this.tables.surname), middle: index(this.tables.middle), given: index(this.tables.given) };
    this.totals = { surname: sum(this.tables.surname), middle: sum(this.tables.middle), given: sum(this.tables.given) };
  }

  static load(path: string, lm: LanguageModel): NameModel {
    return new NameModel(readModelJson<NamesFile>(path, 'name model', 'build:names'), lm);
  }

  isSurnameSkeleton(letters: string): boolean {
    return this.bySkeleton.surname.has(letters);
  }

  /** The syllables listed for a role (lower case). */
  syllables(role: NameRole): string[] {
    return [...this.tables[role].keys()];
  }

  isSurname(syllable: string): boolean {
    return this.tables.surname.has(syllable.toLowerCase());
  }

  /** Whether the lists hold this syllable for this role ('Lường' as a surname). */
  lists(role: NameRole, syllable: string): boolean {
    return this.tables[role].has(syllable.toLowerCase());
  }

  /**
   * The listed syllable of a role with these letters (any marks) when one is clearly the commonest:
   * at least 3 names and twice the next ('tuan' → tuấn, 12 names, before tuân, 2); else null.
   */
  commonestBySkeleton(role: NameRole, syllable: string): string | null {
    const same = (this.bySkeleton[role].get(skeleton(syllable.toLowerCase())) ?? []).map((k) => [k, this.tables[role].get(k)!] as const)
      .sort((a, b) => b[1] - a[1]);
    return same.length && same[0][1] >= 3 && same[0][1] >= 2 * (same[1]?.[1] ?? 0) ? same[0][0] : null;
  }

  /** Whether the lists hold a syllable for a role and no other of its letters ('Lang' as a surname; not 'Ma', beside Mã). */
  listedAlone(role: NameRole, syllable: string): boolean {
    const s = syllable.toLowerCase();
    return this.tables[role].has(s) && this.bySkeleton[role].get(skeleton(s))!.length === 1;
  }

  /** −log10 P(syllable | role), the unigram standing in for syllables no list has. */
  cost(role: NameRole, syllable: string, id: number): number {
    // A given name is often a middle name and the other way round: a share of the other's counts
    // stands in when this role has none ('An' as a middle name: Hồ An Phong). Surnames are apart.
    const own = this.tables[role].get(syllable) ?? 0;
    const other: NameRole | null = role === 'middle' ? 'given' : role === 'given' && !GENDER_MARKERS.has(syllable) ? 'middle' : null;
    const c = own > 0 || !other ? own : OTHER_ROLE_SHARE * (this.tables[other].get(syllable) ?? 0);
    const uni = id >= 0 ? 10 ** this.lm.unigram(id) : 1e-7;
    return -Math.log10((c + ALPHA * uni) / (this.totals[role] + ALPHA));
  }

  /** The candidate a name word most likely stands for; a given name's middle names (lower case) say its sex. */
  choose(role: NameRole, cands: Candidate[], middles: string[] = []): Candidate {
    const male = middles.some((m) => MALE_MIDDLE.has(m)), female = middles.some((m) => FEMALE_MIDDLE.has(m));
    const otherSex = role !== 'given' || male === female ? null : male ? FEMALE_GIVEN : MALE_GIVEN;
    const sameSex = role !== 'given' || male === female ? null : male ? MALE_GIVEN : FEMALE_GIVEN;
    let best = cands[cands.length - 1], bestCost = Infinity;
    for (const c of cands) {
      const cost = c.cost + this.cost(role, c.text, c.id) + (otherSex?.has(c.text) ? OTHER_SEX_COST : sameSex?.has(c.text) ? -SAME_SEX_BONUS : 0);
      if (cost < bestCost) { bestCost = cost; best = c; }
    }
    return best;
  }
}

/** Two words that read as a rank by their letters: Đại/Thượng/Trung/Thiếu, then tá, úy or tướng (OCR may garble the second: 'td'). */
export function isRank(first: string, second: string): boolean {
  // (Đại's Đ as English-model OCR reads it: 'bai ta'.)
  return ['dai', 'thuong', 'trung', 'thieu'].includes(skeleton(first).toLowerCase().replace(/^[bp](?=ai$)/, 'd')) &&
    /^(?:t[a-z]?|uy|tuong)$/.test(skeleton(second).toLowerCase());
}

/**
 * Lines that are a person's name alone, as under a signature: two to five words, all but the first
 * in Title case (OCR may garble the first letter: 'bo Minh Tuan'), the first able to be a surname
 * or the second a Thị or Văn (`canBeSurname` is given the first word and its token index).
 * Returns the token indices of each such line's words.
 */
export function nameLines(tokens: Token[], canBeSurname: (word: string, at: number) => boolean): number[][] {
  const lines: number[][] = [];
  let words: number[] = [];
  let ok = true, ended = false;
  // A Central Highlands name opened by one capital and an apostrophe (H' Linh Niê, K' Sáu).
  let prefixed = false;
  let lineStart = 0;
  const close = (end: number) => {
    // (A name OCR ran onto the filing line's end, the signature block's two columns read as one: '- Luu: VT, TH. oo
    // Nguyén Tri Lac'. Its words after the last that is no name's, when the line is Lưu's.)
    if (!ok) { words = filingTail(lineStart, end); ok = words.length > 0; }
    // A police or army rank before the name ('Đại tá Nguyễn Hữu Thắng', OCR'd 'Dai td …') is no part of it.
    if (words.length >= 4 && isRank(tokens[words[0]].text, tokens[words[1]].text)) words = words.slice(2);
    // Thị and Văn, the commonest middle names, mark a name whose surname OCR garbled ('Vi Thi Hong Nhung').
    const marked = words.length >= 3 && ['thi', 'van'].includes(skeleton(tokens[words[1]]?.text ?? '').toLowerCase());
    if (ok && words.length >= 2 && words.length <= 5 && (marked || prefixed || canBeSurname(tokens[words[0]].text, words[0])) &&
        // (A small b or p is a capital Đ as English-model OCR reads it: 'Vu buc Thanh'.)
        words.slice(1).every((i) => /^(?:\p{Lu}|[bp](?=\p{Ll}))\p{Ll}*$/u.test(tokens[i].text) ||
          // A Title-case word with a glyph OCR made of a mark ('M§' for Mỹ) is still a name word.
          (tokens[i].kind === 'damaged' && /^\p{Lu}(?=.*\p{Ll}|.{1,2}$)[^\p{Lu}\s\d]*$/u.test(tokens[i].text)))) lines.push(words);
    words = []; ok = true; ended = false; prefixed = false; lineStart = end + 1;
  };
  const nameWordAt = (k: number) => (tokens[k].kind === 'word' || tokens[k].kind === 'damaged') && /^\p{Lu}\p{Ll}*$/u.test(tokens[k].text) && [...tokens[k].text].length <= 7;
  const filingTail = (from: number, to: number): number[] => {
    // (From the line's start only: every line that is no name's comes here.)
    const first = firstWord(tokens, from, to);
    if (first < 0 || !isLuu(tokens[first])) return [];
    const tail: number[] = [];
    for (let k = to - 1; k > first; k--) {
      if (tokens[k].kind === 'space') continue;
      if (!nameWordAt(k)) break;
      tail.unshift(k);
    }
    return tail;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'space') { if (t.text.includes('\n')) close(i); continue; }
    if ((t.kind === 'word' || t.kind === 'damaged') && [...t.text].length <= 7 && !/^\p{Lu}{2,}$/u.test(t.text) && !ended) words.push(i);
    // A speck before the name ('| Hoang Van Thang': the page's edge) or after it (': Hoang bang Khoa -')
    // leaves it a name line.
    // (Or a quote mark glued to its last word: "Lo Van Manh'".)
    // (Or inside it, a Central Highlands woman's given name after her surname: 'Rơ Châm H'Ly'.)
    else if (t.kind === 'punct' && words.length >= 1 && !prefixed && /^['’]$/u.test(t.text) && /^\p{Lu}$/u.test(tokens[words[words.length - 1]].text)) prefixed = true;
    // (Or a speck read as an apostrophe between two of its words, their space lost: "L& Thi'Thu Hién".)
    else if (t.kind === 'punct' && /^['’`]$/u.test(t.text) && words[words.length - 1] === i - 1 && [...tokens[i - 1].text].length >= 2 &&
      /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && !ended) continue;
    // (Or a full stop after it: 'Bui Thi Phuong Thao.'; or a double quote before it, '“Hoang Thi Lua'.)
    else if (t.kind === 'punct' && (words.length === 0 ? /^[|¦~_'‘’"“”`.,:;]+$/u : /^[-|¦~_'‘’"“”`.]+$/u).test(t.text)) ended = words.length > 0;
    else ok = false;
  }
  close(tokens.length);
  return lines;
}

/**
 * Whether the line holding token `at` stands where a signer's name does: under a title in capitals, the line
 * above ending with one ('PHÓ CHỦ TỊCH', or 'Nơi nhận: … GIÁM ĐỐC' with the columns read as one), or under
 * the filing line ('- Lưu: VT.'), the name's column read after the other.
 */
export function underSignature(tokens: Token[], at: number): boolean {
  let start = at;
  while (start > 0 && !(tokens[start - 1].kind === 'space' && tokens[start - 1].text.includes('\n'))) start--;
  let last: Token | null = null;
  for (let k = start - 1; k >= -1; k--) {
    const t = k >= 0 ? tokens[k] : { kind: 'space', text: '\n' } as Token;
    if (t.kind === 'space' && t.text.includes('\n') && last) {
      // The line above's first word: the filing line's Lưu?
      const first = firstWord(tokens, k + 1, start);
      return first >= 0 && isLuu(tokens[first]);
    }
    if (t.kind === 'space' || t.kind === 'punct') continue;
    if (!last) { last = t; if (/^\p{Lu}{2,}$/u.test(t.text)) return true; }
  }
  return false;
}

/** The index of the first word between `from` and `to` (a word or a damaged one), or -1. */
function firstWord(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens[k].kind === 'word' || tokens[k].kind === 'damaged') return k;
  return -1;
}

/** Whether a word is the filing line's Lưu, whatever marks OCR left it. */
const isLuu = (t: Token) => skeleton(t.text).toLowerCase() === 'luu';
