import { looseKey } from '../text-match.js';
import { PROPER_PHRASES, GENERIC_BODIES, NOT_AFTER_TAC, UNIT_WORDS, VILLAGE_UNITS, XA_HOI_CAPS } from '../vocabulary.js';
import { SCHOOL_CODES, SCHOOL_LEVELS } from '../casing.js';
import { UNIT_LEVELS } from '../../restore/place-names.js';
import { isSyllable, skeleton } from '../../restore/orthography.js';
import type { Line } from '../types.js';

/** A column of one header line (after splitColumns), with the line it came from. */
export interface Segment {
  text: string;
  line: Line;
  index: number; // line index
}

// 'Số' as OCR and restoration leave it: Sô, So, S6, SG, So6, S68, S36, Sơ, $6 (a line of words without digits is no number).
// (Its ố read as é, alone or before its mark read as a 6: 'Sé6:'.)
// (Its S read as an 8 before a 6 and the colon: '86: 512/Qb-BVYHCT'; or before its ố, which the restorer gave back: '8ố:'.)
export const SO = '(?:[S$]|8(?=[6ốô]:))(?:[ốôoóồổỗộơớờởỡợ3689GỐÔOƠ0]{1,2}|[éè][6o0]?)';
export const NUMBER_LINE = new RegExp(`^${SO}[\\s.:;]*[:.]?\\s*(.+)$`, 'u');
// 'V/v' (về việc) opening a Công văn's subject, also as OCR leaves it without its slash ('Vv', 'V|v').
// (The slash OCR may read as a J: 'VJv'.)
export const VV = /^(?:[Vv]\/[Vv]|V[|lI1Ji]?v)(?![\p{L}\d])/u;
const BODY_WORDS = /^(Căn cứ|Thực hiện|Kính gửi|Theo đề nghị|Để|Điều 1|Trên cơ sở|Nhằm|Ngày)/iu;
/** The body's first words, or its first numbered heading: a capital I (a small one is a speck, 'i. ae |'). */
export const BODY_START = { test: (s: string): boolean => BODY_WORDS.test(s) || /^[I1]\./u.test(s) };
export const UNIT_KEYS = UNIT_WORDS.map((u) => looseKey(u));
/** Consecutive word pairs of the header vocabulary ('CƠ QUAN', 'ĐÀO TẠO'), by their letters: a line break between them splits a word. */
// (And the 2025 Party committees of a province's Party bodies: 'ĐẢNG ỦY CÁC CƠ QUAN' / 'ĐẢNG TỈNH'.)
const HEADER_SPELLED = [...PROPER_PHRASES, ...GENERIC_BODIES, 'Đảng ủy Khối các cơ quan', 'Đảng ủy Khối doanh nghiệp',
  'Đảng ủy các cơ quan Đảng tỉnh', 'Đảng ủy các cơ quan Đảng thành phố']
  .map((p) => p.split(/[\s,]+/).filter((x) => x !== '-' && x !== 'và'));
const HEADER_WORDS = HEADER_SPELLED.map((w) => w.map(looseKey));
export const HEADER_PAIRS = new Set(HEADER_WORDS.flatMap((w) => w.slice(1).map((x, k) => `${w[k]} ${x}`)));
/** Every word of the header vocabulary by its letters, and the và its pairs skip. */
export const HEADER_WORD_KEYS = new Set([...HEADER_WORDS.flat(), 'VA']);
/** The same pairs as written, marks and all, in capitals ('QUÂN SỰ', which by its letters alone is QUẬN …). */
export const HEADER_PAIRS_WRITTEN = new Set(HEADER_SPELLED.flatMap((w) => w.slice(1).map((x, k) => `${w[k]} ${x}`.toUpperCase())));
/** Runs of n words of the vocabulary by their letters, with every way the vocabulary spells them (in capitals). */
function runSpellings(n: number): Map<string, Set<string>> {
  const runs = new Map<string, Set<string>>();
  for (const w of HEADER_SPELLED) for (let k = 0; k + n <= w.length; k++) {
    const run = w.slice(k, k + n), key = run.map(looseKey).join(' ');
    runs.set(key, (runs.get(key) ?? new Set()).add(run.join(' ').toUpperCase()));
  }
  return runs;
}
const PAIR_SPELLINGS = runSpellings(2), TRIPLE_SPELLINGS = runSpellings(3);
// A word without the horns of its Ư and Ơ, its tone and other marks kept.
const hornless = (w: string) => w.normalize('NFD').replace(/\u031b/g, '').normalize('NFC');
/**
 * A caps header line with each pair of the vocabulary it holds, written but for a horn, spelled as the vocabulary
 * spells it, when that is one way only: OCR's reading of Ư and Ơ ('KHƯ VỰC', 'XÂY DỤNG'). (A tone differing is
 * another word: TRUYỀN THỐNG is no TRUYỀN THÔNG, HẠ LONG no Hà.)
 */
