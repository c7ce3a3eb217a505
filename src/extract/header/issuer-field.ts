import { nameCase, titleCase } from '../casing.js';
import { evidenceOf } from '../lines.js';
import type { Line } from '../types.js';
import { rawWords, rawWordsOfFirstLine } from '../subject.js';
import { editDistance, escapeRegExp, looseKey, similarity } from '../text-match.js';
import { isSyllable } from '../../restore/orthography.js';
import { asMisreadD } from '../../restore/ocr-channel.js';
import { GENERIC_BODIES, MASS_ORGANISATIONS, UNIT_WORDS, VILLAGE_UNITS } from '../vocabulary.js';
import { respellPlaceNames, UNIT_LEVELS, type Gazetteer } from '../../restore/place-names.js';
import { bodyExpansion, canonicalBody, withIssuerInitials } from './body-names.js';
import type { HeaderContext, HeaderFields } from './fields.js';
import type { BodyLine } from './issuer-lines.js';
import { markCount, SCHOOL_NAME, UNIT_NAME_END } from './segments.js';
import { placeMarksRead } from './place-field.js';
import { joinWrappedUnit, namesUnitWord, unitParts, withNearestUnit, withoutSpeckAfter } from './units.js';

/** The words of a name as OCR printed them on the header lines, each found where the restored line has it in capitals. */
function rawHeaderWords(name: string, lines: Line[]): string | null {
  const split = lines.map((l) => [l.text.trim().split(/\s+/), l.raw.trim().split(/\s+/)]).filter(([t, r]) => t.length === r.length);
  const out: string[] = [];
  // (By letters: the issuer may have been spelled from the raw line already, 'LANG' where the line reads LĂNG.)
  for (const key of name.split(' ').map(looseKey)) {
    const same = (x: string) => /^\p{Lu}+$/u.test(x) && looseKey(x) === key;
    const at = split.find(([t]) => t.some(same));
    if (!at) return null;
    out.push(at[1][at[0].findIndex(same)]);
  }
  return out.join(' ');
}

/** Whether OCR printed a header name, its words in a row in capitals on one line, plainly: no mark and no other letter. */
function printedPlainly(name: string, lines: Line[]): boolean {
  const keys = name.split(' ').map(looseKey);
  for (const l of lines) {
    const words = l.text.trim().split(/\s+/), raw = l.raw.trim().split(/\s+/);
    if (words.length !== raw.length) continue;
    const at = words.findIndex((_, k) => keys.every((key, j) => /^\p{Lu}+$/u.test(words[k + j] ?? '') && looseKey(words[k + j]) === key));
    if (at >= 0) return keys.every((key, j) => /^[A-Z]+$/.test(raw[at + j]) && raw[at + j] === key);
  }
  return false;
}

const VILLAGE_NAME_END = new RegExp(`(?:^|\\s)(${VILLAGE_UNITS.join('|')})\\s(\\p{Lu}\\p{Ll}*(?:\\s\\p{Lu}\\p{Ll}*){0,3})$`, 'u');
/**
 * A village's name (thôn, xóm, ấp …; no gazetteer lists them) as the body writes it after the same
 * unit word with the same letters, where the restorer read the caps header line otherwise ('CHI BỘ
 * THÔN TÁN HÓA' beside the body's 'Chi bộ thôn Tân Hòa họp …'): running text gives it a context.
 */
function villageAsWritten(issuer: string, lines: Line[]): string {
  const end = VILLAGE_NAME_END.exec(issuer);
  if (!end) return issuer;
  const [unit, name] = [end[1], end[2]], n = name.split(' ').length;
  const seen = new Map<string, number>();
  const after = new RegExp(`(?<!\\p{L})${unit}\\s+(\\p{Lu}\\p{Ll}*(?:\\s\\p{Lu}\\p{Ll}*){${n - 1}})(?!\\p{L})`, 'gu');
  for (const l of lines) for (const m of l.text.matchAll(after)) {
    if (m[1] !== name && looseKey(m[1]) === looseKey(name)) seen.set(m[1], (seen.get(m[1]) ?? 0) + 1);
  }
  const best = [...seen].sort((a, b) => b[1] - a[1]);
  return best.length && (best.length === 1 || best[0][1] > best[1][1]) ? `${issuer.slice(0, -name.length)}${best[0][0]}` : issuer;
}

