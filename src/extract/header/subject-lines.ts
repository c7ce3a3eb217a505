import { clean, evidenceOf } from '../lines.js';
import { findDate } from '../dates.js';
import { opensAddressees } from '../recipients.js';
import { echoSubject, NUMBERED, pairsAsPrinted, rawWords, rereadSubject, subjectText } from '../subject.js';
import { looseKey, similarity } from '../text-match.js';
import { MOTTO_2, UNIT_WORDS, URGENCY, VILLAGE_UNITS } from '../vocabulary.js';
import { couldBeSyllable, skeleton } from '../../restore/orthography.js';
import type { Gazetteer } from '../../restore/place-names.js';
import type { Line } from '../types.js';
import { splitColumns } from './columns.js';
import type { HeaderContext, HeaderFields } from './fields.js';
import { BODY_START, isCaps, letterCount, markIn, type Segment } from './segments.js';

/** A run of o's OCR printed at a subject line's end, after a word or a number: 'trong mùa oo', 'năm 2025 oo'. */
const O_SPECK = /(?<=[\p{L}\d]{2,})\s+o{1,3}$/u;

/**
 * A V/v line's words without the next column's speck at their end: a run of o's ('trong mùa oo' /
 * 'mưa năm 2025'), or a lone consonant OCR printed there, which the restorer made a word of ('Ky thi g'
 * read 'Kỳ thi động'), or a short one before a colon ('lao dong, Ce :').
 */
function withoutEdgeSpeck(part: string, line: Line): string {
  // (And a colon or bar set apart and one capital after it: 'dịch sốt xuất huyết : I', the seal's edge.)
  const out = part.replace(O_SPECK, '').replace(/(?<=\p{L})\s+[:|¦]\s+\p{Lu}$/u, '');
  const printed = rawWords(out, line)?.split(' ');
  // (Or one or two letters opening with a capital before a colon set apart, ending the printed line:
  // 'lao dong, Ce :'; a small word there is the subject's, 'chinh sach ho :' / 'tro …' hỗ trợ.)
  const colon = /\s\p{Lu}\S?\s+:\s*$/u.test(line.raw) && /^\p{Lu}\S?$/u.test(printed?.[printed.length - 1] ?? '');
  // (Or a run of o's and a short capitalized word after it, which the restorer made words of: 'tiép cong dan oo Co'
  // read 'tiếp công dân ô Cáo'.)
  if (printed && printed.length > 3 && /^o{2,3}$/u.test(printed[printed.length - 2]) && /^\p{Lu}\p{Ll}?$/u.test(printed[printed.length - 1])) {
    return out.replace(/(?:\s+\S+){2}$/u, '');
  }
  // (Or the run of o's alone, which the restorer made a word of: 'hang hoa oo' read 'hàng hóa ở'.)
  if (printed && printed.length > 2 && /^o{2,3}$/u.test(printed[printed.length - 1])) return out.replace(/\s+\S+$/u, '');
  return printed && printed.length > 2 && (/^[bcdđghklmnpqrstvx]$/u.test(printed[printed.length - 1]) || colon) ? out.replace(/\s+\S+$/u, '') : out;
}

// The words that invite, in a Giấy mời's first sentence.
const INVITES = /(?:^|\s)(?:trân trọng\s+)?kính mời(?=[\s:]|$)/iu;
// A number of two digits or more alone on a line, a letter after it at most ('295C', '2026').
const LONE_NUMBER = /^\d{2,}\p{Lu}?$/u;

/**
 * A title line without a lone letter OCR printed after the year ending it ('… năm' / '2025 N |', '2025 x'), which
 * the restorer made a word of (Đang, xử): no title goes on past its year with one letter.
 */
