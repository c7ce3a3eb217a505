import { findDate } from '../dates.js';
import { clean, evidenceOf } from '../lines.js';
import { asMisreadD } from '../../restore/ocr-channel.js';
import { UNIT_WORDS } from '../vocabulary.js';
import { HEADER_PAIR_SECOND, HEADER_PAIRS, NUMBER_LINE, SO, VV, type Segment } from './segments.js';
import { editDistance, looseKey } from '../text-match.js';
import type { HeaderZone } from './zone.js';

/**
 * The place-date line ('Kinh Môn, ngày 19 tháng 8 năm 2025'): the date and the place before it,
 * and what OCR merged into it from the other column (the number line, the V/v's first line).
 */
const UNIT_AT_END = /(?:^|\s)(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)$/u;

export function readPlaceDate(seg: Segment, date: NonNullable<ReturnType<typeof findDate>>, zone: HeaderZone): void {
  const f = zone.fields, line = seg.line;
  let placeText = clean(seg.text.slice(0, date.index).replace(/,\s*$/, ''));
  // 'Số: 4%0 /KH-UBND Cát Hải, ngày …' when the columns could not be split before the date.
  // (A speck with no letter or digit may lead it: '+ $6: 2146/SDTTG-TG Thành phố …'.)
  const merged = new RegExp(`^(?:[^\\p{L}\\d\\s]+\\s+)*(${SO}[\\s.:;]*[:.]?\\s*[\\d\\p{L}%]+(?:\\s?[/-]\\s?[\\p{L}\\d]+)+)\\s+(.*)$`, 'u').exec(placeText);
  if (merged) {
    if (!zone.numberSeg) zone.numberSeg = { ...seg, text: merged[1].replace(new RegExp(`^${SO}[\\s.:;]*`, 'u'), '') };
    placeText = clean(merged[2]);
  }
  if (date.iso) f.date = { value: date.iso, confidence: date.warnings.length ? 0.8 : 0.95, evidence: evidenceOf(line, seg.text) };
  zone.warnings.push(...date.warnings);
  // Specks before the place ('EE | Vĩnh Bảo'): short tokens without a lowercase letter.
  const pw = placeText.split(/\s+/);
  const dropped: string[] = [];
  while (pw.length > 1 && /^[^\p{Ll}]{1,3}$/u.test(pw[0]) && pw.slice(1).some((w) => /\p{Ll}/u.test(w))) dropped.push(pw.shift()!);
  // (Unless they are the name of the unit the issuer column's last line ends on, wrapped into this
  // line: 'ĐẢNG BỘ THÀNH PHỐ' / 'HUE Thụy Xuân, ngày …'.)
  const above = zone.issuerSegs[zone.issuerSegs.length - 1];
  // (Or the end of a place's name the line began, the place this line names: 'CẢNG VỤ HÀNG HẢI NGHỆ' / 'AN Nghệ An, ngày …'.)
  const aboveWords = above?.text.split(' ') ?? [];
  const endsPlace = [1, 2].some((n) => aboveWords.length > n && looseKey([...aboveWords.slice(-n), ...dropped].join(' ')) === looseKey(pw.join(' ')));
  // (Signs among them are specks still: 'AN ~ Nghệ An, ngày'.)
  const droppedWords = dropped.filter((w) => /\p{L}/u.test(w));
  if (above && droppedWords.length && droppedWords.every((w) => /^\p{Lu}{2,3}$/u.test(w)) && (UNIT_AT_END.test(above.text) || endsPlace)) {
    // (The name now ends on this line: a line under it goes on from here.)
    zone.issuerSegs[zone.issuerSegs.length - 1] = { ...above, text: `${above.text} ${droppedWords.join(' ')}`, index: seg.index };
  }
  // (And a caps word that ends a name of the header vocabulary the issuer column's last line began:
  // 'CHI CỤC QUẢN LÝ THỊ' / '"TRƯỜNG Hà Tĩnh, ngày …'; or that word of two letters read in Title case,
  // 'CHI BỘ QUÂN' / 'Sự Hương Khê, ngày …'.)
  const lastWord = above?.text.split(' ').pop() ?? '';
  const first = pw[0]?.replace(/^[^\p{L}]+/u, '') ?? '';
  // (Read in Title case with other marks than the vocabulary's word, it is the place's own: 'CÔNG ĐOÀN NGÀNH Y TẾ' /
  // 'Hà Tĩnh, ngày …' is no TẾ HẠ of 'Kinh tế, Hạ tầng'.)
  const pairKey = `${looseKey(lastWord)} ${looseKey(first)}` as const;
  const titled = /^\p{Lu}\p{Ll}$/u.test(first) && HEADER_PAIR_SECOND.get(pairKey) === first.toUpperCase();
  if (above && pw.length > 1 && (/^\p{Lu}{2,}$/u.test(first) || titled) && HEADER_PAIRS.has(pairKey) && /\p{Ll}/u.test(pw.slice(1).join(' '))) {
    const spelled = /\p{Ll}/u.test(first) ? HEADER_PAIR_SECOND.get(pairKey) ?? first : first;
    zone.issuerSegs[zone.issuerSegs.length - 1] = { ...above, text: `${above.text} ${spelled}`, index: seg.index };
    pw.shift();
  }
  // (And a region's VỰC and number, OCR's letters maybe garbled, after a line ending in KHU: 'TÒA ÁN NHÂN DÂN KHU' /
  // 'VvUC 2 Bỉm Sơn, ngày …'.)
  if (above && pw.length > 2 && looseKey(lastWord) === 'KHU' && editDistance(looseKey(pw[0]), 'VUC') <= 1 && /^(?:\d{1,2}|[IVX]{1,4})$/.test(pw[1])) {
    zone.issuerSegs[zone.issuerSegs.length - 1] = { ...above, text: `${above.text} VỰC ${pw[1]}`, index: seg.index };
    pw.splice(0, 2);
  }
  placeText = pw.join(' ');
  // Another column's words before the place ('V/v … chống Đồng Hới'): the place is the run of
  // capitalized words before the date, with its unit word ('Thành phố Hồ Chí Minh').
  if (/(?:^|\s)\p{Ll}/u.test(placeText)) {
    // (A quote speck may lead the place, after a letter or two OCR made of a mark: '‘Hai Chau, ngày',
    // "bão w.'Quảng Ninh, ngày"; or a star, 'mưa lũ *Mường Lát, ngày'.)
    const lead = /^\p{Ll}{0,2}[.,‘'"“`*]*[‘'"“`*](?=\p{Lu})/u;
    const words = placeText.split(' ').map((w, j) => (j > 0 ? w.replace(lead, '') : w));
    let k = words.length;
    while (k > 0 && /^\p{Lu}/u.test(words[k - 1])) k--;
    // (A line's first word opened by b or p may be a name whose Đ OCR read so: 'binh EEL, ngày'.)
    if (k === 1 && asMisreadD(words[0])) k = 0;
    const unit = k > 0 ? UNIT_WORDS.find((u) => words.slice(Math.max(0, k - 2), k).join(' ').toLowerCase().endsWith(u)) : undefined;
    if (unit && /^\p{Lu}/u.test(words[k - unit.split(' ').length])) k -= unit.split(' ').length;
    if (k > 0 && k < words.length) {
      // The V/v column merged into the date line: its first line.
      if (!zone.vv && VV.test(words[0])) zone.vv = { ...seg, text: words.slice(0, k).join(' ').replace(VV, 'V/v') };
      placeText = words.slice(k).join(' ');
    }
  }
  // (A quote speck glued before a word of the name: "Sơn 'La".)
  placeText = placeText.replace(/(?<=\p{L}\s+)[‘'"“`]+(?=\p{Lu})/gu, '');
  if (placeText && placeText.length <= 40 && !(NUMBER_LINE.test(placeText) && /\d/.test(placeText))) {
    f.place = { value: placeText, confidence: 0.9, evidence: evidenceOf(line, seg.text) };
  }
  zone.explain.push({ field: 'date', rule: 'place, ngày DD tháng MM năm YYYY', evidence: evidenceOf(line, seg.text), rejected: [] });
}
