import { evidenceOf } from '../lines.js';
import { normalizeNumber, numberParts } from '../number.js';
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
  while (tokens.length > 1 && /^(?:\p{Ll}+|NAM|[^\p{L}\d]+)$/u.test(tokens[tokens.length - 1])) tokens.pop();
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
