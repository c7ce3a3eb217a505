import { DISTRICT_TIER, REFORM_2025, withMerged, type Gazetteer } from '../../restore/place-names.js';
import type { PhraseScore, RestoreSpan } from '../subject.js';
import type { DocumentFamily, Line } from '../types.js';
import type { HeaderContext, HeaderResult } from './fields.js';
import { issuerFields } from './issuer-field.js';
import { joinIssuerLines } from './issuer-lines.js';
import { numberField, withTitleCode } from './number-field.js';
import { settlePlace } from './place-field.js';
import { reformSpelling } from './reform-units.js';
import { titleSubject, vvSubject } from './subject-lines.js';
import { documentTypeField } from './type-title.js';
import { readZone } from './zone.js';

export { splitColumns } from './columns.js';
export { expandAbbreviations, spellDepartment } from './body-names.js';
export type { HeaderFields, HeaderResult } from './fields.js';

/**
 * The provinces a document names; failing any, the one province of a district its header names
 * ('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC THỌ': Hà Tĩnh).
 */
function textProvinces(lines: Line[], places: Gazetteer): Set<string> {
  const body = lines.map((l) => l.text).join('\n');
  const named = places.provincesIn(body);
  if (named.size) return named;
  const header = lines.slice(0, 12).map((l) => l.text).join('\n');
  // (The header's districts first; then the body's, and the districts a 2025 region is named for:
  // 'Chi cục Thuế khu vực Quảng Trạch - Ba Đồn'.)
  for (const m of [...header.matchAll(DISTRICT_NAMED), ...body.matchAll(DISTRICT_NAMED), ...body.matchAll(REGION_NAMED)]) {
    const words = m[2].split(' ');
    // (The longest run of the capitalised words after the unit word that is a district of one province.)
    for (let k = words.length; k > 0; k--) {
      const name = words.slice(0, k).join(' ');
      const of = m[1].toLowerCase() === 'khu vực'
        ? new Set(DISTRICT_TIER.flatMap((l) => [...places.provincesOf(name, l)])) : places.provincesOf(name, m[1].toLowerCase());
      if (of.size === 1) return of;
      if (of.size) break;
    }
  }
  return named;
}

const REGION_NAMED = /\b(khu vực)\s+((?:\p{Lu}\p{Ll}*)(?:[ ]\p{Lu}\p{Ll}*){0,3})/gu;

const DISTRICT_NAMED = /\b(huyện|HUYỆN|quận|QUẬN|thị xã|THỊ XÃ)\s+((?:\p{Lu}[\p{L}]*)(?:[ ]\p{Lu}[\p{L}]*){0,3})/gu;

/**
 * The header block: issuing body, number, place and date, type title and subject. Steps, each in
 * its own file: walk the zone above the body (zone.ts), read the number line, join and spell the
 * issuer column, settle the place against it, collect the subject, decide the type.
 */
export function extractHeader(lines: Line[], places?: Gazetteer, restoreSpan?: RestoreSpan, phraseScore?: PhraseScore): HeaderResult {
  const zone = readZone(lines);
  const f = zone.fields, explain = zone.explain, warnings = zone.warnings;
  let named: Set<string> | undefined;
  const ctx: HeaderContext = {
    lines, places, restoreSpan, phraseScore, explain,
    // (A document dated after the 2025 reform that names a province names the ones merged into it.)
    provinces: () => (named ??= places ? (f.date && f.date.value >= REFORM_2025 ? withMerged(textProvinces(lines, places)) : textProvinces(lines, places)) : new Set<string>()),
  };

  const number = zone.numberSeg ? numberField(zone.numberSeg) : null;
  if (number) {
    f.number = number.field;
    if (number.warning) warnings.push(number.warning);
  }
  const bodyLines = joinIssuerLines(zone.issuerSegs, places, restoreSpan);
  if (bodyLines.length) issuerFields(bodyLines, f, ctx);
  const placeRead = f.place;
  settlePlace(f, bodyLines, ctx);
  for (const [from, to] of reformSpelling(f, ctx)) {
    explain.push({ field: 'issuer', rule: `a unit of the 2025 reform's list by its letters, the document dated after it: ${to}`, evidence: (f.issuer ?? f.issuerParent)!.evidence, rejected: [from] });
  }
  // A capitalized word the place-date line's place took from the V/v line OCR merged with it, which the gazetteer's
  // place does not hold, is the subject's ('V/v vận động ủng hộ Tháng' / 'Nghệ An, ngày …'); not a speck of a letter or two
  // the restorer made a word of ('Bộ Nghệ An').
  const lead = placeRead && f.place && placeRead.value.endsWith(` ${f.place.value}`) ? placeRead.value.slice(0, -f.place.value.length - 1) : '';
  const vv = zone.vv && lead && /^\p{Lu}\p{Ll}{2,}$/u.test(lead) && placeRead!.evidence.line === zone.vv.line.line &&
    placeRead!.evidence.page === zone.vv.line.page ? { ...zone.vv, text: `${zone.vv.text} ${lead}` } : zone.vv;

  // Subject: the V/v line of a Công văn, or the lines under the type title.
  let bodyStart = zone.titleIdx >= 0 ? zone.titleIdx + 1 : zone.numberSeg ? zone.numberSeg.index + 1 : 0;
  if (vv) vvSubject(vv, f, ctx);
  else if (zone.titleIdx >= 0) {
    const end = titleSubject(zone.titleIdx, f, ctx);
    if (end >= 0) bodyStart = end;
  }

  if (f.number && zone.title) f.number = withTitleCode(f.number, zone.title);
  const family: DocumentFamily = number?.family ?? (zone.party ? 'party' : 'administrative');
  // An administrative document's trích yếu starts with a capital (Decree 30); English-model OCR reads
  // a V as a v ('vé viéc' for Về việc). A Party document's starts as its author wrote it.
  if (f.subject && !zone.vv && family !== 'party') f.subject.value = f.subject.value.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const title = zone.title ? { type: zone.title, line: lines[zone.titleIdx] } : null;
  // (Beside a V/v line, a Công văn's, a code that names a type only in other letter case is the body's:
  // '2519/TTH-QLDN' of Thuế Thanh Hóa is no TTh, Bản thỏa thuận.)
  const caseOnly = !!zone.vv && !!number?.type && !number.type.codes.includes(f.number?.parts.typeCode ?? '');
  const type = documentTypeField(title, f.number, caseOnly ? undefined : number?.type, family);
  f.documentType = type.field;
  if (type.rule) explain.push({ field: 'documentType', rule: type.rule, evidence: f.documentType!.evidence, rejected: [] });
  const printedNumber = number && f.number && number.field.value !== f.number.value ? number.field.value : null;
  return { fields: f, printedNumber, bodyStart, explain, warnings };
}
