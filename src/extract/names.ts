import { skeleton } from '../restore/orthography.js';
import { looseKey } from './text-match.js';

/**
 * A document names its own place the same way throughout, and its header line reads it best:
 * capitalized word runs elsewhere that match it loosely take its spelling ('Cất Hại' → 'Cát Hải').
 */
export function respellPlace(text: string, place: string): string {
  const words = place.split(/\s+/).filter(Boolean);
  if (!words.length || !/^\p{Lu}/u.test(words[0])) return text;
  const key = looseKey(place);
  const run = new RegExp(`\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){${words.length - 1}}`, 'gu');
  return text.replace(run, (seq) => {
    if (seq === place || looseKey(seq) !== key) return seq;
    return seq === seq.toUpperCase() ? place.toUpperCase() : place;
  });
}

// The common Vietnamese surnames and middle names, each with a distinct letter skeleton.
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đinh', 'Đào', 'Trịnh', 'Lương', 'Lưu', 'Trương', 'Đoàn', 'Vương', 'Phùng', 'Triệu', 'Quách', 'Kiều'];
const MIDDLE_NAMES = ['Văn', 'Thị', 'Đình', 'Đức', 'Hữu', 'Công', 'Quang', 'Ngọc', 'Xuân', 'Quốc', 'Trọng', 'Khắc', 'Mạnh'];
const bySkeleton = (names: string[]) => new Map(names.map((n) => [skeleton(n).toLowerCase(), n]));
const SURNAME = bySkeleton(SURNAMES), MIDDLE = bySkeleton(MIDDLE_NAMES);

/**
 * A person's name restored without knowledge of names ('Vu Dinh Khoa', 'Phân …'): the surname and
 * middle names take the spelling of the common name with the same letters.
 */
export function respellPersonName(name: string): string {
  const words = name.split(' ');
  if (words.length < 2) return name;
  return words.map((w, i) => {
    const table = i === 0 ? SURNAME : i < words.length - 1 ? MIDDLE : null;
    return table?.get(skeleton(w).toLowerCase()) ?? w;
  }).join(' ');
}
