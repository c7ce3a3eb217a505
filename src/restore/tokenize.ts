import { couldBeSyllable, hasVietnameseDiacritic, isSyllable, skeleton } from './orthography.js';
import { restoreSymbolD } from './symbols.js';

export type TokenKind =
  | 'word'      // letters only: a syllable to restore (or keep)
  | 'damaged'   // letters mixed with digits/symbols OCR put in place of accented letters (s6, ctia, S&)
  | 'protected' // numbers, dates, document symbols, URLs, acronyms: never changed (except Đ in symbols)
  | 'punct'
  | 'space';

export interface Token {
  kind: TokenKind;
  text: string;
  /** For protected tokens: what the language model sees (<num>, an acronym, or <unk>). */
  unit?: string;
  /** Sentence boundary or comma for punctuation tokens. */
  boundary?: 'sentence' | 'comma' | 'paragraph';
}

// Characters English-model OCR puts where Vietnamese vowels were.
export const CONFUSABLE_SYMBOLS = '0123456789&¥§$@€¢£©®°|}{)(\\';
/** Signs the tokenizer keeps inside words, as OCR prints them for letters ('¢6' có, 'd&i' đổi). */
export const LETTER_SIGNS = '&¥§$@€¢£©®°|';
const WORD_CHARS = new RegExp(`[\\p{L}\\p{M}\\p{N}${LETTER_SIGNS}]`, 'u');
const URL = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.]+$/iu;
/** A number with one capital after it, a numbered road, class or block ('295C', '1A'): read as the number. */
export const NUMBERED = /^\p{N}+\p{Lu}$/u;
const NUMBERISH = /^[+-]?\d+(?:[.,/:-]\d+)*(?:%|đ)?$/u;
// Document symbols and codes: alnum groups joined by / or - with a digit or an upper-case group.
const SYMBOL = /^[\p{L}\p{N}]+(?:[/-][\p{L}\p{N}]+)+$/u;
const ACRONYM_AMP = /^\p{Lu}+(?:&\p{Lu}+)+$/u;
// Short slash abbreviations: V/v, b/c, T/M, K/T, đ/c, km/h (not 'và/hoặc').
const SLASH_ABBR = /^\p{L}{1,2}\/\p{L}{1,2}$/u;
const SLASH_ABBR_LEAD = /^(\p{L}{1,2}\/\p{L}{1,2})[‘’'`"“”:.,;~]+\p{L}/u;

/** Split text into tokens that cover it exactly (joining every token's text gives the input back). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\s+|\S+/gu)) {
    const chunk = m[0];
    if (/^\s/u.test(chunk)) {
      tokens.push({ kind: 'space', text: chunk, boundary: /\n\s*\n/.test(chunk) ? 'paragraph' : undefined });
      continue;
    }
    let split = chunkCache.get(chunk);
    if (!split) {
      split = [];
      splitChunk(chunk, split);
      if (chunkCache.size > 100_000) chunkCache.clear();
      chunkCache.set(chunk, split);
    }
    for (const t of split) tokens.push(t);
  }
  return tokens;
}

// Texts repeat their words: the tokens of a chunk are computed once (tokens are never mutated).
const chunkCache = new Map<string, Token[]>();

function splitChunk(chunk: string, out: Token[]): void {
  // Whole-chunk protections first: a URL or a date keeps its dots and slashes.
  // (A dash may lead a symbol whose number OCR set apart: '15- -NQ/bU'.)
  const core = chunk.replace(/^[("'“‘[-]+/u, '').replace(/[)"'”’\].,;:!?]+$/u, '');
  const lead = chunk.slice(0, chunk.indexOf(core));
  const trail = chunk.slice(lead.length + core.length);
  // 'số' read as $6 or s6 with the space after it lost, before a symbol ('Thông tư $617/2023/TT-BGDDPT'): one
  // protected token the restorer divides, the symbol's Đ repaired ('$' stands in no symbol).
  const glued = /^([sS$]6)(\d{1,4}[/-].+)$/u.exec(core);
  if (glued && isSymbol(glued[2])) {
    pushPunct(lead, out);
    out.push({ kind: 'protected', text: `${glued[1]}${restoreSymbolD(glued[2])}`, unit: '<num>' });
    pushPunct(trail, out);
    return;
  }
  if (core && (URL.test(core) || NUMBERISH.test(core) || isSymbol(core) || ACRONYM_AMP.test(core) || SLASH_ABBR.test(core))) {
    pushPunct(lead, out);
    out.push(protectedToken(core));
    pushPunct(trail, out);
    return;
  }
  // A slash abbreviation run into the next word by a speck ("V/v'đôn"): the abbreviation stays whole.
  const abbr = SLASH_ABBR_LEAD.exec(chunk);
  if (abbr) {
    out.push(protectedToken(abbr[1]));
    splitChunk(chunk.slice(abbr[1].length), out);
    return;
  }
  let i = 0;
  const chars = [...chunk];
  while (i < chars.length) {
    if (WORD_CHARS.test(chars[i])) {
      let j = i;
      while (j < chars.length && WORD_CHARS.test(chars[j])) j++;
      out.push(classifyWord(chars.slice(i, j).join('')));
      i = j;
    } else {
      let j = i;
      while (j < chars.length && !WORD_CHARS.test(chars[j])) j++;
      pushPunct(chars.slice(i, j).join(''), out);
      i = j;
    }
  }
}

/** A caps word with its Đ read as DP or DB ('DPUA'), which one D in their place makes a syllable. */
export const twoLetterD = (w: string): boolean => /D[PB]/.test(w) && couldBeSyllable(w.replace(/D[PB]/, 'D'));
const couldBeSyllableRead = (w: string) => couldBeSyllable(w) || twoLetterD(w);

const MERGED_MIN = 7;
/**
 * Words OCR ran together when it lost the spaces of a letter-spaced header ('UYBANNHANDAN' →
 * ỦY BAN NHÂN DÂN): a long letters-only token that is no syllable but divides completely into
 * possible syllables, in as few pieces as possible. Acronyms are shorter (UBND, BCĐTW, SKHCN).
 * Only for text that reads as OCR damage: elsewhere such a word is a name (Samsung, VIETNAM).
 */
export function splitMerged(word: string, minLength = MERGED_MIN): string[] | null {
  const chars = [...word];
  if (chars.length < minLength || !/^\p{L}+$/u.test(word) || couldBeSyllable(word)) return null;
  // Mixed case inside (TTg, IoT) is an abbreviation, not merged words.
  if (word !== word.toUpperCase() && /\p{Lu}/u.test(word.slice(1))) return null;
  const n = chars.length;
  const best = new Array<number>(n + 1).fill(Infinity), from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    for (let j = i + 1; j <= Math.min(n, i + 7); j++) {
      if (best[i] + 1 < best[j] && couldBeSyllableRead(chars.slice(i, j).join(''))) { best[j] = best[i] + 1; from[j] = i; }
    }
  }
  if (best[n] === Infinity || best[n] < 2 || n / best[n] < 2.5) return null;
  const parts: string[] = [];
  for (let j = n; j > 0; j = from[j]) parts.unshift(chars.slice(from[j], j).join(''));
  return parts;
}

