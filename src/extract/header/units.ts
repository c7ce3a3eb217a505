import { titleCase } from '../casing.js';
import { rawWords } from '../subject.js';
import { looseKey, romanNumeral } from '../text-match.js';
import { UNIT_WORDS } from '../vocabulary.js';
import type { Gazetteer } from '../../restore/place-names.js';
import { letterCount, UNIT_KEYS, UNIT_NAME_END, type Segment } from './segments.js';

/**
 * Whether a line's words name an administrative unit word anywhere (HUYỆN, THỊ XÃ …), by letters,
 * so that OCR's lost marks do not hide it. QUÂN SỰ is the army, not a QUẬN ('BAN CHỈ HUY QUÂN SỰ').
 */
export function namesUnitWord(words: string[]): boolean {
  // (Words that share a unit word's letters: QUÂN SỰ, CƠ QUAN, HỢP TÁC XÃ.)
  const other = (k: number) => `${looseKey(words[k - 1] ?? '')} ${looseKey(words[k])} ${looseKey(words[k + 1] ?? '')}`;
  // (Nor XÃ HỘI, society, at the end or before what follows it in bodies' names: 'NGÂN HÀNG CHÍNH SÁCH XÃ HỘI', 'BẢO HIỂM XÃ HỘI TỈNH'.)
  const society = (k: number) => looseKey(words[k]) === 'XA' && looseKey(words[k + 1] ?? '') === 'HOI' &&
    (k + 2 === words.length || ['VIET', 'VA', 'TINH', 'HUYEN', 'QUAN', 'THANH', 'THI', 'CO', 'KHU'].includes(looseKey(words[k + 2])));
  return words.some((w, k) => !/^\S* QUAN SU$|^CO QUAN |^TAC XA /.test(other(k)) && !society(k) &&
    (UNIT_KEYS.includes(looseKey(w)) || UNIT_KEYS.includes(looseKey(`${w} ${words[k + 1] ?? ''}`))));
}

/** 'PHƯỜNG KINH MÔN', 'PHUONG KINH MON': a line that names an administrative unit. */
export function startsWithUnit(s: string): string | null {
  return unitParts(s)?.name ?? null;
}

/** The unit word (in its dictionary spelling) and the unit's name, e.g. 'PHƯƠNG KINH MON' → phường, KINH MON. */
export function unitParts(s: string): { unit: string; name: string; committee: boolean } | null {
  const first = s.trim().split(/\s+/);
  // (QUÂN SỰ, the military, shares its letters with QUẬN: 'ĐẢNG ỦY QUÂN SỰ' names no district.)
  if (looseKey(first.slice(0, 2).join(' ')) === 'QUANSU') return null;
  for (let n = 2; n >= 1; n--) {
    const at = UNIT_KEYS.indexOf(looseKey(first.slice(0, n).join(' ')));
    // 'HUYỆN ỦY NGHI LỘC' is the district's Party committee: the name comes after ỦY.
    const m = looseKey(first[n] ?? '') === 'UY' ? n + 1 : n;
    if (first.length > m && at >= 0) return { unit: UNIT_WORDS[at], name: first.slice(m).join(' '), committee: m > n };
  }
  return null;
}

/**
 * Unit words in a caps body line in their dictionary spelling ('ĐẢNG BỘ THÌ XÃ' → THỊ XÃ). Only
 * words no other header word shares letters with: XÃ and QUẬN are left (XÃ HỘI, QUÂN SỰ).
 */
export function spellUnits(s: string, places?: Gazetteer): string {
  const words = s.split(' ');
  // (After a unit word come its name's words, one of which may have a unit word's letters: 'XÃ SƠN TỊNH'
  // is no TỈNH, 'XÃ TÂN PHƯƠNG' no PHƯỜNG. XÃ before HỘI is no unit word.)
  let named = false;
  for (let k = 0; k < words.length; k++) {
    if (looseKey(words[k]) === 'XA' && looseKey(words[k + 1] ?? '') !== 'HOI') { named = true; continue; }
    for (const n of [2, 1]) {
      if (named && n === 1) continue;
      // (Words only: a dash before XÃ is no part of a unit word — 'VĂN HÓA - XÃ HỘI'.)
      // (Two words only where two are left: the last word alone is read as one, 'CỤC HẢI QUAN' names no quận.)
      const at = k + n <= words.length && words.slice(k, k + n).every((w) => /\p{L}/u.test(w)) ? UNIT_KEYS.indexOf(looseKey(words.slice(k, k + n).join(' '))) : -1;
      if (at < 0 || (n === 1 && !['huyện', 'phường', 'tỉnh'].includes(UNIT_WORDS[at]))) continue;
      // (Nor one that ends a place's name with the word before it, as the gazetteer writes it: 'GIAO THÔNG HÀ TĨNH'.)
      if (n === 1 && k > 0 && places?.isName(titleCase(`${words[k - 1]} ${words[k]}`.toLowerCase()))) continue;
      words.splice(k, n, ...UNIT_WORDS[at].toUpperCase().split(' '));
      k += n - 1;
      named = true;
      break;
    }
  }
  return words.join(' ');
}

