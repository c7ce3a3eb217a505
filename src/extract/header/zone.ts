import { isSyllable, skeleton } from '../../restore/orthography.js';
import { findDate } from '../dates.js';
import { clean, evidenceOf } from '../lines.js';
import { editDistance, fuzzyPrefix, looseKey, similarity } from '../text-match.js';
import type { Explanation, Line } from '../types.js';
import { ABBREVIATIONS, BODY_KINDS, CONFIDENTIALITY, MOTTO_2, NATIONAL_MOTTO, PARTY_MOTTO, URGENCY, YOUTH_MOTTO, type DocType } from '../vocabulary.js';
import { splitColumns } from './columns.js';
import type { HeaderFields } from './fields.js';
import { issuerSegment } from './issuer-line.js';
import { readPlaceDate } from './place-date.js';
import {
  BODY_START, dropTrailingSpecks, HEADER_PAIRS, HEADER_WORD_KEYS, isCaps, isJunk, letterCount, markIn, NUMBER_LINE, SHORT_SPECK, UNIT_NUMBER_LINE, VV, type Segment,
} from './segments.js';
import { typeTitle } from './type-title.js';
import { regionNumeral } from './units.js';

/** What the walk over the header zone found: the fields it settles itself and the segments the later steps read. */
export interface HeaderZone {
  fields: HeaderFields;
  explain: Explanation[];
  warnings: string[];
  /** Caps lines of the issuer column, top to bottom, not yet joined. */
  issuerSegs: Segment[];
  numberSeg: Segment | null;
  /** The first line of a Công văn's V/v subject. */
  vv: Segment | null;
  /** The caps type title and its line index (-1: none). */
  title: DocType | null;
  titleIdx: number;
  /** A Party header (ĐẢNG CỘNG SẢN VIỆT NAM in the right column). */
  party: boolean;
}

export const emptyHeaderFields = (): HeaderFields => ({
  documentType: null, number: null, issuer: null, issuerParent: null, place: null, date: null,
  subject: null, urgency: null, confidentiality: null,
});

/**
 * The issuer line just above with the words a segment of a left column ends its name with, or null: the NAM
 * of a name ending in VIỆT, beside the motto's own wrapped NAM ('BẢO HIỂM XÃ HỘI VIỆT' / 'NAM'; the two may
 * share one segment, 'NAM NAM'); a whole VIỆT NAM there ('NGÂN HÀNG NHÀ NƯỚC' / 'VIỆT NAM'); a team's
 * number ('ĐỘI QUẢN LÝ THỊ TRƯỜNG' / 'SỐ 2 - Thanh Hóa, ngày …').
 */
function issuerNameEnd(text: string, left: boolean, rightIsNam: boolean, mottoCut: boolean, above: Segment | undefined, i: number, numbered: boolean): string | null {
  if (!above || i - above.index > 2) return null;
  const words = text.split(' ');
  const nams = words.filter((w) => looseKey(w) === 'NAM').length;
  if (nams === words.length && (nams === 2 || (nams === 1 && left)) && /VIỆT\.?$/u.test(above.text)) return `${above.text.replace(/\.$/, '')} NAM`;
  // (Or beside any other words once the motto has ended: 'HỘI NẠN NHÂN …' / 'DA CAM/DIOXIN NAM' / 'VIỆT NAM  Độc lập - …'.)
  if (looseKey(text) === 'VIETNAM' && left && (rightIsNam || !mottoCut) && above.index < i && !/NAM\.?$/u.test(above.text)) return `${above.text.replace(/\.$/, '')} VIỆT NAM`;
  const team = /^(\S{2})\s+(\d{1,2})[\s\-–.]*$/u.exec(text);
  return team && looseKey(team[1]) === 'SO' && !numbered && left ? `${above.text} SỐ ${team[2]}` : null;
}

/**
 * Walk the header zone (the first 40 lines, up to the type title or the body's first words) column
 * by column: mottos, the place-date line, the number line, the V/v line, urgency and
 * confidentiality marks, the type title, and the caps lines of the issuer column.
 */
