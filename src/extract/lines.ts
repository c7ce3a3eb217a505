import type { DocumentRecord } from '../pipeline/document.js';
import { LONE_CONSONANTS } from '../restore/orthography.js';
import type { Evidence, Line } from './types.js';

/** The restored text as numbered lines (page, line), each with its raw counterpart. */
export function documentLines(doc: Pick<DocumentRecord, 'pages'>): Line[] {
  const out: Line[] = [];
  for (const p of doc.pages) {
    const restored = p.text.split('\n');
    const raw = p.rawText.split('\n');
    restored.forEach((text, i) => out.push({ page: p.number, line: i + 1, text: text.replace(/\s+$/, ''), raw: raw[i] ?? '' }));
  }
  return out;
}

export function evidenceOf(l: Line, text = l.text): Evidence {
  return { page: l.page, line: l.line, text: text.trim() };
}

/** The line a field's evidence points at. */
export function lineOfEvidence(lines: Line[], e: Pick<Evidence, 'page' | 'line'>): Line | undefined {
  return lines.find((l) => l.page === e.page && l.line === e.line);
}

/** Collapse spaces, trim, and strip decorative punctuation at the ends. */
export function clean(s: string): string {
  // (An angle bracket or guillemet set apart is a speck too: 'Y tế các > huyện', 'hộ gia đình « có đất';
  // Vietnamese documents quote with “ ”.)
  // (A low quote „ is no Vietnamese mark, a speck at either end: '„2026'; nor a backslash set apart: 'Về \ việc'.)
  // (A lone digit between two commas after a word is a speck: '6 tháng đầu năm, 1, phương hướng', 'các xã, 5, phường';
  // a list of items has a number before it: 'khoản 1, 2, 3'.)
  const out = s.replace(/(?<=\p{L}),\s+\d,(?=\s)/gu, ',').replace(/\.{2,}|…/g, ' ').replace(/(?<=\s)[<>«»¡¿\\]+(?=\s)/g, ' ').replace(/\s+/g, ' ').replace(/^[\s\-–—_*.,:;~|'"“”‘’„]+/, '').replace(/[\s\-–—_*.,;:~|'"“”‘’„]+$/, '').trim();
  // A closing quote whose opening quote is kept inside stays: '… “Chương trình … số”', '… "Quảng Trị - … non sông"'.
  if (/“[^”]*$/.test(out) && /”[\s.,;:]*$/.test(s)) return `${out}”`;
  return (out.split('"').length - 1) % 2 === 1 && /(?<=\p{L})"[\s.,;:]*$/u.test(s) ? `${out}"` : out;
}

const STUTTER = new RegExp(`(?<=\\p{L} )([${LONE_CONSONANTS}]) (?=(\\p{L}))`, 'gu');

/**
 * A lone small consonant before a word it begins, or after one it ends, is OCR's double reading of
 * that letter ('Quy d định mức', 'Về việc c phê duyệt').
 */
export function dropStutters(s: string): string {
  return s.replace(STUTTER, (all, c: string, next: string, at: number) => {
    const last = (s.slice(0, at).trimEnd().slice(-1).normalize('NFD')[0] ?? '').toLowerCase();
    return next.normalize('NFD')[0].toLowerCase() === c || (c === 'd' && /^đ/iu.test(next)) || last === c ? '' : all;
  });
}

/**
 * OCR specks read as quotes ('các huyện, ‘thị xã', 'dịp Tết "Nguyên đán'): a quote mark with no
 * partner is dropped.
 */
export function unpairedQuotes(s: string): string {
  const pairs: Array<[string, string]> = [['‘', '’'], ['“', '”']];
  for (const [open, close] of pairs) {
    const o = s.split(open).length - 1, c = s.split(close).length - 1;
    if (o !== c) s = s.replace(o > c ? open : close, '');
  }
  // Straight quotes pair with each other. (One set apart from any word is a speck before one glued to a
  // word: 'hoàn thành tốt " nhiệm vụ'.)
  if ((s.split('"').length - 1) % 2 === 1) {
    s = /(?:^|\s)"(?=\s|$)/u.test(s) ? s.replace(/(?:^|\s)"(?=\s|$)/u, '') : s.replace(/"(?=\p{L})|(?<=\p{L})"/u, '');
  }
  // And a straight single quote opening a word with none closing it ('Trung tâm 'Y tế'); an apostrophe
  // ending a name's first letter stays (H' Linh, K'Ho).
  if (!/(?<=\p{L})'(?=\s|$|[.,;:])/u.test(s)) s = s.replace(/(?<=^|\s)'(?=\p{L})/gu, '');
  // So is one closing a word of two letters or more with none opening ('Các sở' giáo dục').
  else if (!/(?<=^|\s)'(?=\p{L})/u.test(s)) s = s.replace(/(?<=\p{L}{2})'(?=\s|$|[.,;:])/gu, '');
  return s;
}