/**
 * Marked words a Vietnamese-model OCR ran together ('đềxuất', 'phương ánứng', 'QUẬNNINHKIỀU'): no
 * syllable itself, but two to five valid syllables, one of them marked ('SỚYTẾHÀTĨNH', a department's
 * line, has five). Returns every such division (the context decides between 'á nứng' and 'án ứng'), or null.
 */
export function splitRunTogether(word: string): string[][] | null {
  const lower = word.toLowerCase();
  if (!/^\p{L}+$/u.test(word) || isSyllable(lower) || !hasVietnameseDiacritic(lower)) return null;
  const chars = [...word];
  const out: string[][] = [];
  const walk = (at: number, parts: string[]) => {
    if (at === chars.length) {
      if (parts.length >= 2 && parts.some((p) => hasVietnameseDiacritic(p))) out.push(parts);
      return;
    }
    if (parts.length === 5) return;
    for (let j = at + 1; j <= Math.min(chars.length, at + 7); j++) {
      const p = chars.slice(at, j).join('');
      if (isSyllable(p.toLowerCase())) walk(j, [...parts, p]);
    }
  };
  walk(0, []);
  return out.length ? out : null;
}

/**
 * A word OCR read with one vowel twice, its marks split between the two ('VỤỰC' for VỰC, 'TRỤỰC', 'HUƯNG'):
 * the syllables left by dropping one of two neighbouring vowels with the same letter under their marks,
 * the one the text's model knows best first by the caller's ranking. Null when the word is a syllable
 * already or no such drop makes one. (Lưu, Hữu, Cựu are syllables and never reach here.)
 */
export function doubledVowelReadings(word: string): string[] | null {
  const lower = word.toLowerCase();
  // (The cheap tests first: most words have no mark, or are syllables.)
  if (!hasVietnameseDiacritic(lower) || !/^\p{L}+$/u.test(word) || isSyllable(lower)) return null;
  const chars = [...word], out: string[] = [];
  for (let k = 0; k + 1 < chars.length; k++) {
    const a = skeleton(chars[k]).toLowerCase(), b = skeleton(chars[k + 1]).toLowerCase();
    if (a !== b || !'aeiouy'.includes(a)) continue;
    for (const drop of [k, k + 1]) {
      const w = [...chars.slice(0, drop), ...chars.slice(drop + 1)].join('');
      if (isSyllable(w.toLowerCase()) && !out.includes(w)) out.push(w);
    }
  }
  return out.length ? out : null;
}

function isSymbol(s: string): boolean {
  if (!SYMBOL.test(s)) return false;
  // "57-NQ/TW", "453/SKHCN-QLKH", "30/2020/NĐ-CP", "KH-UBND" — but not "kinh-tế" style hyphenated words.
  return /\d/.test(s) || /\p{Lu}{2}/u.test(s);
}

