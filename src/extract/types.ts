export interface Evidence {
  page: number;
  line: number;
  text: string;
}

export interface Field<T = string> {
  value: T;
  confidence: number;
  evidence: Evidence;
}

export type DocumentFamily = 'administrative' | 'party' | 'legal';

export interface Reference {
  type: string | null;
  number: string;
  date: string | null;
  issuer: string | null;
  confidence: number;
  evidence: Evidence;
}

export interface Signer {
  name: string | null;
  title: string | null;
  authority: string | null;
  onBehalfOf: string | null;
  confidence: number;
  evidence: Evidence;
}

/** One line of the document, with where it is. `text` is restored; `raw` is as read. */
export interface Line {
  page: number;
  line: number;
  text: string;
  raw: string;
}

/** What --explain shows: per field, the rule that matched and the candidates it rejected. */
export interface Explanation {
  field: string;
  rule: string;
  evidence?: Evidence;
  rejected: string[];
}