function yearEndSpeck(part: string, line: Line): string {
  const raw = line.raw.trim().split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
  // (Or a few words no syllable could be, a run of o's among them: '2025 - 2030 oo Loo |', the other column's dust.)
  const year = raw.map((w) => /^(?:19|20)\d{2}$/.test(w)).lastIndexOf(true), tail = raw.slice(year + 1);
  if (year >= 0 && tail.length >= 2 && tail.length <= 3 && tail.some((w) => /^o{2,3}$/u.test(w)) && tail.every((w) => !couldBeSyllable(w.toLowerCase().replace(/[^\p{L}]/gu, '')))) {
    return part.replace(/(?<=(?:19|20)\d{2})(?:\s+\S+){1,4}$/u, '');
  }
  if (raw.length < 2 || !/^\p{L}$/u.test(raw[raw.length - 1]) || !/^(?:19|20)\d{2}$/.test(raw[raw.length - 2])) return part;
  return part.replace(/(?<=(?:19|20)\d{2})\s+\p{L}+(?=[^\p{L}\d]*$)/u, '');
}

/**
 * A title line without a lone stroke OCR printed between a word and a capitalized one ('Hop I Ban Chi dao',
 * which the restorer read Họp Hội Ban): no Roman numeral stands there but after a word that numbers.
 */
function strokeSpecks(part: string, line: Line): string {
  const printed = rawWords(part, line)?.split(' ');
  if (!printed) return part;
  const words = part.split(' ');
  // (Or a 1 before 'năm' and a year, after a word that numbers nothing, a team or a place either: 'phong trào Chữ
  // thập đỏ 1 năm 2025'; one year is no count a title gives before the year's number.)
  const oneBeforeYear = (k: number) => /^[1Il|]$/.test(printed[k]) && words[k + 1] === 'năm' && /^(?:19|20)\d{2}$/.test(words[k + 2] ?? '') &&
    !VILLAGE_WORDS.has(words[k - 1]) && !COUNTED_UNITS.has(words[k - 1].toLowerCase());
  const speck = (k: number) => k > 0 && /^\p{L}\p{Ll}+$/u.test(words[k - 1]) && !NUMBERED.has(words[k - 1].toLowerCase()) &&
    ((/^[Il|]$/.test(printed[k]) && /^\p{Lu}\p{Ll}/u.test(words[k + 1] ?? '')) || oneBeforeYear(k));
  return words.filter((_, k) => !speck(k)).join(' ');
}

/** A subject line's text without an urgency mark in capitals ending it ('… trên địa bàn huyện KHẨN'), and the mark. */
function urgencyAtEnd(text: string): { text: string; mark?: string } {
  const words = text.split(' ');
  const n = [2, 1].find((k) => words.length > k && isCaps(words.slice(-k).join(' ')) && markIn(words.slice(-k).join(' '), URGENCY)) ?? 0;
  return n ? { text: words.slice(0, words.length - n).join(' '), mark: markIn(words.slice(-n).join(' '), URGENCY) } : { text };
}