/**
 * A numbered body whose number OCR lost from the header ('KHU QUẢN LÝ ĐƯỜNG BỘ' / 'H' for II): the text names
 * it whole, its words then a Roman numeral or a number ('Khu Quản lý đường bộ II đề nghị …'), one number only.
 */
function numberAsWritten(issuer: string, lines: Line[], header: Set<Line>): string {
  if (/\s(?:[IVXL]+|\d+)$/u.test(issuer) || issuer.split(' ').length < 3) return issuer;
  const escaped = escapeRegExp(issuer).replace(/\s+/g, '\\s+');
  const after = new RegExp(`(?<!\\p{L})${escaped}\\s+([IVX]{1,4}|\\d{1,2})(?=[\\s,.;:]|$)`, 'giu');
  const seen = new Set<string>();
  // (Not on the header's own lines, where a digit after the name is a speck of the column: 'BỆNH VIỆN SẢN - NHI 3 NAM'.)
  for (const l of lines) if (!header.has(l)) for (const m of l.text.matchAll(after)) seen.add(m[1]);
  return seen.size === 1 ? `${issuer} ${[...seen][0]}` : issuer;
}

/**
 * A school's number the column split off its name onto a line of its own ('TRƯỜNG THPT ĐÔ LƯƠNG' / '1'), as its
 * symbol's body code ends with it after its place's initials ('145/KH-THPTĐL1').
 */
function schoolNumberOfSymbol(issuer: string, bodyCode: string | null): string {
  const school = SCHOOL_NAME.exec(issuer);
  const code = bodyCode?.split('-').pop() ?? '';
  const m = /^(\p{Lu}+?)(\d{1,2})$/u.exec(code);
  if (!school || !m || /\d$/u.test(issuer)) return issuer;
  const initials = school[2].split(' ').map((w) => w[0]?.toUpperCase() ?? '').join('');
  return initials.length >= 2 && m[1].endsWith(initials) ? `${issuer} ${m[2]}` : issuer;
}

/**
 * The issuer (the last line of the issuer column) and its parent (the lines above), spelled as the
 * gazetteer, the place line and the symbol's body code agree. Needs f.place and f.number read.
 */