/**
 * Lines joined, a two-word unit word OCR wrapped between two of them spelled as the dictionary does
 * ('PHÒNG GD&ĐT THÀNH' / 'PHÓ VINH' → … THÀNH PHỐ VINH). Only at the wrap: each line was spelled
 * alone already, and a one-word unit's letters end names too (HÀ TĨNH).
 */
export function joinWrappedUnit(lines: string[]): string {
  const words = lines.map((l) => l.split(' '));
  for (let k = 0; k + 1 < words.length; k++) {
    const [a, b] = [words[k], words[k + 1]];
    const at = UNIT_KEYS.indexOf(looseKey(`${a[a.length - 1]} ${b[0]}`));
    if (at < 0 || !UNIT_WORDS[at].includes(' ')) continue;
    const [first, second] = UNIT_WORDS[at].toUpperCase().split(' ');
    a[a.length - 1] = first; b[0] = second;
  }
  return words.map((w) => w.join(' ')).join(' ');
}

/**
 * A region's number after KHU VỰC as the raw line has it, a Roman numeral ('VỰC VỚI' read from 'VuC vII' → VỰC VII) or digits;
 * and VỰC itself where the raw line has its letters and the restorer read another word ('VUC XXIV' read VU XXIV).
 */
export function regionNumeral(seg: Segment): string {
  const words = seg.text.split(' ');
  const raw = () => rawWords(seg.text, seg.line)?.split(' ');
  // (VỰC may open the line, its KHU ending the line above.)
  const vuc = (w: string, k: number) => (k === 0 || looseKey(words[k - 1]) === 'KHU') &&
    (looseKey(w) === 'VUC' || (/^\p{Lu}+$/u.test(w) && looseKey(raw()?.[k] ?? '') === 'VUC'));
  const at = words.findIndex(vuc);
  if (at < 0 || at + 1 >= words.length) return seg.text;
  // (VỰC in capitals whatever marks were read: 'VỤC 6' from a Vietnamese-model scan.)
  const vword = /^\p{Ll}/u.test(words[at]) ? words[at] : 'VỰC';
  // (Or the number in digits: the regional courts and procuracies of 2025, 'KHU VỰC 6'.)
  // (Or with an H OCR made of its II, or of one I amid others: 'VỤC XVIHI' is XVIII.)
  const numeral = /^(?:[IVXL]+|\d{1,2})$/.test(words[at + 1]) ? words[at + 1] : /H/i.test(words[at + 1]) ? romanNumeral(words[at + 1]) ?? raw()?.[at + 1] : raw()?.[at + 1];
  if (!numeral || !/^(?:[IVXL]+|\d{1,2})$/i.test(numeral)) return vword === words[at] ? seg.text : [...words.slice(0, at), vword, ...words.slice(at + 1)].join(' ');
  return [...words.slice(0, at), vword, numeral.toUpperCase(), ...words.slice(at + 2)].join(' ');
}

// A Party committee's unit word by its letters ('THI UY' is THỊ ỦY).
const COMMITTEE_WORDS = new Map([['THI', 'THỊ'], ['THANH', 'THÀNH'], ['TINH', 'TỈNH'], ['QUAN', 'QUẬN'], ['HUYEN', 'HUYỆN']]);
/**
 * A Party committee line whose unit word the restorer read as another word ('THI UY THAI HOA' →
 * THƯ ỦY …): the raw line's first word, before ỦY, names the unit.
 */
export function committeeUnit(text: string, seg: Segment): string {
  const words = text.split(' ');
  if (words.length < 3 || looseKey(words[1]) !== 'UY' || COMMITTEE_WORDS.has(looseKey(words[0]))) return text;
  const raw = rawWords(seg.text, seg.line)?.split(' ')[0];
  const unit = raw ? COMMITTEE_WORDS.get(looseKey(raw)) : undefined;
  return unit ? [unit, ...words.slice(1)].join(' ') : text;
}

/**
 * A unit name without a speck the restorer made a word of after it ('VĂN BÀN BÈ', 'Quảng Nam Bè'):
 * a last word of three letters or fewer, when the name is no known unit and the words before it are
 * one of this level. `minWords`: the fewest words the name must have.
 */
export function withoutSpeckAfter(name: string, level: string, places: Gazetteer, minWords: number): string {
  const words = name.split(' ');
  if (words.length < minWords || places.isName(name) || letterCount(words[words.length - 1]) > 3) return name;
  const known = words.slice(0, -1).join(' ');
  return places.isNameAt(known, level) ? known : name;
}

/** A line that is a unit word and a name the gazetteer knows at that level ('TỈNH LONG AN'), nothing else. */
export function knownUnitLine(text: string, places: Gazetteer | undefined): boolean {
  const unit = unitParts(text);
  return !!places && !!unit && !unit.committee && places.isNameAt(titleCase(unit.name.toLowerCase()), unit.unit);
}

/** A body whose unit name no unit of its level has, one letter from exactly one that has ('tỉnh Quảng Nga'). */
export function withNearestUnit(body: string, places: Gazetteer, provinces: () => Set<string>): string {
  const end = UNIT_NAME_END.exec(body);
  if (!end || places.isNameAt(end[2], end[1])) return body;
  const nearest = places.nearestAt(end[2], end[1], provinces());
  return nearest ? `${body.slice(0, -end[2].length)}${nearest}` : body;
}
