import { nameCase, SCHOOL_CODES, SCHOOL_LEVELS, spellCommittees, titleCase } from './casing.js';
import { echoSubject, rawWords, rereadSubject, subjectText, type PhraseScore, type RestoreSpan } from './subject.js';
import { isSyllable, skeleton } from '../restore/orthography.js';
import { findDate } from './dates.js';
import { clean, evidenceOf } from './lines.js';
import { opensAddressees } from './recipients.js';
import { normalizeNumber, numberParts, type NumberParts } from './number.js';
import { editDistance, fuzzyPrefix, looseKey, similarity } from './text-match.js';
import { respellPlaceNames, UNIT_LEVELS, type Gazetteer } from '../restore/place-names.js';
import { asMisreadD } from '../restore/ocr-channel.js';
import { restoreSymbolD } from '../restore/symbols.js';
import type { DocumentFamily, Explanation, Field, Line } from './types.js';
import {
  ABBREVIATIONS, CONFIDENTIALITY, DOC_TYPES, FIELD_ABBREVIATIONS, FIELD_NAMES, PROPER_PHRASES, GENERIC_BODIES, MASS_ORGANISATIONS, MOTTO_2, NATIONAL_MOTTO, PARTY_MOTTO, YOUTH_MOTTO, URGENCY, UNIT_WORDS, XA_HOI_CAPS,
  typeByCode, type DocType,
} from './vocabulary.js';

export interface HeaderFields {
  documentType: (Field & { code: string | null; family: DocumentFamily }) | null;
  number: (Field & { parts: NumberParts | { [K in keyof NumberParts]: null } }) | null;
  issuer: Field | null;
  issuerParent: Field | null;
  place: Field | null;
  date: Field | null;
  subject: Field | null;
  urgency: Field | null;
  confidentiality: Field | null;
}

export interface HeaderResult {
  fields: HeaderFields;
  /** Index (into lines) where the body starts: after the title and subject. */
  bodyStart: number;
  explain: Explanation[];
  warnings: string[];
}

interface Segment {
  text: string;
  line: Line;
  index: number; // line index
}

// 'Số' as OCR and restoration leave it: Sô, So, S6, SG, So6, S68, S36, Sơ, $6 (a line of words without digits is no number).
const SO = '[S$][ốôoóồổỗộơớờởỡợ3689GỐÔOƠ0]{1,2}';
const NUMBER_LINE = new RegExp(`^${SO}[\\s.:;]*[:.]?\\s*(.+)$`, 'u');
// 'V/v' (về việc) opening a Công văn's subject, also as OCR leaves it without its slash ('Vv', 'V|v').
// (The slash OCR may read as a J: 'VJv'.)
const VV = /^(?:[Vv]\/[Vv]|V[|lI1J]?v)(?![\p{L}\d])/u;
const BODY_START = /^(Căn cứ|Thực hiện|Kính gửi|Theo đề nghị|Để|I\.|1\.|Điều 1|Trên cơ sở|Nhằm|Ngày)/iu;
const UNIT_KEYS = UNIT_WORDS.map((u) => looseKey(u));
/** Consecutive word pairs of the header vocabulary ('CƠ QUAN', 'ĐÀO TẠO'), by their letters: a line break between them splits a word. */
const HEADER_PAIRS = new Set([...PROPER_PHRASES, ...GENERIC_BODIES, 'Đảng ủy Khối các cơ quan', 'Đảng ủy Khối doanh nghiệp'].flatMap((p) => {
  const w = p.split(/[\s,]+/).filter((x) => x !== '-' && x !== 'và').map(looseKey);
  return w.slice(1).map((x, k) => `${w[k]} ${x}`);
}));
/** Words that open the name of a body (an issuer line of its own, not a unit's name). */
const BODY_HEAD = /^(?:SỞ|BAN|PHÒNG|ỦY|UBND|HĐND|TRUNG|VĂN|CHI|ĐẢNG|HỘI|TRƯỜNG|BỆNH|CÔNG|CỤC|TỔNG|VIỆN|BẢO|KHO|ĐOÀN|LIÊN|THANH|TÒA)(?:\s|$)/u;
/** 'PHƯỜNG KINH MÔN', 'PHUONG KINH MON': a line that names an administrative unit. */
function startsWithUnit(s: string): string | null {
  return unitParts(s)?.name ?? null;
}

/** The unit word (in its dictionary spelling) and the unit's name, e.g. 'PHƯƠNG KINH MON' → phường, KINH MON. */
function unitParts(s: string): { unit: string; name: string; committee: boolean } | null {
  const first = s.trim().split(/\s+/);
  // (QUÂN SỰ, the military, shares its letters with QUẬN: 'ĐẢNG ỦY QUÂN SỰ' names no district.)
  if (looseKey(first.slice(0, 2).join(' ')) === 'QUANSU') return null;
  for (let n = 2; n >= 1; n--) {
    const at = UNIT_KEYS.indexOf(looseKey(first.slice(0, n).join(' ')));
    // 'HUYỆN ỦY NGHI LỘC' is the district's Party committee: the name comes after ỦY.
    const m = looseKey(first[n] ?? '') === 'UY' ? n + 1 : n;
    if (first.length > m && at >= 0) return { unit: UNIT_WORDS[at], name: first.slice(m).join(' '), committee: m > n };
  }
  return null;
}

/**
 * Unit words in a caps body line in their dictionary spelling ('ĐẢNG BỘ THÌ XÃ' → THỊ XÃ). Only
 * words no other header word shares letters with: XÃ and QUẬN are left (XÃ HỘI, QUÂN SỰ).
 */
function spellUnits(s: string): string {
  const words = s.split(' ');
  for (let k = 0; k < words.length; k++) {
    for (const n of [2, 1]) {
      const at = UNIT_KEYS.indexOf(looseKey(words.slice(k, k + n).join(' ')));
      if (at < 0 || (n === 1 && !['huyện', 'phường', 'tỉnh'].includes(UNIT_WORDS[at]))) continue;
      words.splice(k, n, ...UNIT_WORDS[at].toUpperCase().split(' '));
      k += n - 1;
      break;
    }
  }
  return words.join(' ');
}

/**
 * Two header lines of one wrapped name joined, the two words at the wrap read again from the raw
 * words as one stretch: restored line by line, each lacked the other ('TRƯỜNG MẦM NON HOA' / 'SEN'
 * had become HÓA). Only a reading with the same letters is taken; null when the raw words are not
 * found (a line joined already) or the restorer is not at hand.
 */
function readAcross(above: Segment, below: Segment, restoreSpan?: RestoreSpan): string | null {
  if (!restoreSpan) return null;
  const ra = rawWords(above.text, above.line), rb = rawWords(below.text, below.line);
  if (!ra || !rb) return null;
  const again = restoreSpan(`${ra} ${rb}`).trim().split(/\s+/);
  const old = `${above.text} ${below.text}`.split(' ');
  if (again.length !== old.length) return null;
  const at = above.text.split(' ').length;
  // (Its letters only: the raw words' specks stay cleaned off. Letters the restorer changed may go
  // back to OCR's: 'HUNG' read HƯỞNG alone is HƯNG before YÊN.)
  const core = (x: string) => x.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
  const rawOld = `${ra} ${rb}`.split(' ');
  const same = (a: string, w: string, r: string | undefined) => looseKey(a) === looseKey(w) || (!!r && looseKey(a) === looseKey(r));
  return old.map((w, j) => ((j === at - 1 || j === at) && same(again[j], w, rawOld[j]) && core(w) === w.trim() ? core(again[j]) : w)).join(' ');
}

/** A region's number after KHU VỰC as the raw line has it, a Roman numeral ('VỰC VỚI' read from 'VuC vII' → VỰC VII). */
function regionNumeral(seg: Segment): string {
  const words = seg.text.split(' ');
  // (VỰC may open the line, its KHU ending the line above.)
  const at = words.findIndex((w, k) => looseKey(w) === 'VUC' && (k === 0 || looseKey(words[k - 1]) === 'KHU'));
  if (at < 0 || at + 1 >= words.length || /^[IVXL]+$/.test(words[at + 1])) return seg.text;
  const raw = rawWords(seg.text, seg.line)?.split(' ')[at + 1];
  return raw && /^[IVXL]+$/i.test(raw) ? [...words.slice(0, at + 1), raw.toUpperCase(), ...words.slice(at + 2)].join(' ') : seg.text;
}

