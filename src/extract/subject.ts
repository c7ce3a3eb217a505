/**
 * The trích yếu (subject): its lines joined and cleaned, and read again from the raw OCR words with
 * the rest of the document as context.
 */
import { spellCommittees } from './casing.js';
import { clean, dropStutters, unpairedQuotes } from './lines.js';
import { repairCitedSymbols } from './references.js';
import { withGarbledPhraseWord } from './issuer.js';
import { repairTypeBeforeSymbol } from './type-names.js';
import type { Explanation, Field, Line } from './types.js';
import { editDistance } from './text-match.js';
import { couldBeSyllable, hasVietnameseDiacritic, isSyllable, MARKED_WORD_AHEAD, skeleton } from '../restore/orthography.js';

/** Restores a span of the document's raw OCR text again, as one sentence; `context` is restored text of the same document. */
export type RestoreSpan = (raw: string, context?: string) => string;

/**
 * The trích yếu from its lines: joined, specks dropped — unpaired quotes, bars, and a full stop between two
 * lowercase words ('đề. nghị': a sentence never starts lowercase; 'v.v. và' keeps its own), glued
 * before a number ('năm.2025') or after a comma ('phòng,. chống').
 */
const GLUED_NUMBER = new RegExp(`(?<=(?:^|\\s)\\d+)${MARKED_WORD_AHEAD}`, 'gu');
export function subjectText(parts: string[]): string {
  // A dash set apart ending a line after a word, the next line going on in small letters, is a speck ('giáo dục pháp
  // luật -' / '~ tỉnh năm 2026'); a name's own dash has a capital after it ('Lao động -' / 'Thương binh'), and a
  // span's a number before it ('2025 -' / '2030').
  // At a line's end, a colon set apart and what follows it, a dash and a word of a letter or two, are the next
  // column's specks ('Đảng Cộng sản Việt' / 'Nam : - Co'; 'quản lý hoạt : Co' / 'động du lịch').
  // A dash glued before a capitalised word opening a wrapped line is a speck ('thành lập' / '-Đoàn TNCS'); a title's
  // own dash, between names, stands apart.
  const joined = parts.map((p, k) => (k > 0 ? p.replace(/^[-–](?=\p{Lu}\p{Ll})/u, '') : p)).map((p) => p.replace(/\s+:(?:\s+[-–])?(?:\s+\p{L}{1,2})?\s*$/u, ''))
    .map((p, k, all) => (k < all.length - 1 && /\p{Ll}\s+[-–]$/u.test(p) && /^[^\p{L}\d]*\p{Ll}/u.test(all[k + 1]) ? p.replace(/\s+[-–]$/u, '') : p)).join(' ');
  return repairTypeBeforeSymbol(clean(unpairedQuotes(spellCommittees(withGarbledPhraseWord(dropStutters(joined))))
    // A number OCR glued to the word after it ('50năm'): a word with a Vietnamese mark is no unit's symbol (5km).
    .replace(GLUED_NUMBER, ' ')
    // A short word in capitals with a Vietnamese mark between two small words is OCR's capitals ('hồ SƠ thủ tục'):
    // no abbreviation has a mark on a vowel, and English ones (AI) have none at all.
    .replace(/(?<=\p{Ll},?\s)\p{Lu}{2,3}(?=\s\p{Ll})/gu, (w) => (hasVietnameseDiacritic(w) && isSyllable(w.toLowerCase()) ? w.toLowerCase() : w))
    // No title opens with 'và': OCR's reading of the Về that opens so many ('Va Jénh đạo' restored Và).
    .replace(/^Và(?=\s\p{L})/u, 'Về')
    // Nor with a two-letter word before việc but Về: OCR's reading of it ('La việc khen thưởng …').
    .replace(/^\p{L}{2}(?=\s+việc(?!\p{L}))/u, (w) => (/^\p{Lu}/u.test(w) ? 'Về' : 'về'))
    // A month of two digits OCR set apart ('tháng 1 1 năm 2025'): one number when it makes a month.
    .replace(/(?<=(?:^|\s)tháng )(1) ([0-2])(?= năm\s)/gu, '$1$2')
    // A lone digit OCR read twice after a word ('cho đối tượng 4 4 năm 2026'); not a month's two, read above.
    .replace(/(?<=\p{Ll} )([2-9]) \1(?=\s)/gu, '$1')
    // A dash glued to the Về opening 'Về việc' is a speck ('Về- việc'): no dash is written there.
    .replace(/^(Về|VỀ)[-–]\s*(?=(?:việc|VIỆC)(?!\p{L}))/u, '$1 ')
    // A dash glued between a word and a small function word is a speck for a space ('triển khai-các giải pháp'):
    // no compound is written with one.
    .replace(/(?<=\p{Ll})-(?=(?:các|những|và|của|cho|trong|về|với|để|tại|theo)(?!\p{L}))/gu, ' ')
    // A full stop glued between two words is a speck for a space ('Về.việc'); not in an address ('gov.vn').
    .replace(/(?<=\p{L}{2})\.(?=\p{Ll}{2,}(?![\p{L}.]))(?!vn|com|gov|org|net|edu)/gu, ' ')
    // A dash, quote or stop set apart between năm and its year is a speck ('6 tháng đầu năm - 2025', "năm ' 2025", 'năm . 2026'),
    // and so is a full stop or comma after năm ('năm. 2025').
    .replace(/(?<=\snăm)\s+[-–'‘’".,]\s+(?=(?:19|20)\d{2}(?!\d))/gu, ' ')
    .replace(/(?<=\snăm)[.,](?=\s+(?:19|20)\d{2}(?!\d))/gu, '')
    // A year ending the title with a stroke OCR read as a 1 glued before it ('Tết Nguyên đán Bính Ngọ' / '12026').
    .replace(/(?<=\s)1((?:19|20)\d{2})$/u, '$1')
    // A term's Roman I that OCR read as a 1 ('Hội đồng nhân dân phường khóa 1'): terms are numbered in Roman
    // numerals (the 2025 documents of the corpus: 101 to 3, those 3 a school's cohorts).
    .replace(/(?<=(?:^|\s)(?:khóa|khoá|Khóa) )1(?=$|[\s,.;])/gu, 'I')
    // A year after năm whose 2 OCR read as a Z ('năm Z025').
    .replace(/(?<=(?:^|\s)năm )[Zz](?=0\d{2}(?!\d))/gu, '2')
    // A date's year OCR split with a space ('(26/3/1 931 - 26/3/2026)'): one year when its four digits make one.
    .replace(/(?<=(?:^|[\s(])\d{1,2}\/\d{1,2}\/)(\d{1,3}) (\d{1,3})(?!\d)/gu, (all, a: string, b: string) => (/^(?:19|20)\d{2}$/.test(a + b) ? a + b : all))
    // A span of years with a space on one side of its dash only is OCR's ('2024- 2025'); '2025 - 2030' is written so.
    .replace(/(?<!\d)((?:19|20)\d{2})(?:-\s+|\s+-)((?:19|20)\d{2})(?!\d)/g, '$1-$2')
    // (But a term of office, and a period, are written with spaces, as the 2025 documents of the corpus write
    // them most: 'nhiệm kỳ 2025 - 2030' 43 times to 28, 'giai đoạn 2026 - 2030' 209 to 119.)
    .replace(/(?<=(?:nhiệm kỳ|[Gg]iai đoạn|GIAI ĐOẠN) )((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})(?!\d)/gu, '$1 - $2')
    // Symbols in the subject as the citations read them ('Chỉ thị số 05- CT/T W').
    .replace(/.+/s, (t) => repairCitedSymbols(t))
    // A bar, tilde, underscore, degree, copyright, plus or equals sign, single guillemet or currency sign set apart is a speck
    // (a line's edge read as '|'; 'tại ¢ cuộc họp'; a quote glued to it, 'Việt Nam ˆ''), and so is an exclamation mark
    // between words: a subject has none.
    .replace(/\s+[|~_°ˆ¨©®‹›+=¢£¥€§]+['‘’`]*(?=\s|$)/g, '').replace(/\s+!+(?=\s+[\p{L}\d])/gu, '')
    // So is a colon set apart before a word in small letters (a line's end: 'công trình :' / 'thủy lợi'); the
    // language writes a colon against its word. (Or two of them: 'nhân dân' / 'Xã : :' / 'nhiệm kỳ'.)
    .replace(/\s+(?::\s+)+(?=\p{Ll})/gu, ' ')
    // (And so is a semicolon set apart between two small words: 'sản xuất kinh doanh ; năm 2025'.)
    .replace(/(?<=\p{Ll})\s+;\s+(?=\p{Ll})/gu, ' ')
    // And a closing bracket set apart with none opened before it ('đơn vị ) sự nghiệp'); a comma glued to
    // the next word has its space put back ('mưa lớn,lũ quét').
    .replace(/^([^(]*?)\s+\)(?=\s)/u, '$1').replace(/(?<=\p{L}),(?=\p{L})/gu, ', ')
    // As is a run of o's ending it, the next column's speck ('sốt xuất huyết oo').
    .replace(/(?<=\p{L}{2,})\s+o{1,3}$/u, '')
    // And a lone small letter ending it ('sốt xuất huyết a'), but an item's ('điểm a').
    .replace(/(?<!(?:[Đđ]iểm|[Mm]ục|[Tt]iết|[Kk]hoản|[Pp]hụ lục)|\P{L}\p{L}?)\s+\p{Ll}$/u, '')
    // A title never ends in a word that joins to what follows ('… thi hành pháp luật của', the restorer's
    // word for a speck 'a:'), nor holds a full stop set apart ('phường . tháng 11').
    .replace(/\s+(?:của|và|về|với|cho|tại|theo)[\s:;,.]*$/u, '').replace(/\s+\.(?=\s+\p{L})/gu, '')
    .replace(/,\.(?=\s)/g, ',').replace(/(?<=\p{Ll}{2})\.\s+(?=\p{Ll})/gu, ' ').replace(/(?<=\p{Ll})\.(?=\d)/gu, ' ')
    // A Party committee named for its unit writes its ủy small ('Thị ủy', not OCR's 'Thị Ủy').
    .replace(/(?<=(?:^|\s)(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng) )Ủy(?=$|[\s,.;])/gu, 'ủy')
    // A lone capital between a word and a name, other than a Roman numeral ('của L Ban Thường vụ').
    .replace(/(?<=\p{Ll} )[A-HJ-UWYZ] (?=\p{Lu})/gu, '')))
    // The Nam of Việt Nam read as năm where a line began with it ('Việt' / '. Năm (03/02/1930 …').
    .replace(/(?<=(?:^|\s)Việt )Năm(?=$|[\s,.;()])/gu, 'Nam');
}

/**
 * The words of a restored part as the raw line has them: restoration keeps one word per OCR token,
 * so when the line has as many words both ways, the part's words sit at the same places. Null when
 * the counts differ (a word split or joined) or the part is not found.
 */
export function rawWords(part: string, line: Line): string | null {
  const words = line.text.trim().split(/\s+/), raw = line.raw.trim().split(/\s+/);
  const want = part.trim().split(/\s+/);
  if (words.length !== raw.length || !want[0]) return null;
  for (let k = 0; k + want.length <= words.length; k++) {
    // (A part may have lost a speck at its ends, so its first and last words are matched loosely.)
    if (want.every((w, j) => words[k + j] === w || ((j === 0 || j === want.length - 1) && words[k + j].includes(w)))) {
      return raw.slice(k, k + want.length).join(' ');
    }
  }
  return null;
}

/**
 * The raw words of the longest run of a part's first words that stands on its line, and how many words that
 * run has (a part joined from lines holds its first line's words first); null when none does.
 */
export function rawWordsOfFirstLine(part: string, line: Line): { raw: string[]; n: number } | null {
  const words = part.split(' ');
  for (let n = words.length; n > 0; n--) {
    const raw = rawWords(words.slice(0, n).join(' '), line);
    if (raw) return { raw: raw.split(' '), n };
  }
  return null;
}

/**
 * The subject's raw words restored again as one sentence, in reading order, beside the rest of the
 * document's restored text. A V/v subject beside the place-date column was restored line by line,
 * each piece next to the other column's words ('tổ chức kifm' | 'Buôn Ma Thuột, ngày …' | 'tra cuối
 * học kỳ'): that reading is kept whole (`whole`) when it has as many words. Lines under a title were
 * read in order already; of a new reading only the words that make a pair the document itself writes
 * elsewhere are taken ('các chú bộ' → 'các chi bộ' beside '… chi bộ …'), not the new reading's other
 * guesses.
 */
export function rereadSubject(field: Field, parts: string[], from: Line[], lines: Line[], restoreSpan: RestoreSpan | undefined,
  explain: Explanation[], whole: boolean): void {
  if (!restoreSpan) return;
  const raw = parts.map((p, k) => rawWords(p, from[k]));
  if (raw.some((r) => r === null)) return;
  // (Specks at a raw word's ends were cleaned off the restored part: ''nhiệm', 'Quốc :'.)
  // (And a V/v run into the first word by a speck: "V/v'dén".)
  // (Straight quotes that pair up quote a name, 'Quỹ "Vì người nghèo"', and are kept: without them
  // the words read otherwise, 'Quy Với người'.)
  const quoted = /"/.test(raw.join(' ')) && raw.join(' ').split('"').length % 2 === 1;
  const endSpecks = quoted ? /^[‘’'`“”„~|¦]+|[~|¦:]+$/gu : /^[‘’'`"“”„~|¦]+|[~|¦:]+$/gu;
  const words = raw.join(' ').split(' ').map((w) => w.replace(/^V\/v[‘’'`"“:.]+(?=\p{L})/u, '').replace(endSpecks, '')).filter(Boolean);
  // The subject's own lines are no context for it: their errors would vouch for themselves.
  const context = otherText(lines, from);
  const again = subjectText([restoreSpan(words.join(' '), context)]);
  const old = field.value.split(' '), now = again.split(' ');
  if (again === field.value || now.length !== old.length) return;
  let value = again;
  if (!whole) {
    const pairs = wordPairs(context);
    const said = (a: string | undefined, b: string | undefined) => !!a && !!b && pairs.has(`${bare(a)} ${bare(b)}`);
    value = old.map((w, k) => (now[k] !== w && (said(now[k - 1], now[k]) || said(now[k], now[k + 1])) ? now[k] : w)).join(' ');
    if (value === field.value) return;
  }
  explain.push({ field: 'subject', rule: whole ? 'subject restored again as one sentence, in reading order' : 'subject words read again as the document writes them elsewhere', evidence: field.evidence, rejected: [field.value] });
  field.value = value;
}

/**
 * Two subject words the restorer read as other letters than OCR printed ('Hoi thi' → Hồi thẻ, the legal
 * corpus knowing 'thu hồi thẻ nhà báo'), where the document writes elsewhere a pair with exactly the
 * printed letters (… tổ chức Hội thi …): that pair is the reading. Only where one such pair fits, and
 * where the restorer's reading changed a letter OCR printed (so its error made again elsewhere, which
 * would keep those letters changed, does not vouch for itself).
 */
export function pairsAsPrinted(field: Field, parts: string[], from: Line[], lines: Line[], explain: Explanation[],
  phraseScore?: PhraseScore): void {
  const raw = parts.map((p, k) => rawWords(p, from[k]));
  if (raw.some((r) => r === null)) return;
  const printed = raw.join(' ').split(' ').filter(Boolean), old = field.value.split(' ');
  if (printed.length !== old.length) return;
  const letters = (w: string) => skeleton(bare(w));
  // The document's pairs by their letters.
  const byLetters = new Map<string, string[]>();
  for (const pair of runCounts(otherText(lines, from)).keys()) {
    const key = pair.split(' ').map(letters).join(' ');
    const same = byLetters.get(key);
    if (same) same.push(pair); else byLetters.set(key, [pair]);
  }
  const out = [...old];
  for (let k = 0; k + 1 < old.length; k++) {
    const a = printed[k], b = printed[k + 1];
    if (!/^\p{L}+$/u.test(bare(a)) || !/^\p{L}+$/u.test(bare(b))) continue;
    if (letters(old[k]) === letters(a) && letters(old[k + 1]) === letters(b)) continue;
    const found = byLetters.get(`${letters(a)} ${letters(b)}`);
    if (!found) continue;
    // Letters leave the marks open ('hội thi', 'hội thì'): of the document's pairs, the one the
    // language model reads best between the subject's words on either side.
    const score = (pair: string) => phraseScore ? phraseScore([old[k - 1], ...pair.split(' '), old[k + 2]].filter(Boolean).map(bare)) : 0;
    const ranked = found.map((p) => ({ p, s: score(p) })).sort((x, y) => y.s - x.s);
    if (ranked.length > 1 && ranked[0].s === ranked[1].s) continue;
    const [x, y] = ranked[0].p.split(' ');
    if (bare(old[k]) === x && bare(old[k + 1]) === y) continue;
    // (Each word keeps its case and the punctuation at its ends.)
    const as = (w: string, v: string) => w.replace(/\p{L}+/u, /^[^\p{L}]*\p{Lu}/u.test(w) ? v.charAt(0).toUpperCase() + v.slice(1) : v);
    out[k] = as(out[k], x); out[k + 1] = as(out[k + 1], y);
  }
  const value = out.join(' ');
  if (value === field.value) return;
  explain.push({ field: 'subject', rule: 'subject words read with the letters OCR printed, as the document writes them elsewhere', evidence: field.evidence, rejected: [field.value] });
  field.value = value;
}

/** A word as a pair key: lower case, without punctuation at its ends. */
const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');

/** How often a text writes each run of n words (pairs: 'chi bộ'), lower case, not across punctuation or lines. */
function runCounts(text: string, n = 2): Map<string, number> {
  const seen = new Map<string, number>();
  for (const chunk of text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\d ]+/u)) {
    const w = chunk.split(' ').filter(Boolean);
    for (let k = n - 1; k < w.length; k++) {
      const run = w.slice(k - n + 1, k + 1).join(' ');
      seen.set(run, (seen.get(run) ?? 0) + 1);
    }
  }
  return seen;
}

/** For each run of n − 1 words a text writes, the words it writes right after that run ('after') or right before it ('before'). */
function neighbours(text: string, n: number, side: 'after' | 'before'): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const run of runCounts(text, n).keys()) {
    const w = run.split(' ');
    const [key, word] = side === 'after' ? [w.slice(0, -1).join(' '), w[w.length - 1]] : [w.slice(1).join(' '), w[0]];
    const set = out.get(key);
    if (set) set.add(word); else out.set(key, new Set([word]));
  }
  return out;
}

/**
 * Word pairs a text writes at least twice, not across punctuation: once may be the same error the
 * restorer made in the subject, made again.
 */
function wordPairs(text: string): Set<string> {
  return new Set([...runCounts(text)].filter(([, n]) => n >= 2).map(([p]) => p));
}

/** The text of the document's lines other than the subject's own, a line each. */
const otherText = (lines: Line[], from: Line[]) => lines.filter((l) => !from.includes(l)).map((l) => l.text).join('\n');

// The sexagenary cycle: a lunar year's name is its stem (by year % 10) and its branch (by year % 12).
const STEMS = ['Canh', 'Tân', 'Nhâm', 'Quý', 'Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ'];
const BRANCHES = ['Thân', 'Dậu', 'Tuất', 'Hợi', 'Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi'];
/** The lunar year's name for a calendar year ('2025' → Ất Tỵ, the year whose Tết falls in it). */
export const lunarYearName = (year: number): string => `${STEMS[year % 10]} ${BRANCHES[year % 12]}`;
const STEM_KEYS = new Set(STEMS.map((s) => skeleton(s).toLowerCase()));
const letters = (s: string) => skeleton(s).toLowerCase();

/**
 * The lunar year a Tết or spring names ('Tết Nguyên đán Ất Tỵ', 'Xuân Bính Ngọ'): the restorer knows
 * few such names and OCR drops their marks ('At Ty' read as Ất Tự). Two words after Nguyên đán, Tết or
 * Xuân whose first is a stem by its letters, and which are a letter from the name of the document's
 * year or the one after or before it, take that name.
 */
export function spellLunarYear(subject: string, year: number): string {
  return subject.replace(/(?<=(?:Nguyên đán|Tết|Xuân)\s+)(\p{L}+)\s+(\p{L}+)/gu, (all, stem: string, branch: string) => {
    if (!STEM_KEYS.has(letters(stem))) return all;
    return [year + 1, year, year - 1].map(lunarYearName).find((n) => editDistance(letters(n), letters(all)) <= 1) ?? all;
  });
}

/**
 * A word as the echo search compares it: lower case, NFC, without punctuation at its ends but a
 * comma, semicolon or colon after it kept as a comma ('thu,' is not the 'thu' of 'thu nợ,').
 */
const echoKey = (w: string) => {
  const key = bare(w.normalize('NFC'));
  return key && /[\p{L}\d][^\p{L}\d]*[,;:][^\p{L}\d]*$/u.test(w) ? `${key},` : key;
};
const unComma = (k: string) => k.replace(/,$/, '');
const commasOf = (ks: string[]) => ks.map((k) => k.endsWith(',')).join();

/**
 * A subject word or two the restorer got wrong, put right from the document's own echo of its title
 * when the language model prefers it:
 * a decision's Điều 1 or a letter's first sentence repeats the trích yếu ('Ban hành Quy định phân cấp
 * SẼ lý cụm công nghiệp' / 'Điều 1. Ban hành … Quy định phân cấp quản lý cụm công nghiệp'). A span of
 * one or two words is replaced when the rest of the document holds exactly one other reading between
 * the same two words before and two after, and never the subject's own.
 */
export type PhraseScore = (words: string[]) => number;

// Words a number or a Roman numeral follows ('quý I', 'khóa I', 'giai đoạn I', 'đợt 1', 'tháng 1').
export const NUMBERED = new Set(['quý', 'khóa', 'khoá', 'đoạn', 'phần', 'chương', 'mục', 'lần', 'đợt', 'hạng', 'loại', 'cấp', 'nhóm', 'vùng', 'kỳ', 'thứ', 'tập', 'bậc', 'vực', 'tuyến', 'độ', 'số', 'ngày', 'tháng']);
/** How much better (log10) the model must read two words without a stroke between them to drop it. */
const STROKE_MARGIN = 2;

export function echoSubject(field: Field, from: Line[], lines: Line[], explain: Explanation[], phraseScore: PhraseScore): void {
  const words = field.value.split(' ');
  const keys = words.map(echoKey);
  const other = otherText(lines, from);
  const rest = other.split(/\s+/).map(echoKey).filter(Boolean);
  // Words shortly after a cited symbol are another document's title ('Công điện số 21/CĐ-TTg … về việc
  // tập trung ứng phó với bão'), often this one's but for a word: an echo of it only for words that are
  // no syllable ('phòng, chống lel dịch tả lợn' beside a cited '… về phòng, chống bệnh dịch tả lợn').
  // (In one pass: how far each word stands after the last symbol before it.)
  let lastSymbol = -Infinity;
  const cited = rest.map((k, j) => {
    const near = j - lastSymbol <= 15;
    if (/\d[/-]\p{L}*\/?\p{L}|\d\/\d{4}\//u.test(k)) lastSymbol = j;
    return near;
  });
  const at = new Map<string, number[]>();
  rest.forEach((k, j) => { const list = at.get(k); if (list) list.push(j); else at.set(k, [j]); });
  let changed = false;
  for (const span of [1, 2]) {
    for (let i = 0; i + span <= words.length; i++) {
      const own = keys.slice(i, i + span).join(' ');
      // (Its commas where the subject's are: 'thu, nộp' is not 'thu nợ,'.)
      const ownCommas = commasOf(keys.slice(i, i + span));
      const ownWords = keys.slice(i, i + span).every((k) => isSyllable(unComma(k)));
      // The readings the rest of the document holds between l words before and r after.
      const readingsIn = (l: number, r: number): Set<string> | null => {
        if (i < l || i + span + r > words.length || keys.slice(i - l, i + span + r).some((k) => !k)) return null;
        const before = keys.slice(i - l, i), after = keys.slice(i + span, i + span + r);
        const found = new Set<string>();
        for (const j of at.get(before[0] ?? after[0]) ?? []) {
          const start = before.length ? j : j - span;
          if (start < 0 || (cited[start] && ownWords) || !before.every((k, q) => rest[start + q] === k)) continue;
          const mid = rest.slice(start + l, start + l + span);
          if (mid.length === span && commasOf(mid) === ownCommas && after.every((k, q) => rest[start + l + span + q] === k)) found.add(mid.join(' '));
        }
        return found;
      };
      // (Two words on each side: at the subject's ends the other side of an echo is other text. Failing an
      // echo so, a word of one reading where the document holds it both with two words before and one after and
      // with one before and two after: 'Lịch tiếp đồng dân định kỳ' beside '… lịch tiếp công dân như sau' and
      // '… xã tiếp công dân định kỳ …'.)
      let l = 2, r = 2, readings = readingsIn(2, 2);
      if (!readings?.size && span === 1) {
        const left = readingsIn(2, 1), right = readingsIn(1, 2);
        if (left?.size === 1 && right?.size === 1 && [...left][0] === [...right][0]) [l, r, readings] = [1, 2, right];
      }
      if (!readings || readings.size !== 1 || readings.has(own)) continue;
      const before = keys.slice(i - l, i), after = keys.slice(i + span, i + span + r);
      const reading = [...readings][0].split(' ');
      // The echo may be damaged too ('kinh sots xăng'): taken only where the language model reads it
      // better than the subject's words between the same neighbours.
      const window = (mid: string[]) => [...before, ...mid, ...after].map(unComma);
      if (phraseScore(window(reading)) <= phraseScore(window(keys.slice(i, i + span)))) continue;
      // Each new word keeps the old one's Title case and its punctuation ('tạm,').
      for (let q = 0; q < span; q++) {
        const old = words[i + q], lead = old.match(/^[^\p{L}\d]*/u)![0], tail = old.match(/[^\p{L}\d]*$/u)![0];
        const w = unComma(reading[q]);
        // (A word in capitals amid small letters is OCR's, not a capital the subject meant: 'SẼ lý'.)
        const title = /^\p{Lu}\p{Ll}/u.test(old.slice(lead.length));
        words[i + q] = `${lead}${title ? w.charAt(0).toUpperCase() + w.slice(1) : w}${tail}`;
        keys[i + q] = echoKey(words[i + q]);
      }
      changed = true;
    }
  }
  // A word of one letter OCR made of a speck amid the title ('trưng bày chuyên ở đề'): dropped where the
  // rest of the document writes the two words before it straight on to the one after, and never with it, and
  // the language model reads it better so.
  for (let i = 2; i + 1 < words.length; i++) {
    const k = keys[i];
    if (!k || !/^\p{L}$/u.test(k) || keys.slice(i - 2, i + 2).some((x) => !x)) continue;
    const [b0, b1] = keys.slice(i - 2, i), a0 = keys[i + 1];
    let without = false, withIt = false;
    for (const j of at.get(b0) ?? []) {
      if (rest[j + 1] !== b1) continue;
      if (rest[j + 2] === a0) without = true;
      if (rest[j + 2] === k && rest[j + 3] === a0) withIt = true;
    }
    const window = (mid: string[]) => [b0, b1, ...mid, a0, keys[i + 2] ?? ''].filter(Boolean).map(unComma);
    if (!without || withIt || phraseScore(window([])) <= phraseScore(window([k]))) continue;
    words.splice(i, 1);
    keys.splice(i, 1);
    changed = true;
  }
  // A stroke OCR read as a 1 or a bar between two words the model reads far better together ('Tổng 1 kết hoạt động'):
  // no number stands there.
  for (let i = 1; i + 1 < words.length; i++) {
    if (!/^[1|]$/.test(words[i]) || !/\p{L}$/u.test(words[i - 1]) || NUMBERED.has(words[i - 1].toLowerCase()) || !/^\p{Ll}+$/u.test(words[i + 1])) continue;
    const around = (mid: string[]) => [...words.slice(Math.max(0, i - 2), i), ...mid, ...words.slice(i + 1, i + 3)].map((w) => unComma(echoKey(w) || w));
    if (phraseScore(around([])) - phraseScore(around([words[i]])) < STROKE_MARGIN) continue;
    words.splice(i, 1);
    keys.splice(i, 1);
    changed = true;
  }
  if (changed) {
    explain.push({ field: 'subject', rule: 'subject words read as the document repeats its title elsewhere', evidence: field.evidence, rejected: [field.value] });
    field.value = words.join(' ');
  }
  fillDestroyed(field, from, other, explain, phraseScore);
}

/**
 * Restored words of the subject's lines whose OCR word was destroyed, and how: 'kept' where the restorer
 * made no syllable of it ('nhn', 'Rghisp'), 'lost' where it was a capitalised run of letters no
 * syllable could be, read mid-sentence ('tốt Ee', 'thanh Es' → Sổ). Lines whose restored and raw word
 * counts differ are skipped (a word split or joined).
 */
function destroyedWords(from: Line[]): Map<string, { raw: string; how: 'kept' | 'lost' }> {
  const out = new Map<string, { raw: string; how: 'kept' | 'lost' }>();
  for (const l of from) {
    const words = l.text.trim().split(/\s+/), raw = l.raw.trim().split(/\s+/);
    if (words.length !== raw.length) continue;
    words.forEach((w, k) => {
      const r = raw[k].replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''), key = bare(w);
      // (Numbers, single letters and capitals-only codes are other rules' business.)
      if (!/^\p{L}{2,}$/u.test(r) || /^\p{Lu}+$/u.test(r) || !key) return;
      if (k > 0 && /^\p{Lu}\p{Ll}+$/u.test(r) && /^\p{Ll}/u.test(raw[k - 1]) && !couldBeSyllable(r)) out.set(key, { raw: r, how: 'lost' });
      else if (!isSyllable(key)) out.set(key, { raw: r, how: 'kept' });
    });
  }
  return out;
}

/**
 * A subject word OCR destroyed ('công nhận tốt Ee đại học'), read as the body writes a word after
 * the one before it ('công nhận tốt nghiệp cho …'): of such words the one
 * the language model reads best between the subject's two words on each side, when it reads it better
 * than the destroyed word.
 */
function fillDestroyed(field: Field, from: Line[], other: string, explain: Explanation[], phraseScore: PhraseScore): void {
  const gone = destroyedWords(from);
  if (!gone.size) return;
  const words = field.value.split(' ');
  const keys = words.map(bare);
  // The words the body writes after each word; and before each pair of words, for the subject's
  // first word, which has no word before it: anchored on the two after it ('Gr định mức' beside
  // '… quy định mức chi …').
  const next = neighbours(other, 2, 'after');
  const before2 = neighbours(other, 3, 'before');
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const hurt = gone.get(keys[i]);
    if (!hurt || (i > 0 && !keys[i - 1]) || (i === 0 && (!keys[1] || !keys[2]))) continue;
    // (Only after the word before: a word the body writes before the next one fits the subject's
    // word before it no better than the destroyed one did — 'tổ Sắt đại hội' is not 'tổ về đại hội'.)
    const first = i === 0;
    const cands = (first ? before2.get(`${keys[1]} ${keys[2]}`) : next.get(keys[i - 1])) ?? [];

    // (The first word after a sentence's start: no trigram would weigh the word itself otherwise.)
    const window = (w: string) => [...(first ? ['<s>', '<s>'] : keys.slice(Math.max(0, i - 2), i)), w, ...keys.slice(i + 1, i + 3)].filter(Boolean);
    let best = '', bestScore = phraseScore(window(keys[i]));
    for (const c of cands) {
      // (A word the restorer kept is still letters OCR read: the body's word must be near them.)
      // (The first word, anchored on two, may be further from them: 'Gr' for Quy.)
      if (!isSyllable(c) || (hurt.how === 'kept' && editDistance(skeleton(c), skeleton(hurt.raw).toLowerCase()) > (first ? 3 : 2))) continue;
      const s = phraseScore(window(c));
      if (s > bestScore) { best = c; bestScore = s; }
    }
    if (!best) continue;
    const old = words[i], lead = old.match(/^[^\p{L}\d]*/u)![0], tail = old.match(/[^\p{L}\d]*$/u)![0];
    // (A capital opening the subject stays: 'Quy định …'.)
    words[i] = `${lead}${first && /^\p{Lu}/u.test(old.slice(lead.length)) ? best.charAt(0).toUpperCase() + best.slice(1) : best}${tail}`;
    keys[i] = best;
    changed = true;
  }
  if (!changed) return;
  explain.push({ field: 'subject', rule: 'subject word OCR destroyed, read as the body writes it beside the same word', evidence: field.evidence, rejected: [field.value] });
  field.value = words.join(' ');
}
