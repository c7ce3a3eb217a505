import { MARKED_LETTERS, withoutMarks } from '../restore/orthography.js';
import { restoreSymbolD } from '../restore/symbols.js';
import type { DocumentFamily } from './types.js';
import { ABBREVIATIONS, typeByCode } from './vocabulary.js';

export interface NumberParts {
  number: string;
  year: string | null;
  typeCode: string | null;
  bodyCode: string | null;
}

const LEGAL = /^(\d{1,5})\/((?:19|20)\d{2})\/([\p{L}\d]+(?:-[\p{L}\d]+)*)$/u;
const PARTY = /^(\d{1,5})-([\p{L}]{1,4})\/([\p{L}\d]+(?:-[\p{L}\d]+)*)$/u;
// (A bank's branch may join its codes with a full stop: '1520/NHNo.NA-KHCN'.)
const ADMIN = /^([\d\p{L}%]{1,6})\/([\p{L}\d]+(?:[-.][\p{L}\d]+)*)$/u;

/** Normalize a printed số và ký hiệu: no spaces, Ð→Đ, dash variants, Đ restored in codes. */
export function normalizeNumber(printed: string): string {
  // Specks after the symbol ('301/TB-UBNDˆˆ', ˆ being a modifier letter) are none of it: a symbol
  // ends in a letter or digit.
  // (A colon OCR read for a Party symbol's dash is one: '18:QĐ/UBKTHU'.)
  // A lone 0 before a number of two digits or more is OCR's reading of Số's mark ('S60 38-TTr' →
  // 'Số 0 38-TTr'): padding is for numbers of one digit only.
  // An O between a code's letters and its digits is a zero ('PCO8' is PC08); before a zero and one digit, the
  // zero's own ghost: a unit's number has two digits ('PCO08' is PC08, not PC008).
  // (So are specks before it: '°38/KH-HBT', a symbol begins with its number.)
  const n = restoreSymbolD(printed.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^0\s+(?=\d{2})/u, '').replace(/(?<=[/-]\p{Lu}{1,6})O(?=0\d(?:$|[-/]))/gu, '')
    .replace(/(?<=[/-]\p{Lu}{1,6})O(?=\d+(?:$|[-/]))/gu, '0').replace(/[\s]+/g, '').replace(/[–—_]/g, '-').replace(/-{2,}/g, '-').replace(/\u00d0/g, 'Đ')
    .replace(/^(\d{1,5}):(?=\p{Lu}{1,4}\/)/u, '$1-')
    // (And one read for the dash between an administrative symbol's type and body: '88/KH:UBND'.)
    .replace(/^(\d{1,5}\/\p{Lu}{1,5}):(?=\p{Lu})/u, '$1-').replace(/[^\p{Lu}\p{Ll}\p{N}]+$/u, '')
    // (And a full stop read for a dash between two codes: '2874/SYT.NVY'.)
    .replace(/(?<=\/[\p{Lu}\d-]*\p{Lu})\.(?=\p{Lu})/gu, '-')
    // (And a small b between a code's capitals, OCR's reading of a Đ: '845/QĐ-CbVH'; codes are written in capitals.)
    // (Not beside a D or P, which with the b is one Đ printed as two letters: '296-QbD/TW', read below.)
    .replace(/(?<=[/-]\p{Lu}{0,4}[A-CE-OQ-ZĐ])b(?=[A-CE-OQ-ZĐ]\p{Lu}{0,4}(?![\p{L}\d]))/gu, 'Đ'));
  return legalType(unfuse(n));
}

// Types a legal normative symbol carries (number/year/TYPE-BODY).
const LEGAL_TYPES = new Set(['NĐ', 'TT', 'TTLT', 'QĐ', 'NQ', 'NQLT', 'CT', 'PL', 'L', 'BL']);

/**
 * '118/2025/NP-CP': NP is a known code (Giấy nghỉ phép), so Đ was not put back, but no legal symbol
 * has that type: the one D/P/B that makes a legal type is Đ. So is an O the Q OCR misread, which the
 * restorer may have marked as a word ('96/2025/NO- HDND' read NỔ): codes carry no vowel's marks.
 */