export function spellHeaderPairs(text: string): string {
  const words = text.split(' ');
  // (The three words opening the line, a body's kind, are the vocabulary's by their letters whatever marks OCR gave
  // them: 'BẠN QUẢN LÝ'. Not further on, where a place's name may share them.)
  const head = words.slice(0, 3);
  const spellings = head.length === 3 && head.every((w) => /^\p{Lu}+$/u.test(w)) ? TRIPLE_SPELLINGS.get(head.map(looseKey).join(' ')) : undefined;
  if (spellings?.size === 1) words.splice(0, 3, ...[...spellings][0].split(' '));
  for (let k = 0; k + 1 < words.length; k++) {
    if (!/^\p{Lu}+$/u.test(words[k]) || !/^\p{Lu}+$/u.test(words[k + 1]) || HEADER_PAIRS_WRITTEN.has(`${words[k]} ${words[k + 1]}`)) continue;
    // (So is a second word that is no syllable at all, its O with a dot below maybe read as a Q, which ends no
    // word: 'CÂU LẠC BQ'.)
    const noWord = !isSyllable(words[k + 1].toLowerCase());
    const second = noWord ? looseKey(words[k + 1]).replace(/(?<=[^AEIOUY])Q$/, 'O') : looseKey(words[k + 1]);
    const spellings = PAIR_SPELLINGS.get(`${looseKey(words[k])} ${second}`);
    const pair = spellings?.size === 1 ? [...spellings][0].split(' ') : null;
    if (pair && hornless(pair[0]) === hornless(words[k]) && (noWord || hornless(pair[1]) === hornless(words[k + 1]))) [words[k], words[k + 1]] = pair;
  }
  return words.join(' ');
}
/** The second word of such a pair as the vocabulary spells it, in capitals ('QUAN SU' → SỰ). */
export const HEADER_PAIR_SECOND = new Map(HEADER_SPELLED.flatMap((w) => w.slice(1).map((x, k) => [`${looseKey(w[k])} ${looseKey(x)}`, x.toUpperCase()] as const)));
/** Runs of three words of that vocabulary: a pair across a line break that goes on as one ('CÔNG AN' / 'TRUNG ƯƠNG', not 'NGHỆ AN' / 'TRUNG TÂM'). */
export const HEADER_TRIPLES = new Set(HEADER_WORDS.flatMap((w) => w.slice(2).map((x, k) => `${w[k]} ${w[k + 1]} ${x}`)));
/** A unit's number alone on a header line, the end of the name above it ('HẠT QUẢN LÝ ĐƯỜNG BỘ' / 'SỐ 3'). */
export const UNIT_NUMBER_LINE = /^SỐ \d{1,2}$/u;
/** Words that open the name of a body (an issuer line of its own, not a unit's name). */
export const BODY_HEAD = /^(?:SỞ|BAN|PHÒNG|ỦY|UBND|HĐND|TRUNG|VĂN|CHI|ĐẢNG|HỘI|TRƯỜNG|BỆNH|CÔNG|CỤC|TỔNG|VIỆN|BẢO|KHO|ĐOÀN|LIÊN|THANH|TÒA|BÁO|ĐÀI|QUỸ|CẢNG|HỢP TÁC|HTX)(?:\s|$)/u;
export const markCount = (s: string) => [...s].filter((c) => /\p{L}/u.test(c) && skeleton(c) !== c).length;
export const letterCount = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
// A unit word and the name after it: in a caps body line (not a Party committee, HUYỆN ỦY, nor a Youth
// Union's, TỈNH ĐOÀN), ending
// a name as written ('… phường An Hòa'), and the name after the last one ('… huyện Chủ Sở').
export const UNIT_ALT = UNIT_LEVELS.join('|');
export const UNIT_NAME_CAPS = new RegExp(`${NOT_AFTER_TAC}(?:^|\\s)(?:${UNIT_ALT.toUpperCase()})\\s+((?!ỦY\\b|ĐOÀN\\b|${XA_HOI_CAPS})\\S.*)$`, 'u');
export const UNIT_NAME_END = new RegExp(`${NOT_AFTER_TAC}(?:^|\\s)(${UNIT_ALT})\\s(\\p{Lu}.*)$`, 'u');
export const AFTER_LAST_UNIT = new RegExp(`^(.*${NOT_AFTER_TAC}\\s(?:${UNIT_ALT})\\s)(\\S.*)$`, 'u');
/**
 * A word of one to three letters in small or Title case: in a caps header line, a speck ('Co', 'oo'); so is a small
 * letter before a capital, no word's spelling ('NAM nN').
 */
