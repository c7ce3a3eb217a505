import { skeleton } from '../restore/orthography.js';
import { looseKey } from './text-match.js';
import { respellPlaceNames, type Gazetteer } from '../restore/place-names.js';
import type { NameModel } from '../restore/person-names.js';
import type { Line } from './types.js';

/**
 * A document names its own place the same way throughout, and its header line reads it best:
 * capitalized word runs elsewhere that match it loosely take its spelling ('Cất Hại' → 'Cát Hải').
 */
export function respellPlace(text: string, place: string, accept: (seq: string) => boolean = () => true): string {
  const words = place.split(/\s+/).filter(Boolean);
  if (!words.length || !/^\p{Lu}/u.test(words[0])) return text;
  const run = new RegExp(`\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){${words.length - 1}}`, 'gu');
  // (A word's Đ may have been read as B or P, as tesseract.js reads it: 'Bãi Bông' for Đại Đồng.)
  const same = (w: string, k: number) => looseKey(w) === looseKey(words[k]) ||
    (/^Đ/u.test(words[k]) && /^[BP]/u.test(w) && looseKey(w.slice(1)) === looseKey(words[k].slice(1)));
  return text.replace(run, (seq) => {
    if (seq === place || !seq.split(/\s+/).every(same) || !accept(seq)) return seq;
    return seq === seq.toUpperCase() ? place.toUpperCase() : place;
  });
}

/**
 * Place names inside a body's name as the gazetteer spells them: after a unit word ('Ủy ban nhân
 * dân tỉnh Lâm Đồng'), and a province ending a department's name without one ('Sở Giáo dục và Đào
 * tạo Nghề Án' → Nghệ An: the restorer read those words as common ones). `provinces`: those the document
 * names, which decide between namesakes (by default, those the name itself names).
 */
export function spellPlacesInName(name: string, places: Gazetteer, provinces?: Set<string>): string {
  const s = respellPlaceNames(name, places, provinces && provinces.size ? provinces : places.provincesIn(name));
  const words = s.split(' ');
  for (let n = Math.min(3, words.length - 2); n >= 2; n--) {
    const tail = words.slice(-n);
    if (!tail.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w)) || /^\p{Lu}/u.test(words[words.length - n - 1])) continue;
    const province = places.provinceByLetters(tail.join(' '));
    if (province) return [...words.slice(0, -n), province].join(' ');
  }
  return s;
}

// The common Vietnamese surnames and middle names, each with a distinct letter skeleton.
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đinh', 'Đào', 'Trịnh', 'Lương', 'Lưu', 'Trương', 'Đoàn', 'Vương', 'Phùng', 'Triệu', 'Quách', 'Kiều'];
const MIDDLE_NAMES = ['Văn', 'Thị', 'Đình', 'Đức', 'Hữu', 'Công', 'Quang', 'Ngọc', 'Xuân', 'Quốc', 'Trọng', 'Khắc', 'Mạnh'];
const bySkeleton = (names: string[]) => new Map(names.map((n) => [skeleton(n).toLowerCase(), n]));
const SURNAME = bySkeleton(SURNAMES), MIDDLE = bySkeleton(MIDDLE_NAMES);
// The Hmong clans' surnames as Vietnamese writes them: a man's name with the middle name A is a Hmong
// name ('Giàng A Tông', 'Sùng A Páo'), whose surname is one of these rather than the Kinh name of its letters.
const HMONG_SURNAME = bySkeleton(['Giàng', 'Vàng', 'Thào', 'Sùng', 'Lầu', 'Hầu', 'Mùa', 'Chảo', 'Vừ', 'Hạng', 'Cứ', 'Sình', 'Tráng']);

/**
 * A person's name restored without knowledge of names ('Vu Dinh Khoa', 'Phân …'): the surname and
 * middle names take the spelling of the common name with the same letters — unless the name lists,
 * when given, hold the word as it is for that role (Lường is a surname of its own, not Lương).
 */
export function respellPersonName(name: string, names?: Pick<NameModel, 'lists' | 'commonestBySkeleton'>, givenReadWithMarks = false): string {
  const words = name.split(' ');
  if (words.length < 2) return name;
  return words.map((w, i) => {
    // A given name no list holds, whose marks OCR did not read (the restorer guessed them), takes the
    // listed one with its letters that is clearly the commonest ('Pinh Hitu Tuan' read as Đình Hữu
    // Tuần → Tuấn). A name OCR read with its marks keeps them ('Tráng').
    if (i === words.length - 1) {
      if (!names || givenReadWithMarks || names.lists('given', w) || names.lists('middle', w) || !/^\p{Lu}\p{Ll}+$/u.test(w)) return w;
      const listed = names.commonestBySkeleton('given', w);
      return listed ? listed.charAt(0).toUpperCase() + listed.slice(1) : w;
    }
    const role = i === 0 ? 'surname' : 'middle';
    // (Before the middle name A, a Hmong surname: 'Giang A Tông' read without marks is Giàng.)
    const hmong = i === 0 && words.length >= 3 && words[1] === 'A' ? HMONG_SURNAME.get(skeleton(w).toLowerCase()) : undefined;
    if (hmong) return hmong;
    if (names?.lists(role, w)) return w;
    return (role === 'surname' ? SURNAME : MIDDLE).get(skeleton(w).toLowerCase()) ?? w;
  }).join(' ');
}

/**
 * The raw words OCR printed for `seq` on `line`, found by their letters among the line's restored
 * words (its case aside): null when the line's words do not align with its raw ones or `seq` is not there.
 */
export function printedWords(seq: string, line: Line): string | null {
  const words = line.text.trim().split(/\s+/), raw = line.raw.trim().split(/\s+/);
  const n = seq.split(/\s+/).length;
  if (words.length !== raw.length) return null;
  for (let k = 0; k + n <= words.length; k++) if (looseKey(words.slice(k, k + n).join(' ')) === looseKey(seq)) return raw.slice(k, k + n).join(' ');
  return null;
}
