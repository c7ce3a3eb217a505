import { isSyllable } from '../../restore/orthography.js';
import { looseKey } from '../text-match.js';
import { ABBREVIATIONS } from '../vocabulary.js';
import { withD } from './body-names.js';
import { dropTrailingSpecks, endsPair, isJunk, letterCount, VILLAGE_END, type Segment } from './segments.js';

// A unit word of the caps header, its letters without marks (XÃ, PHƯỜNG, HUYỆN, QUẬN, TỈNH, THỊ TRẤN's TRẤN, ĐẶC KHU's KHU).
const UNIT_WORDS_CAPS = /^(?:XA|PHUONG|HUYEN|QUAN|TINH|TRAN|KHU)$/;

/**
 * A caps line of the issuer column as a segment of the issuer's name, without the specks OCR left
 * around it; null when the line is a speck itself. `text` is the column as split, before cleaning;
 * `before` the issuer segments read so far; `next` the left column of the next line with words.
 */
export function issuerSegment(seg: Segment, text: string, before: Segment[], next = ''): Segment | null {
  const i = seg.index;
  // 'SỞ NỘI VỤ oo' read as 'ở'.
  // And a short lowercase speck after the caps words ('ỦY BAN NHÂN DÂN wv.').
  // (A number after a village unit word is its name, not a speck: 'CHI BỘ KHU PHỐ 3'.)
  const all = seg.text.split(/\s+/);
  // (Nor one after SỐ, a school's number: 'QUẾ VÕ SỐ 1'; nor a region's after VỰC, 'KHU' / 'VỰC 6'.)
  const prior = looseKey(all[all.length - 2] ?? '');
  const villageNo = /^\d{1,3}$/.test(all[all.length - 1]) &&
    ((all.length > 2 && (VILLAGE_END.test(all.slice(0, -1).join(' ')) || prior === 'SO')) || prior === 'VUC') ? all.pop() : null;
  // (Small letters glued to a caps word's end are a speck: 'ĐỒNG NAIwv.'.)
  // (A school's letter after its name is none: 'TRƯỜNG THPT YÊN' / 'KHÁNH A'.)
  const lastSeg = before[before.length - 1];
  const school = /^TRƯỜNG\s/u.test(all.join(' ')) || (!!lastSeg && i - lastSeg.index <= 2 && /^TRƯỜNG\s/u.test(lastSeg.text));
  const suffix = school && all.length > 1 && /^[A-D]$/.test(all[all.length - 1]) ? all.pop() : null;
  // (So is a quote mark glued to a caps word's end: 'TRƯỜNG ĐẠI HỌC SƯ’' / 'PHẠM'.)
  const words = dropTrailingSpecks(all.map((w) => w.replace(/^(\p{Lu}{2,})(?:\p{Ll}{1,3}[.,]?|['’‘`])$/u, '$1')), 1);
  // A dash before the specks ends the line as a joining dash ('TRUNG TÂM VĂN HÓA - |' / 'THỂ THAO').
  // (Not one after the motto's NAM, which the column split left on this side: 'BAN QUẢN LÝ DUAN ĐẦU NAM -'.)
  // (Or the motto's NAM after it, taken off by the caller with the specks: seg.text keeps the dash.)
  const dashEnd = words.length > 1 && ((/\s[-–][\s|~¦.'‘’`]*$/u.test(text) && !/\sNAM\s*[-–][\s|~¦.'‘’`]*$/u.test(text)) || /\s[-–]$/u.test(seg.text));
  const speck = (w: string) => isJunk(w) || (/^\p{Ll}{1,3}\.?$/u.test(w) && w !== 'ủy');
  while (words.length > 1 && speck(words[words.length - 1]) && !endsPair(words)) words.pop();
  // So is a short small-letter one before them ('oo TẾ TỈNH', the o's a scan's dots).
  while (words.length > 1 && /^\p{Ll}{1,3}\.?$/u.test(words[0]) && words[0] !== 'ủy' && /^\p{Lu}{2,}/u.test(words[1])) words.shift();
  // A lone letter before the caps words is a speck too ('R TỈNH ỦY VĨNH PHÚC').
  while (words.length > 2 && letterCount(words[0]) <= 1) words.shift();
  // (Or one letter with signs glued to it, before a caps word: 'S„““ TRƯỜNG', the second line of 'SỞ NÔNG NGHIỆP VÀ MÔI'.)
  while (words.length > 1 && letterCount(words[0]) === 1 && /[^\p{L}]/u.test(words[0]) && /^\p{Lu}{2,}/u.test(words[1])) words.shift();
  // And a speck with no letter at all, before even one word ('.„ TÍNH').
  while (words.length > 1 && letterCount(words[0]) === 0) words.shift();
  // An apostrophe between caps words is OCR's reading of a space ('HUYỆN CHU'SE'); a name's
  // own sits after one letter (B'LÁ).
  // And a short caps token after them that is no syllable and no known abbreviation ('… UBND CL'),
  // or a Title-case one ('NGÀN Cơ').
  const capsSpeck = (w: string) => /^[A-Z]{1,2}$/.test(w) && !isSyllable(w.toLowerCase()) && !ABBREVIATIONS[w] && !withD(w);
  // (Not a region's Roman numeral after VỰC: 'VỤC XV'.)
  const numeral = (k: number) => /^[IVXL]+$/.test(words[k]) && looseKey(words[k - 1] ?? '') === 'VUC';
  // (But a syllable after a unit word's one-word name is the name's second word, its capital OCR read small:
  // 'ĐẢNG BỘ XÃ BA Vi'; a unit is named in two words or more, but for few. Not when the next line goes on with
  // a caps word alone, the name's own end: 'ĐẢNG ỦY PHƯỜNG HẠ Lo' / 'LONG'.)
  const nameEnd = (k: number) => k >= 2 && isSyllable(words[k].toLowerCase()) && /^\p{Lu}{2,}$/u.test(words[k - 1]) &&
    UNIT_WORDS_CAPS.test(looseKey(words[k - 2])) && !/^[^\p{L}]*\p{Lu}{2,}[^\p{L}]*$/u.test(next?.trim() ?? '');
  while (words.length > 1 && !numeral(words.length - 1) && (capsSpeck(words[words.length - 1]) || (/^\p{Lu}\p{Ll}{1,2}\.?$/u.test(words[words.length - 1]) && !nameEnd(words.length - 1))) &&
    words.slice(0, -1).some((w) => /^\p{Lu}{2,}$/u.test(w))) words.pop();
  // A word that cannot end a name's line, a verb's tense or voice, is one the restorer made of a speck
  // ('NGÂN' / 'SÁCH SE', read 'sạch sẽ'; 'VĂN PHÒNG ĐIỀU PHỐI SẼ' / 'NÔNG THÔN MỚI').
  // (Not a THÌ after ĐÔ, however OCR read its Đ: the THỊ of Đô thị, 'KINH TẾ, HẠ TẦNG' / 'VAPO THÌ'.)
  if (words.length > 1 && words[words.length - 1] === 'THÌ' && /[DĐPB]O$/u.test(looseKey(words[words.length - 2]))) words[words.length - 1] = 'THỊ';
  while (words.length > 1 && /^(?:SẼ|ĐÃ|BỊ|ĐƯỢC|THÌ|LÀ|MÀ|RẰNG)$/u.test(words[words.length - 1])) words.pop();
  // A line of one short caps token that is no syllable and no known abbreviation is a speck ('IIL').
  if (words.length === 1 && letterCount(words[0]) <= 3 && !isSyllable(words[0].toLowerCase()) && !ABBREVIATIONS[words[0]] && !withD(words[0])) return null;
  return { ...seg, text: `${words.join(' ').replace(/(?<=\p{Lu}{2})['’](?=\p{Lu})/gu, ' ')}${villageNo ? ` ${villageNo}` : ''}${suffix ? ` ${suffix}` : ''}${dashEnd ? ' -' : ''}` };
}
