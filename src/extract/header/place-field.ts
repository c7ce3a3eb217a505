import { titleCase } from '../casing.js';
import { lineOfEvidence } from '../lines.js';
import { editDistance, escapeRegExp, looseKey, similarity } from '../text-match.js';
import { asMisreadD } from '../../restore/ocr-channel.js';
import { UNIT_LEVELS } from '../../restore/place-names.js';
import type { HeaderContext, HeaderFields } from './fields.js';
import type { Field, Line } from '../types.js';
import type { BodyLine } from './issuer-lines.js';
import { AFTER_LAST_UNIT, SCHOOL_NAME, UNIT_NAME_CAPS, UNIT_NAME_END } from './segments.js';
import { startsWithUnit } from './units.js';
import { VILLAGE_UNITS } from '../vocabulary.js';
import { rawWords } from '../subject.js';
import { isSyllable } from '../../restore/orthography.js';

/**
 * Whether OCR printed the place line's words that another reading of the same letters spells otherwise
 * with marks or other letters than their plain spelling ('Quynh Phy' beside QUỲNH PHÚ: Phy), so that their
 * marks were read (true); or printed them all plainly ('Hoa Tién' beside HÒA TIẾN: Hoa), so that their
 * marks were a guess (false). Null when some were and some were not, or the words are not found.
 */
export function placeMarksRead(place: string, other: string, field: Field, lines: Line[]): boolean | null {
  const line = lineOfEvidence(lines, field.evidence);
  const raw = line ? rawWords(place, line)?.replace(/[^\p{L}\s]/gu, '').split(' ') : null;
  const words = place.split(' '), others = other.split(' ');
  if (!raw || raw.length !== words.length) return null;
  const read = words.map((w, k) => (w.toUpperCase() === others[k]?.toUpperCase() ? null : /[^A-Za-z]/.test(raw[k]) || looseKey(raw[k]) !== looseKey(w)))
    .filter((r): r is boolean => r !== null);
  return read.length && read.every((r) => r === read[0]) ? read[0] : null;
}

/**
 * The place settled against the gazetteer and the issuer column (whose caps lines OCR reads better
 * than the italic date line), and the parent's unit name against the place.
 */