// A Party committee's unit word by its letters ('THI UY' is THỊ ỦY).
const COMMITTEE_WORDS = new Map([['THI', 'THỊ'], ['THANH', 'THÀNH'], ['TINH', 'TỈNH'], ['QUAN', 'QUẬN'], ['HUYEN', 'HUYỆN']]);
/**
 * A Party committee line whose unit word the restorer read as another word ('THI UY THAI HOA' →
 * THƯ ỦY …): the raw line's first word, before ỦY, names the unit.
 */
function committeeUnit(text: string, seg: Segment): string {
  const words = text.split(' ');
  if (words.length < 3 || looseKey(words[1]) !== 'UY' || COMMITTEE_WORDS.has(looseKey(words[0]))) return text;
  const raw = rawWords(seg.text, seg.line)?.split(' ')[0];
  const unit = raw ? COMMITTEE_WORDS.get(looseKey(raw)) : undefined;
  return unit ? [unit, ...words.slice(1)].join(' ') : text;
}

const marks = (s: string) => [...s].filter((c) => /\p{L}/u.test(c) && skeleton(c) !== c).length;

/** Split a line where OCR merged the two header columns (issuer | Quốc hiệu, Số | place-date). */
export function splitColumns(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (;;) {
    const cut = findRightColumn(rest);
    if (cut <= 0) break;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  // Wide gaps and a lone '|' (OCR's reading of the gap between columns) separate columns too,
  // but not after a dash, which joins a name's two parts ('TỪ SƠN -   YÊN PHONG').
  return parts.flatMap((p) => p.split(/(?<![-–])\s{3,}|\s[|¦]\s/)).map((p) => p.trim()).filter((p) => p.length > 0);
}

function findRightColumn(s: string): number {
  // The word start where a right-column phrase fits best (so 'DÂN CỘNG HÒA' splits before CỘNG).
  const starts = [...s.matchAll(/(?<=\s)\S/gu)].map((m) => m.index!);
  let best = -1, bestSim = 0;
  for (const i of starts) {
    const tail = s.slice(i);
    for (const [phrase, min] of [['CỘNG HÒA XÃ HỘI', 0.75], ['Độc lập - Tự do', 0.7], ['ĐẢNG CỘNG SẢN', 0.8]] as const) {
      const end = fuzzyPrefix(tail, phrase, min);
      if (end > 0) {
        const sim = similarity(tail.slice(0, end), phrase);
        if (sim > bestSim) { bestSim = sim; best = i; }
      }
    }
  }
  if (best > 0) return best;
  // 'Số: 32/KH-UBND Kinh Môn, ngày …': the place starts after the symbol.
  const num = /^([S$]\S{0,2}[:.]?\s*\S*\d\S*)\s+(?=\S[^,]{0,40},\s*ng\S{1,3}y\s*\d)/u.exec(s);
  if (num) return num[1].length + 1;
  // 'ĐẢNG ỦY XÃ TÂN LẬP Tân Lập, ngày …': caps issuer words, then the place in Title case.
  const date = /,\s*ng\S{1,3}y\s*\S/u.exec(s);
  if (date) {
    const words = [...s.slice(0, date.index).matchAll(/\S+/gu)];
    let k = words.length;
    while (k > 0 && /\p{Ll}/u.test(words[k - 1][0])) k--;
    const capsWords = words.slice(0, k).filter((w) => /^[\p{Lu}\d]{2,}$/u.test(w[0].replace(/[.,]/g, '')));
    // One caps word is enough when it is a whole word, not an abbreviation ('XUYÊN Cẩm Quang', not 'TP. Huế').
    // (Or of three letters when a syllable: 'YÊN Hưng Yên, ngày …', the end of a wrapped name.)
    const one = capsWords.length === 1 ? capsWords[0][0] : '';
    const caps = one && !/\./.test(one) && (letterCount(one) >= 4 || (letterCount(one) === 3 && isSyllable(one.toLowerCase()))) ? 2 : capsWords.length;
    if (k > 0 && k < words.length && caps >= 2) return words[k].index!;
  }
  return -1;
}

const letterCount = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
// A unit word and the name after it: in a caps body line (not a Party committee: HUYỆN ỦY), ending
// a name as written ('… phường An Hòa'), and the name after the last one ('… huyện Chủ Sở').
const UNIT_ALT = UNIT_LEVELS.join('|');
const UNIT_NAME_CAPS = new RegExp(`(?:^|\\s)(?:${UNIT_ALT.toUpperCase()})\\s+((?!ỦY\\b|${XA_HOI_CAPS})\\S.*)$`, 'u');
const UNIT_NAME_END = new RegExp(`(?:^|\\s)(${UNIT_ALT})\\s(\\p{Lu}.*)$`, 'u');
const AFTER_LAST_UNIT = new RegExp(`^(.*\\s(?:${UNIT_ALT})\\s)(\\S.*)$`, 'u');
/** A word of one to three letters in small or Title case: in a caps header line, a speck ('Co', 'oo'). */
const SHORT_SPECK = /^\p{Lu}?\p{Ll}{1,2}\.?$/u;
/** A token that cannot be part of a name: no letters, or a single letter (OCR specks: '|', '~~', 'ô'). */
const isJunk = (w: string) => letterCount(w) <= 1;
/** Drop specks from the end of a list of words (a name never ends in one), keeping the first word. */
function dropTrailingSpecks(words: string[], keep = 0): string[] {
  while (words.length > keep && isJunk(words[words.length - 1])) words.pop();
  return words;
}

/**
 * 'HUYỆN VĨNH BẢO oo NAM |': when OCR cut the national motto before its last word, that word
 * lands on the next line beside the issuer; remove it and the specks around it.
 */
function stripMottoTail(s: string, endOfLine: boolean, rawEnd: string): string {
  const words = dropTrailingSpecks(s.split(/\s+/));
  // A NAM set apart by specks (or alone), or ending the line: the motto's tail sits rightmost
  // ('HÀ NAM | NAM': the first HÀ NAM keeps its own). The restorer may have read that lone NAM as
  // another word ('VĂN PHÒNG LUẬT'): the raw line's last word tells.
  // The restorer may also have made a word of a speck after it ('SOYTE NĂM đổi' from 'SOYTE NAM i').
  if (endOfLine && looseKey(rawEnd) === 'NAM') {
    while (words.length > 1 && (/^\p{Ll}+$/u.test(words[words.length - 1]) || SHORT_SPECK.test(words[words.length - 1]) ||
      (/^\p{Lu}{1,2}$/u.test(words[words.length - 1]) && looseKey(words[words.length - 2]) === 'NAM'))) words.pop();
  }
  const n = words.length;
  const last = n ? (endOfLine && looseKey(rawEnd) === 'NAM' ? 'NAM' : looseKey(words[n - 1])) : '';
  // (Or after a short speck: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO Co NAM | IE'.)
  if (n && last === 'NAM' && (n === 1 || isJunk(words[n - 2]) || SHORT_SPECK.test(words[n - 2]) || endOfLine)) {
    words.pop();
    dropTrailingSpecks(words);
    if (words.length > 1 && SHORT_SPECK.test(words[words.length - 1])) words.pop();
  }
  return words.join(' ');
}

/**
 * A unit name without a speck the restorer made a word of after it ('VĂN BÀN BÈ', 'Quảng Nam Bè'):
 * a last word of three letters or fewer, when the name is no known unit and the words before it are
 * one of this level. `minWords`: the fewest words the name must have.
 */
function withoutSpeckAfter(name: string, level: string, places: Gazetteer, minWords: number): string {
  const words = name.split(' ');
  if (words.length < minWords || places.isName(name) || letterCount(words[words.length - 1]) > 3) return name;
  const known = words.slice(0, -1).join(' ');
  return places.isNameAt(known, level) ? known : name;
}

function isCaps(s: string): boolean {
  // (Small specks at its ends do not count: 'SỞ NỘI VỤ oo'.)
  const words = s.trim().split(/\s+/);
  while (words.length > 1 && /^\p{Ll}{1,3}\.?$/u.test(words[words.length - 1])) words.pop();
  while (words.length > 1 && /^\p{Ll}{1,3}\.?$/u.test(words[0])) words.shift();
  const letters = words.join(' ').replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.8;
}

/**
 * The type title, fuzzily: the restored segment and the raw line (restoration may have made a
 * garbled title worse: 'QUYET PIN H' → 'QUYẾT PIN Họ'), each also without specks at its ends ('Co BAO CAO').
 */
function matchType(...texts: string[]): DocType | null {
  const tries = texts.flatMap((s) => {
    // Specks of two letters or fewer at either end ('Co BAO CAO', '| TỜ TRÌNH Có'), cut at one end
    // or both (a type name may itself begin with a short word: TỜ TRÌNH).
    const w = s.split(/\s+/).filter(Boolean);
    let a = 0, b = w.length;
    while (b - a > 1 && letterCount(w[a]) <= 2) a++;
    while (b - a > 1 && letterCount(w[b - 1]) <= 2) b--;
    return [s, w.slice(a, b).join(' '), w.slice(a).join(' '), w.slice(0, b).join(' ')];
  });
  let best: DocType | null = null, bestSim = 0.8;
  for (const s of tries) {
    const key = looseKey(s);
    if (key.length < 4 || key.length > 24) continue;
    for (const t of DOC_TYPES) {
      const sim = similarity(s, t.name, bestSim);
      if (sim > bestSim) { bestSim = sim; best = t; }
    }
  }
  return best;
}

export function expandAbbreviations(s: string): string {
  return s.replace(/(?<![\p{L}&,-])\p{Lu}+(?:[&,-]\p{Lu}+)+(?![\p{L}&,-])/gu, (w) => FIELD_ABBREVIATIONS[fieldWithD(w.replace(/\u00d0/g, 'Đ'))] ?? w)
    .replace(/[\p{L}]+/gu, (w) => ABBREVIATIONS[w] ?? ABBREVIATIONS[withD(w) ?? ''] ?? w);
}

const FIELD_KEYS = new Set(FIELD_NAMES.map((n) => looseKey(n)));
/**
 * A department line: 'SỐ' (or any S-O word the restorer made of SỞ, or S and a glyph) before a field's name is SỞ,
 * and a province's letters after the field are its name as the gazetteer spells it ('SỐ GD&ĐT
 * THÀNH HOA' → SỞ … THANH HÓA).
 */
export function spellDepartment(line: string, places?: Gazetteer): string {
  const words = line.split(' ');
  // (Or S and one other glyph, OCR's O: 'SG NÔNG NGHIỆP VÀ MÔI TRƯỜNG'; a field's name must follow.)
  if (words.length < 2 || (looseKey(words[0]) !== 'SO' && !/^S[^\s\p{Ll}]$/u.test(words[0]))) return line;
  const rest = words.slice(1);
  // The longest run of words after it that is a field's name.
  let fieldLen = 0;
  for (let n = rest.length; n > 0 && !fieldLen; n--) if (FIELD_KEYS.has(looseKey(rest.slice(0, n).join(' ')))) fieldLen = n;
  if (!fieldLen) return line;
  const tail = rest.slice(fieldLen).join(' ');
  const province = places && tail && !places.isName(tail) ? places.provinceByLetters(tail) : null;
  const after = province ? (tail === tail.toUpperCase() ? province.toUpperCase() : province) : tail;
  return ['SỞ', ...rest.slice(0, fieldLen), ...(after ? [after] : [])].join(' ');
}

/** A field abbreviation whose Đ English-model OCR read as P, D or B ('GD&PT' is GD&ĐT); else as given. */
function fieldWithD(w: string): string {
  if (FIELD_ABBREVIATIONS[w]) return w;
  return Object.keys(FIELD_ABBREVIATIONS).find((k) => k.length === w.length &&
    [...k].every((c, i) => c === w[i] || (c === 'Đ' && 'PDB'.includes(w[i])))) ?? w;
}

/**
 * The abbreviation a caps word is once the Đ English-model OCR read as P, D or B is put back
 * ('LPLP' → LĐLĐ), by the repair symbol codes get; or null.
 */
function withD(w: string): string | null {
  if (!/^\p{Lu}{2,}$/u.test(w)) return null;
  const d = restoreSymbolD(w);
  return d !== w && ABBREVIATIONS[d] ? d : null;
}

/** The header block: issuing body, number, place and date, type title and subject. */
export function extractHeader(lines: Line[], places?: Gazetteer, restoreSpan?: RestoreSpan, phraseScore?: PhraseScore): HeaderResult {
  const explain: Explanation[] = [];
  const warnings: string[] = [];
  const f: HeaderFields = {
    documentType: null, number: null, issuer: null, issuerParent: null, place: null, date: null,
    subject: null, urgency: null, confidentiality: null,
  };
  let party = false;
  let dateFirst = false; // a header whose place-date line may come before its issuer column ends
  let mottoCut = false; // the national motto line ended before 'NAM': the next line carries it
  let numberSeg: Segment | null = null;
  let titleIdx = -1;
  let title: DocType | null = null;
  const issuerSegs: Segment[] = [];
  let vv: Segment | null = null;
  const zoneEnd = Math.min(lines.length, 40);
  // The provinces the document names, for the gazetteer's namesakes: read once, when first needed.
  let named: Set<string> | undefined;
  const textProvinces = () => (named ??= places ? places.provincesIn(lines.map((l) => l.text).join('\n')) : new Set<string>());

  for (let i = 0; i < zoneEnd; i++) {
    const line = lines[i];
    if (titleIdx >= 0) break;
    if (i > 0 && BODY_START.test(line.text.trim()) && (numberSeg || issuerSegs.length)) break;
    const cutMotto = mottoCut;
    if (line.text.trim()) mottoCut = false;
    const columns = splitColumns(line.text);
    // (A short word in small or Title case after the caps words is a speck too: 'NAM Co'.)
    const rawWordsOfLine = dropTrailingSpecks(line.raw.trim().split(/\s+/));
    while (rawWordsOfLine.length > 1 && SHORT_SPECK.test(rawWordsOfLine[rawWordsOfLine.length - 1])) rawWordsOfLine.pop();
    // (And one or two capitals after the NAM a cut motto left for this line: 'SOY TE : NAM SE'.)
    if (cutMotto && rawWordsOfLine.length > 2 && /^\p{Lu}{1,2}$/u.test(rawWordsOfLine[rawWordsOfLine.length - 1]) &&
      looseKey(rawWordsOfLine[rawWordsOfLine.length - 2]) === 'NAM') rawWordsOfLine.pop();
    const rawEnd = rawWordsOfLine.pop() ?? '';
    // The rightmost column with a word in it ('PHƯỜNG THANH MIẾU NAM | |': specks after it are none).
    const lastColumn = columns.reduce((last, col, c) => (letterCount(col) >= 2 ? c : last), -1);
    for (const [c, text] of columns.entries()) {
      const seg: Segment = { text: clean(text), line, index: i };
      // A left column's NAM after an issuer line ending in VIỆT ends that line ('BẢO HIỂM XÃ HỘI VIỆT' /
      // 'NAM', beside the motto's own wrapped NAM).
      const lastIssuer = issuerSegs[issuerSegs.length - 1];
      // (The two NAMs may also share one segment, 'NAM NAM'.)
      const nams = seg.text.split(' ').filter((w) => looseKey(w) === 'NAM').length;
      const namLine = nams === seg.text.split(' ').length && (nams === 2 || (nams === 1 && c < lastColumn));
      if (namLine && lastIssuer && i - lastIssuer.index <= 2 && /VIỆT\.?$/u.test(lastIssuer.text)) {
        issuerSegs[issuerSegs.length - 1] = { ...lastIssuer, text: `${lastIssuer.text.replace(/\.$/, '')} NAM` };
        continue;
      }
      if (cutMotto && !findDate(seg.text) && !(NUMBER_LINE.test(seg.text) && /\d/.test(seg.text))) seg.text = stripMottoTail(seg.text, c === lastColumn, rawEnd);
      // A two-letter caps word in the left column under an issuer line is the end of its name
      // ('TRƯỜNG THPT CHU VĂN' / 'AN'); elsewhere so short a word is a speck.
      // (Specks may stand before it, words with any small letter or sign: 'i} HA', restored 'tại} HÀ'.)
      const tailWords = seg.text.split(' ');
      while (tailWords.length > 1 && /[^\p{Lu}]/u.test(tailWords[0])) tailWords.shift();
      const tail = tailWords.join(' ');
      const wrappedEnd = c < lastColumn && /^\p{Lu}{2}$/u.test(tail) && isSyllable(tail.toLowerCase()) &&
        !numberSeg && !!lastIssuer && i - lastIssuer.index <= 2;
      if (wrappedEnd) { issuerSegs.push({ ...seg, text: tail }); continue; }
      if (!seg.text || /^[*\-_=.]+$/.test(seg.text) || letterCount(seg.text) <= 2) continue;
      if (similarity(seg.text, NATIONAL_MOTTO, 0.7) > 0.7 || fuzzyPrefix(seg.text, 'CỘNG HÒA XÃ HỘI', 0.75) > 0) {
        mottoCut = !looseKey(seg.text).endsWith('NAM');
        continue;
      }
      if (similarity(seg.text, MOTTO_2, 0.65) > 0.65 || fuzzyPrefix(seg.text, 'Độc lập - Tự do', 0.7) > 0) continue;
      if (similarity(seg.text, PARTY_MOTTO, 0.8) > 0.8) { party = true; continue; }
      // The Youth Union's name: atop the issuer column it is the parent body; in the other column, or
      // again below, it stands for the motto. Either way its place-date line may come before the
      // issuer column ends, as in a Party header.
      if (similarity(seg.text, YOUTH_MOTTO, 0.8) > 0.8) {
        dateFirst = true;
        if (c > 0 || issuerSegs.length || numberSeg) continue;
      }
      // The tail of a wrapped national motto ('VIỆT NAM', 'NAM').
      if (looseKey(seg.text).length >= 3 && looseKey(NATIONAL_MOTTO).endsWith(looseKey(seg.text))) continue;
      const date = findDate(seg.text);
      if (date && !f.date) {
        let placeText = clean(seg.text.slice(0, date.index).replace(/,\s*$/, ''));
        // 'Số: 4%0 /KH-UBND Cát Hải, ngày …' when the columns could not be split before the date.
        const merged = new RegExp(`^(${SO}[\\s.:;]*[:.]?\\s*[\\d\\p{L}%]+(?:\\s?[/-]\\s?[\\p{L}\\d]+)+)\\s+(.*)$`, 'u').exec(placeText);
        if (merged) {
          if (!numberSeg) numberSeg = { ...seg, text: merged[1].replace(/^[S$]\S{0,2}[\s.:;]*/u, '') };
          placeText = clean(merged[2]);
        }
        if (date.iso) f.date = { value: date.iso, confidence: date.warnings.length ? 0.8 : 0.95, evidence: evidenceOf(line, seg.text) };
        warnings.push(...date.warnings);
        // Specks before the place ('EE | Vĩnh Bảo'): short tokens without a lowercase letter.
        const pw = placeText.split(/\s+/);
        while (pw.length > 1 && /^[^\p{Ll}]{1,3}$/u.test(pw[0]) && pw.slice(1).some((w) => /\p{Ll}/u.test(w))) pw.shift();
        placeText = pw.join(' ');
        // Another column's words before the place ('V/v … chống Đồng Hới'): the place is the run of
        // capitalized words before the date, with its unit word ('Thành phố Hồ Chí Minh').
        if (/(?:^|\s)\p{Ll}/u.test(placeText)) {
          // (A quote speck may lead the place, after a letter or two OCR made of a mark: '‘Hai Chau, ngày',
          // "bão w.'Quảng Ninh, ngày".)
          const lead = /^\p{Ll}{0,2}[.,‘'"“`]*[‘'"“`](?=\p{Lu})/u;
          const words = placeText.split(' ').map((w, j) => (j > 0 ? w.replace(lead, '') : w));
          let k = words.length;
          while (k > 0 && /^\p{Lu}/u.test(words[k - 1])) k--;
          // (A line's first word opened by b or p may be a name whose Đ OCR read so: 'binh EEL, ngày'.)
          if (k === 1 && asMisreadD(words[0])) k = 0;
          const unit = k > 0 ? UNIT_WORDS.find((u) => words.slice(Math.max(0, k - 2), k).join(' ').toLowerCase().endsWith(u)) : undefined;
          if (unit && /^\p{Lu}/u.test(words[k - unit.split(' ').length])) k -= unit.split(' ').length;
          if (k > 0 && k < words.length) {
            // The V/v column merged into the date line: its first line.
            if (!vv && VV.test(words[0])) vv = { ...seg, text: words.slice(0, k).join(' ').replace(VV, 'V/v') };
            placeText = words.slice(k).join(' ');
          }
        }
        // (A quote speck glued before a word of the name: "Sơn 'La".)
        placeText = placeText.replace(/(?<=\p{L}\s+)[‘'"“`]+(?=\p{Lu})/gu, '');
        if (placeText && placeText.length <= 40 && !(NUMBER_LINE.test(placeText) && /\d/.test(placeText))) {
          f.place = { value: placeText, confidence: 0.9, evidence: evidenceOf(line, seg.text) };
        }
        explain.push({ field: 'date', rule: 'place, ngày DD tháng MM năm YYYY', evidence: evidenceOf(line, seg.text), rejected: [] });
        continue;
      }
      // (A speck with no letter or digit may lead it: '© SG 215-CV/BTGTU'.)
      const num = NUMBER_LINE.exec(seg.text.replace(/^(?:[^\p{L}\d\s]+\s+)+(?=[S$])/u, ''));
      if (num && !numberSeg && /\d/.test(num[1]) && /[/-]/.test(num[1])) {
        numberSeg = { ...seg, text: num[1] };
        continue;
      }
      // (OCR may lose the slash: 'Vv bảo đảm …'.)
      if (VV.test(seg.text) && !vv) { vv = { ...seg, text: seg.text.replace(VV, 'V/v') }; continue; }
      const urg = markIn(seg.text, URGENCY);
      if (urg) { f.urgency = { value: urg, confidence: 0.9, evidence: evidenceOf(line, seg.text) }; continue; }
      const conf = markIn(seg.text, CONFIDENTIALITY);
      if (conf) { f.confidentiality = { value: conf, confidence: 0.9, evidence: evidenceOf(line, seg.text) }; continue; }
      // The raw line helps only when it is this segment alone (a centred title line).
      const raw = clean(line.raw);
      // A unit line ('PHƯỜNG TÂN AN') is no garbled type title, however near its letters ('PHƯƠNG ÁN').
      const unitLine = (unitParts(seg.text)?.name.split(' ').length ?? 0) >= 2;
      // (Specks at its ends, two letters or fewer not in capitals, do not count: 'KẾ HOẠCH Có', 'TỜ TRÌNH oo'.)
      const unspecked = (x: string) => x.split(/\s+/).filter((w, k, all) =>
        !((k === 0 || k === all.length - 1) && letterCount(w) <= 2 && w !== w.toUpperCase())).join(' ');
      const core = unspecked(seg.text);
      let t = isCaps(core) && !unitLine ? matchType(core, ...(splitColumns(line.raw).length === 1 && isCaps(raw) ? [raw] : [])) : null;
      // Before the number and the date, only a title spelled out is one: a near miss there is
      // more likely a header line than a garbled title.
      const spelled = (x: string) => looseKey(unspecked(x));
      if (t && !numberSeg && !f.date && ![looseKey(seg.text), spelled(seg.text)].includes(looseKey(t.name))) t = null;
      if (t) { title = t; titleIdx = i; explain.push({ field: 'documentType', rule: 'caps type title after the header', evidence: evidenceOf(line, seg.text), rejected: [] }); break; }
      // Caps lines above Số; in a Party header the issuer column is the longer one, so its last line
      // may come after the place-date line.
      // (Or past the date line, a line finishing a compound the issuer line above began: 'HÀNH CHÍNH
      // VỀ TRẬT TỰ' / date / 'XÃ HỘI'.)
      const prevIssuer = issuerSegs[issuerSegs.length - 1];
      const finishes = !!prevIssuer && i - prevIssuer.index <= 2 && HEADER_PAIRS.has(`${looseKey(prevIssuer.text.split(' ').pop() ?? '')} ${looseKey(seg.text.split(' ').find((w) => letterCount(w) >= 2) ?? '')}`);
      // (Such a line may come out of OCR in mixed case: 'KHU' / 'VuC vII'.)
      if (finishes && !isCaps(seg.text)) seg.text = regionNumeral(seg).toUpperCase();
      if (isCaps(seg.text) && !numberSeg && (!f.date || party || dateFirst || finishes)) {
        // 'SỞ NỘI VỤ oo' read as 'ở'.
        // And a short lowercase speck after the caps words ('ỦY BAN NHÂN DÂN wv.').
        // (A number after a village unit word is its name, not a speck: 'CHI BỘ KHU PHỐ 3'.)
        const all = seg.text.split(/\s+/);
        // (Nor one after SỐ, a school's number: 'QUẾ VÕ SỐ 1'.)
        const villageNo = all.length > 2 && /^\d{1,3}$/.test(all[all.length - 1]) &&
          (VILLAGE_END.test(all.slice(0, -1).join(' ')) || looseKey(all[all.length - 2]) === 'SO') ? all.pop() : null;
        // (Small letters glued to a caps word's end are a speck: 'ĐỒNG NAIwv.'.)
        // (A school's letter after its name is none: 'TRƯỜNG THPT YÊN' / 'KHÁNH A'.)
        const lastSeg = issuerSegs[issuerSegs.length - 1];
        const school = /^TRƯỜNG\s/u.test(all.join(' ')) || (!!lastSeg && i - lastSeg.index <= 2 && /^TRƯỜNG\s/u.test(lastSeg.text));
        const suffix = school && all.length > 1 && /^[A-D]$/.test(all[all.length - 1]) ? all.pop() : null;
        const words = dropTrailingSpecks(all.map((w) => w.replace(/^(\p{Lu}{2,})\p{Ll}{1,3}[.,]?$/u, '$1')), 1);
        // A dash before the specks ends the line as a joining dash ('TRUNG TÂM VĂN HÓA - |' / 'THỂ THAO').
        const dashEnd = words.length > 1 && /\s[-–][\s|~¦.'‘’`]*$/u.test(text);
        const speck = (w: string) => isJunk(w) || (/^\p{Ll}{1,3}\.?$/u.test(w) && w !== 'ủy');
        while (words.length > 1 && speck(words[words.length - 1])) words.pop();
        // A lone letter before the caps words is a speck too ('R TỈNH ỦY VĨNH PHÚC').
        while (words.length > 2 && letterCount(words[0]) <= 1) words.shift();
        // And a speck with no letter at all, before even one word ('.„ TÍNH').
        while (words.length > 1 && letterCount(words[0]) === 0) words.shift();
        // An apostrophe between caps words is OCR's reading of a space ('HUYỆN CHU'SE'); a name's
        // own sits after one letter (B'LÁ).
        // And a short caps token after them that is no syllable and no known abbreviation ('… UBND CL'),
        // or a Title-case one ('NGÀN Cơ').
        const capsSpeck = (w: string) => /^[A-Z]{1,2}$/.test(w) && !isSyllable(w.toLowerCase()) && !ABBREVIATIONS[w] && !withD(w);
        // (Not a region's Roman numeral after VỰC: 'VỤC XV'.)
        const numeral = (k: number) => /^[IVXL]+$/.test(words[k]) && looseKey(words[k - 1] ?? '') === 'VUC';
        while (words.length > 1 && !numeral(words.length - 1) && (capsSpeck(words[words.length - 1]) || /^\p{Lu}\p{Ll}{1,2}\.?$/u.test(words[words.length - 1])) &&
          words.slice(0, -1).some((w) => /^\p{Lu}{2,}$/u.test(w))) words.pop();
        // A line of one short caps token that is no syllable and no known abbreviation is a speck ('IIL').
        if (words.length === 1 && letterCount(words[0]) <= 3 && !isSyllable(words[0].toLowerCase()) && !ABBREVIATIONS[words[0]] && !withD(words[0])) continue;
        issuerSegs.push({ ...seg, text: `${words.join(' ').replace(/(?<=\p{Lu}{2})['’](?=\p{Lu})/gu, ' ')}${villageNo ? ` ${villageNo}` : ''}${suffix ? ` ${suffix}` : ''}${dashEnd ? ' -' : ''}` });
      }
    }
  }

  // Number and its parts.
  let symbolFamily: DocumentFamily | null = null;
  let symbolType: DocType | undefined;
  if (numberSeg) {
    // Words after the symbol are another column: Title-case words (the place), and specks or the
    // motto's tail ('10234/BTC-NSNN oo NAM').
    const tokens = numberSeg.text.split(/\s+(?=\p{Lu}\p{Ll})/u)[0].split(/\s+/);
    while (tokens.length > 1 && /^(?:\p{Ll}+|NAM|[^\p{L}\d]+)$/u.test(tokens[tokens.length - 1])) tokens.pop();
    const value = normalizeNumber(tokens.join(' '));
    const parsed = numberParts(value);
    symbolFamily = parsed?.family ?? null;
    if (parsed?.parts.typeCode) symbolType = typeByCode(parsed.parts.typeCode);
    f.number = {
      value, confidence: parsed && /^\d+$/.test(parsed.parts.number) ? 0.95 : 0.5,
      evidence: evidenceOf(numberSeg.line), parts: parsed?.parts ?? { number: null, year: null, typeCode: null, bodyCode: null },
    };
    if (!parsed) warnings.push(`number '${value}' does not have a known shape`);
  }

  // A region's number after KHU VỰC is the Roman numeral the raw line has, whatever word the restorer
  // made of it ('VỰC VII' read VỚI).
  for (const s of issuerSegs) s.text = regionNumeral(s);
  // Issuing body and its parent from the caps lines above Số. A line of one word continues the
  // line above it (no body is named in one word: 'PHÒNG TÀI CHÍNH - KẾ' / 'HOẠCH').
  for (let k = issuerSegs.length - 1; k > 0; k--) {
    // So does a line after one ending in a joining word ('PHÒNG VĂN HÓA VÀ' / 'THÔNG TIN'), and a
    // line starting with one ('ĐẢNG ỦY KHỐI CƠ QUAN' / 'VÀ DOANH NGHIỆP TỈNH').
    // (One syllable or a known abbreviation: 'SOYTE' is a whole name whose spaces OCR lost.)
    const w = issuerSegs[k].text;
    // (A school's letter after the word does not count: 'TRƯỜNG THPT YÊN' / 'KHÁNH A'.)
    const w1 = /^TRƯỜNG\s/u.test(issuerSegs[k - 1].text) ? w.replace(/\s[A-D]$/, '') : w;
    const oneWord = /^\p{Lu}{2,}$/u.test(w1) && (isSyllable(w1.toLowerCase()) || ABBREVIATIONS[w1] !== undefined);
    // And a name of three words or fewer after a line ending in its unit word ('BẢO HIỂM XÃ HỘI TỈNH' /
    // 'NGHỆ AN'), unless it opens a body of its own ('UBND TỈNH' / 'SỞ Y TẾ').
    const above = issuerSegs[k - 1].text.split(' ');
    const unitEnd = [1, 2].some((n) => above.length > n && UNIT_KEYS.includes(looseKey(above.slice(-n).join(' ')))) &&
      w.split(' ').length <= 3 && !startsWithUnit(w) && !BODY_HEAD.test(w);
    // And a line whose first word ends a compound the line above began ('ĐẢNG ỦY KHỐI CÁC CƠ' / 'QUAN TỈNH').
    const compound = HEADER_PAIRS.has(`${looseKey(above[above.length - 1])} ${looseKey(w.split(' ')[0])}`);
    // And the region a body ending in KHU VỰC serves ('CHI CỤC THUẾ KHU VỰC' / 'TỪ SƠN - YÊN PHONG').
    const region = looseKey(above.slice(-2).join(' ')) === 'KHUVUC' && !BODY_HEAD.test(w);
    // And a unit alone between two body lines, after one naming no unit: the line above wrapped
    // ('ĐOÀN ĐBQH VÀ HĐND' / 'TỈNH LONG AN' / 'VĂN PHÒNG'); the last line's unit is read below.
    const alone = k < issuerSegs.length - 1 ? unitParts(w) : null;
    const unitAlone = !!alone && !alone.committee && w.split(' ').length <= 5 &&
      !above.some((a, j) => UNIT_KEYS.includes(looseKey(a)) || UNIT_KEYS.includes(looseKey(`${a} ${above[j + 1] ?? ''}`)));
    // (A dash after a whole unit name the gazetteer knows is a speck: 'TỈNH LONG AN  -' / 'VĂN PHÒNG'.)
    const dashEnd = /[\s.](?:VÀ|-|–)$/u.test(issuerSegs[k - 1].text) && !knownUnitLine(issuerSegs[k - 1].text.replace(/\s*[-–]$/u, ''), places);
    // And a name after a line ending in a school's level ('BCH ĐOÀN TRƯỜNG THPT' / 'QUẾ VÕ SỐ 1').
    const schoolEnd = SCHOOL_LEVEL_END.test(issuerSegs[k - 1].text) && !BODY_HEAD.test(w);
    const joins = dashEnd || /^(?:VÀ|[-–])\s/u.test(w) || unitEnd || compound || region || unitAlone || schoolEnd;
    if ((oneWord || joins) && w !== '*') {
      issuerSegs[k - 1] = { ...issuerSegs[k - 1], text: readAcross(issuerSegs[k - 1], issuerSegs[k], restoreSpan) ?? `${issuerSegs[k - 1].text} ${issuerSegs[k].text}` };
      issuerSegs.splice(k, 1);
    }
  }
  // (A full stop glued between two words is a speck: 'HĐND.VÀ'.)
  const bodyLines = issuerSegs.map((s) => ({ seg: s, text: spellDepartment(spellCommittees(spellUnits(committeeUnit(expandAbbreviations(s.text.replace(/\s*\*\s*$/, '').replace(/(?<=\p{L})\.(?=\p{L})/gu, ' ')), s))), places) }));
  if (bodyLines.length) {
    const n = bodyLines.length;
    // The unit word in its dictionary spelling (OCR'd 'PHƯƠNG' is phường), and the unit's name as
    // the date line spells it when that line kept more of its marks ('KINH MON' / 'Kinh Môn').
    // The unit may follow a Party body on the same line ('ĐẢNG ỦY XÃ HẠ HÒA').
    const lastWords = bodyLines[n - 1].text.split(' ');
    const prefixLen = ['ĐẢNG ỦY', 'ĐẢNG BỘ', 'CHI BỘ'].some((b) => looseKey(lastWords.slice(0, 2).join(' ')) === looseKey(b)) ? 2 : 0;
    const prefix = lastWords.slice(0, prefixLen).join(' ');
    // The restorer may have made other words of the unit word ('THI TRAN' → THỨ TRẦN): the raw
    // line's words, where they align, are read too.
    const seenRaw = rawWords(bodyLines[n - 1].seg.text, bodyLines[n - 1].seg.line);
    const unit = unitParts(lastWords.slice(prefixLen).join(' ')) ??
      (seenRaw && !prefixLen ? unitParts(seenRaw.toUpperCase()) : null);
    if (unit) {
      // ('XÃ TÀNUNG' / 'Tà Nung': the date line also kept the space.)
      const better = (p: string) => marks(p) > marks(unit.name) || p.split(' ').length > unit.name.split(' ').length;
      // Or a letter away, when the date line's reading is a known unit of that level and the header's
      // is not ('XÃ HẠ HÒA' / 'Hải Hòa': Hạ Hòa is a district).
      const near = (p: string) => !!places && editDistance(looseKey(p), looseKey(unit.name)) === 1 &&
        places.isNameAt(p, unit.unit) && !places.isNameAt(unit.name, unit.unit);
      // Or the raw line holds the unit word and the place's letters, which the restorer divided otherwise
      // ('HUYEN THANHOAI' read THỦ HOẠI beside 'Thanh Oai, ngày').
      const raw = (p: string) => !!places && places.isNameAt(p, unit.unit) && !places.isNameAt(unit.name, unit.unit) &&
        looseKey(bodyLines[n - 1].seg.line.raw).includes(looseKey(`${unit.unit} ${p}`));
      let name = f.place && ((looseKey(f.place.value) === looseKey(unit.name) && better(f.place.value)) || near(f.place.value) || raw(f.place.value)) ? f.place.value : unit.name;

      // A speck the restorer made a word of after a known unit name ('HUYỆN VĂN BÀN BÈ' + the
      // motto's NAM): the name is the known one.
      if (places) name = withoutSpeckAfter(name, unit.unit, places, 3);
      bodyLines[n - 1] = { ...bodyLines[n - 1], text: `${prefix ? `${prefix} ` : ''}${unit.unit}${unit.committee ? ' ủy' : ''} ${name}`.toUpperCase() };
    }
    let issuerText = bodyLines[n - 1].text;
    let parentIdx = n - 2;
    // A unit line alone names no body: it completes a generic body above it, or any body line that
    // names no unit of its own ('LIÊN ĐOÀN LAO ĐỘNG' / 'TỈNH BẮC NINH'), when the gazetteer knows the unit.
    const unitLine = unitParts(issuerText);
    const bare = (t: string) => !t.split(' ').some((w, k, all) => UNIT_KEYS.includes(looseKey(w)) || UNIT_KEYS.includes(looseKey(`${w} ${all[k + 1] ?? ''}`)));
    const completes = (t: string) => GENERIC_BODIES.some((g) => similarity(t, g, 0.8) > 0.8) ||
      (!!places && !!unitLine && !unitLine.committee && places.isNameAt(titleCase(unitLine.name.toLowerCase()), unitLine.unit) && bare(t));
    if (n >= 2 && unitLine && completes(bodyLines[n - 2].text)) {
      issuerText = `${bodyLines[n - 2].text} ${issuerText}`;
      parentIdx = n - 3;
    }
    const last = bodyLines[n - 1].seg;
    // Unit names as the gazetteer spells them ('HUYỆN TRIỆU' / 'PHONG' joined, then read as PHÒNG).
    const named = (body: string) => (places ? respellPlaceNames(body, places) : body);
    f.issuer = { value: named(nameCase(canonicalBody(issuerText))), confidence: 0.85, evidence: evidenceOf(last.line, last.text) };
    // A unit name OCR wrapped past the column ('HUYỆN ĐẠI' / 'LỘC' merged into the date line): the
    // place ends with a unit of that level whose name begins with the header's words.
    const end = UNIT_NAME_END.exec(f.issuer.value);
    if (places && f.place && end && !places.isNameAt(end[2], end[1])) {
      const pw = f.place.value.split(' ');
      const whole = pw.map((_, j) => pw.slice(j).join(' ')).find((c) => c.split(' ').length > end[2].split(' ').length &&
        looseKey(c).startsWith(looseKey(end[2])) && places.isNameAt(c, end[1]));
      if (whole) f.issuer.value = `${f.issuer.value.slice(0, -end[2].length)}${whole}`;
    }
    if (places) f.issuer.value = withNearestUnit(f.issuer.value, places, textProvinces);
    // A school named after a place of a province the text names spells it as the gazetteer does,
    // when the header's spelling is no unit's ('Trường Đại học Vĩnh' beside Nghệ An: the city is Vinh).
    const school = places && !end ? SCHOOL_NAME.exec(f.issuer.value) : null;
    if (places && school && !places.isName(school[2])) {
      const provinces = textProvinces();
      const spelled = provinces.size ? places.respell(school[2], null, provinces) : null;
      if (spelled && UNIT_LEVELS.some((l) => places.isNameIn(spelled, l, provinces))) f.issuer.value = `${school[1]} ${spelled}`;
    }
    // A body named after its place without a unit word (Trường Tiểu học Kỳ Tân) spells it as the
    // place line does when only that spelling is a known unit name.
    if (places && f.place && !end && places.isName(f.place.value)) {
      const size = f.place.value.split(' ').length, iw = f.issuer.value.split(' ');
      const tail = iw.slice(-size).join(' ');
      if (iw.length > size && tail !== f.place.value && looseKey(tail) === looseKey(f.place.value) && !places.isName(tail)) {
        f.issuer.value = [...iw.slice(0, -size), f.place.value].join(' ');
      }
    }
    // The symbol names the issuer too (905/SYT-NVY: Sở Y tế). When the header line is that name with
    // its spaces or marks lost ('SOY TE'), the expansion is the better spelling of the same words.
    const coded = bodyExpansion(f.number?.parts.bodyCode ?? null);
    // (Or the raw line's words are: the restorer may have made another word of one, 'SOY TE' → SOY TEN.)
    const rawIssuer = n === 1 || parentIdx === n - 2 ? rawWords(last.text, last.line) : null;
    if (coded && coded !== f.issuer.value && (similarity(coded, f.issuer.value, 0.85) >= 0.85 || (!!rawIssuer && similarity(coded, rawIssuer, 0.85) >= 0.85))) {
      explain.push({ field: 'issuer', rule: 'header issuer spelled as the symbol\'s body code expands', evidence: f.issuer.evidence, rejected: [f.issuer.value] });
      f.issuer = { ...f.issuer, value: coded };
    }
    // The symbol's body code is often the issuer's initials ('ĐHV', Trường Đại học Vinh): a Đ that
    // English-model OCR read as P, D or B there is put back when that makes them.
    if (f.number?.parts.bodyCode) f.number = withIssuerInitials(f.number, f.issuer.value);
    if (parentIdx >= 0) {
      const p = bodyLines.slice(0, parentIdx + 1).map((b) => b.text).join(' ');
      let parent = named(nameCase(canonicalBody(p)));
      // A speck the restorer made a word of after the parent's known unit name ('tỉnh Quảng Nam Bè').
      const unitEnd = UNIT_NAME_END.exec(parent);
      if (places && unitEnd) parent = `${parent.slice(0, -unitEnd[2].length)}${withoutSpeckAfter(unitEnd[2], unitEnd[1], places, 2)}`;
      if (places) parent = withNearestUnit(parent, places, textProvinces);
      // The parent's unit a letter from the place, when only the place is such a unit in a province
      // the text names (UBND THÀNH PHỐ 'THỚI' / 'BÌNH' beside 'Thái Bình, ngày' and 'tỉnh Thái Bình').
      const pe = UNIT_NAME_END.exec(parent), seat = f.place?.value;
      if (places && pe && seat && pe[2] !== seat && editDistance(looseKey(pe[2]), looseKey(seat)) <= 1) {
        const provinces = textProvinces();
        if (places.isNameIn(seat, pe[1], provinces) && !places.isNameIn(pe[2], pe[1], provinces)) parent = `${parent.slice(0, -pe[2].length)}${seat}`;
      }
      f.issuerParent = { value: parent, confidence: 0.75, evidence: evidenceOf(bodyLines[parentIdx].seg.line, bodyLines[parentIdx].seg.text) };
    }
  }

  // A place that is no unit name but has the letters of one takes the gazetteer's spelling
  // ('Tâm Dương' → Tam Dương), the provinces the header names deciding between namesakes.
  // Failing that, a unit of those provinces a letter or two away ('Budén Ma Thuột' → Buôn Ma Thuột).
  // A speck the restorer made a word of before a unit name is none of it ('Bộ Nghệ An').
  if (places && f.place && !places.isName(f.place.value)) {
    const provinces = places.provincesIn(lines.slice(0, 12).map((l) => l.text).join('\n'));
    const words = f.place.value.split(' ');
    const known = words.length > 2 && places.isName(words.slice(1).join(' ')) ? words.slice(1).join(' ') : null;
    // (Or the unit the issuer or its parent names, a letter away: the place is their seat — 'Nghệ Lốc'
    // under ỦY BAN NHÂN DÂN XÃ NGHI LỘC.)
    const seat = () => [f.issuer?.value, f.issuerParent?.value].map((b) => (b ? UNIT_NAME_END.exec(b)?.[2] : undefined))
      .find((n) => !!n && places.isName(n) && editDistance(looseKey(n), looseKey(f.place!.value)) <= 1) ?? null;
    const spelled = known ?? places.respell(f.place.value, null, provinces) ?? places.nearestIn(f.place.value, provinces) ?? seat();
    if (spelled) {
      if (spelled !== f.place.value) explain.push({ field: 'place', rule: 'place spelled as the gazetteer names it (a unit of the header\'s province, or a known name after a speck)', evidence: f.place.evidence, rejected: [f.place.value] });
      f.place = { ...f.place, value: spelled };
    }
  }

  // The place is the seat of the issuer; its caps header line is usually read better than the italic date line.
  // (Or OCR lost the place's first words: 'at Ha, ngày' under HUYỆN THẠCH HÀ.)
  if (f.place && f.issuer) {
    const place = f.place.value;
    // The unit the issuer line names, or failing that the one its parent lines name (PHÒNG NỘI VỤ
    // under UBND HUYỆN HƯƠNG SƠN), whose last words the place is.
    // (And the issuer's unit as the gazetteer spelled it: 'HUYỆN TUKY' is Tứ Kỳ.)
    // (And the parent's unit as the gazetteer spelled it: 'UBND HUYỆN PAK MIL' is Đắk Mil.)
    const named = [...bodyLines.map((b) => UNIT_NAME_CAPS.exec(b.text)?.[1]), UNIT_NAME_END.exec(f.issuer.value)?.[2]?.toUpperCase(),
      f.issuerParent ? UNIT_NAME_END.exec(f.issuerParent.value)?.[2]?.toUpperCase() : undefined]
      .filter((u): u is string => !!u);
    const tail = (u: string) => u.split(' ').slice(-place.split(' ').length).join(' ');
    const cutFrom = [...named].reverse().find((u) => u.split(' ').length > place.split(' ').length && looseKey(tail(u)) === looseKey(place));
    // Or a unit a header line names whose first word the place's is with its Đ read as b ('bak Mil, ngày'
    // under UBND HUYỆN ĐẮK MIL), the rest alike by letters.
    const opening = (w: string) => [w, asMisreadD(w) ?? ''].map(looseKey);
    const misreadOf = places && !places.isName(place) ? named.find((u) => {
      const uw = u.split(' '), pw = place.split(' ');
      return uw.length === pw.length && uw.length > 1 && looseKey(uw[0]) !== looseKey(pw[0]) && opening(pw[0]).includes(looseKey(uw[0])) &&
        looseKey(uw.slice(1).join(' ')) === looseKey(pw.slice(1).join(' '));
    }) : undefined;
    const unitName = startsWithUnit(bodyLines[bodyLines.length - 1]?.text ?? '') ?? cutFrom ?? misreadOf ?? null;
    const cut = !!unitName && unitName === cutFrom;
    // Or OCR kept only the place's first word, its Đ read as b ('binh EEL, ngày' under HUYỆN ĐỊNH
    // HÓA): a place the gazetteer does not know, as many words as the unit's and opening as it does.
    const sameStart = !!unitName && !!places && !places.isName(place) && unitName.split(' ').length === place.split(' ').length &&
      opening(place.split(' ')[0]).includes(looseKey(unitName.split(' ')[0]));
    if (unitName && (similarity(unitName, place) >= 0.6 || cut || sameStart || unitName === misreadOf) && looseKey(unitName) !== looseKey(place)) {
      explain.push({ field: 'place', rule: 'place read from the issuer line (same name, better OCR)', evidence: f.place.evidence, rejected: [f.place.value] });
      f.place = { ...f.place, value: titleCase(unitName.toLowerCase()), confidence: 0.8 };
    }
  }

  // The place with the letters of the issuer's unit but other marks takes the issuer's spelling when
  // only that one is a unit of the level the issuer names ('An Hóa' is a xã; ĐẢNG ỦY PHƯỜNG AN HÒA);
  // or of its parent's unit when the issuer names none (PHÒNG … under UBND HUYỆN CẨM GIÀNG).
  if (places && f.place && f.issuer) {
    const m = UNIT_NAME_END.exec(f.issuer.value) ?? (f.issuerParent ? UNIT_NAME_END.exec(f.issuerParent.value) : null);
    if (m && m[2] !== f.place.value && looseKey(m[2]) === looseKey(f.place.value) && places.isNameAt(m[2], m[1]) && !places.isNameAt(f.place.value, m[1])) {
      explain.push({ field: 'place', rule: 'place spelled as the issuer\'s unit, the one the gazetteer knows at that level', evidence: f.place.evidence, rejected: [f.place.value] });
      f.place = { ...f.place, value: m[2] };
    }
  }

  // The parent's unit a letter from the place, which the gazetteer knows, is the place: a Phòng's
  // parent is the UBND of the district it sits in ('ỦY BAN NHÂN DÂN HUYỆN CHỦ SỞ', Chư Sê, ngày …).
  if (places && f.place && f.issuerParent && places.isName(f.place.value)) {
    const m = AFTER_LAST_UNIT.exec(f.issuerParent.value);
    if (m && m[2] !== f.place.value && !places.isName(m[2]) && editDistance(looseKey(m[2]), looseKey(f.place.value)) <= 1) {
      explain.push({ field: 'issuerParent', rule: 'unit name of the parent spelled as the place, a letter away', evidence: f.issuerParent.evidence, rejected: [f.issuerParent.value] });
      f.issuerParent = { ...f.issuerParent, value: `${m[1]}${f.place.value}` };
    }
  }

  // Subject: the V/v line of a Công văn, or the lines under the type title.
  let bodyStart = titleIdx >= 0 ? titleIdx + 1 : numberSeg ? numberSeg.index + 1 : 0;
  if (vv) {
    // A dash or speck set apart at its end belongs to no word ('vệ sinh, -'); its comma does.
    const parts = [vv.text.replace(/^V\/v[\s‘’'`"“:.]*/iu, '').replace(/\s+[-–—~|]+\s*$/u, '')];
    const from = [vv.line];
    for (let i = vv.index + 1; i < Math.min(lines.length, vv.index + 5); i++) {
      const segs = splitColumns(lines[i].text);
      const left = segs[0] ? clean(segs[0]) : '';
      // OCR may leave a blank line inside the V/v column; a lowercase line after it continues it.
      if (!left && /^\s*[‘'`"“~|]*\s*\p{Ll}/u.test(lines[i + 1]?.text ?? '')) continue;
      // A lowercase line continues the subject even when it reads like a body opener ('thực hiện …').
      const opener = (BODY_START.test(left) || opensAddressees(left)) && !/^\p{Ll}/u.test(left);
      // The place-date column merged onto a subject line ('toán ngân sách nhà nước năm Hà Nội, ngày …'):
      // the words before the place's capitalized run continue the subject, and it ends there.
      const dated = findDate(left);
      if (dated && !opener) {
        const words = left.slice(0, dated.index).replace(/,\s*$/, '').trim().split(' ');
        let k = words.length;
        while (k > 0 && /^[‘'"“`]*\p{Lu}/u.test(words[k - 1])) k--;
        if (k > 0 && k < words.length) { parts.push(words.slice(0, k).join(' ')); from.push(lines[i]); }
        // Its last word may wrap to the next line alone ('2026').
        if (k > 0 && /^\d{4}$/.test(clean(lines[i + 1]?.text ?? ''))) { parts.push(clean(lines[i + 1].text)); from.push(lines[i + 1]); }
        break;
      }
      // An urgency mark under the V/v column ends it ('a HỎA TỐC'; the restorer may have made a
      // word of the speck, so the raw line is read too).
      const urgent = markIn(left, URGENCY) ?? markIn(clean(lines[i].raw), URGENCY);
      if (urgent) {
        f.urgency ??= { value: urgent, confidence: 0.85, evidence: evidenceOf(lines[i], left) };
        break;
      }
      if (!left || opener || isCaps(left) || similarity(left, MOTTO_2, 0.6) > 0.6) break;
      parts.push(left);
      from.push(lines[i]);
    }
    f.subject = { value: subjectText(parts), confidence: 0.85, evidence: evidenceOf(vv.line, vv.text) };
    rereadSubject(f.subject, parts, from, lines, restoreSpan, explain, parts.length >= 2);
    if (phraseScore) echoSubject(f.subject, from, lines, explain, phraseScore);
  } else if (titleIdx >= 0) {
    const parts: string[] = [];
    let i = titleIdx + 1;
    while (i < lines.length && !lines[i].text.trim()) i++;
    const first = i;
    // A trích yếu may itself begin 'Thực hiện …': a short block under the title, closed by a blank
    // line and not ending like a body paragraph (';', ':', '.'), is the subject whatever its first words.
    let end = first;
    while (end < lines.length && lines[end].text.trim()) end++;
    const block = end > first && end - first <= 6 && end < lines.length && !/[;:.]$/.test(lines[end - 1].text.trim()) &&
      !lines.slice(first, end).some((l, k) => k > 0 && isCaps(clean(l.text)));
    // Inside such a block, a later line opening the body with a capital ends it when the first did
    // not ('kết quả …' / 'Thực hiện Nghị quyết …' with no blank line between).
    const firstOpens = BODY_START.test(clean(lines[first]?.text ?? ''));
    for (; i < Math.min(lines.length, first + 6); i++) {
      const t = clean(lines[i].text);
      const opens = BODY_START.test(t) && (!block || (i > first && !firstOpens && /^\p{Lu}/u.test(t)));
      if (!t || opens || (isCaps(t) && parts.length)) break;
      // Punctuation at a line end inside the subject ('Bộ Chính trị,', 'số”') belongs to it.
      // Specks at its start are not ('~ thôn Thọ Lộc'), nor one or two marks far right of its words,
      // where a scan's right column is empty ('người có công                     I').
      parts.push(lines[i].text.trim().replace(/^[~|¦_*•'‘`]+\s*/u, '').replace(/\s{5,}\S{1,2}$/u, ''));
    }
    if (parts.length) {
      f.subject = { value: subjectText(parts), confidence: 0.85, evidence: evidenceOf(lines[first]) };
      rereadSubject(f.subject, parts, lines.slice(first, i), lines, restoreSpan, explain, false);
      if (phraseScore) echoSubject(f.subject, lines.slice(first, i), lines, explain, phraseScore);
      bodyStart = i;
    }
  }

  // Type, code and family.
  const family: DocumentFamily = symbolFamily ?? (party ? 'party' : 'administrative');
  const type = title ?? symbolType ?? (f.number && !symbolType ? DOC_TYPES.find((t) => t.name === 'Công văn') : undefined);
  if (type) {
    const ev = title ? evidenceOf(lines[titleIdx]) : f.number!.evidence;
    const code = type.name === 'Công văn' ? null : type.codes[0];
    f.documentType = { value: type.name, confidence: title ? 0.95 : 0.7, evidence: ev, code, family: type.family ?? family };
    if (!title) explain.push({ field: 'documentType', rule: symbolType ? 'type code in the symbol' : 'no type title and no type code: Công văn', evidence: ev, rejected: [] });
  }
  return { fields: f, bodyStart, explain, warnings };
}

/** The mark of `marks` (urgency, confidentiality) a line is, specks of two small letters at its ends aside. */
function markIn(text: string, marks: string[]): string | undefined {
  const words = text.split(/\s+/);
  const speck = (w: string | undefined) => !!w && (letterCount(w) === 0 || /^\p{Ll}{1,2}\.?$/u.test(w));
  while (words.length > 1 && speck(words[0])) words.shift();
  while (words.length > 1 && speck(words[words.length - 1])) words.pop();
  return marks.find((m) => looseKey(m) === looseKey(words.join(' ')));
}

// A village-level unit that takes a number: khu phố 3, tổ dân phố 5, thôn 2, xóm 4, ấp 1.
const VILLAGE_END = /(?:^|\s)(?:KHU PHỐ|TỔ DÂN PHỐ|THÔN|XÓM|ẤP|BẢN|TỔ|KHU)$/u;
const SCHOOL_NAME = new RegExp(`^(Trường (?:THCS|THPT|TH|MN|${SCHOOL_LEVELS.map((l) => l.charAt(0).toUpperCase() + l.slice(1)).join('|')})) (.+)$`, 'u');

/** The number with its body code's first group spelled as the issuer's initials, when it is them but for a Đ read as P, D or B. */
function withIssuerInitials(number: NonNullable<HeaderFields['number']>, issuer: string): NonNullable<HeaderFields['number']> {
  const code = number.parts.bodyCode!, first = code.split('-')[0];
  const words = issuer.split(' ').filter((w) => w !== 'và' && /^\p{L}/u.test(w));
  const initials = [words, words.slice(1)].map((ws) => ws.map((w) => w[0].toUpperCase()).join(''));
  if (initials.includes(first) || !/[DPB]/.test(first)) return number;
  const fixed = [...first].map((c, k) => ('DPB'.includes(c) ? `${first.slice(0, k)}Đ${first.slice(k + 1)}` : '')).find((v) => v && initials.includes(v));
  if (!fixed) return number;
  const at = number.value.lastIndexOf(first);
  return { ...number, value: `${number.value.slice(0, at)}${fixed}${number.value.slice(at + first.length)}`, parts: { ...(number.parts as NumberParts), bodyCode: [fixed, ...code.split('-').slice(1)].join('-') } };
}

// A caps line ending in a school's level, its name wrapped to the next line.
const SCHOOL_LEVEL_END = new RegExp(`\\s(?:${[...SCHOOL_CODES, ...SCHOOL_LEVELS].map((l) => l.toUpperCase()).join('|')})$`, 'u');

/** A line that is a unit word and a name the gazetteer knows at that level ('TỈNH LONG AN'), nothing else. */
function knownUnitLine(text: string, places: Gazetteer | undefined): boolean {
  const unit = unitParts(text);
  return !!places && !!unit && !unit.committee && places.isNameAt(titleCase(unit.name.toLowerCase()), unit.unit);
}

/** A body whose unit name no unit of its level has, one letter from exactly one that has ('tỉnh Quảng Nga'). */
function withNearestUnit(body: string, places: Gazetteer, provinces: () => Set<string>): string {
  const end = UNIT_NAME_END.exec(body);
  if (!end || places.isNameAt(end[2], end[1])) return body;
  const nearest = places.nearestAt(end[2], end[1], provinces());
  return nearest ? `${body.slice(0, -end[2].length)}${nearest}` : body;
}

const BODY_HEADS = [...GENERIC_BODIES, ...MASS_ORGANISATIONS.map((m) => m.toUpperCase())];
function canonicalBody(s: string): string {
  const upper = s.toUpperCase();
  if (GENERIC_BODIES.some((g) => upper.startsWith(g))) return s;
  // 'UYBANNHANDAN HUYEN X', 'ĂNG BỘ HUYỆN X' (Đ lost), 'HOQI LIÊN HIỆP PHỤ NỮ': rebuild the damaged
  // generic part from the known header vocabulary, matched fuzzily and without accents.
  let best: { g: string; end: number; sim: number } | null = null;
  for (const g of BODY_HEADS) {
    const end = fuzzyPrefix(s, g, 0.8);
    if (end > 0) {
      const sim = similarity(s.slice(0, end), g);
      if (!best || sim > best.sim) best = { g, end, sim };
    }
  }
  return best ? `${best.g} ${s.slice(best.end).trim()}`.trim() : s;
}

/** The full name of the first body code of a symbol ('SYT-NVY' → Sở Y tế), if known. */
function bodyExpansion(bodyCode: string | null): string | null {
  const first = bodyCode?.split('-')[0];
  return first ? ABBREVIATIONS[first.replace(/\u00d0/g, 'Đ')] ?? null : null;
}