export function readZone(lines: Line[]): HeaderZone {
  const zone: HeaderZone = {
    fields: emptyHeaderFields(), explain: [], warnings: [], issuerSegs: [], numberSeg: null, vv: null, title: null, titleIdx: -1, party: false,
  };
  const f = zone.fields, issuerSegs = zone.issuerSegs;
  let dateFirst = false; // a header whose place-date line may come before its issuer column ends
  let mottoCut = false; // the national motto line ended before 'NAM': the next line carries it
  let dateIdx = -1; // the place-date line
  let carried: { index: number; text: string } | null = null; // a year read with the place-date line above
  const zoneEnd = Math.min(lines.length, 40);
  // Each line's columns, split once: a line is read as itself and again as the one after its predecessor.
  const split = new Map<number, string[]>();
  const columnsOf = (k: number) => split.get(k) ?? split.set(k, splitColumns(lines[k].text)).get(k)!;
  let docKey: string | undefined; // the letters of the lines below the header's, read once when first needed
  /** Whether the document writes these words further on (below line i, by their letters). */
  const writtenBelow = (i: number, words: string) => (docKey ??= looseKey(lines.slice(i + 1).map((l) => l.text).join(' '))).includes(looseKey(words));

  for (let i = 0; i < zoneEnd; i++) {
    const line = lines[i];
    if (zone.titleIdx >= 0) break;
    if (i > 0 && BODY_START.test(line.text.trim()) && (zone.numberSeg || issuerSegs.length)) break;
    const cutMotto = mottoCut;
    if (line.text.trim()) mottoCut = false;
    const columns = columnsOf(i);
    // (A short word in small or Title case after the caps words is a speck too: 'NAM Co'.)
    const rawWordsOfLine = dropTrailingSpecks(line.raw.trim().split(/\s+/));
    while (rawWordsOfLine.length > 1 && SHORT_SPECK.test(rawWordsOfLine[rawWordsOfLine.length - 1])) rawWordsOfLine.pop();
    // (And one or two capitals after the NAM a cut motto left for this line: 'SOY TE : NAM SE'.)
    if (cutMotto && rawWordsOfLine.length > 2 && /^\p{Lu}{1,2}$/u.test(rawWordsOfLine[rawWordsOfLine.length - 1]) &&
      looseKey(rawWordsOfLine[rawWordsOfLine.length - 2]) === 'NAM') rawWordsOfLine.pop();
    const rawEnd = rawWordsOfLine.pop() ?? '';
    // The rightmost column with a word in it ('PHƯỜNG THANH MIẾU NAM | |': specks after it are none).
    // (Nor is a short small word alone there, a speck the restorer made a word of: 'BAN CHỈ HUY QUÂN SỰ NAM | cơ' from 'oo'.)
    const lastColumn = columns.reduce((last, col, c) => (letterCount(col) >= 2 && !(c > 0 && SHORT_SPECK.test(col.trim())) ? c : last), -1);
    // (The motto's NAM may have specks about it: "'NAM .a"; or a speck of two letters after it that the restorer made a
    // word of: 'NAM BE' read NAM BỘ.)
    const rightWords = (columns[lastColumn] ?? '').split(/\s+/).filter((w) => letterCount(w) >= 2);
    const rightIsNam = looseKey(rightWords[0] ?? '') === 'NAM' && rightWords.slice(1).every((w) => letterCount(w) <= 2);
    // The first column with a word in it: a speck in the margin is no column of the header ('l      ĐÀN      —_').
    const firstColumn = columns.findIndex((col) => letterCount(col) >= 2);
    for (const [c, text] of columns.entries()) {
      const seg: Segment = { text: clean(text), line, index: i };
      // A left column's words that end the issuer line's name (see issuerNameEnd).
      const lastIssuer = issuerSegs[issuerSegs.length - 1];
      const ended = issuerNameEnd(seg.text, c < lastColumn, rightIsNam, cutMotto, lastIssuer, i, !!zone.numberSeg);
      if (ended) { issuerSegs[issuerSegs.length - 1] = { ...lastIssuer, text: ended }; continue; }
      // (What stands before the motto's tail on the line is the left column's, however OCR spaced it: '| AN oo NAM |'.)
      let leftOfMotto = c < lastColumn;
      if (cutMotto && !findDate(seg.text) && !(NUMBER_LINE.test(seg.text) && /\d/.test(seg.text))) {
        const whole = seg.text;
        seg.text = stripMottoTail(seg.text, c === lastColumn, rawEnd);
        if (seg.text !== whole && seg.text) leftOfMotto = true;
        // (The motto's NAM taken off its end, what is left of one line may end the issuer's name still: 'VIỆT NAM . "NAM'.)
        const endsName = seg.text !== whole && issuerNameEnd(seg.text, true, true, false, lastIssuer, i, !!zone.numberSeg);
        if (endsName) { issuerSegs[issuerSegs.length - 1] = { ...lastIssuer, text: endsName }; continue; }
      }
      // A two-letter caps word in the left column under an issuer line is the end of its name
      // ('TRƯỜNG THPT CHU VĂN' / 'AN'); elsewhere so short a word is a speck.
      // (Specks may stand before it, words with any small letter or sign: 'i} HA', restored 'tại} HÀ'.)
      const tailWords = seg.text.split(' ');
      while (tailWords.length > 1 && /[^\p{Lu}]/u.test(tailWords[0])) tailWords.shift();
      const tail = tailWords.join(' ');
      // (Or one letter that ends a pair of the header vocabulary with that line's last word: 'TRẠM CHĂN NUÔI VÀ THÚ' / 'Y'.)
      const pairEnd = !!lastIssuer && /^\p{Lu}$/u.test(tail) && HEADER_PAIRS.has(`${looseKey(lastIssuer.text.split(' ').pop() ?? '')} ${looseKey(tail)}`);
      const wrappedEnd = leftOfMotto && ((/^\p{Lu}{2}$/u.test(tail) && isSyllable(tail.toLowerCase())) || pairEnd) &&
        !zone.numberSeg && !!lastIssuer && i - lastIssuer.index <= 2;
      if (wrappedEnd) { issuerSegs.push({ ...seg, text: tail }); continue; }
      // (Or a school's number, alone left of the motto under its line, when the document writes the name with it
      // further on: 'TRƯỜNG THPT ĐÔ LƯƠNG' / '1 Độc lập - …', beside 'Trường THPT Đô Lương 1 thông báo'.)
      if (leftOfMotto && /^\d{1,2}$/.test(tail) && !zone.numberSeg && !!lastIssuer && i - lastIssuer.index <= 2 &&
        writtenBelow(i, `${lastIssuer.text} ${tail}`)) {
        issuerSegs[issuerSegs.length - 1] = { ...lastIssuer, text: `${lastIssuer.text} ${tail}` };
        continue;
      }
      // (Or, alone on its line, a short caps word the document writes after that line's words elsewhere: 'TRƯỜNG MẦM NON
      // SƠN' / 'CA .', beside the preamble's 'HIỆU TRƯỞNG TRƯỜNG MẦM NON SƠN CA'.)
      const lone = tail.replace(/\s+[^\p{L}\d\s]+$/u, '');
      if (!leftOfMotto && columns.length === 1 && /^\p{Lu}{2,3}$/u.test(lone) && !zone.numberSeg && !!lastIssuer && i - lastIssuer.index <= 2 &&
        writtenBelow(i, `${lastIssuer.text} ${lone}`)) {
        issuerSegs.push({ ...seg, text: lone });
        continue;
      }
      // (So is a unit's number alone under the line, a word too short for a name line by itself: 'HẠT QUẢN LÝ ĐƯỜNG BỘ' / 'SỐ 3'.)
      // (Its SỐ as English-model OCR may leave it, SO, and a speck after it: 'SO 3 -'.)
      const unitNumber = seg.text.replace(/\s+[^\p{L}\d\s]+$/u, '').replace(/^S[OÔỐ](?= \d)/u, 'SỐ');
      if (c === 0 && UNIT_NUMBER_LINE.test(unitNumber) && !zone.numberSeg && !!lastIssuer && i - lastIssuer.index === 1) { issuerSegs.push({ ...seg, text: unitNumber }); continue; }
      if (!seg.text || /^[*\-_=.]+$/.test(seg.text) || letterCount(seg.text) <= 2) continue;
      if (similarity(seg.text, NATIONAL_MOTTO, 0.7) > 0.7 || fuzzyPrefix(seg.text, 'CỘNG HÒA XÃ HỘI', 0.75) > 0) {
        mottoCut = !looseKey(seg.text).endsWith('NAM');
        continue;
      }
      if (similarity(seg.text, MOTTO_2, 0.65) > 0.65 || fuzzyPrefix(seg.text, 'Độc lập - Tự do', 0.7) > 0) continue;
      if (similarity(seg.text, PARTY_MOTTO, 0.8) > 0.8) { zone.party = true; continue; }
      // The Youth Union's name: atop the issuer column it is the parent body; in the other column, or
      // again below, it stands for the motto. Either way its place-date line may come before the
      // issuer column ends, as in a Party header.
      if (similarity(seg.text, YOUTH_MOTTO, 0.8) > 0.8) {
        dateFirst = true;
        if (c > 0 || issuerSegs.length || zone.numberSeg) continue;
      }
      // The tail of a wrapped national motto ('VIỆT NAM', 'NAM').
      if (looseKey(seg.text).length >= 3 && looseKey(NATIONAL_MOTTO).endsWith(looseKey(seg.text))) continue;
      if (carried && carried.index === i && carried.text === text) continue;
      let date = findDate(seg.text);
      // A place-date line too long for its column wraps before the year, which heads the next line's
      // right column ('Thành phố Hồ Chí Minh, ngày 28 tháng 11' / 'V/v … | năm 2025').
      const next: string | undefined = !date && c === lastColumn && CUT_BEFORE_YEAR.test(skeleton(seg.text)) && i + 1 < zoneEnd ? columnsOf(i + 1).at(-1) : undefined;
      if (next && YEAR_HEAD.test(skeleton(next))) {
        date = findDate(`${seg.text} ${next}`);
        if (date) carried = { index: i + 1, text: next };
      }
      if (date && !f.date) {
        dateIdx = i;
        // The SỐ ending the issuer's name ('chuyển đổi số') wrapped onto the place-date line's head, when the
        // document writes the name with it: 'BAN CHỈ ĐẠO CHUYỂN ĐỔI' / 'số Kiến Xương, ngày 18 …'.
        const head = /^(\p{L}+)\s+(?=\p{Lu})/u.exec(seg.text)?.[1];
        if (head && looseKey(head) === 'SO' && c === 0 && !zone.numberSeg && lastIssuer && i - lastIssuer.index <= 2 &&
          writtenBelow(i, `${lastIssuer.text} SỐ`)) {
          issuerSegs[issuerSegs.length - 1] = { ...lastIssuer, text: `${lastIssuer.text} SỐ` };
          const rest = seg.text.slice(head.length).trimStart();
          readPlaceDate({ ...seg, text: rest }, findDate(rest) ?? date, zone);
          continue;
        }
        // A place-date line beside the issuer column's first line has no motto above it (a mass
        // organisation's or Party header: the motto comes lower): the issuer column goes on under it.
        if (!zone.numberSeg && issuerSegs.every((s) => s.index === i)) dateFirst = true;
        readPlaceDate(seg, date, zone);
        continue;
      }
      // (A speck with no letter or digit may lead it: '© SG 215-CV/BTGTU'.)
      const num = NUMBER_LINE.exec(seg.text.replace(/^(?:[^\p{L}\d\s]+\s+)+(?=[S$])/u, ''));
      if (num && !zone.numberSeg && /\d/.test(num[1]) && /[/-]/.test(num[1])) {
        zone.numberSeg = { ...seg, text: num[1] };
        continue;
      }
      // (OCR may lose the slash: 'Vv bảo đảm …'.)
      if (VV.test(seg.text) && !zone.vv) { zone.vv = { ...seg, text: seg.text.replace(VV, 'V/v') }; continue; }
      const urg = markIn(seg.text, URGENCY);
      if (urg) { f.urgency = { value: urg, confidence: 0.9, evidence: evidenceOf(line, seg.text) }; continue; }
      const conf = markIn(seg.text, CONFIDENTIALITY);
      if (conf) { f.confidentiality = { value: conf, confidence: 0.9, evidence: evidenceOf(line, seg.text) }; continue; }
      const t = typeTitle(seg, !!zone.numberSeg || !!f.date);
      if (t) {
        zone.title = t; zone.titleIdx = i;
        zone.explain.push({ field: 'documentType', rule: 'caps type title after the header', evidence: evidenceOf(line, seg.text), rejected: [] });
        break;
      }
      // Caps lines above Số; in a Party header the issuer column is the longer one, so its last line
      // may come after the place-date line.
      // (Or past the date line, a line finishing a compound the issuer line above began: 'HÀNH CHÍNH
      // VỀ TRẬT TỰ' / date / 'XÃ HỘI'.)
      // (A speck of one or two capitals the seal left between a pair's words at the line's end is none of the name:
      // 'BỆNH VIỆN ĐA KHOA KHU BE © NAM' / 'VỰC TÂY BẮC NGHỆ AN'; a word of the vocabulary there is the name's, 'VĂN HÓA VÀ'.)
      const above = issuerSegs[issuerSegs.length - 1];
      const endWords = above?.text.split(' ') ?? [];
      const [beforeSpeck, speck] = endWords.slice(-2).map(looseKey), opener = looseKey(seg.text.split(' ')[0]);
      if (endWords.length >= 3 && i - above.index <= 2 && /^\p{Lu}{1,2}$/u.test(endWords[endWords.length - 1]) &&
        HEADER_PAIRS.has(`${beforeSpeck} ${opener}`) && !HEADER_WORD_KEYS.has(speck)) {
        issuerSegs[issuerSegs.length - 1] = { ...above, text: endWords.slice(0, -1).join(' ') };
      }
      const prevIssuer = issuerSegs[issuerSegs.length - 1];
      // (A region's VỰC that OCR garbled past one letter's edit, its numeral after it, under a line ending in KHU:
      // 'KHO BẠC NHÀ NƯỚC KHU' / 'VvuUC IV'.)
      const vuc = prevIssuer && i - prevIssuer.index <= 2 && looseKey(prevIssuer.text.split(' ').pop() ?? '') === 'KHU' ? GARBLED_VUC.exec(seg.text) : null;
      if (vuc && editDistance(looseKey(vuc[1]), 'VUC') <= 2) seg.text = `VỰC ${vuc[2].toUpperCase()}${seg.text.slice(vuc[0].length)}`;
      const finishes = !!prevIssuer && i - prevIssuer.index <= 2 && HEADER_PAIRS.has(`${looseKey(prevIssuer.text.split(' ').pop() ?? '')} ${looseKey(seg.text.split(' ').find((w) => letterCount(w) >= 2) ?? '')}`);
      // (Such a line may come out of OCR in mixed case: 'KHU' / 'VuC vII'.)
      if (finishes && !isCaps(seg.text)) seg.text = regionNumeral(seg).toUpperCase();
      // (Or, when OCR merged the issuer's line with the place-date line, up to four words on the next
      // lines end that name: 'TRƯỜNG MẦM NON ĐỨC Đức Lạng, ngày …' / 'LẠNG', 'BAN QUẢN LÝ KHU BẢO' / 'TỒN  Nghệ An,
      // ngày …' / 'THIÊN NHIÊN PÙ HOẠT'.)
      // (More when that line ended on a joining word, which ends no name: 'CHI CỤC TRỒNG TRỌT VÀ Lào Cai, ngày …' /
      // 'BẢO VỆ THỰC VẬT'.)
      const nameEnd = letterWords(seg.text);
      // (Or when this line opens on one: 'CHỐNG THIÊN TAI  Kỳ Anh, ngày …' / 'VÀ TÌM KIẾM CỨU NẠN'.)
      const dangling = !!prevIssuer && (/(?:^|\s)(?:VÀ|[-–,])$/u.test(prevIssuer.text) || /^VÀ\s/u.test(seg.text));
      // (And the lines after such a line, one under another, a blank line OCR left between at most: 'DA CAM/DIOXIN' /
      // 'TỈNH PHÚ THỌ', 'THÔNG TIN' / blank / 'VÀ TRUYỀN THÔNG'.)
      const under = !!prevIssuer && (i - prevIssuer.index === 1 || (i - prevIssuer.index === 2 && !lines[i - 1].text.trim()));
      const pastDate = !!prevIssuer && dateIdx >= 0 && (prevIssuer.index === dateIdx ? i - dateIdx <= 2
        : prevIssuer.index > dateIdx && under && i - dateIdx <= 4 && issuerSegs.some((s) => s.index === dateIdx));
      // (Six words too on a line right under the last, the name going on over three or more lines: 'TỆ NẠN XÃ HỘI VÀ XÂY' /
      // 'DỰNG PHONG TRÀO' / 'TOÀN DÂN BẢO VỆ AN' / 'NINH TỔ QUỐC'.)
      const longRun = under && issuerSegs.filter((s) => s.index >= dateIdx).length >= 2;
      // (Or up to six on a line right under it that opens a body of its own, the issuing unit under its parent
      // whose name took three lines: 'VÀ XÂY DỰNG CÔNG TRÌNH' / 'GIAO THÔNG HÀ TĨNH   Hà Tĩnh, ngày …' / 'HẠT QUẢN LÝ ĐƯỜNG BỘ'.)
      const opensUnder = under && BODY_KINDS.some((k) => seg.text.startsWith(`${k} `));
      const wrapsPastDate = pastDate && c === firstColumn &&
        nameEnd.length <= (dangling || longRun || opensUnder ? 6 : 4) && nameEnd.every(nameWord);
      // (A lone word right of the issuer column that no syllable or abbreviation is, is the empty column's dust: 'BAN DÂN
      // VẬN        ƯƯÖNG'.)
      const dust = c > firstColumn && !/\s/u.test(seg.text) && !isSyllable(seg.text.toLowerCase()) && !ABBREVIATIONS[seg.text];
      if (isCaps(seg.text) && !dust && !zone.numberSeg && (!f.date || zone.party || dateFirst || finishes || wrapsPastDate)) {
        // (The next line with words, for a name that may go on on it.)
        const after = [i + 1, i + 2].find((k) => k < lines.length && lines[k].text.trim());
        const issuerSeg = issuerSegment(seg, text, issuerSegs, after === undefined ? '' : columnsOf(after)[0]);
        if (issuerSeg) issuerSegs.push(issuerSeg);
      }
    }
  }
  return zone;
}