export const SHORT_SPECK = /^(?:\p{Lu}?\p{Ll}{1,2}|\p{Ll}\p{Lu})\.?$/u;
/** A token that cannot be part of a name: no letters, or a single letter (OCR specks: '|', '~~', 'ô'). */
export const isJunk = (w: string) => letterCount(w) <= 1;
/** Drop specks from the end of a list of words (a name never ends in one), keeping the first word. */
export function dropTrailingSpecks(words: string[], keep = 0): string[] {
  while (words.length > keep && isJunk(words[words.length - 1]) && !endsPair(words)) words.pop();
  return words;
}
// Unit words a number follows (looseKey: letters without marks, in capitals).
const NUMBERED_UNITS = new Set(['PHO', 'THON', 'XOM', 'KHOI', 'SO', 'AP', 'KHU', 'DOI', 'TO']);
/**
 * Whether the last of some words is a letter that ends a pair of the header vocabulary with the one before ('PHÁP Y',
 * 'THÚ Y'), or a region's number of one letter after VỰC ('KHU VỰC X'), or a unit's number after its unit word
 * ('CHI BỘ KHU PHỐ 2', 'THÔN 5', 'TỔ DÂN PHỐ SỐ 7').
 */
export const endsPair = (words: string[]) => words.length > 1 && ((/^\p{L}$/u.test(words[words.length - 1]) &&
  (HEADER_PAIRS.has(`${looseKey(words[words.length - 2])} ${looseKey(words[words.length - 1])}`) ||
    (/^[IVXL]$/u.test(words[words.length - 1]) && looseKey(words[words.length - 2]) === 'VUC'))) ||
  (/^\d{1,3}$/.test(words[words.length - 1]) && NUMBERED_UNITS.has(looseKey(words[words.length - 2]))));

/** A line in capitals: 80 % of its letters or more. */
export function isCaps(s: string): boolean {
  // (Small specks at its ends do not count: 'SỞ NỘI VỤ oo'.)
  const words = s.trim().split(/\s+/);
  while (words.length > 1 && /^\p{Ll}{1,3}\.?$/u.test(words[words.length - 1])) words.pop();
  while (words.length > 1 && /^\p{Ll}{1,3}\.?$/u.test(words[0])) words.shift();
  const letters = words.join(' ').replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.8;
}

/** The mark of `marks` (urgency, confidentiality) a line is, specks of two small letters at its ends aside. */
export function markIn(text: string, marks: string[]): string | undefined {
  const words = text.split(/\s+/);
  const speck = (w: string | undefined) => !!w && (letterCount(w) === 0 || /^\p{Ll}{1,2}\.?$/u.test(w));
  while (words.length > 1 && speck(words[0])) words.shift();
  while (words.length > 1 && speck(words[words.length - 1])) words.pop();
  return marks.find((m) => looseKey(m) === looseKey(words.join(' ')));
}

// A village-level unit that takes a number: khu phố 3, tổ dân phố 5, thôn 2, xóm 4, ấp 1.
export const VILLAGE_END = new RegExp(`(?:^|\\s)(?:${VILLAGE_UNITS.map((u) => u.toUpperCase()).join('|')})$`, 'u');
export const SCHOOL_NAME = new RegExp(`^(Trường (?:THCS|THPT|TH|MN|${SCHOOL_LEVELS.map((l) => l.charAt(0).toUpperCase() + l.slice(1)).join('|')})) (.+)$`, 'u');

// A caps line ending in a school's level, its name wrapped to the next line.
export const SCHOOL_LEVEL_END = new RegExp(`\\s(?:${[...SCHOOL_CODES, ...SCHOOL_LEVELS].map((l) => l.toUpperCase()).join('|')})$`, 'u');
// Or in its level and one word of its name ('CHI BỘ TRƯỜNG THPT LÝ' / 'THÁI TỔ'): a school is named in two words or more.
// (Tested on the line's letters without marks, as the restorer may have read a level's words as others:
// 'CAO ĐĂNG KÝ' for CAO ĐẲNG KỸ.)
const SCHOOL_NAME_CUT_LETTERS = new RegExp(`\\s(?:${[...SCHOOL_CODES, ...SCHOOL_LEVELS].map((l) => skeleton(l).toUpperCase()).join('|')})\\s[A-Z]+$`, 'u');
export const schoolNameCut = (line: string) => SCHOOL_NAME_CUT_LETTERS.test(skeleton(line).toUpperCase());
