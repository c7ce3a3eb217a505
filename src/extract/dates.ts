import { skeleton } from '../restore/orthography.js';

export interface ParsedDate {
  iso: string;
  warnings: string[];
}

/** A real calendar date as ISO 8601, or null. */
export function isoDate(d: number, m: number, y: number): string | null {
  if (![d, m, y].every(Number.isInteger) || y < 1945 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// On the skeleton (no marks), so 'ngay 19 thang 8 ndm 2025' from damaged OCR still parses.
// OCR specks may sit between the parts ('ngày 03'tháng 4', 'tháng 4, năm').
// ('tháng. 10' too: a speck right after a word, and a dash: 'ngay-03'; and a colon: 'tháng 12:năm 2025'.)
// (And an opening bracket OCR made of a speck: 'tháng ( 02'; or a closing one, 'năm ) 2025'; or a
// square one or !.)
const SP = `[\\s'’‘\`",.:|~_+–()\\[\\]!°-]*`;
// A month of two digits OCR set apart ('tháng 1 1 năm 2025') is one number.
// (A digit set apart after it is a speck: 'tháng 5 5 năm 2012', a dash glued to it too: 'tháng 6 6-' / 'năm 2010'.)
// (And a 1 or bar glued after a month of one digit that is none with it: 'tháng 51 năm 2025' is May.)
// (And a 1 set apart before a month of two digits: 'tháng 1 12 năm 2025'.)
// (And a small letter glued after it that is no digit's look-alike: 'tháng 01r năm 2026'.)
const MONTH = '(?:[1l|] (?=1[0-2](?![0-9])))?(1 [0-2]|[2-9](?=[1l|](?![0-9a-z]))|\\d{1,2})(?:(?<=[^0-9][2-9])[1l|](?![0-9a-z]))?(?:\\s\\d(?=[\\s–-]))?(?:(?<=\\d)[ac-hjkmnp-rt-z](?=\\s))?';
// (A 1 or bar glued before the year is a speck: 'năm 12025'.)
// (Or a year OCR split before its last digit: 'năm 202 5'.)
// (Or set apart from it: 'năm 1 2025'.)
const YEAR = '(?:[1l|] ?(?=(?:19|20)\\d{2}(?!\\d)))?((?:19|20)\\d(?:\\d| \\d(?!\\d)))';
// (And a 1 glued before a day of two digits: 'ngày 125 tháng 9' is the 25th; and one digit set apart after
// a day of two, a speck, 'ngày 14 4 tháng 02' (a stop glued to it: 'ngày 12 2. tháng 12'); or before it, 'ngày 2 24 tháng 11'.)
const DAY = '(?:[1l|](?=[0-3]\\d(?!\\d))|\\d\\s(?=[0-3]\\d\\s))?(\\d{1,2})(?:(?<=\\d\\d)\\s\\d(?=[\\s.,]))?';
const LONG = new RegExp(`ngay${SP}${DAY}${SP}thang${SP}${MONTH}${SP}n\\S{0,2}m${SP}${YEAR}`, 'i');
// OCR reads digits as look-alike letters and runs them into 'tháng' ('ngày Obthdng 5'): a looser
// pattern whose day and month go through DIGIT_LOOKALIKES.
// (A digit set apart before the day is a speck, as in DAY: 'ngày 2 24 tháng LL'.)
const LONG_LOOSE = new RegExp(`ngay${SP}(?:\\d\\s(?=\\d\\d\\s))?([0-9OoIlbSsB]{1,2})${SP}th\\S{1,2}ng${SP}([0-9OoIlbSsB]{1,2})${SP}n\\S{0,2}m${SP}((?:19|20)\\d{2})`, 'i');
// Or the word ngày garbled beyond reading after the place's comma ('Quảng Bình, Ee 19 tháng 6 năm 2025').
const LONG_NO_NGAY = new RegExp(`(?<=,\\s*)\\S{1,4}${SP}(\\d{1,2})${SP}thang${SP}${MONTH}${SP}n\\S{0,2}m${SP}((?:19|20)\\d{2})`, 'i');
// Or the word tháng garbled beyond reading between two numbers ('ngày 13 LEE 6 năm 2019').
const LONG_NO_THANG = new RegExp(`ngay${SP}(\\d{1,2})\\s+[^\\s\\d]{1,5}\\s+(\\d{1,2})${SP}n\\S{0,2}m${SP}((?:19|20)\\d{2})`, 'i');
// Or the word năm garbled between the month and a year ('ngày 20 tháng 12 Tấm 2019').
const LONG_NO_NAM = new RegExp(`ngay${SP}(\\d{1,2})${SP}thang${SP}${MONTH}\\s+[^\\s\\d]{1,4}${SP}((?:19|20)\\d{2})(?!\\d)`, 'i');
// Or, after the place's comma, a day OCR made letters of ('Sơn Tây, ngày LỄ tháng 01 năm 2026'): the line is the
// place-date line still, its date unread.
const LONG_LOST_DAY = new RegExp(`(?<=,\\s*)ngay${SP}([A-Za-z0-9]{1,2})${SP}thang${SP}${MONTH}${SP}n\\S{0,2}m${SP}((?:19|20)\\d{2})`, 'i');
// (In both cases where the case-blind loose pattern may match the other one: 'tháng L5', 'i2'.)
export const DIGIT_LOOKALIKES: Record<string, string> = { O: '0', o: '0', I: '1', i: '1', l: '1', L: '1', b: '6', S: '5', s: '5', B: '8' };
const SHORT = /(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})/;
// OCR splits a two-digit day or month with a space ('12/1 2/2024').
const SHORT_SPLIT = /(?:ngay\s*)?(\d \d|\d{1,2})\s*[/.-]\s*(\d \d|\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})/;
// Or reads the second slash as a 1 glued to the year ('15/1 212025' is 15/12/2025).
const SHORT_SLASH_ONE = /(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d \d|\d{1,2})1((?:19|20)\d{2})(?!\d)/;