const GARBLED_VUC = /^(V\p{L}{1,4}C)\s+([IVXLivxl]{1,5}|\d{1,2})(?![\p{L}\d])/u;

// A place-date line cut before its year, and a line opening with the year (on the skeleton: 'ngày 28
// tháng 1 1' with its month split, 'năm 2025').
const CUT_BEFORE_YEAR = /,\s*ng\S{1,3}y\s*\d{1,2}\s+th\S{1,3}ng\s+\d[\d ]?\d?$/i;
const YEAR_HEAD = /^n\S{0,2}m\s+(?:19|20)\d{2}\b/i;
/**
 * A word that may end a body's name: a syllable, or words joined by a slash each a syllable or a foreign
 * word in capitals ('CAM/DIOXIN' of the Agent Orange victims' association).
 */
const nameWord = (w: string) => w.split('/').every((p) => isSyllable(p.toLowerCase()) || /^[A-Z]{5,}$/.test(p));
/** The words of a segment with a letter in them (specks such as '..' left out). */
const letterWords = (s: string) => s.split(' ').filter((w) => /\p{L}/u.test(w));

/**
 * 'HUYỆN VĨNH BẢO oo NAM |': when OCR cut the national motto before its last word, that word
 * lands on the next line beside the issuer; remove it and the specks around it.
 */
