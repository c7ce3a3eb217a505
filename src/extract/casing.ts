import { PROPER_PHRASES, UNIT_WORDS } from './vocabulary.js';

const PHRASES = [...PROPER_PHRASES].sort((a, b) => b.length - a.length);
// Below the commune: their names are proper names too ('Chi bộ thôn Lãn Trên').
const VILLAGE_WORDS = ['thôn', 'xóm', 'ấp', 'bản', 'tổ dân phố', 'khu phố'];

/**
 * Caps header text → the way it is written in running text:
 * 'ỦY BAN NHÂN DÂN PHƯỜNG KINH MÔN' → 'Ủy ban nhân dân phường Kinh Môn'.
 */
export function nameCase(caps: string): string {
  let s = caps.toLowerCase().replace(/\s+/g, ' ').trim();
  // A department or ministry names its fields each with a capital: 'Phòng Văn hóa và Thông tin',
  // 'Phòng Tài chính - Kế hoạch', 'Bộ Văn hóa, Thể thao và Du lịch'.
  const dept = /^(phòng|sở|bộ|cục|chi cục|vụ|ban|trung tâm) (.+)$/u.exec(s);
  if (dept) s = `${dept[1]} ${dept[2].split(/( và |, | - )/u).map((part, k) => (k % 2 ? part : part.charAt(0).toUpperCase() + part.slice(1))).join('')}`;
  // Place names after an administrative-unit word, or a village-level one, are proper names.
  for (const u of [...UNIT_WORDS, ...VILLAGE_WORDS].sort((a, b) => b.length - a.length)) {
    // 'huyện ủy', 'tỉnh ủy' are Party committees, not units.
    s = s.replace(new RegExp(`(^|\\s)(${u})\\s+(?!ủy(?:\\s|$))([\\p{L}\\s]+?)(?=$|,|;|\\s-\\s)`, 'gu'), (_, pre, unit, name) => `${pre}${unit} ${titleCase(name)}`);
  }
  // And after a Party committee named for its unit ('Huyện ủy Tam Dương', 'Tỉnh ủy Vĩnh Phúc').
  s = s.replace(/(^|\s)((?:tỉnh|huyện|thành|quận|thị) ủy)\s+(?!ban\b)([\p{L}\s]+?)(?=$|,|;|\s-\s)/gu, (_, pre, body, name) => `${pre}${body} ${titleCase(name)}`);
  for (const p of PHRASES) {
    const re = new RegExp(`(^|\\s)${escape(p.toLowerCase())}(?=$|\\s|,)`, 'gu');
    s = s.replace(re, (_m, pre) => pre + p);
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function titleCase(s: string): string {
  return s.split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