export function settlePlace(f: HeaderFields, bodyLines: BodyLine[], ctx: HeaderContext): void {
  const { places, explain, lines } = ctx;
  // Whether a name is a unit of some level in the provinces the document names.
  const inProvinces = (n: string) => !!places && UNIT_LEVELS.some((l) => places.isNameIn(n, l, ctx.provinces()));
  // A place that is no unit name but has the letters of one takes the gazetteer's spelling
  // ('Tâm Dương' → Tam Dương), the provinces the header names deciding between namesakes.
  // Failing that, a unit of those provinces a letter or two away ('Budén Ma Thuột' → Buôn Ma Thuột).
  // A speck the restorer made a word of before a unit name is none of it ('Bộ Nghệ An').
  if (places && f.place && !places.isName(f.place.value)) {
    // (And the header's bodies as read, which may name a province OCR ran into another word: 'SỞ GD&PTHATINH'.)
    const provinces = places.provincesIn([...lines.slice(0, 12).map((l) => l.text), f.issuer?.value, f.issuerParent?.value].join('\n'));
    const words = f.place.value.split(' ');
    // (Or a speck of one or two letters after it: 'Mường Tè ò, ngày'.)
    // (Or words before it that are no words, a number or letters no syllable has: 'VvUC 2 Bỉm Sơn, ngày', the
    // issuer column's KHU VỰC 2 run into the date line.)
    const junk = (w: string) => /\d/.test(w) || !isSyllable(w.toLowerCase()) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w);
    // (The longest known name of two words or more after two junk words or more.)
    const afterJunk = () => {
      for (let cut = 2; cut <= words.length - 2; cut++) {
        const rest = words.slice(cut).join(' ');
        if (places.isName(rest) && words.slice(0, cut).every(junk)) return rest;
      }
      return null;
    };
    const known = words.length > 2 && places.isName(words.slice(1).join(' ')) ? words.slice(1).join(' ') :
      words.length > 2 && [...words[words.length - 1]].length <= 2 && places.isName(words.slice(0, -1).join(' ')) ? words.slice(0, -1).join(' ') : afterJunk();
    // (Or the unit the issuer or its parent names, a letter away: the place is their seat — 'Nghệ Lốc'
    // under ỦY BAN NHÂN DÂN XÃ NGHI LỘC.)
    // (Or a letter from the words OCR printed, which the restorer made other words of: 'C&m Xuyén' read Cỡ Xuyên
    // under UBND XÃ CẨM XUYÊN.)
    // (The units the issuer and its parent name.)
    const headerUnits = [f.issuer?.value, f.issuerParent?.value].map((b) => (b ? UNIT_NAME_END.exec(b)?.[2] : undefined)).filter((n): n is string => !!n);
    const seat = () => {
      const placeLine = lineOfEvidence(lines, f.place!.evidence);
      const printed = placeLine ? rawWords(f.place!.value, placeLine) : null;
      // (Two letters away when nothing nearer matched, as many words, the first alike: 'Ky Lira, ngày' under ĐẢNG ỦY
      // PHƯỜNG KỲ LỪA.)
      const near = (n: string, p: string) => editDistance(looseKey(n), looseKey(p)) <= 1 ||
        (n.split(' ').length === p.split(' ').length && looseKey(n.split(' ')[0]) === looseKey(p.split(' ')[0]) && editDistance(looseKey(n), looseKey(p)) <= 2);
      return headerUnits.find((n) => places.isName(n) && [f.place!.value, printed].some((p) => !!p && near(n, p))) ?? null;
    };
    // (Not a unit a letter or two away when the header names a unit by the place's letters: a 2025 ward the list
    // predates, 'Thành Sen, ngày' under ĐẢNG ỦY PHƯỜNG THÀNH SEN, is no Thạch Sơn.)
    const headerNamed = headerUnits.some((n) => looseKey(n) === looseKey(f.place!.value));
    // (Nor respelled when the header names it so, two readings agreeing: 'Vinh Lộc, ngày' under CÔNG AN PHƯỜNG VINH LỘC.)
    // (Or names a village so, which the gazetteer lists no village of: 'Đông Châu, ngày' under CHI BỘ THÔN ĐÔNG CHÂU
    // is no commune Đồng Châu of another province.)
    const village = new RegExp(`(?:^|\\s)(?:${VILLAGE_UNITS.join('|')})\\s+${escapeRegExp(f.place.value)}$`, 'iu');
    const headerSpelled = headerUnits.includes(f.place.value) || [f.issuer?.value, f.issuerParent?.value].some((b) => !!b && village.test(b));
    const spelled = known ?? (headerSpelled ? null : places.respell(f.place.value, null, provinces)) ?? (headerNamed ? null : places.nearestIn(f.place.value, provinces) ?? seat());
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
    // Or the place a school is named after, when the place line's reading is no unit of the provinces
    // the document names and the school's is ('bic Lang, ngày' beside TRƯỜNG MẦM NON ĐỨC LẠNG).
    const school = places ? SCHOOL_NAME.exec(f.issuer.value)?.[2] : undefined;
    const schoolSeat = school && school.split(' ').length === place.split(' ').length && places!.isName(school) &&
      (!places!.isName(place) || (inProvinces(school) && !inProvinces(place))) ? school.toUpperCase() : undefined;
    // Or, the issuer line naming no unit, a unit a header line names by nearly the place's letters, as many
    // words ('Mường Khong, ngày' under UBND XÃ MƯỜNG KHƯƠNG / BAN CHỈ HUY QUÂN SỰ: both are units somewhere).
    // (A unit the gazetteer knows as that line spells it.)
    const parentSeat = places && !startsWithUnit(bodyLines[bodyLines.length - 1]?.text ?? '') ?
      named.find((u) => u.split(' ').length === place.split(' ').length && similarity(u, place) >= 0.8 && places.isName(u)) : undefined;
    // Or a unit a header line names, a speck of a letter or two the restorer made a word of before it ('Co Quynh
    // Anh, ngày' read Cơ Quỳnh Anh under HỘI CCB XÃ QUỲNH ANH).
    const specked = named.find((u) => {
      const pw = place.split(' ');
      return pw.length === u.split(' ').length + 1 && [...pw[0]].length <= 2 && looseKey(pw.slice(1).join(' ')) === looseKey(u);
    });
    // Or, the place line's reading no unit the gazetteer knows, the one unit a header line names that it does, as many
    // words and alike by letters ('Dt Tho, ngày' read Đất Thơ under BCH ĐOÀN XÃ ĐỨC THỌ).
    const known = places && !places.isName(place) ? named.filter((u) => u.split(' ').length === place.split(' ').length && places.isName(u) && similarity(u, place) >= 0.6) : [];
    const knownSeat = new Set(known.map(looseKey)).size === 1 ? known[0] : undefined;
    const unitName = startsWithUnit(bodyLines[bodyLines.length - 1]?.text ?? '') ?? cutFrom ?? misreadOf ?? schoolSeat ?? parentSeat ?? specked ?? knownSeat ?? null;
    const cut = !!unitName && unitName === cutFrom;
    // Or OCR kept only the place's first word, its Đ read as b ('binh EEL, ngày' under HUYỆN ĐỊNH
    // HÓA): a place the gazetteer does not know, as many words as the unit's and opening as it does.
    const sameStart = !!unitName && !!places && !places.isName(place) && unitName.split(' ').length === place.split(' ').length &&
      opening(place.split(' ')[0]).includes(looseKey(unitName.split(' ')[0]));
    if (unitName && (similarity(unitName, place) >= 0.6 || cut || sameStart || unitName === misreadOf || unitName === specked) && looseKey(unitName) !== looseKey(place)) {
      explain.push({ field: 'place', rule: 'place read from the issuer line (same name, better OCR)', evidence: f.place.evidence, rejected: [f.place.value] });
      f.place = { ...f.place, value: titleCase(unitName.toLowerCase()), confidence: 0.8 };
    }
  }

  // The place with the letters of the issuer's unit but other marks takes the issuer's spelling when
  // only that one is a unit of the level the issuer names ('An Hóa' is a xã; ĐẢNG ỦY PHƯỜNG AN HÒA),
  // or of its parent's unit when the issuer names none (PHÒNG … under UBND HUYỆN CẨM GIÀNG).
  if (places && f.place && f.issuer) {
    const m = UNIT_NAME_END.exec(f.issuer.value) ?? (f.issuerParent ? UNIT_NAME_END.exec(f.issuerParent.value) : null);
    // (Or only that one lies in the provinces the text names: 'Đông Văn' beside XÃ ĐỒNG VĂN of Tuyên Quang.)
    // (Or the place line's words that differ were printed plainly, their marks a guess, and the issuer's
    // spelling is a unit of its level: 'Hoa Tién, ngày' read Hóa Tiến under XÃ HÒA TIẾN.)
    if (m && m[2] !== f.place.value && looseKey(m[2]) === looseKey(f.place.value) &&
        ((places.isNameAt(m[2], m[1]) && !places.isNameAt(f.place.value, m[1])) || (inProvinces(m[2]) && !inProvinces(f.place.value)) ||
        (places.isNameAt(m[2], m[1]) && placeMarksRead(f.place.value, m[2], f.place, lines) === false))) {
      explain.push({ field: 'place', rule: 'place spelled as the issuer\'s unit, the one the gazetteer knows at that level', evidence: f.place.evidence, rejected: [f.place.value] });
      f.place = { ...f.place, value: m[2] };
    }
  }

  // The place whose raw words have the letters of the unit the issuer names, where the restorer read
  // other letters ('Hac Thanh, ngày' read Hà Thanh, a namesake elsewhere, under ĐẢNG ỦY PHƯỜNG HẠC
  // THÀNH): the issuer's seat as its caps line spells it.
  if (f.place && f.issuer) {
    const own = UNIT_NAME_END.exec(f.issuer.value)?.[2];
    const line = lineOfEvidence(lines, f.place.evidence);
    const raw = own && line && looseKey(own) !== looseKey(f.place.value) ? rawWords(f.place.value, line) : null;
    if (own && raw && looseKey(raw) === looseKey(own)) {
      explain.push({ field: 'place', rule: 'place with the letters of the issuer\'s unit as OCR printed them', evidence: f.place.evidence, rejected: [f.place.value] });
      f.place = { ...f.place, value: own, confidence: 0.8 };
    }
  }

  // A place OCR destroyed to a speck of three letters or fewer the gazetteer does not know ('HỆ ngày 18
  // tháng 12' where Văn Lãng stood): the place is the seat of the issuer, the unit it or its parent names.
  // (Or to words in small letters around one of the seat's, which no place name has: 'hội Đồng lệ, ngày'
  // read from 'i Bong iE' under LĐLĐ TỈNH ĐỒNG NAI.)
  // (Or with its Đ read as B or P: 'lợi Bỏng lê'.)
  // (Not the seat with its unit word: 'Thành phố Hồ Chí Minh'.)
  const sameWord = (s: string, w: string) => looseKey(s) === looseKey(w) ||
    (/^Đ/.test(s) && looseKey(asMisreadD(w.toLowerCase()) ?? '') === looseKey(s));
  const shares = (seat: string, place: string) => /(?:^|\s)\p{Ll}/u.test(place) && !looseKey(place).includes(looseKey(seat)) &&
    place.split(' ').some((w) => /^\p{Lu}/u.test(w) && seat.split(' ').some((s) => sameWord(s, w)));
  if (places && f.place && !places.isName(f.place.value)) {
    const seat = [f.issuer?.value, f.issuerParent?.value].map((b) => (b ? UNIT_NAME_END.exec(b)?.[2] : undefined)).find((n) => !!n && places.isName(n) &&
      (looseKey(f.place!.value).length <= 3 || shares(n, f.place!.value)));
    if (seat) {
      explain.push({ field: 'place', rule: 'place destroyed by OCR: the seat of the issuer\'s unit', evidence: f.place.evidence, rejected: [f.place.value] });
      f.place = { ...f.place, value: seat, confidence: 0.6 };
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
}