/** The V/v subject of a Công văn: its first line and the lines of its column under it. */
export function vvSubject(vv: Segment, f: HeaderFields, ctx: HeaderContext): void {
  const { lines, restoreSpan, phraseScore, explain } = ctx;
  // A dash or speck set apart at its end belongs to no word ('vệ sinh, -'); its comma does.
  // (Nor does an urgency mark OCR merged onto it from the column beside, a speck before it: 'chống : KHẨN'.)
  const first = urgencyAtEnd(vv.text.replace(/^V\/v[\s‘’'`"“:.]*/iu, ''));
  if (first.mark) f.urgency ??= { value: first.mark, confidence: 0.8, evidence: evidenceOf(vv.line, vv.text) };
  const parts = [withoutEdgeSpeck(first.text.replace(/\s+[-–—~|:]+\s*$/u, ''), vv.line)];
  const from = [vv.line];
  for (let i = vv.index + 1; i < Math.min(lines.length, vv.index + 5); i++) {
    const segs = splitColumns(lines[i].text);
    // (A left column of specks only, the line's words set far right of it, lowercase: the subject goes
    // on there, OCR having spaced it out — '!' / 'tố tụng'.)
    const shifted = segs.length === 2 && letterCount(segs[0]) === 0 && /^\p{Ll}/u.test(segs[1]) && !findDate(segs[1]);
    const left = shifted ? clean(segs[1]) : segs[0] ? clean(segs[0]) : '';
    // OCR may leave a blank line inside the V/v column; a lowercase line after it continues it.
    // (So does a number alone after the blank, the last word of a wrapped name: 'dự án đường tỉnh' / '295C'.)
    if (!left && (/^\s*[‘'`"“~|]*\s*\p{Ll}/u.test(lines[i + 1]?.text ?? '') || LONE_NUMBER.test(clean(lines[i + 1]?.text ?? '')))) continue;
    // A lowercase line continues the subject even when it reads like a body opener ('thực hiện …').
    const opener = (BODY_START.test(left) || opensAddressees(left)) && !/^\p{Ll}/u.test(left);
    // The place-date column merged onto a subject line ('toán ngân sách nhà nước năm Hà Nội, ngày …'):
    // the words before the place's capitalized run continue the subject, and it ends there.
    const dated = findDate(left);
    if (dated && !opener) {
      const words = left.slice(0, dated.index).replace(/,\s*$/, '').trim().split(' ');
      let k = words.length;
      // (Only the place's own words when they end the run, as the place-date line was read: 'chữa bệnh dịp
      // Tết Hà Nội, ngày …' keeps Tết.)
      const place = f.place?.value.split(' ') ?? [];
      if (place.length && words.length > place.length && looseKey(words.slice(-place.length).join(' ')) === looseKey(place.join(' '))) k -= place.length;
      else while (k > 0 && /^[‘'"“`]*\p{Lu}/u.test(words[k - 1])) k--;
      if (k > 0 && k < words.length) { parts.push(words.slice(0, k).join(' ')); from.push(lines[i]); }
      // Its last word may wrap to the next line alone ('2026').
      if (k > 0 && /^\d{4}$/.test(clean(lines[i + 1]?.text ?? ''))) { parts.push(clean(lines[i + 1].text)); from.push(lines[i + 1]); break; }
      // And the subject may go on under the place-date line, a name it was cutting ('dịp Tết' / 'Nguyên đán Bính Ngọ 2026').
      if (k > 0 && k < words.length && /^[‘'"“`]*\p{Lu}/u.test(words[k - 1]) && /^\s*\p{Lu}\p{Ll}/u.test(lines[i + 1]?.text ?? '')) continue;
      break;
    }
    // An urgency mark under the V/v column ends it ('a HỎA TỐC'; the restorer may have made a
    // word of the speck, so the raw line is read too).
    const urgent = markIn(left, URGENCY) ?? markIn(clean(lines[i].raw), URGENCY);
    if (urgent) {
      f.urgency ??= { value: urgent, confidence: 0.85, evidence: evidenceOf(lines[i], left) };
      break;
    }
    if (!left || opener || (isCaps(left) && !LONE_NUMBER.test(left)) || similarity(left, MOTTO_2, 0.6) > 0.6) break;
    // Or beside a subject line, OCR having merged the columns ('… trên địa bàn huyện KHẨN'): the mark
    // is no part of the subject.
    const beside = urgencyAtEnd(left);
    if (beside.mark) f.urgency ??= { value: beside.mark, confidence: 0.8, evidence: evidenceOf(lines[i], left) };
    // (A dash after a year ending the line opens a span the next line closes: 'vụ Đông Xuân 2025 -' / '2026'.)
    const span = /(?:19|20)\d{2}\s*[-–]\s*$/u.test(lines[i].text) && /^\s*(?:19|20)\d{2}(?!\d)/u.test(lines.slice(i + 1, i + 3).find((l) => l.text.trim())?.text ?? '');
    parts.push(`${withoutEdgeSpeck(beside.text, lines[i])}${span ? ' -' : ''}`);
    from.push(lines[i]);
  }
  f.subject = { value: withoutEndSpeck(subjectText(parts), ctx.places), confidence: 0.85, evidence: evidenceOf(vv.line, vv.text) };
  rereadSubject(f.subject, parts, from, lines, restoreSpan, explain, parts.length >= 2);
  pairsAsPrinted(f.subject, parts, from, lines, explain, phraseScore);
  if (phraseScore) echoSubject(f.subject, from, lines, explain, phraseScore);
}

/**
 * The trích yếu under the type title: the lines up to a blank line or the body's first words.
 * Returns the index of the line after it (-1: none found).
 */
export function titleSubject(titleIdx: number, f: HeaderFields, ctx: HeaderContext): number {
  const { lines, restoreSpan, phraseScore, explain } = ctx;
  const parts: string[] = [];
  let i = titleIdx + 1;
  while (i < lines.length && !lines[i].text.trim()) i++;
  const first = i;
  // A trích yếu may itself begin 'Thực hiện …': a short block under the title, closed by a blank
  // line and not ending like a body paragraph (';', ':', '.'), is the subject whatever its first words.
  let end = first;
  while (end < lines.length && lines[end].text.trim()) end++;
  const block = end > first && end - first <= 6 && end < lines.length && !/[;:.]$/.test(lines[end - 1].text.trim()) &&
    !lines.slice(first, end).some((l, k) => k > 0 && isCaps(clean(l.text)));
  // Inside such a block, a later line opening the body with a capital ends it when the first did
  // not ('kết quả …' / 'Thực hiện Nghị quyết …' with no blank line between).
  // (A first line in small letters is the subject's, whatever its words: 'thực hiện công tác …' / 'Căn cứ …'.)
  const firstText = clean(lines[first]?.text ?? '');
  // (Nor a first 'Thực hiện …' line that cites nothing and ends on no stop, the body opening again on the next line
  // behind a dash OCR glued: 'Thực hiện công tác Hội … năm 2026' / '-Thực hiện Hướng dẫn số 40/HD-HPN …'.)
  const nextText = clean(lines[first + 1]?.text ?? '').replace(/^[-–~|'‘`.]+\s*/u, '');
  const titled = /^Thực hiện\s/u.test(firstText) && !/[;:,.]$/u.test(firstText) && !/\s(?:số|Số)\s/u.test(firstText) &&
    BODY_START.test(nextText) && /^\p{Lu}/u.test(nextText);
  const firstOpens = BODY_START.test(firstText) && /^\p{Lu}/u.test(firstText) && !titled;
  for (; i < Math.min(lines.length, first + 6); i++) {
    // (Marks far right of a line's words, where a scan's right column is empty, are none of it: '2025      -   CỐ',
    // '2025    mm'; or a letter or two with signs glued to them, 'năm 2025       mi.”';
    // nor one or two far left of them, in its margin: 'I       Chiêu sinh lớp …'.)
    const line = lines[i].text.trim().replace(/(?:\s{4,}(?:\S{1,3}|\p{L}{1,2}[^\p{L}\d\s]{1,3}))+$/u, '').replace(/^[^\p{Ll}\s]{1,2}\s{5,}(?=\S)/u, '');
    const t = clean(line);
    // A blank line OCR left inside the subject: a short lowercase line after it goes on with it (no
    // sentence of the body starts lowercase: 'phân bổ ngân sách huyện' / blank / 'năm 2025').
    // (Any such line when the part above ends on a comma, which ends no title: 'mừng Đảng,' / blank / 'oo mừng Xuân …'.)
    // (Or a longer one that ends on no stop and is a block of its own, a line in capitals or with a capital after it:
    // 'thành tích xuất sắc' / blank / 'trong phong trào thi đua năm 2025' / blank / 'CHỦ TỊCH ỦY BAN NHÂN DÂN …'.)
    if (!t && parts.length && /^[\s‘'`"“~|]*\p{Ll}/u.test(lines[i + 1]?.text ?? '') && (clean(lines[i + 1].text).split(' ').length <= 5 ||
      (/,$/u.test(parts[parts.length - 1]) && !BODY_START.test(clean(lines[i + 1].text))) || closedTail(lines, i + 1))) continue;
    // (So does the Nam of a Việt Nam the line above left open: 'Đảng Cộng sản Việt' / blank / '. Nam (03/02/1930 …'.)
    if (!t && parts.length && /\sViệt$/u.test(parts[parts.length - 1]) && /^[^\p{L}\d]*N[aă]m(?![\p{L}])/u.test(clean(lines[i + 1]?.text ?? ''))) continue;
    // (So does the year that ends a span the line above left open: 'nhiệm kỳ 2025 -' / blank / '2027'.)
    if (!t && parts.length && /(?:19|20)\d{2}\s*[-–]$/u.test(parts[parts.length - 1]) && /^\s*(?:19|20)\d{2}(?!\d)/u.test(lines[i + 1]?.text ?? '')) continue;
    // (Or the year alone that a line ending on năm waits for: '… ngân sách xã năm' / blank / '2026'.)
    if (!t && parts.length && /\snăm$/u.test(parts[parts.length - 1]) && /^\s*(?:19|20)\d{2}\s*$/u.test(lines[i + 1]?.text ?? '')) continue;
    // (An invitation's first sentence ends it wherever its words stand: '… Ban Thường vụ … trân trọng kính
    // mời …' under the subject with no blank line between; a title invites no one.)
    // (The body's first words behind a speck, a run of o's the other column left: 'oo Thực hiện Quyết định …'.)
    const words = i > first ? t.replace(/^o{1,3}\s+(?=\p{Lu})/u, '') : t;
    const opens = (BODY_START.test(words) && (!(block || titled) || (i > first && !firstOpens && /^\p{Lu}/u.test(words)))) || (i > first && INVITES.test(t));
    // (A line of small words ending in a Roman numeral is no heading in capitals, but the title's end: 'lần' / 'thứ XX'.)
    const numeral = /^(?:\p{Ll}+\s+)*(\p{Ll}+)\s+[IVXLC]+[.,;]?$/u.exec(t);
    // (The year a line ending on năm waits for, specks after it, ends the title: '… tri ân" năm' / '2025 | - BE oo |';
    // not a span of years, '2025 - 2026'. Its specks may hold words of one or two letters in Title case, which the
    // restorer made of OCR's: '2026 - Có | a'.)
    const year = parts.length && /\snăm$/u.test(parts[parts.length - 1]) ? /^((?:19|20)\d{2})(?!\d)([^\p{Ll}\d]*(?:(?:\s(?:\p{Lu}\p{Ll}?|\p{Ll}{1,2})(?!\p{L}))+[^\p{Ll}\d]*)*)$/u.exec(t) : null;
    if (year && year[2].trim()) { parts.push(year[1]); i++; break; }
    if (!t || opens || (isCaps(t) && parts.length && !(numeral && NUMBERED.has(numeral[1])))) break;
    // Punctuation at a line end inside the subject ('Bộ Chính trị,', 'số”') belongs to it.
    // Specks at its start are not ('~ thôn Thọ Lộc'), nor one or two marks far right of its words,
    // where a scan's right column is empty ('người có công                     I').
    // (Nor a run of o's set apart before its first word on a later line: 'oo mừng Xuân …', the other column's dust.)
    // (Nor a stop or sign set apart before a later line's first word: '.= đợt 3 năm 2025'.)
    const specksOff = line.replace(/^[~|¦_*•'‘`]+\s*/u, '');
    const unled = i > first ? specksOff.replace(/^[.,:=]+\s+(?=\p{L})/u, '') : specksOff;
    // (A full stop set apart at the end of a line the subject goes on past is a speck: 'năm học .' / '2025 - 2026'.)
    if (parts.length) parts[parts.length - 1] = parts[parts.length - 1].replace(/\s+\.$/u, '');
    parts.push(strokeSpecks(yearEndSpeck((i > first ? unled.replace(/^o{2,3}\s+(?=\p{L})/u, '') : unled).replace(O_SPECK, ''), lines[i]), lines[i]));
  }
  if (parts.length) {
    f.subject = { value: withoutEndSpeck(subjectText(parts), ctx.places), confidence: 0.85, evidence: evidenceOf(lines[first]) };
    rereadSubject(f.subject, parts, lines.slice(first, i), lines, restoreSpan, explain, false);
    pairsAsPrinted(f.subject, parts, lines.slice(first, i), lines, explain, phraseScore);
    if (phraseScore) echoSubject(f.subject, lines.slice(first, i), lines, explain, phraseScore);
    return i;
  }
  return -1;
}

/**
 * Whether line k, of twelve words at most, ends on no stop, opens no body (nor does so behind a speck, 'hồ Căn cứ …',
 * 'i gửi: …'), cites nothing, and no small-letter line follows it.
 */
function closedTail(lines: Line[], k: number): boolean {
  const t = clean(lines[k].text);
  if (t.split(' ').length > 12 || /[.;:]$/u.test(t) || BODY_START.test(t) || /:|\s(?:số|Số)\s+\d/u.test(t) || BODY_WITHIN.test(t)) return false;
  let n = k + 1;
  while (n < lines.length && !lines[n].text.trim()) n++;
  return n >= lines.length || !/^[^\p{L}\d]*\p{Ll}/u.test(lines[n].text);
}

const BODY_WITHIN = /(?<!\p{L})(?:Căn cứ|Thực hiện|Kính gửi|Theo đề nghị|Trên cơ sở)(?!\p{L})/u;

// Teams and classes a number names ('tổ 1', 'lớp 1'): a 1 after them is theirs.
const COUNTED_UNITS = new Set(['tổ', 'đội', 'lớp', 'khối', 'khu', 'cụm', 'điểm', 'trạm', 'nhà', 'phòng', 'ban', 'trường', 'chi']);
// Units below the commune, by their last word, whose one-syllable names the gazetteer does not hold ('thôn Đá', 'bản Ná').
const VILLAGE_WORDS = new Set(VILLAGE_UNITS.map((u) => u.split(' ').pop()!));
// A body named by its head word alone, as a document names its own ('các đơn vị trực thuộc Sở', 'của Bộ').
const BODY_WORDS = new Set(['Sở', 'Bộ', 'Vụ']);
/**
 * A subject without a Title-case word of two letters ending it after a small word: a speck the
 * restorer made a word of ('… trên địa bàn phường Co' → Có). After a unit word it stays when the
 * gazetteer knows a unit of that name (or, with no gazetteer, always); after a village word, always.
 */
function withoutEndSpeck(value: string, places: Gazetteer | undefined): string {
  // (Or the same speck twice, which the other column left after a word in small letters: 'cư trú của công dân Co
  // Co', read Có Cơ; two different words there are a name's, 'hồ chứa nước Kẻ Gỗ', 'Tết Nguyên đán Ất Tỵ'.)
  const w = value.split(' '), pair = w.slice(-2), lead = w[w.length - 3] ?? '';
  if (w.length >= 4 && pair.every((x) => /^\p{Lu}\p{Ll}$/u.test(x)) && /^\p{Ll}+$/u.test(lead) &&
    skeleton(pair[0]).toLowerCase() === skeleton(pair[1]).toLowerCase() &&
    !UNIT_WORDS.some((u) => u.split(' ').pop() === lead) && !VILLAGE_WORDS.has(lead) &&
    !pair.some((x) => BODY_WORDS.has(x)) && !(places?.isName(pair.join(' ')))) return w.slice(0, -2).join(' ');
  const last = w[w.length - 1], before = w[w.length - 2] ?? '';
  if (w.length < 3 || !/^\p{Lu}\p{Ll}$/u.test(last) || !/^\p{Ll}+$/u.test(before) || VILLAGE_WORDS.has(before) || BODY_WORDS.has(last)) return value;
  const unit = UNIT_WORDS.find((u) => u.split(' ').pop() === before);
  if (unit && (!places || places.isNameAt(last, unit))) return value;
  // (A unit word is the subject's own, its capital OCR's: 'Tổ công nghệ số cộng đồng Xã'.)
  if (UNIT_WORDS.includes(last.toLowerCase())) return [...w.slice(0, -1), last.toLowerCase()].join(' ');
  return w.slice(0, -1).join(' ');
}