function legalType(n: string): string {
  const m = /^(\d{1,5}\/(?:19|20)\d{2}\/)(\p{Lu}{1,4})(-.+)?$/u.exec(n);
  if (!m || LEGAL_TYPES.has(m[2]) || /^QH\d*$/.test(m[2] + (m[3] ?? ''))) return n;
  const read = withoutMarks(m[2]);
  for (let k = 0; k < read.length; k++) {
    const letter = 'DPB'.includes(read[k]) ? 'Đ' : read[k] === 'O' ? 'Q' : null;
    const type = letter && `${read.slice(0, k)}${letter}${read.slice(k + 1)}`;
    if (type && LEGAL_TYPES.has(type)) return `${m[1]}${type}${m[3] ?? ''}`;
  }
  return n;
}

/** 'CTUBND' with its dash lost: a known type code then a known body code ('17/CTUBND' → 17/CT-UBND). */
function unfuse(n: string): string {
  const m = /^(\d{1,5})\/(\p{Lu}{4,})$/u.exec(n);
  if (!m || typeByCode(m[2])) return n;
  for (let k = 1; k < m[2].length - 1; k++) {
    const type = m[2].slice(0, k), body = m[2].slice(k);
    if (typeByCode(type) && ABBREVIATIONS[body]) return `${m[1]}/${type}-${body}`;
  }
  return n;
}

export function numberParts(n: string): { parts: NumberParts; family: DocumentFamily | null } | null {
  let m = LEGAL.exec(n);
  if (m) {
    const [type, ...body] = m[3].split('-');
    const isLaw = /^(QH|UBTVQH)\d*$/.test(m[3]);
    return { parts: { number: m[1], year: m[2], typeCode: isLaw ? null : type, bodyCode: isLaw ? m[3] : body.join('-') || null }, family: 'legal' };
  }
  m = PARTY.exec(n);
  if (m) return { parts: { number: m[1], year: null, typeCode: m[2], bodyCode: m[3] }, family: 'party' };
  m = ADMIN.exec(n);
  if (m) {
    // QĐ-UBND: type code then body; a Công văn has no type code, so UBND-KT is body and unit.
    // (A legal normative type's code without the year every such symbol carries is a body's: '28/TTLT-NV', a
    // Trung tâm Lưu trữ's letter, is no Thông tư liên tịch.)
    const groups = m[2].split('-');
    const type = groups.length > 1 ? typeByCode(groups[0]) : undefined;
    const typed = !!type && type.family !== 'legal';
    return { parts: { number: m[1], year: null, typeCode: typed ? groups[0] : null, bodyCode: typed ? groups.slice(1).join('-') : m[2] }, family: 'administrative' };
  }
  return null;
}

/**
 * Symbols in running text: legal, Party and administrative shapes. (A Party symbol's second body code
 * may stand after a space OCR put behind its dash: '120-KH/TĐTN- PTTN'; a Title-case word there is
 * the next column's.) (No code after a dash set apart has a vowel with a mark: a caps word there is the next
 * line's, 'Số: 58/GM-BT  -' / 'GIẤY MỜI'.)
 */
// (Capitals with a mark, Đ aside: codes are written with Đ.)
const MARKED_CAPS = MARKED_LETTERS.toUpperCase().replace('Đ', '');
export const SYMBOL_IN_TEXT = new RegExp(String.raw`(?<![\p{L}\d/-])(\d{1,5}\s?(?:\/\s?(?:19|20)\d{2}\s?\/\s?(?:QH\s\d{2}(?![\d/])|[\p{Lu}Đ][\p{L}\d]*)(?:\s?-\s?[\p{Lu}Đ\d][\p{L}\d]*)*|-\s?(?:-\s?)?[\p{Lu}Đ][\p{L}]{0,3}\s?\/\s?[\p{Lu}Đ][\p{L}\d]*(?:-(?:\s(?=[\p{Lu}Đ]{2,}(?![\p{Ll}])))?[\p{Lu}Đ][\p{L}\d]*)*|\s?\/\s?[\p{Lu}Đ][\p{L}\d]*(?:\s\p{Lu}\p{Ll}*(?=\s?-))?(?:(?:-(?:\s?-)?\s?|\s-(?:\s?-)?\s?(?![\p{Lu}\d]*[${MARKED_CAPS}]))[\p{Lu}Đ\d][\p{L}\d]*)+))`, 'gu');
