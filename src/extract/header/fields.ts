import type { Gazetteer } from '../../restore/place-names.js';
import type { NumberParts } from '../number.js';
import type { PhraseScore, RestoreSpan } from '../subject.js';
import type { DocumentFamily, Explanation, Field, Line } from '../types.js';

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
  /** The document's own number as the header line printed it, when the header respelled it (the body's copies read so). */
  printedNumber: string | null;
  /** Index (into lines) where the body starts: after the title and subject. */
  bodyStart: number;
  explain: Explanation[];
  warnings: string[];
}

/** What every step after the zone walk reads: the document's lines and the models at hand. */
export interface HeaderContext {
  lines: Line[];
  places?: Gazetteer;
  restoreSpan?: RestoreSpan;
  phraseScore?: PhraseScore;
  /** The provinces the document names, for the gazetteer's namesakes (read once, when first needed). */
  provinces: () => Set<string>;
  explain: Explanation[];
}