function pushPunct(s: string, out: Token[]): void {
  if (!s) return;
  const boundary = /[.;:!?]/.test(s) ? 'sentence' : s.includes(',') ? 'comma' : undefined;
  out.push({ kind: 'punct', text: s, boundary });
}

function protectedToken(text: string): Token {
  if (NUMBERISH.test(text)) return { kind: 'protected', text, unit: '<num>' };
  // A symbol starting with its number reads to the model like the number (training sees '35 CT TW' as <num> CT TW).
  if (isSymbol(text)) return { kind: 'protected', text: restoreSymbolD(text), unit: /^\p{N}/u.test(text) ? '<num>' : '<unk>' };
  return { kind: 'protected', text, unit: text };
}

function classifyWord(w: string): Token {
  // 'V/v' (về việc) with its slash lost: no Vietnamese word is spelled so.
  if (w === 'Vv') return protectedToken('V/v');
  if (/^\p{N}+$/u.test(w)) return { kind: 'protected', text: w, unit: '<num>' };
  // A lone symbol ('|', '&') is not a word; a sign OCR prints for a letter with a digit is ('¢6' có).
  if (!/\p{L}/u.test(w)) return [...w].length >= 2 && /[¢€£§¥]/u.test(w) && /\d/.test(w) ? { kind: 'damaged', text: w } : { kind: 'punct', text: w };
  // Units and footnote marks: m2, km2, CO2; 'đất2' where a valid syllable carries a footnote number. (Square
  // and cubic only: 'm6' is mô, its ô read as a 6.)
  if (/^(?:(?:m|km|cm|mm|dm)[23]|(?:ha|co|so|no)\d)$/iu.test(w)) return { kind: 'protected', text: w, unit: '<unk>' };
  const foot = /^(\p{L}+)(\d{1,2})$/u.exec(w);
  if (foot && foot[1].length > 1 && isSyllable(foot[1].toLowerCase()) && hasVietnameseDiacritic(foot[1])) {
    return { kind: 'protected', text: w, unit: foot[1].toLowerCase() };
  }
  const letters = /^[\p{L}\p{M}]+$/u.test(w);
  if (!letters) {
    // Mostly digits with a letter or two (4G, 15h30, 2a) are codes, not damaged words.
    const digits = (w.match(/\p{N}/gu) ?? []).length;
    // Except an l and a vowel read as digits before small letters ('16p' lớp, '14p' lập): no unit
    // of measure is spelled so ('10m', '15h' stay). (Metres after a 6 or a 4 are left to the context:
    // English-model OCR prints lớn so, 'mưa 16m', and the corpus's 135 MB write 16m twice, 10m 16 times.)
    const misreadL = /^1[034689]\p{Ll}{1,3}$/u.test(w) && !/^1(?:\d(?:g|h|ha|km|kg|cm|mm|ml|l|t|tr|đ|d)|[0389]m)$/u.test(w);
    // (A number with one capital after it names a numbered thing, a road, a class or a block: 'đường tỉnh 295C',
    // 'Quốc lộ 1A', 'lớp 12A'. The model reads it as the number, whose context it knows.)
    if (digits > 1 && digits >= w.length - 1 && !misreadL) return { kind: 'protected', text: w, unit: NUMBERED.test(w) ? '<num>' : '<unk>' };
    return { kind: 'damaged', text: w };
  }
  const upper = w === w.toUpperCase();
  const possible = couldBeSyllable(w);
  // Mixed case inside a word (TTg, IoT, pH) is an abbreviation, unless OCR just flipped a case (PiCH).
  if (!upper && /\p{Lu}/u.test(w.slice(1)) && !possible) return { kind: 'protected', text: w, unit: w };
  // A Q with no U after it in caps is a dot below read as a letter ('HQI', 'HOQI' HỘI; 'BOQ' BỘ) when the
  // rest is a syllable with a vowel; the acronyms with a Q (QĐ, QLDA, CHQS, BQL) have no vowel but it.
  const noQ = w.replace(/Q(?!U)/g, '');
  if (upper && noQ !== w && /[AEIOUY]/.test(noQ) && couldBeSyllable(noQ)) return { kind: 'damaged', text: w };
  // (Or the Q is the O with its dot below, read as one letter: 'HQP' HỢP.)
  if (upper && noQ !== w && w.length >= 3 && couldBeSyllable(w.replace(/Q(?!U)/g, 'O'))) return { kind: 'damaged', text: w };
  // (Or a Đ read as two letters, DP or DB, which one D in their place makes a syllable: 'DPINH' ĐỊNH, 'THI DPUA'.
  // The acronyms that write DP have no vowel after it, HDPND, VPDP.)
  if (upper && twoLetterD(w)) return { kind: 'damaged', text: w };
  // All-caps that cannot be a syllable with any marks is an acronym (UBND, HĐND, TW).
  // Only the look-alike Ð is mended in a bare acronym; D/P → Đ needs the context of a symbol.
  if (upper && w.length >= 2 && !possible) return { kind: 'protected', text: w.replace(/\u00d0/g, 'Đ'), unit: w };
  return { kind: 'word', text: w };
}
