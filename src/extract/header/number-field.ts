import { evidenceOf } from '../lines.js';
import { looseKey } from '../text-match.js';
import { isKnownCode, sameButD } from '../../restore/symbols.js';
import { normalizeNumber, numberParts, type NumberParts } from '../number.js';
import type { DocumentFamily } from '../types.js';
import { typeByCode, type DocType } from '../vocabulary.js';
import type { HeaderFields } from './fields.js';
import type { Segment } from './segments.js';

/** The số và ký hiệu from the number line, with its parts and what its codes say of the type and family. */
export function numberField(numberSeg: Segment): {
  field: NonNullable<HeaderFields['number']>; family: DocumentFamily | null; type: DocType | undefined; warning: string | null;
} {
  // Words after the symbol are another column: Title-case words (the place), and specks or the
  // motto's tail ('10234/BTC-NSNN oo NAM').
  const tokens = numberSeg.text.split(/\s+(?=\p{Lu}\p{Ll})/u)[0].split(/\s+/);
  // (The motto's NAM by its letters: the restorer may have read it NĂM.)
  // (And one capital alone after a whole symbol: a speck of the seal or the other column, '1536/BHXH-QLT K',
  // '845/QĐ-CbVH : I'.)
  const whole = () => !!numberParts(normalizeNumber(tokens.slice(0, -1).join(' ')))?.parts.bodyCode;
  while (tokens.length > 1 && (/^(?:\p{Ll}+|[^\p{L}\d]+)$/u.test(tokens[tokens.length - 1]) || looseKey(tokens[tokens.length - 1]) === 'NAM' ||
    (/^\p{Lu}$/u.test(tokens[tokens.length - 1]) && (/[/-]\p{Lu}{2,}$/u.test(tokens[tokens.length - 2]) || /^[^\p{L}\d]+$/u.test(tokens[tokens.length - 2])) && whole()) ||
    // (Or a caps word that is no code after a whole symbol ending in one: '85-KL/TU SEE', the seal's or the motto's dust.)
    (/^\p{Lu}{2,4}$/u.test(tokens[tokens.length - 1]) && !isKnownCode(tokens[tokens.length - 1]) && /[/-]\p{Lu}{2,}$/u.test(tokens[tokens.length - 2]) && whole()))) tokens.pop();
  const value = normalizeNumber(tokens.join(' '));
  const parsed = numberParts(value);
  return {
    field: {
      value, confidence: parsed && /^\d+$/.test(parsed.parts.number) ? 0.95 : 0.5,
      evidence: evidenceOf(numberSeg.line), parts: parsed?.parts ?? { number: null, year: null, typeCode: null, bodyCode: null },
    },
    family: parsed?.family ?? null,
    type: parsed?.parts.typeCode ? typeByCode(parsed.parts.typeCode) : undefined,
    warning: parsed ? null : `number '${value}' does not have a known shape`,
  };
}

/**
 * The number with the title's type code where OCR read a Đ of that code as P, D or B ('12/CP-BCH'
 * under CÔNG ĐIỆN is 12/CĐ-BCH; CP, a body's code, kept the Đ repair from seeing it).
 */
export function withTitleCode(number: NonNullable<HeaderFields['number']>, title: DocType): NonNullable<HeaderFields['number']> {
  // (The code read as no type code stands first in the body code: '12/CP-BCH' parses as body CP-BCH.)
  const groups = number.parts.bodyCode?.split('-') ?? [];
  const code = number.parts.typeCode ?? (groups.length > 1 ? groups[0] : null);
  if (!code || title.codes.includes(code)) return number;
  // (Or read as two letters, a D or P and a letter its bar made: '05/CDH-UBND' under CÔNG ĐIỆN.)
  const asTwo = (c: string) => c.includes('Đ') && code.length === c.length + 1 &&
    [...code].some((_, k) => k > 0 && 'DPB'.includes(code[k - 1]) && sameButD(code.slice(0, k) + code.slice(k + 1), c));
  // (Or with a digit OCR glued before it: '27/6GM-HPN' under GIẤY MỜI; no type code begins with one.)
  // (Or with its Đ read as another capital, when the code is no type's: '15/CH-UBND' under CÔNG ĐIỆN.)
  const otherForD = (c: string) => c.includes('Đ') && code.length === c.length && !typeByCode(code) &&
    [...code].every((ch, k) => ch === c[k] || (c[k] === 'Đ' && /\p{Lu}/u.test(ch)));
  const fixed = title.codes.find((c) => sameButD(code, c) || asTwo(c) || (/^\d\p{Lu}/u.test(code) && code.slice(1) === c) || otherForD(c));
  if (!fixed) return number;
  const value = number.value.replace(new RegExp(`(^|[/-])${code}(?=[-/])`, 'u'), `$1${fixed}`);
  const bodyCode = number.parts.typeCode ? number.parts.bodyCode : groups.slice(1).join('-');
  return value === number.value ? number : { ...number, value, parts: { ...(number.parts as NumberParts), typeCode: fixed, bodyCode } };
}
