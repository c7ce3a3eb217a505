import type { DocumentRecord } from '../pipeline/document.js';
import { extractHeader, expandAbbreviations } from './header/index.js';
import { documentLines, lineOfEvidence } from './lines.js';
import { extractDistribution, extractRecipients } from './recipients.js';
import { extractReferences, wholeCitation } from './references.js';
import { normalizeNumber, SYMBOL_IN_TEXT } from './number.js';
import { rawWords, spellLunarYear } from './subject.js';
import { extractSigner } from './signer.js';
import { nameCase, phrasesAsPrinted } from './casing.js';
import { printedWords, respellPlace, spellPlacesInName } from './names.js';
import { looseKey, similarity } from './text-match.js';
import { ABBREVIATIONS } from './vocabulary.js';
import { isSyllable } from '../restore/orthography.js';
import type { Explanation, Line } from './types.js';
import type { Gazetteer } from '../restore/place-names.js';
import type { NameModel } from '../restore/person-names.js';
import type { LawTable } from './laws.js';

export type { Field, Reference, Signer, Explanation } from './types.js';

const SCALARS = ['documentType', 'number', 'issuer', 'issuerParent', 'place', 'date', 'subject', 'urgency', 'confidentiality'] as const;

export interface ExtractResult {
  fields: Record<string, unknown>;
  warnings: string[];
  explain: Explanation[];
}

export interface ExtractOptions {
  /** The gazetteer, to spell unit names in issuers as it does (the pipeline passes the shipped one). */
  places?: Gazetteer;
  /**
   * The restorer, to read a subject again as one sentence: restores `raw` (a span of the document's
   * raw text, `docRaw`) as it restored the document, beside `context` (the rest of its restored text).
   */
  restoreSpan?: (raw: string, docRaw: string, context?: string) => string;
  /** The name lists, so that a signer's name they hold is kept as read (the pipeline passes the shipped ones). */
  names?: NameModel;
  /** The restorer's language model score of a run of words, to weigh a subject against its echo in the body. */
  phraseScore?: (words: string[]) => number;
  /** The laws cited by name, for a cited law whose number OCR destroyed (the pipeline passes the shipped table). */
  laws?: LawTable;
}

/** A line with the known phrases OCR printed read as printed, where the restorer gave their words other letters. */
function namesAsPrinted(line: Line): Line {
  const words = line.text.trim().split(/\s+/), raw = line.raw.trim().split(/\s+/);
  if (words.length !== raw.length) return line;
  const read = phrasesAsPrinted(words, raw);
  return read.every((w, k) => w === words[k]) ? line : { ...line, text: read.join(' ') };
}