function stripMottoTail(s: string, endOfLine: boolean, rawEnd: string): string {
  const words = dropTrailingSpecks(s.split(/\s+/));
  // A NAM set apart by specks (or alone), or ending the line: the motto's tail sits rightmost
  // ('HÀ NAM | NAM': the first HÀ NAM keeps its own). The restorer may have read that lone NAM as
  // another word ('VĂN PHÒNG LUẬT'): the raw line's last word tells.
  // The restorer may also have made a word of a speck after it ('SOYTE NĂM đổi' from 'SOYTE NAM i').
  if (endOfLine && looseKey(rawEnd) === 'NAM') {
    while (words.length > 1 && (/^\p{Ll}+$/u.test(words[words.length - 1]) || SHORT_SPECK.test(words[words.length - 1]) ||
      (/^\p{Lu}{1,2}$/u.test(words[words.length - 1]) && looseKey(words[words.length - 2]) === 'NAM'))) words.pop();
  }
  const n = words.length;
  const last = n ? (endOfLine && looseKey(rawEnd) === 'NAM' ? 'NAM' : looseKey(words[n - 1])) : '';
  // (Or after a short speck: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO Co NAM | IE'.)
  if (n && last === 'NAM' && (n === 1 || isJunk(words[n - 2]) || SHORT_SPECK.test(words[n - 2]) || endOfLine)) {
    words.pop();
    // (A joining dash set apart from NAM by specks stays: the name goes on on the next line, 'TRUNG TÂM VĂN HÓA - ~~
    // NAM' / 'THỂ THAO'. One right before NAM is the cut motto's own speck: 'TRƯỜNG THCS ĐẶNG THAI - NAM' / 'MAI'.)
    // (OCR may print the dash twice: 'TRUNG TÂM VĂN HÓA - - ~~ NAM'.)
    let dash = Math.max(words.lastIndexOf('-'), words.lastIndexOf('–'));
    const joins = dash > 0 && dash < words.length - 1 && words.slice(dash + 1).every(isJunk);
    while (dash > 1 && /^[-–]$/u.test(words[dash - 1])) dash--;
    dropTrailingSpecks(words);
    if (words.length > 1 && SHORT_SPECK.test(words[words.length - 1])) words.pop();
    if (joins && words.length === dash) words.push('-');
  }
  return words.join(' ');
}