export function issuerFields(bodyLines: BodyLine[], f: HeaderFields, ctx: HeaderContext): void {
  const { places, explain } = ctx;
  const textProvinces = ctx.provinces;
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
    const better = (p: string) => markCount(p) > markCount(unit.name) || p.split(' ').length > unit.name.split(' ').length;
    // Or a letter away, when the date line's reading is a known unit of that level and the header's
    // is not ('XÃ HẠ HÒA' / 'Hải Hòa': Hạ Hòa is a district).
    // (Or one of that level only outside the provinces the text names, the date line's inside them: Hạ Hòa
    // became a commune of Phú Thọ in 2025, Hải Hòa is Hải Hậu's.)
    const near = (p: string) => {
      if (!places || editDistance(looseKey(p), looseKey(unit.name)) !== 1 || !places.isNameAt(p, unit.unit)) return false;
      if (!places.isNameAt(unit.name, unit.unit)) return true;
      const provinces = textProvinces();
      return places.isNameIn(p, unit.unit, provinces) && !places.isNameIn(unit.name, unit.unit, provinces);
    };
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
  const bare = (t: string) => !namesUnitWord(t.split(' '));
  // (A mass organisation's name alone is generic too: 'HỘI CỰU CHIẾN BINH' / 'PHƯỜNG HỒNG BÀNG', a ward of the
  // 2025 reform that the older gazetteer does not know.)
  const completes = (t: string) => GENERIC_BODIES.some((g) => similarity(t, g, 0.8) > 0.8) ||
    (!!unitLine && !unitLine.committee && MASS_ORGANISATIONS.some((m) => similarity(t.toUpperCase(), m.toUpperCase(), 0.85) > 0.85)) ||
    (!!places && !!unitLine && !unitLine.committee && places.isNameAt(titleCase(unitLine.name.toLowerCase()), unitLine.unit) && bare(t));
  if (n >= 2 && unitLine && completes(bodyLines[n - 2].text)) {
    issuerText = `${bodyLines[n - 2].text} ${issuerText}`;
    parentIdx = n - 3;
  } else if (n >= 3 && /^BAN (?:CHẤP HÀNH|THƯỜNG VỤ)$/u.test(bodyLines[n - 2].text) && namesUnitWord(issuerText.split(' '))) {
    // A committee's line alone between a body and its branch is the branch's committee: 'HỘI LHPN TỈNH' /
    // 'BAN CHẤP HÀNH' / 'HỘI LHPN XÃ VŨ QUANG' is the commune's Ban Chấp hành, not the province's.
    issuerText = `${bodyLines[n - 2].text} ${issuerText}`;
    parentIdx = n - 3;
  }
  const last = bodyLines[n - 1].seg;
  // Unit names as the gazetteer spells them ('HUYỆN TRIỆU' / 'PHONG' joined, then read as PHÒNG).
  // (The provinces the text names, or whose districts it names, decide between namesakes.)
  // (And a unit name ending a body's name without its unit word, in lower case after a phrase the casing
  // knows no name after: 'Hạt Kiểm lâm mường tè' is Hạt Kiểm lâm Mường Tè.)
  // (And the province a header line above names, where OCR wrapped it off the text's lines: 'HỘI NCT TỈNH THANH'
  // / 'HOA' over 'XÃ HOĂNG HÓA', Thanh Hóa's Hoằng Hóa, not xã Hoàng Hoa of Vĩnh Phúc; read once for the issuer and parent.)
  const headerProvinces = places ? places.provincesIn(bodyLines.map((b) => b.text).join('\n')) : new Set<string>();
  const named = (body: string) => {
    if (!places) return body;
    const provinces = new Set([...places.provincesIn(body), ...headerProvinces, ...textProvinces()]);
    return companyCase(respellPlaceNames(placeAtEnd(body, places), places, provinces, false), places, provinces);
  };
  // (A NĂM before a place's name is the restorer's reading of NAM, south: a body's name counts no years,
  // 'THỦY LỢI NAM HÀ TĨNH' read NĂM.)
  f.issuer = { value: named(nameCase(canonicalBody(issuerText))).replace(/(?<=\p{L} )năm(?= \p{Lu}\p{Ll})/u, 'Nam'), confidence: 0.85, evidence: evidenceOf(last.line, last.text) };
  if (places && f.place) f.issuer.value = withWholeUnit(f.issuer.value, f.place.value, places);
  const end = UNIT_NAME_END.exec(f.issuer.value);
  // Or the same letters with other marks, where OCR printed the header's plainly and the date line's
  // otherwise: the header's marks were a guess, the date line's were read ('XA QUYNH PHU' read as the
  // gazetteer's commune Quỳnh Phú, beside 'Quynh Phy': Phụ, a district's name the 2025 communes took).
  if (places && f.place && end && looseKey(f.place.value) === looseKey(end[2]) && f.place.value !== end[2] && places.isName(f.place.value) &&
    printedPlainly(end[2], ctx.lines) && placeMarksRead(f.place.value, end[2], f.place, ctx.lines) === true) {
    f.issuer.value = `${f.issuer.value.slice(0, -end[2].length)}${f.place.value}`;
  }
  if (places) f.issuer.value = withNearestUnit(f.issuer.value, places, textProvinces);
  f.issuer.value = villageAsWritten(numberAsWritten(f.issuer.value, ctx.lines, new Set(bodyLines.map((b) => b.seg.line))), ctx.lines);
  f.issuer.value = schoolNumberOfSymbol(f.issuer.value, f.number?.parts.bodyCode ?? null);
  // A school named after a place of a province the text names spells it as the gazetteer does,
  // when the header's spelling is no unit's ('Trường Đại học Vĩnh' beside Nghệ An: the city is Vinh).
  // (Its number after the place is no part of the name: 'Trường THPT Hậu Lục 2' is Hậu Lộc's second school.)
  const school = places && !end ? SCHOOL_NAME.exec(f.issuer.value) : null;
  const [, schoolPlace, schoolNumber] = school ? /^(.+?)((?: số)? \d{1,2})?$/u.exec(school[2])! : [];
  if (places && school && !places.isName(schoolPlace)) {
    const provinces = textProvinces();
    // (Or as OCR printed its letters, when the restorer made other words of them: 'TRƯỜNG MẦM NON DUC'
    // / 'LANG' read ĐỘC LĂNG, in Hà Tĩnh Đức Lạng.)
    const printed = rawHeaderWords(schoolPlace, ctx.lines.slice(0, 12));
    const spelled = provinces.size ? places.respell(schoolPlace, null, provinces) ?? (printed ? places.respell(printed, null, provinces) : null) : null;
    if (spelled && UNIT_LEVELS.some((l) => places.isNameIn(spelled, l, provinces))) f.issuer.value = `${school[1]} ${spelled}${schoolNumber ?? ''}`;
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
  // A region's Roman numeral of which OCR lost a stroke ('VỤC II...' beside 845/HQKVIII-NV): the own
  // symbol's code after its KV names the region whole, when the header's numeral begins it.
  const region = /(?<=khu vực )([IVXL]+)$/u.exec(f.issuer.value);
  const whole = /KV([IVXL]+)$/u.exec(f.number?.parts.bodyCode?.split('-')[0] ?? '')?.[1];
  if (region && whole && whole !== region[1] && whole.startsWith(region[1])) f.issuer.value = `${f.issuer.value.slice(0, region.index)}${whole}`;
  // A Party board named for its committee whose ỦY OCR lost ('ỦY BAN KIỂM TRA TỈNH' beside 215-CV/UBKTTU):
  // no body's name ends in a bare unit word, and the code's last letters name the committee (TU Tỉnh ủy, HU Huyện ủy).
  const bareUnit = /\s(tỉnh|huyện|quận)$/u.exec(f.issuer.value);
  const committee = bareUnit ? `${bareUnit[1][0].toUpperCase()}U` : '';
  if (bareUnit && (f.number?.parts.bodyCode?.split('-')[0] ?? '').endsWith(committee)) {
    f.issuer.value = `${f.issuer.value.slice(0, bareUnit.index)} ${titleCase(bareUnit[1])} ủy`;
  }
  // The symbol's body code is often the issuer's initials ('ĐHV', Trường Đại học Vinh): a Đ that
  // English-model OCR read as P, D or B there is put back when that makes them.
  if (f.number?.parts.bodyCode) f.number = withIssuerInitials(f.number, f.issuer.value, true);
  if (parentIdx >= 0) {
    // (A unit word may wrap between two lines: 'PHÒNG GD&ĐT THÀNH' / 'PHÓ VINH'.)
    // (From the nearest Party committee above it, when one opens a line of its own: 'ĐẢNG BỘ TỈNH HÀ TĨNH' /
    // 'ĐẢNG ỦY XÃ NGHI XUÂN' / 'BAN XÂY DỰNG ĐẢNG' is the commune committee's board; the province's Party
    // organisation is no part of that name.)
    let from = 0;
    for (let k = parentIdx; k > 0; k--) if (PARTY_COMMITTEE.test(bodyLines[k].seg.text)) { from = k; break; }
    const p = joinWrappedUnit(bodyLines.slice(from, parentIdx + 1).map((b) => b.text));
    let parent = named(nameCase(canonicalBody(p)));
    // A speck the restorer made a word of after the parent's known unit name ('tỉnh Quảng Nam Bè').
    const unitEnd = UNIT_NAME_END.exec(parent);
    if (places && unitEnd) parent = `${parent.slice(0, -unitEnd[2].length)}${withoutSpeckAfter(unitEnd[2], unitEnd[1], places, 2)}`;
    if (places && f.place) parent = withWholeUnit(parent, f.place.value, places);
    if (places) parent = withNearestUnit(parent, places, textProvinces);
    // The parent's unit a letter from the place, when only the place is such a unit in a province
    // the text names (UBND THÀNH PHỐ 'THỚI' / 'BÌNH' beside 'Thái Bình, ngày' and 'tỉnh Thái Bình').
    const pe = UNIT_NAME_END.exec(parent), seat = f.place?.value;
    if (places && pe && seat && pe[2] !== seat && editDistance(looseKey(pe[2]), looseKey(seat)) <= 1) {
      const provinces = textProvinces();
      if (places.isNameIn(seat, pe[1], provinces) && !places.isNameIn(pe[2], pe[1], provinces)) parent = `${parent.slice(0, -pe[2].length)}${seat}`;
    }
    if (places && seat) parent = withSeatProvince(parent, seat, places);
    f.issuerParent = { value: parent, confidence: 0.75, evidence: evidenceOf(bodyLines[parentIdx].seg.line, bodyLines[parentIdx].seg.text) };
    f.issuer.value = asParentNames(f.issuer.value, parent, rawWordsOfFirstLine(last.text, last.line)?.raw ?? null);
    f.issuer.value = asSeatNamed(f.issuer.value, [UNIT_NAME_END.exec(parent)?.[2], f.place?.value], ctx.lines.slice(0, 12), places);
  }
}

/**
 * A body named after its place without a unit word, whose place words the restorer read otherwise, takes the
 * spelling of its parent's unit or of the place line when its words have their letters, or OCR's printed words
 * do with a Đ read as P or B: 'TRƯỜNG TIỂU HỌC NGHI' / 'THIẾT' read Nghị under UBND XÃ NGHI THIẾT, 'CHI BỘ
 * TRƯỜNG THCS' / 'NAM PAN' read NĂM ÂN under ĐẢNG BỘ XÃ NAM ĐÀN. Not a name the gazetteer knows as read.
 */
function asSeatNamed(issuer: string, seats: Array<string | undefined>, lines: Line[], places: Gazetteer | undefined): string {
  if (UNIT_NAME_END.exec(issuer)) return issuer;
  const iw = issuer.split(' ');
  for (const seat of seats) {
    const size = seat?.split(' ').length ?? 0;
    if (!seat || size < 2 || iw.length <= size + 1) continue;
    const tail = iw.slice(-size).join(' ');
    if (tail === seat || places?.isName(tail)) continue;
    const printed = rawHeaderWords(tail, lines);
    const asD = printed?.split(' ').map((w) => asMisreadD(w, true) ?? w).join(' ');
    if (looseKey(tail) === looseKey(seat) || (!!asD && looseKey(asD) === looseKey(seat))) return [...iw.slice(0, -size), seat].join(' ');
  }
  return issuer;
}

/**
 * A name ending in a unit whose name OCR cut at the column's edge ('HUYỆN ĐẠI' / 'LỘC' merged into the date
 * line; 'TỈNH NGHỆ' / 'AN' read as no word): the place ends with a unit of that level whose name begins with
 * the header's words.
 */
function withWholeUnit(name: string, place: string, places: Gazetteer): string {
  const end = UNIT_NAME_END.exec(name);
  if (!end || places.isNameAt(end[2], end[1])) return name;
  const pw = place.split(' ');
  const whole = pw.map((_, j) => pw.slice(j).join(' ')).find((c) => c.split(' ').length > end[2].split(' ').length &&
    looseKey(c).startsWith(looseKey(end[2])) && places.isNameAt(c, end[1]));
  return whole ? `${name.slice(0, -end[2].length)}${whole}` : name;
}

/**
 * A body named as its parent is, one level down ('HỘI NGƯỜI MÙ VIỆT NAM' / 'HỘI NGƯỜI MÙ TỈNH QUẢNG TRỊ'):
 * the words before its unit word spelled as the parent's, when each is the parent's by its letters, by the
 * letters OCR printed, or a letter off and no syllable ('Hồi nguoil mỹ tỉnh' is Hội Người mù tỉnh).
 */
function asParentNames(issuer: string, parent: string, printed: string[] | null): string {
  const iw = issuer.split(' '), pw = parent.split(' ');
  const unitAt = (ws: string[]) => ws.findIndex((w, k) => k >= 2 && UNIT_WORDS.includes(w.toLowerCase()));
  const u = unitAt(iw), vn = pw.findIndex((w, k) => k >= 2 && w === 'Việt' && pw[k + 1] === 'Nam');
  if (u < 2 || u !== (vn >= 0 ? vn : unitAt(pw)) || looseKey(iw[0]) !== looseKey(pw[0])) return issuer;
  const same = (w: string, p: string, j: number) => looseKey(w) === looseKey(p) || (!!printed?.[j] && looseKey(printed[j]) === looseKey(p)) ||
    (!isSyllable(w.toLowerCase()) && editDistance(looseKey(w), looseKey(p)) === 1);
  return iw.slice(0, u).every((w, j) => same(w, pw[j], j)) ? [...pw.slice(0, u), ...iw.slice(u)].join(' ') : issuer;
}

/**
 * A body's name ending in a province without its unit word, a letter from the place's, when the place is
 * that province and the name's words are no unit's ('SỞ Y TẾ HÀI ĨNH' beside 'Hà Tĩnh, ngày': the T read I).
 */
function withSeatProvince(name: string, seat: string, places: Gazetteer): string {
  if (places.provinceByLetters(seat) !== seat) return name;
  const n = seat.split(' ').length, words = name.split(' ');
  const tail = words.slice(-n).join(' ');
  return words.length > n && tail !== seat && !places.isName(tail) && editDistance(looseKey(tail), looseKey(seat)) === 1
    ? [...words.slice(0, -n), seat].join(' ') : name;
}

const PARTY_COMMITTEE = /^(?:ĐẢNG ỦY|ĐẢNG BỘ|CHI BỘ|HUYỆN ỦY|TỈNH ỦY|THÀNH ỦY|QUẬN ỦY|THỊ ỦY)\s/u;

/** A body name whose last two to four words, all in lower case, are a unit's name: those words in Title case. */
// A company's legal form, before its name.
const COMPANY_FORM = /^(Công ty (?:cổ phần|TNHH(?: một thành viên| MTV)?)) (.+)$/u;
// A compass word before a place a company serves ('Thủy lợi Nam Hà Tĩnh').
const COMPASS = new Set(['Bắc', 'Nam', 'Đông', 'Tây', 'Trung']);
/**
 * A company's name as Decree 30 writes an organisation's: each business line with one capital, then the place
 * it is named for ('Công ty cổ phần Môi trường và Dịch vụ đô thị Vinh', 'Cấp nước Nghệ An'), when its last
 * words are a place the gazetteer knows (its spelling kept: 'VĨNH' read for Vinh); else as the casing left it.
 */
function companyCase(body: string, places: Gazetteer, provinces: Set<string>): string {
  const m = COMPANY_FORM.exec(body);
  if (!m) return body;
  const words = m[2].split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const tail = titleCase(words.slice(-n).join(' ').toLowerCase());
    const place = places.isName(tail) ? tail : places.respell(tail, null, provinces);
    if (!place) continue;
    let k = words.length - n;
    if (k > 1 && COMPASS.has(words[k - 1])) k--;
    const lines = words.slice(0, k).join(' ').split(/( và |, | - )/u).map((part, j) => (j % 2 ? part
      : part.split(' ').map((w, i) => (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(w) ? w.toLowerCase() : w)).join(' ')));
    return `${m[1]} ${[lines.join(''), ...words.slice(k, words.length - n), place].join(' ')}`;
  }
  return body;
}

function placeAtEnd(body: string, places: Gazetteer): string {
  const words = body.split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
    const tail = words.slice(-n);
    if (!tail.every((w) => /^\p{Ll}+$/u.test(w))) continue;
    const name = titleCase(tail.join(' '));
    if (places.isName(name)) return [...words.slice(0, -n), name].join(' ');
  }
  return body;
}