/** All fields of one document from its restored pages (pure: no I/O; the gazetteer is passed in). */
export function extractAll(doc: Pick<DocumentRecord, 'pages'>, opts: ExtractOptions = {}): ExtractResult {
  const lines = documentLines(doc);
  const { restoreSpan } = opts;
  // (The document's raw text joined once: the header may read several spans again.)
  let docRaw: string | undefined;
  const readAgain = restoreSpan && ((raw: string, context?: string) => restoreSpan(raw, docRaw ??= doc.pages.map((p) => p.rawText).join('\n'), context));
  const header = extractHeader(lines, opts.places, readAgain, opts.phraseScore);
  const h = header.fields;
  const explain = [...header.explain];
  // No header issuer (cut off the scan): the body often says who issues it ('Ủy ban nhân dân X xây dựng Kế hoạch').
  if (!h.issuer) {
    for (const l of lines.slice(header.bodyStart, header.bodyStart + 40)) {
      const m = /((?:Ban Thường vụ|Ban Chấp hành|Ủy ban nhân dân|UBND|Hội đồng nhân dân|Đảng ủy|Sở|Bộ)\s[\p{L}\s]{0,40}?)\s+(?:xây dựng|ban hành)\s+(?:Kế hoạch|Chương trình|Quyết định|Hướng dẫn|Báo cáo)/u.exec(l.text);
      if (m) {
        h.issuer = { value: nameCase(expandAbbreviations(m[1]).toUpperCase()), confidence: 0.6, evidence: { page: l.page, line: l.line, text: l.text.trim() } };
        explain.push({ field: 'issuer', rule: 'no header: body sentence naming who issues the document', evidence: h.issuer.evidence, rejected: [] });
        break;
      }
    }
  }
  // (Addressees and cited issuers are names: a known phrase whose letters OCR printed is read so, see phrasesAsPrinted.)
  const named = lines.map(namesAsPrinted);
  const references = extractReferences(named, h.number?.value ?? null, header.printedNumber, opts.laws);
  // A cited issuer that is the header's own body or parent but for one word OCR garbled is that body ('Trung tâm Y tế
  // khu vực SA Lưu' under TRUNG TÂM Y TẾ KHU VỰC QUỲNH LƯU): a document often cites its parent.
  // (Or ending in the header's body by its letters, marks read otherwise: 'Hiệu trưởng Trường Đại học Vĩnh' under
  // TRƯỜNG ĐẠI HỌC VINH.)
  for (const r of references) {
    const own = r.issuer ? [h.issuer?.value, h.issuerParent?.value].find((b) => !!b && garbledOnce(r.issuer!, b)) : undefined;
    if (own) { r.issuer = own; continue; }
    for (const b of [h.issuer?.value, h.issuerParent?.value]) {
      const size = b?.split(' ').length ?? 0;
      const tail = r.issuer?.split(' ').slice(-size).join(' ');
      if (b && size >= 3 && tail && tail !== b && looseKey(tail) === looseKey(b)) { r.issuer = `${r.issuer!.slice(0, -tail.length)}${b}`; break; }
    }
  }
  // A document cites only what was issued before it: a cited date after its own is a misread digit
  // ('28-CTr/TU ngày 10/10/2027' in a document of 2025) or the author's slip. A warning, as format
  // breaches are; the value stays as printed.
  const warnings = [...header.warnings];
  if (h.date) for (const r of references) if (r.date && r.date > h.date.value) warnings.push(`cited date ${r.date} of ${r.number ?? r.type} is after the document's own date ${h.date.value}`);
  // (A name read again alone, from its raw words: see extractSigner.)
  const readName = readAgain && ((part: string, line: Line) => {
    const raw = rawWords(part, line);
    return raw ? readAgain(raw).trim() : null;
  });
  const signer = extractSigner(lines, opts.names, readName, h.documentType?.value === 'Biên bản');
  // A title read by its letters alone that only a ministry's head bears, under a school's header, is the school's
  // head: 'TU TRƯỞNG' came nearest Thứ trưởng, and no school is signed so.
  if (signer?.title && /^(?:Phó )?Thứ trưởng$/u.test(signer.title) && /^Trường\s/u.test(h.issuer?.value ?? '')) {
    signer.title = signer.title.replace('Thứ trưởng', 'Hiệu trưởng');
  }
  const place = h.place?.value;
  if (place) {
    if (h.subject) h.subject.value = respellPlace(h.subject.value, place);
    // (And the header's bodies: a unit named for the place is spelled as the place-date line spells it when
    // OCR printed that line's words otherwise, a sign of marks the caps line lost: 'ĐẢNG BỘ PHƯỜNG TU SON'
    // read Tú Sơn, 'Tir Son, ngày' Từ Sơn. The same letters on both lines say nothing more: the header stands.)
    const placeLine = h.place && lineOfEvidence(lines, h.place.evidence);
    const placeRaw = placeLine ? printedWords(place, placeLine) : null;
    for (const b of [h.issuer, h.issuerParent]) {
      const bodyLine = b && lineOfEvidence(lines, b.evidence);
      if (!b || !bodyLine || !placeRaw) continue;
      b.value = respellPlace(b.value, place, (seq) => {
        const raw = printedWords(seq, bodyLine);
        return !!raw && looseKey(raw) !== looseKey(placeRaw);
      });
    }
  }
  if (h.subject && h.date) h.subject.value = spellLunarYear(h.subject.value, Number(h.date.value.slice(0, 4)));
  // A symbol in the subject whose body code OCR cut short is the one the body cites whole ('Chỉ thị số 35- CT/ W').
  if (h.subject) {
    for (const m of [...h.subject.value.matchAll(SYMBOL_IN_TEXT)]) {
      const whole = wholeCitation(normalizeNumber(m[1]), references);
      if (whole) h.subject.value = h.subject.value.replace(m[1], whole.number);
    }
  }
  if (place) {
    for (const r of references) if (r.issuer) r.issuer = respellPlace(r.issuer, place);
  }
  const { places } = opts;
  if (places) for (const r of references) if (r.issuer) r.issuer = spellPlacesInName(r.issuer, places);
  // (An addressee's unit is read with the provinces the document names: 'Đảng ủy phường Vinh Lộc' under CÔNG AN
  // TỈNH NGHỆ AN is a 2025 ward, not Thanh Hóa's Vĩnh Lộc.)
  const docProvinces = places ? places.provincesIn(lines.map((l) => l.text).join('\n')) : undefined;
  const recipients = extractRecipients(named).map((r) => (places ? spellPlacesInName(r, places, docProvinces) : r));
  const fields: Record<string, unknown> = {
    ...h,
    references,
    recipients: recipients.map((r) => ownBodySpelling(r, [h.issuerParent?.value, h.issuer?.value], places)),
    distribution: extractDistribution(lines),
    signer,
  };
  fields.missing = [...SCALARS.filter((k) => fields[k] === null), ...(signer ? [] : ['signer'])];
  return { fields, warnings, explain };
}