/** Find 'ngày DD tháng MM năm YYYY' (or DD/MM/YYYY) in a line; index is where it starts. */
export function findDate(text: string, allowShort = false): { iso: string | null; index: number; length: number; warnings: string[]; raw: string } | null {
  const sk = skeleton(text);
  let m = LONG.exec(sk) ?? LONG_LOOSE.exec(sk);
  m ??= LONG_NO_NGAY.exec(sk) ?? LONG_NO_THANG.exec(sk) ?? LONG_NO_NAM.exec(sk) ?? LONG_LOST_DAY.exec(sk);
  let short = false;
  if (!m && allowShort) { m = SHORT.exec(sk) ?? SHORT_SPLIT.exec(sk) ?? SHORT_SLASH_ONE.exec(sk); short = true; }
  if (!m) return null;
  // Look-alike letters read as the digits they stand for ('Ob' → 06); the length stays.
  let [day, month] = [m[1], m[2]].map((x) => x.replace(/ /g, '').replace(/\D/g, (c) => DIGIT_LOOKALIKES[c] ?? c));
  // (An S OCR made of a 3 where a 5 makes no date: 'ngày S1 tháng 12' is the 31st.)
  const y = Number(m[3].replace(' ', ''));
  if (!isoDate(Number(day), Number(month), y) && /[Ss]/.test(m[1])) {
    const three = m[1].replace(/ /g, '').replace(/\D/g, (c) => (/[Ss]/.test(c) ? '3' : DIGIT_LOOKALIKES[c] ?? c));
    if (isoDate(Number(three), Number(month), y)) day = three;
  }
  const [d, mo] = [Number(day), Number(month)];
  const warnings: string[] = [];
  const iso = isoDate(d, mo, y);
  if (!iso) warnings.push(/\D/.test(day) ? `unreadable day '${m[1]}' in date ${text.slice(m.index, m.index + m[0].length)}` : `impossible date ${day}/${month}/${m[3]}`);
  if (!short) {
    if (d < 10 && day.length < 2) warnings.push(`day ${d} should be written with a leading zero (Decree 30)`);
    if (mo <= 2 && month.length < 2) warnings.push(`month ${mo} should be written with a leading zero (Decree 30)`);
  }
  return { iso, index: m.index, length: m[0].length, warnings, raw: text.slice(m.index, m.index + m[0].length) };
}
