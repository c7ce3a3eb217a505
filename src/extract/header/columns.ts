import { isSyllable } from '../../restore/orthography.js';
import { fuzzyPrefix, similarity } from '../text-match.js';
import { letterCount } from './segments.js';

/** Split a line where OCR merged the two header columns (issuer | Quốc hiệu, Số | place-date). */
export function splitColumns(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (;;) {
    const cut = findRightColumn(rest);
    if (cut <= 0) break;
    // (A column cut where specks, not a space, stood between: its left part loses them, and a small letter
    // OCR glued to its last caps word, 'HÀ TĨNHv._"ĐẢNG CỘNG SẢN'.)
    parts.push(/\s/.test(rest[cut - 1]) ? rest.slice(0, cut) : rest.slice(0, cut).replace(/(?<=\p{Lu})\p{Ll}?[^\p{L}\d\s]+$/u, ''));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  // Wide gaps and a lone '|' (OCR's reading of the gap between columns) separate columns too,
  // but not after a dash, which joins a name's two parts ('TỪ SƠN -   YÊN PHONG').
  return parts.flatMap((p) => p.split(/(?<![-–])\s{3,}|\s[|¦]\s/)).map((p) => p.trim()).filter((p) => p.length > 0);
}

function findRightColumn(s: string): number {
  // The word start where a right-column phrase fits best (so 'DÂN CỘNG HÒA' splits before CỘNG).
  // (Or a capital after specks glued to the word before: 'TĨNHv._"ĐẢNG'.)
  const starts = [...s.matchAll(/(?<=\s)\S|(?<=[^\p{L}\d\s])\p{Lu}/gu)].map((m) => m.index!);
  let best = -1, bestSim = 0;
  for (const i of starts) {
    const tail = s.slice(i);
    for (const [phrase, min] of [['CỘNG HÒA XÃ HỘI', 0.75], ['Độc lập - Tự do', 0.7], ['ĐẢNG CỘNG SẢN', 0.8]] as const) {
      // (A phrase in capitals opens with one: 'hàng nông sản' is near ĐẢNG CỘNG SẢN by its letters, a subject's
      // words. The motto's first letter OCR may lose: 'THO oc lap - Tw do'.)
      const end = phrase === phrase.toUpperCase() && !/^[^\p{L}]*\p{Lu}/u.test(tail) ? 0 : fuzzyPrefix(tail, phrase, min);
      // (The motto's words hold no dash: 'PHÒNG VĂN HÓA - XÃ HỘI' is a department's name, not 'CỘNG HÒA XÃ HỘI'.)
      if (end > 0 && !(phrase === 'CỘNG HÒA XÃ HỘI' && /\s[-–]\s/u.test(tail.slice(0, end)))) {
        const sim = similarity(tail.slice(0, end), phrase);
        if (sim > bestSim) { bestSim = sim; best = i; }
      }
    }
  }
  if (best > 0) return best;
  // 'Số: 32/KH-UBND Kinh Môn, ngày …': the place starts after the symbol.
  // (A symbol OCR broke after a dash goes on past the space: 'S6: 1186/TL- QLCT Ha Noi, ngay'; so does one whose
  // region's Roman numeral is written apart: 'Số: 685/KV XI-TH Hải Phòng, ngày'.)
  const num = /^([S$]\S{0,2}[:.]?\s*\S*\d\S*(?:(?<=[-–])\s+[\p{Lu}\d][\p{Lu}\d&-]*|\s+[IVXL]+-[\p{Lu}\d][\p{Lu}\d&-]*)?)\s+(?=\S[^,;]{0,40}[,;]\s*ng\S{1,3}y\s*\d)/u.exec(s);
  if (num) return num[1].length + 1;
  // 'ĐẢNG ỦY XÃ TÂN LẬP Tân Lập, ngày …': caps issuer words, then the place in Title case.
  // (OCR may print the comma as a semicolon: 'ĐẢNG ỦY XÃ YÊN THÀNH. Yên Thành; ngày …'.)
  const date = /[,;]\s*ng\S{1,3}y\s*\S/u.exec(s);
  if (date) {
    const words = [...s.slice(0, date.index).matchAll(/\S+/gu)];
    let k = words.length;
    while (k > 0 && /\p{Ll}/u.test(words[k - 1][0])) k--;
    const capsWords = words.slice(0, k).filter((w) => /^[\p{Lu}\d]{2,}$/u.test(w[0].replace(/[.,]/g, '')));
    // One caps word is enough when it is a whole word, not an abbreviation ('XUYÊN Cẩm Quang', not 'TP. Huế').
    // (Or of three letters when a syllable: 'YÊN Hưng Yên, ngày …', the end of a wrapped name.)
    const one = capsWords.length === 1 ? capsWords[0][0] : '';
    const caps = one && !/\./.test(one) && (letterCount(one) >= 4 || (letterCount(one) === 3 && isSyllable(one.toLowerCase()))) ? 2 : capsWords.length;
    if (k > 0 && k < words.length && caps >= 2) return words[k].index!;
  }
  return -1;
}