export function extractFields(doc: DocumentRecord, opts: ExtractOptions = {}): { fields: Record<string, unknown>; warnings: string[] } {
  const { fields, warnings } = extractAll(doc, opts);
  return { fields, warnings };
}

/**
 * An addressee that is the document's own parent body (a Tờ trình to the UBND above it), damaged in
 * the letter's body, takes the header's spelling: 'Ủy ban nhân dân huyện Tâm Pudong' → … Tam Đường.
 */
function ownBodySpelling(recipient: string, bodies: Array<string | undefined>, places?: Gazetteer): string {
  for (const b of bodies) if (b && b !== recipient && similarity(recipient, b, 0.9) >= 0.9) return b;
  // Or the same words but the last, which OCR destroyed: a word no place name holds, where the body's is
  // one ('Ủy ban nhân dân xã Tân Eon' beside the header's xã Tân Hiệp; not xã Tân Phú, a name of its own).
  const r = recipient.split(' ');
  for (const b of bodies) {
    const w = b?.split(' ');
    if (!places || !w || w.length !== r.length || w.length < 3 || !w.slice(0, -1).every((x, k) => x === r[k])) continue;
    const [mine, theirs] = [r[r.length - 1], w[w.length - 1]];
    if (mine !== theirs && /^\p{Lu}/u.test(mine) && !places.isNameWord(mine) && places.isNameWord(theirs)) return b!;
  }
  return recipient;
}

/**
 * Whether a cited body's name is the other name but for one word, in capitals or no syllable where the other has a
 * word in Title case: OCR's garble of a name's word, not another unit's name ('xã Hương Sơn' is no 'xã Hương Khê').
 */
export function garbledOnce(cited: string, name: string): boolean {
  const a = cited.split(' '), b = name.split(' ');
  if (a.length !== b.length || a.length < 3) return false;
  const differ = a.map((w, k) => (w.toLowerCase() === b[k].toLowerCase() ? -1 : k)).filter((k) => k >= 0);
  if (differ.length !== 1) return false;
  const [w, o] = [a[differ[0]], b[differ[0]]];
  return /^\p{Lu}\p{Ll}+$/u.test(o) && ((/^\p{Lu}{2,}$/u.test(w) && ABBREVIATIONS[w] === undefined) || !isSyllable(w.toLowerCase()));
}
