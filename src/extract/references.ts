import { DIGIT_LOOKALIKES, findDate } from './dates.js';
import { canonicalIssuer, endCentralName, issuerFromCode } from './issuer.js';
import { evidenceOf } from './lines.js';
import { spellCommittees } from './casing.js';
import { normalizeNumber, numberParts, SYMBOL_IN_TEXT } from './number.js';
import { SO, type LawTable } from './laws.js';
import { withIssuerInitials } from './header/body-names.js';
import type { Line, Reference } from './types.js';
import { ABBREVIATIONS, DOC_TYPES, PROPER_PHRASES, typeByCode, typeByName } from './vocabulary.js';
import { escapeRegExp, looseKey, similarity } from './text-match.js';
import { isSyllable, MARKED_WORD_AHEAD, skeleton } from '../restore/orthography.js';
import { isKnownCode, joinSplitSymbols, LETTER_OF_DIGIT, sameButD } from '../restore/symbols.js';

const TYPE_NAMES = [...DOC_TYPES.map((t) => t.name), 'Chương trình hành động', 'Kế hoạch hành động']
  .sort((a, b) => b.length - a.length);
// The type name before a symbol, up to eight words before its số; the nearest one ('KẾ HOẠCH' / '- thực hiện
// Kết luận số 126-KL/TW' is a Kết luận: the title above is no part of the citation).
// (A speck may stand for the space before số or after it: "Công văn'số 2875/UBND-TCKH", 'Công văn số.1456/SNNMT-KL'.)
const TYPE_BEFORE = new RegExp(`(?<![\\p{L}])(${TYPE_NAMES.join('|')})(?=(?:\\s+[\\p{L}]+){0,8}?(?:\\s+|\\s*['’‘\`]\\s*)(?:số\\s*[:.]?\\s*)?$)`, 'giu');
const typeBefore = (text: string) => [...text.matchAll(TYPE_BEFORE)].pop() ?? null;
// 'Đề án 06/CP': a number with only a body code is a citation when a type name stands before it.
const BARE_AFTER_TYPE = new RegExp(`(?:${TYPE_NAMES.join('|')})\\s+(?:số\\s*:?\\s*)?(\\d{1,5}\\/[\\p{Lu}Đ]{2,}[\\p{L}]*)(?![\\p{L}\\d/-])`, 'giu');
// ('của' as the restorer may leave it after a date, or after a date OCR garbled past reading ('ngày
// LHD À của') or glued to 'ngay-', 'cửa', a comma speck after it, and a 1 or bar speck before the date;
// a dash may glue ngày to the symbol: '66-NQ/TW-ngay 30/4/2025'; a colon speck may follow của; tháng and
// năm may carry a wrong mark: 'ngày 28 thăng 11 năm 2025 của', or tháng or năm be garbled: 'ngày 05 Tù 5 năm 2025 của',
// 'ngày 20 tháng 12 Tấm 2019 của'; a capital speck may stand before ngày: '22/2019/TT-BGDĐT T ngày …'.)
// (A month OCR split in two, 'tháng 1 1 năm', is one, a speck may be glued before the year, 'năm 12025'; ban hành may have lost its mark or its h: 'ban hạn'.)
// (A full stop or comma OCR glued around the month is a speck: 'ngày 30 tháng.9 năm 2025 của', and so is a quote
// before tháng, 'ngày 10 ‘tháng 11', and a dash or stop before a year wrapped to the next line, 'năm -' / '2025 của',
// or a colon glued to the year, 'năm :2025 của'; năm may be glued to its year, and a dash speck follow it: 'năm2025 -' / 'của'.)
// (A month's first digit OCR may read as a letter: 'tháng L5'; the date is then unread, but its issuer is not. A full
// stop may be glued to ngày: 'ngày. 15 tháng 9', or a colon to tháng: 'ngày 10 tháng: 7 năm'. A bracket or ! set apart before the year is a speck: 'năm ) 2025'; so is a quote glued to của: 'của’'; and a small letter glued to the month: 'tháng 01r'; and a sign set apart before của: 'ngày 30/3/2022 ¢ của', 'ngày 02/01/2026 « của'.)
// (A date OCR wrecked into a few short words is passed over, the last of up to six signs: 'ngày =a ZALZE, của'. Its
// ngày may be specks: '30/KH-HND _~ 25/11/2025 của'.)
// (Its do as the restorer may read it: 'đạo Phòng Kinh tế xã lập'.)
// (A body's name may hold a comma: 'do Phòng Kinh tế, Hạ tầng và Đô thị lập'.)
const DONE_BY = /(?:^|\s)(?:do|đạo|đó)\s+(\p{Lu}(?:[\p{L}\s]|,(?=\s\p{Lu})){2,60}?)\s+(?:lập|ban hành|ký|cấp)(?=[\s.,;:]|$)/u;
// (No body's name holds the verbs that end it here: '… của Ủy ban nhân dân xã Nghi Xuân đề nghị cung cấp …'; nor the
// words that open the next clause, when OCR lost the stop before them: 'của Chính' / 'Theo đề Hi của Chỉ huy trưởng …'.)
const ISSUER_AFTER = /^[\s,‘’'“”"»«-]*(?:[1|!»«A-Z]\s+)?(?:(?:ng[àa]y|[_~=]{1,3})[\s;:.-]*(?:[1l|]?\d{1,2}\s+[‘’'`"]?\S{1,5}[:;.,]?\s+(?:[1l|]\s+(?=1[0-2]\s))?(?:\d{1,2}[a-z]?|[lLI|]\d)(?: \d)?\s+(?:\S{1,4}\s+|n\p{L}{1,2}m)(?:[-–.,)\]!]\s+)?[:.,]?(?:[1l|]\s)?[1l|]?\d{4}|[\d/]+(?:\s[\d/]+)?(?:\s*th\p{L}{1,2}ng[\s.,]*\d+(?: [0-2])?[\s.,]*n\p{L}{1,2}m[\s.,]*[1l|]?\d{4})?|(?:\S{1,4}\s+){0,2}?\S{1,6})[\s,.]*(?:-\s+)?(?:[¢£¥€§©®°|~«»]\s+)?)?c[ủửùúụũu]a[.,:'‘’`-]?(?:\s+[,.])?\s+(.+?)(?=\s+(?:về|V\/v|quy định|hướng dẫn|ban h[àaạảãá]nh?|phê duyệt|triển khai|thực hiện|tại|đã|sau đây|đề nghị|đề xuất|yêu cầu|gửi|theo|xét|căn cứ)[\s:]|\s*[,;.:(“"]|\s+và\s+[“"]?(?:\p{L}+\s+)?(?:số|Nghị|Kế|Quyết|Quy|Chương|Thông|Chỉ|Kết|Luật|Đề án|Hướng dẫn|Công văn|Báo cáo|Tờ trình)|$)/iu;

// 'Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 356/TTr-SNV': the proposer's body issued it.
// (A quote speck may be glued to its word: 'Theo đề nghị’ của Sở Xây dựng tại …'.)
const PROPOSED_BY = /(?:đề nghị|đề xuất)[‘’'`"“”]?\s+của\s+(\p{Lu}.{2,80}?)\s+tại\s+\S+(?:\s+\S+){0,2}?\s+(?:số\s*:?\s*)?$/iu;

const BODY_WORDS = '(?:Sở|Bộ|Ban|Phòng|Cục|Chi cục|Văn phòng|Ủy ban|Công an|Hội|Trung tâm|Viện|Thanh tra|Trường)';
const BODY_FIRST = new RegExp(`^${BODY_WORDS}\\s`, 'u');
// 'số' as OCR and the restorer leave it, then a number OCR split ('số 452 1/UBND-KGVX').
const SO_SPLIT_NUMBER = new RegExp(`(?<![\\p{L}\\d])(${SO}\\s*:?\\s*)(\\d{1,4}) (\\d{1,3})(?=\\/)`, 'giu');
const SPECK_BEFORE_BODY = new RegExp(`^\\p{Lu}{1,2}\\s+(?=${BODY_WORDS}\\s)`, 'u');

/**
 * The body a head leads ('Giám đốc Sở Nội vụ' → Sở Nội vụ, 'Trưởng phòng Nội vụ' → Phòng Nội vụ):
 * what follows a title of one to three words (it may be garbled: 'Giám để Sở Nội vụ'); or null.
 */
function bodyOfHead(head: string): string | null {
  // (Or the body itself proposed it: 'Xét đề nghị của Ban Quản lý dự án … tại Tờ trình số …'.)
  if (BODY_FIRST.test(head)) return head.replace(/[\s:;,.]+$/u, '');
  const unit = /^Trưởng (phòng|ban) (?=\p{Lu})/u.exec(head);
  if (unit) return `${unit[1][0].toUpperCase()}${unit[1].slice(1)} ${head.slice(unit[0].length)}`;
  return new RegExp(`^\\p{Lu}\\p{Ll}*\\s+(?:\\S+\\s+){0,2}?(${BODY_WORDS}\\s.+)$`, 'u').exec(head)?.[1] ?? null;
}

const SOFT_STOP = /\s+(?:đến|cho|để|nhằm|trong|với|tới|được|đối với)\s.*$/u;
// A body named after its unit ('… tỉnh Bến Tre'): the name ends with its capitalized words, whatever
// lowercase word follows ('vệ chủ động', a damaged 'về').
// (A cooperative's xã is no unit: 'Hợp tác xã Dịch vụ nông nghiệp Yên Mô'.)
// A unit word that names no unit ends the name before và and a small word: '… Đảng bộ phường và tham dự đầy đủ'.
const BARE_UNIT_THEN_VA = /(\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))\s+và\s+\p{Ll}.*$/u;
const AFTER_PLACE = /((?<![Tt]ác)\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s\p{Lu}[\p{Ll}\p{M}]*)+)\s\p{Ll}.*$/u;

/**
 * A heading in capitals after the citation ('… của Ủy ban nhân dân Ea' / 'QUYẾT NGHỊ:') is no part
 * of the issuer: it ends before two caps words that are syllables (abbreviations such as UBND, BCH
 * are not headings).
 */
function untilHeading(issuer: string): string {
  const words = issuer.split(' ');
  const heading = (w: string) => /^\p{Lu}{2,}$/u.test(w) && isSyllable(w.toLowerCase());
  const at = words.findIndex((w, k) => k > 0 && heading(w) && heading(words[k + 1] ?? ''));
  return at > 0 ? words.slice(0, at).join(' ') : issuer;
}

// (And the Politburo and the Secretariat, who issue many Party documents together.)
const COMMA_NAMES = [...Object.values(ABBREVIATIONS).filter((n) => n.includes(',')), 'Bộ Chính trị, Ban Bí thư'];
// Body names holding 'về', where the issuer's match stops ('Cảnh sát quản lý hành chính về trật tự xã hội').
const VE_NAMES = PROPER_PHRASES.filter((n) => n.includes(' về ')).map((n) => ({ head: n.slice(0, n.indexOf(' về ')), rest: n.slice(n.indexOf(' về ')) }));

interface Flat {
  text: string;
  // character offset → line, for evidence
  starts: number[];
  lines: Line[];
}

const BODY_CODES = Object.keys(ABBREVIATIONS).filter((k) => (k.length >= 3 && k === k.toUpperCase()) || k === 'TTg');
// A symbol whose type code OCR garbled after a type name that says it: 'Quyết định số 3120/01 UBND'
// (a quote speck may sit between số and the number: 'Công điện số'08/CH-UBND').
const GARBLED_TYPE = new RegExp(`(${TYPE_NAMES.join('|')})(\\s+(?:số\\s*[:'’‘\`]?\\s*)?)(\\d{1,5})\\/([^\\s/]{1,3})[\\s-]+(${BODY_CODES.join('|')})(?![\\p{L}\\d])`, 'gu');

/**
 * Symbols OCR broke in ways the symbol pattern cannot read: a type code split by a space ('156/T
 * Tr-PNV'), and a garbled type code when the type name before it says which it is and the body code
 * after it is whole ('Quyết định số 3120/01 UBND' → 3120/QĐ-UBND). `before` is the text just before
 * the line, for a type name at the end of the line above.
 */
export function repairCitedSymbols(line: string, before = ''): string {
  // Within the line only: the text before it is context, never rewritten.
  const fixed = joinSplitSymbols(line
    // A year OCR split ('10/202 1/NĐ-CP', its last digit maybe read as a look-alike letter: '76/202 S/UBTVQH15'),
    // a space after a Party number's dash ('05- CT/TW').
    .replace(/(?<![\p{L}\d])(\d{1,5}\/(?:19|20)\d{1,2}) (\d{1,2}|[0-9OoIlbSsB](?=\/\p{Lu}))(?=\/)/gu, (all, a: string, b: string) =>
      (a.length - a.indexOf('/') - 1 + b.length === 4 ? `${a}${b.replace(/\D/g, (c) => DIGIT_LOOKALIKES[c])}` : all))
    // A speck between a symbol's type and its body ('115/2020/NĐ- .CP', '14/KH- "HPGDQPAN'), or a space for the dash
    // between a type code and a body's ('344/2016/TT BTC').
    .replace(/(?<=\d\/(?:(?:19|20)\d{2}\/)?\p{Lu}{1,4})-\s+[.,'‘’`"“”]\s*(?=\p{Lu}{2,})/gu, '-')
    .replace(/(?<=\d\/(?:19|20)\d{2}\/(?:NĐ|TT|QĐ|NQ|TTLT|CT)) (?=\p{Lu}{2,}[\p{Lu}\d]*(?![\p{L}\d]))/gu, '-')
    // (Or for the dash between a Công văn's body code and its department's, both known codes, before the date:
    // 'số 42/UBND VHXH ngày 09/01/2026'.)
    .replace(/(?<![\p{L}\d])(\d{1,5}\/)(\p{Lu}{2,6}) (\p{Lu}{2,6})(?=\s+ng[àa]y\s)/gu, (all, n: string, body: string, unit: string) =>
      (isKnownCode(body) && isKnownCode(unit) ? `${n}${body}-${unit}` : all))
    // A decree is the government's, NĐ-CP: a C OCR read as a round letter is its C ('115/2020/NĐ-ÔP').
    .replace(/(?<=\d\/(?:19|20)\d{2}\/NĐ-)[OÔƠÓÒ0Q](?=P(?![\p{L}\d]))/gu, 'C')
    // (Or a dash read twice across that space: '66- -NQ/TW'; or a speck after it: '312- _QD/UBKTTU'.)
    .replace(/(?<![\p{L}\d/])(\d{1,5})-(?: -| [_~'‘’`.,]?)(?=\p{Lu}{1,4}\/)/gu, '$1-')
    // (Or the dash read as a full stop: '57. NQ/TW', where a type code and its slash follow.)
    .replace(/(?<![\p{L}\d/.,])(\d{1,5})\. ?(?=(\p{Lu}{2,4})\/\p{Lu})/gu, (all, n: string, code: string) => (typeByCode(code) ? `${n}-` : all))
    // A number OCR split after số ('số 452 1/UBND-KGVX', 'số 31 2/'): two numbers never follow số.
    // (But a lone digit before a number of two digits or more is a speck, or the first digit read twice:
    // 'số 6 06/2022/QH15', 'số 5 210/TTr', 'số 5 52/KH'; in the samples, every such case.)
    // (Số may have other marks: the number line's 'Sơ: 61 1/UBND-KT'.)
    // (Save a 1 before a number opening with 1: OCR splits 11 so, as in 'tháng 1 1', 'số 1 15/QĐ-VKSTC'.)
    .replace(SO_SPLIT_NUMBER, (all, head: string, a: string, b: string) =>
      (a.length === 1 && b.length >= 2 && !(a === '1' && b[0] === '1') ? `${head}${b}` : a.length + b.length <= 5 ? `${head}${a}${b}` : all)))
    // A digit read for a cited code's first letter, when the letter makes a known code, and a full stop
    // speck before its dash ('số 3120/5VHTTDL.-VP': SVHTTDL); the symbol pattern wants a letter there.
    .replace(/(?<![\p{L}\d])(\d{1,5}\/)([580])(\p{Lu}{2,})\.?(?=[-/])/gu, (all, head: string, d: string, rest: string) =>
      (isKnownCode(`${LETTER_OF_DIGIT[d]}${rest}`) ? `${head}${LETTER_OF_DIGIT[d]}${rest}` : all))
    // A small b opening a body code, capitals after it, is OCR's reading of a Đ ('1250/QP-bHV': ĐHV), or of a B
    // where only that makes a known code: codes are written in capitals.
    .replace(/(?<=(?<![\p{L}\d])\d{1,5}\/\p{Lu}{1,5}-)b(\p{Lu}{1,6})(?![\p{L}\d])/gu, (_, rest: string) => (isKnownCode(`B${rest}`) && !isKnownCode(`Đ${rest}`) ? `B${rest}` : `Đ${rest}`))
    // A dash OCR set between số and the number ('Nghị định s6-114/2018/NĐ-CP').
    .replace(/(?<![\p{L}\d])(?:s[o6]|số)-(?=\d{1,5}\/)/giu, 'số ')
    // The dash between a type code and a body's lost ('2402/QĐTTg'): where the group is a type code and
    // a body code, and no code of its own.
    .replace(/(?<![\p{L}\d/-])(\d{1,5}\/)(\p{Lu}{4,}\p{Ll}?)(?![\p{L}\d/-])/gu, (all, head: string, group: string) => {
      if (typeByCode(group) || BODY_CODES.includes(group)) return all;
      const cut = [2, 3].find((k) => typeByCode(group.slice(0, k)) && BODY_CODES.includes(group.slice(k)));
      return cut ? `${head}${group.slice(0, cut)}-${group.slice(cut)}` : all;
    })
    // (The restorer may have made a word of the fragment, a vowel added: 'T Tr-' read 'T Trở-'.)
    .replace(/(?<![\p{L}\d])(\d{1,5}\/)(\p{Lu}) (\p{Lu}?\p{Ll}{0,2})(?=-)/gu, (all, head: string, a: string, b: string) => {
      const code = [b, b.slice(0, -1)].find((x) => x && typeByCode(a + x));
      return code && !typeByCode(a) ? `${head}${a}${code}` : all;
    });
  const text = (before + fixed).replace(GARBLED_TYPE, (all, name: string, gap: string, num: string, code: string, body: string, at: number) => {
    const type = DOC_TYPES.find((t) => t.name.toLowerCase() === name.toLowerCase());
    // (The symbol itself must be on this line: the text before it is only read.)
    if (!type || type.name === 'Công văn' || typeByCode(code) || at + name.length + gap.length < before.length) return all;
    return `${name}${gap}${num}/${type.codes[0]}-${body}`;
  });
  return text.slice(before.length);
}

// A line that opens with a body's head word ('Sở Nông nghiệp …', 'Ủy ban nhân dân …').
const BODY_HEAD_START = /^\s*(?:Sở|Bộ|Ban|Ủy ban|Phòng|Cục|Chi cục|Hội|Trung tâm|Chính phủ|Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy|Văn phòng)\s/u;
const GLUED_STOP = new RegExp(`(?<=\\p{L}{2})\\.${MARKED_WORD_AHEAD}`, 'gu');
/** Body text joined across line breaks (a citation often wraps), remembering where each line starts. */
function flatten(lines: Line[]): Flat {
  const starts: number[] = [];
  let text = '';
  for (const [k, raw] of lines.entries()) {
    const l = { ...raw, text: repairCitedSymbols(raw.text, text.slice(-60)) };
    // A full stop glued to a line's last word before a line that goes on in lowercase (after specks)
    // is a speck ('của Sở Y tế.' / 'tỉnh Phú Thọ về …'): a sentence never starts lowercase.
    // (A blank line OCR left between them changes nothing: 'của Viện.' / blank / 'kiểm sát nhân dân tối cao'.)
    const nextText = (lines[k + 1]?.text.trim() ? lines[k + 1] : lines[k + 2])?.text ?? '';
    // (So is a colon glued to a capitalised word there: 'của Ban Tổ:' / 'chức Trung ương'.)
    if ((/\p{L}\.$/u.test(l.text.trimEnd()) || /(?:^|\s)\p{Lu}\p{Ll}*:$/u.test(l.text.trimEnd())) && /^[\s.,:;'"‘’“”~|]*\p{Ll}/u.test(nextText)) l.text = l.text.trimEnd().slice(0, -1);
    // So is one after a body's head word, which names nothing alone ('của Phòng.' / 'Giáo dục và Đào tạo …'),
    // and a colon there ('của Bộ:' / 'Chính trị').
    // (A mark OCR made of dust may stand before it: 'của Bộ ˆ.'.)
    // (Or two: 'của Trung tâm..' / 'Y tế khu vực Can Lộc'.)
    // A cited date's của that OCR made a speck of one or two small letters at the line's end, before a line that opens
    // with a body's head word, is của ('ngày 10/12/2025 ie' / 'Sở Nông nghiệp và Môi trường về …').
    if (/\sngày \d{1,2}\/\d{1,2}\/\d{4}\s+[a-z]{1,2}$/u.test(l.text.trimEnd()) && BODY_HEAD_START.test(nextText)) l.text = l.text.trimEnd().replace(/[a-z]{1,2}$/u, 'của');
    const headStop = /(?<=(?:^|\s)(?:Phòng|Sở|Ban|Bộ|Cục|Hội|Ủy ban|Trung tâm))(?:\s*[ˆ¨°`'’])?(?:[.:]|\.\.)$/u;
    if (headStop.test(l.text.trimEnd()) && /^\s*\p{Lu}/u.test(lines[k + 1]?.text ?? '')) l.text = l.text.trimEnd().replace(headStop, '');
    // So is one after a unit word when the next line with words opens with a name of two capitalized
    // words ('của Sở Nội vụ tỉnh.' / blank / 'Quảng Trị, Phòng …'; not '… tỉnh.' / 'Báo cáo …').
    const unitStop = /(?<=(?:^|\s)(?:tỉnh|huyện|thành phố|quận|thị xã))\.$/u;
    if (unitStop.test(l.text.trimEnd()) && /^\s*\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(nextText)) l.text = l.text.trimEnd().replace(unitStop, '');
    // Inside a line too, a full stop glued to a word before a lowercase one is a speck ('của Ủy. ban'),
    // and one after a standing body, which names its owner next ('Ban Thường trực. Ủy ban Mặt trận …').
    // So is a comma after a remnant of a body's first word right after của ('của TU, ban nhân dân tỉnh'),
    // and a single quote glued between a word and a capitalised one ("Sở'Y tế").
    // (Or glued to both words, 'Sở Nông.nghiệp': no address, gov.vn, has a word of Vietnamese after its dot.)
    // (And a colon glued to the first word of a name after của before a small word: 'của Ủy: ban nhân dân tỉnh'.)
    l.text = l.text.replace(/(?<=\p{L})\.\s+(?=\p{Ll})/gu, ' ').replace(/(?<=(?:^|\s)của\s+\p{Lu}\p{Ll}*):(?=\s+\p{Ll})/gu, '').replace(GLUED_STOP, ' ').replace(/(?<=(?:^|\s)của\s+\p{Lu}{1,3}),(?=\s+\p{Ll})/gu, '').replace(/(?<=\p{L})['‘’](?=\p{Lu}\s)/gu, ' ')
      .replace(/(?<=(?:Ban Thường trực|Ban Thường vụ|Ban Chấp hành|Thường trực))\.\s+(?=\p{Lu})/gu, ' ')
      // (A full stop glued between của and the name's capital is a space, 'của.Hội Khuyến học'; and a speck of two
      // small letters between a cited date and của is none of it, 'ngày 25/10/2025 of của Ủy ban'.)
      .replace(/(?<=(?:^|\s)của)\.(?=\p{Lu})/gu, ' ').replace(/(?<=\d{4})\s+[a-z]{1,2}\s+(?=của\s)/gu, ' ')
      // (An opening single quote glued before a small word that no quote closes is a speck: 'quy ‘định'.)
      .replace(/(?<=\s)[‘`](?=\p{Ll}{2,}(?=[\s,.;]|$))(?![^’']*['’])/gu, '');
    // A list item after a blank line ('- Căn cứ Điều lệ Đảng …') is a new sentence, whatever the line
    // above did not close ('… của Bộ Chính trị' / blank / '- Căn cứ …').
    // (Not after a body's head word after của, which names nothing alone: 'của Ban' / blank / '- Thường vụ Hội …',
    // a speck there.)
    if (k > 0 && !lines[k - 1].text.trim() && /^\s*[-–+•]\s+\p{Lu}/u.test(l.text) &&
      !/(?:^|\s)của\s+(?:Phòng|Sở|Ban|Bộ|Cục|Hội|Ủy ban|Trung tâm)\s*$/u.test(text)) text = `${text.trimEnd()}; `;
    starts.push(text.length);
    // A line of specks alone, no number and no two letters together, is none of a wrapped citation ('của Ban' /
    // '^ +  e' / '. Thường vụ Hội …').
    if (!/\d|\p{L}{2}/u.test(l.text)) continue;
    // OCR specks at the ends of a line inside a wrapped citation are not part of it: at its end after a
    // space ('của Ủy ban :', 'Ban Chấp .': a real full stop follows no space), at its start before a
    // word or number ('-. Ban Thường trực', '“Giáo dục …', '"29/10/2014'), and alone inside it ('Tỉnh © ủy',
    // 'Ủy ban „ nhân dân'). (A degree sign set apart is one too: 'của Ban °' / 'Tổ chức Trung ương'.)
    text += l.text.replace(/\s+/g, ' ').replace(/ [_~|¦©®!„‚°] /g, ' ').trim()
      .replace(/^[-–.,:;|¦!~“”"‘’'`_„‚]+\s*(?=[\p{L}\d])/u, '')
      // (And a lone small letter before a unit word, no word of Vietnamese: 'Ủy ban nhân dân' / 'a xã Con Cuông';
      // an item's letter takes no unit word after it, 'điểm' / 'a khoản 1'.)
      .replace(/^[a-z]\s+(?=(?:xã|phường|thị trấn|tỉnh|huyện|quận|thị xã|thành phố)\s)/u, '')
      .replace(/\s+[!|¦:;._~“”"‘’'`°]+$/u, '')
      // (So is a closing bracket set apart at its end when the line opened none: 'năm 2025 )' / 'của Ủy ban …'.)
      .replace(/^([^(]*?)\s+\)$/u, '$1') + ' ';
  }
  return { text, starts, lines };
}

/**
 * Whether the OCR'd lines print a Party symbol's type as Quy định ('Quy dinh s6 22-QB/TW'): QĐ is a Quy
 * định's code and a Quyết định's, and the restorer reads the commoner Quyết định; OCR seldom loses the ết.
 */
function printedAsQuyDinh(f: Flat, offset: number, number: string): boolean {
  const k = lineIndexAt(f, offset);
  const raw = f.lines.slice(Math.max(0, k - 2), k + 1).map((l) => l.raw).join(' ');
  const last = [...raw.matchAll(new RegExp(`(\\S+)\\s+(\\S+)\\s+\\S{1,3}\\s*:?\\s*${number}\\s*[-–]`, 'gu'))].pop();
  return !!last && skeleton(last[1]).toLowerCase() === 'quy' && /^[dbp]inh$/.test(skeleton(last[2]).toLowerCase());
}

/** The index of the line the flat text's offset falls in (a binary search on the lines' starts). */
function lineIndexAt(f: Flat, offset: number): number {
  let lo = 0, hi = f.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (f.starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

function lineAt(f: Flat, offset: number): Line {
  return f.lines[lineIndexAt(f, offset)];
}

/** Every document cited in the text, deduplicated by number, with type, date and issuer when stated. */
export function extractReferences(lines: Line[], ownNumber: string | null, printedNumber: string | null = null, laws?: LawTable): Reference[] {
  // The document's own body code, when it holds a Đ (ĐHSP): cited symbols of its own body share it.
  const ownCode = ownNumber ? /[-/]([\p{Lu}\d]*Đ[\p{Lu}\d]*)$/u.exec(ownNumber)?.[1] ?? null : null;
  const flat = flatten(lines);
  const byNumber = new Map<string, Reference>();
  const statedKeys = new Set<string>(); // numbers whose issuer the text states, not only its symbol
  const matches = [...flat.text.matchAll(SYMBOL_IN_TEXT)].map((m) => ({ index: m.index!, length: m[0].length, symbol: m[1] }));
  for (const m of flat.text.matchAll(BARE_AFTER_TYPE)) {
    const at = m.index! + m[0].length - m[1].length;
    if (!matches.some((x) => x.index <= at && at < x.index + x.length)) matches.push({ index: at, length: m[1].length, symbol: m[1] });
  }
  matches.sort((a, b) => a.index - b.index);
  for (const m of matches) {
    // A number glued to OCR junk ('4%0 /KH-UBND') is a damaged fragment, not a citation.
    if (/[%&$§@#*]$/.test(flat.text.slice(0, m.index))) continue;
    // A word in Title case after a dash set apart by a space is the next column's word
    // ('2110/UBND-VP  -  Độc lập'), not a code: codes are capitals (and TTg).
    // (Nor is the V of a V/v line OCR ran into the number's: '318/CCTL-QLĐ -' / 'V/v kiểm tra'.)
    const vv = flat.text.slice(m.index + m.length, m.index + m.length + 2) === '/v';
    // (Nor is a last group that is a word with a mark other than Đ: codes are written without them, so 'NGHỊ' is the
    // title on the next line, 'Số 01-NQ/CB-' / 'NGHỊ QUYẾT'; a group OCR specked, 'QĐ- BTỨC', is no word and stays.)
    // (Unless the line OCR printed holds the group without the mark the restorer gave it, after the dash on that
    // line, no caps word after it: '05/KH- TA ngày' read 'KH- TẢ' is the code TA.)
    const printedPlain = (group: string) => {
      const plain = skeleton(group);
      return /^[A-Z]{1,5}$/.test(plain) && new RegExp(`${escapeRegExp(m.symbol.replace(/-\s?[^-/]*$/u, ''))}-\\s?${plain}(?![\\p{L}\\d])(?!\\s+\\p{Lu}{2})`, 'u').test(lineAt(flat, m.index).raw) ? plain : null;
    };
    const symbol = m.symbol.replace(/(?:\s-\s?|-\s)\p{Lu}\p{Ll}+(?![\p{L}\d]).*$/u, '')
      .replace(/-\s?([^-/]*[^-/A-Za-zĐ\d\s][^-/]*)$/u, (all, group: string) => {
        if (!isSyllable(group.toLowerCase())) return all;
        const plain = printedPlain(group);
        return plain ? `-${plain}` : '';
      });
    const printed = normalizeNumber(vv ? symbol.replace(/\s?-\s?V$/u, '') : symbol);
    // (A body code that is the document's own but for a Đ read as P, D or B takes the own one:
    // '1250/QĐ-PHSP' in a document numbered 1520/TB-ĐHSP.)
    const tail = ownCode ? printed.slice(-ownCode.length) : '';
    // (Or ending a longer code of a body above it, when the own code is three letters or more: '245/KH-TWHCTD'
    // cited by a document numbered 86/KH-CTĐ is TWHCTĐ.)
    const beforeTail = printed.charAt(printed.length - (ownCode?.length ?? 0) - 1);
    let number = ownCode && tail !== ownCode && (/[-/]/.test(beforeTail) || (ownCode.length >= 3 && /\p{Lu}/u.test(beforeTail))) && sameButD(tail, ownCode)
      ? `${printed.slice(0, -ownCode.length)}${ownCode}` : printed;
    // (The header may have put back a Đ the body's copy still reads as P, D or B: 'QĐ-PHV' / 'QĐ-ĐHV'.)
    // (Or as the header printed it, before the header put its Đ back: '27/KH-MNDPL' for 27/KH-MNĐL.)
    if (number === ownNumber || (ownNumber && sameButD(number, ownNumber)) || number === printedNumber) continue;
    // (Nor is the own number's tail, its first digits set apart by OCR: 'Số 2 15-NQ/ĐU' of a document numbered 215-NQ/ĐU.)
    const digitsBefore = /(\d{1,2})\s$/u.exec(flat.text.slice(Math.max(0, m.index - 3), m.index))?.[1];
    if (digitsBefore && `${digitsBefore}${number}` === ownNumber) continue;
    let parsed = numberParts(number);
    if (!parsed) continue;
    const before = flat.text.slice(Math.max(0, m.index - 80), m.index);
    // (A word OCR garbled right after the symbol, before a whole date, is its ngày: '45-CT/TW gây 14 tháng 4 năm 2025'.)
    const after = flat.text.slice(m.index + m.length, m.index + m.length + 200)
      .replace(/^(\s*)(?!ng[àa]y\s)[^\s\d]{1,4}(?=\s+\d{1,2}\s+th\p{L}{1,2}ng\s+\d{1,2}\s+n\p{L}{1,2}m\s+(?:19|20)\d{2})/u, '$1ngày');
    // (Spaces as one: a blank line OCR left inside a citation, 'thực hiện Quy' / blank / 'định số 296-QĐ/TW'.)
    const typed = typeBefore(before.replace(/\s+/g, ' '));
    let type = typed ? canonicalType(typed[1]) : null;
    // A type name that differs from its symbol's type code only in its first word is the code's: the
    // restorer reads the commoner name before a symbol ('Quy định số 11-QĐi/TW' as Quyết định).
    // (Not by QĐ, which a Party Quy định bears too: 'Quy định số 144-QĐ/TW'.)
    const codeType = parsed.parts.typeCode && parsed.parts.typeCode !== 'QĐ' ? typeByCode(parsed.parts.typeCode)?.name : undefined;
    const rest = (name: string) => name.split(' ').slice(1).join(' ');
    if (type && codeType && codeType !== type && rest(codeType) && rest(codeType) === rest(type)) type = codeType;
    if (!type && parsed.parts.typeCode) type = typeByCode(parsed.parts.typeCode)?.name ?? null;
    // (A symbol without a type code whose first group is the named type's code and one letter OCR added to it
    // is that code: 'Tờ trình số 48/TITr-VHXH' is 48/TTr-VHXH.)
    const groups = parsed.parts.bodyCode?.split('-') ?? [];
    const typeCode = type && !parsed.parts.typeCode && groups.length > 1 && groups[0].length >= 3
      ? typeByName(type)?.codes.find((c) => [...groups[0]].some((_, k) => groups[0].slice(0, k) + groups[0].slice(k + 1) === c)) : undefined;
    if (typeCode) {
      const renumbered = number.replace(new RegExp(`(?<=[/-])${escapeRegExp(groups[0])}(?=-)`, 'u'), typeCode);
      const retyped = numberParts(renumbered);
      if (retyped?.parts.typeCode === typeCode) { number = renumbered; parsed = retyped; }
    }
    if (type === 'Quyết định' && parsed.family === 'party' && parsed.parts.typeCode === 'QĐ' && printedAsQuyDinh(flat, m.index, parsed.parts.number)) type = 'Quy định';
    if (!type && parsed.family === 'legal' && /^QH\d+$/.test(parsed.parts.bodyCode ?? '')) type = 'Luật';
    const date = findDate(after.slice(0, 45), true);
    const dateIso = date && date.index < 12 ? date.iso : null;
    const iss = ISSUER_AFTER.exec(after);
    // Words that end a name only once damaged body words are put back ('nhân đến tính' is nhân dân tỉnh).
    // (A capital speck before the body's name is none of it: 'của RB' / 'Ủy ban nhân dân tỉnh …'.)
    let stated = iss && iss[1].trim().length <= 80 ? endCentralName(canonicalIssuer(untilHeading(spellCommittees(iss[1].replace(SPECK_BEFORE_BODY, '')))).replace(SOFT_STOP, '').replace(AFTER_PLACE, '$1').replace(BARE_UNIT_THEN_VA, '$1')) : null;
    // (Or the text says who made it with 'do … lập', a Biên bản's way: '… số 46/BB-VPHC ngày 12 tháng 12 năm 2025
    // do Công an phường lập'; the date may be there or not.)
    if (!stated) {
      const by = DONE_BY.exec(after.slice(0, 100));
      if (by && by.index < 40) stated = canonicalIssuer(by[1]);
    }
    // A name with a comma of its own ('Bộ Văn hóa, Thể thao và Du lịch') goes on past the comma.
    if (stated && iss) {
      const full = COMMA_NAMES.find((n) => n.startsWith(`${stated},`) && looseKey(stated + after.slice(iss[0].length)).startsWith(looseKey(n)));
      // (Also after its head's title: 'của Giám đốc Sở Văn hóa, Thể thao và Du lịch'.)
      const headed = full ? undefined : COMMA_NAMES.find((n) => { const first = n.split(',')[0]; return stated!.endsWith(` ${first}`) &&
        looseKey(first + after.slice(iss[0].length)).startsWith(looseKey(n)); });
      if (full) stated = full;
      else if (headed) stated = `${stated.slice(0, stated.length - headed.split(',')[0].length)}${headed}`;
      const ve = VE_NAMES.find((n) => stated!.endsWith(n.head) && looseKey(after.slice(iss[0].length)).startsWith(looseKey(n.rest)));
      if (ve) stated = `${stated}${ve.rest}`;
      // A joint document's issuers, one per body code of its symbol ('39/2015/TTLT-BLĐTBXH-BGDĐT-BNV của Bộ
      // Lao động - Thương binh và Xã hội, Bộ Giáo dục và Đào tạo, Bộ Nội vụ'): its commas part them.
      const joint = jointIssuers(after, parsed.parts);
      if (joint) stated = joint;
    }
    // Unstated, the issuer of a central body's document is in its symbol (NĐ-CP: Chính phủ); stated
    // in part ('của Thủ tướng.' with Chính phủ wrapped past a speck), the symbol's name is whole.
    const coded = issuerFromCode(parsed.parts);
    if (stated && coded && coded.startsWith(`${stated} `)) stated = coded;
    const named = coded ?? ABBREVIATIONS[parsed.parts.bodyCode?.split('-')[0] ?? ''];
    // (Or the stated name has its letters, marks read otherwise: 'Sở Ý tế' of 3015/SYT-NVY; or is the first words of
    // the symbol's name, its case read otherwise and the rest cut off by a speck: 'BỘ Nông nghiệp và. Môi trường' of
    // 18/CĐ-BNNMT.)
    if (stated && named && stated !== named && looseKey(stated) === looseKey(named)) stated = named;
    else if (stated && named && stated.includes(' ') && named.toLowerCase().startsWith(`${stated.toLowerCase()} `)) stated = named;
    // (So is it when the stated name is the symbol's but for a first word OCR garbled into capitals: 'SG Y tế' of
    // 2894/SYT-NVY, also before the body's place: 'SG Y tế tỉnh Quảng Ninh' of 45/SYT-NVY.)
    const namedWords = named?.split(' ') ?? [], statedWords = stated?.split(' ') ?? [];
    const head = statedWords.slice(0, namedWords.length);
    if (stated && named && /^\p{Lu}{2,}\s/u.test(stated) && head.length === namedWords.length &&
      looseKey(head.slice(1).join(' ')) === looseKey(namedWords.slice(1).join(' ')) && similarity(looseKey(head.join(' ')), looseKey(named)) >= 0.75) {
      stated = [named, ...statedWords.slice(namedWords.length)].join(' ');
    }
    // (Or its first words OCR glued into capitals, a letter off at most: 'BOY tờ' of 23/2024/TT-BYT, Bộ Y tế.)
    else if (stated && named && /^\p{Lu}{3,}\s/u.test(stated) && stated.split(' ').length < named.split(' ').length && similarity(stated, named) >= 0.8) stated = named;
    const proposer = !stated && !coded ? PROPOSED_BY.exec(before) : null;
    const proposed = proposer ? bodyOfHead(proposer[1]) : null;
    const issuer = stated ?? coded ?? (proposed ? canonicalIssuer(proposed) : null);
    // A body code that is the stated issuer's initials once a Đ OCR read as P, D or B (or an Ư read U) is put
    // back ('25/HD-BCT' of the Đoàn Chủ tịch …): as the header's own number is mended.
    if (stated && parsed.parts.bodyCode && /[DPBU]/.test(parsed.parts.bodyCode.split('-')[0])) {
      const mended = withIssuerInitials({ value: number, parts: parsed.parts }, stated);
      if (mended.value !== number) { number = mended.value; parsed = { ...parsed, parts: mended.parts }; }
    }
    const line = lineAt(flat, m.index);
    const ref: Reference = {
      type, number, date: dateIso, issuer,
      confidence: (typed ? 0.95 : 0.8) - (issuer && !stated ? 0.1 : 0), evidence: evidenceOf(line),
    };
    // Same parts, separators swapped by OCR ('57/NQ-TW' for '57-NQ/TW'): the same document.
    const p = parsed.parts;
    const key = `${Number(p.number)}|${p.year ?? ''}|${[p.typeCode, p.bodyCode].sort().join('|')}`;
    const prev = byNumber.get(key);
    if (!prev) { byNumber.set(key, ref); if (stated) statedKeys.add(key); }
    else {
      // Keep the first mention, filling in what a later, fuller citation states.
      prev.type ??= ref.type; prev.date ??= ref.date; prev.issuer ??= ref.issuer;
      // (An issuer the text states beats one the first mention's symbol implied: 'Thông tư số 32/2023/TT-BYT'
      // in a title, then '… ngày 31 tháng 12 năm 2023 của Bộ trưởng Bộ Y tế' below.)
      if (stated && !statedKeys.has(key)) { prev.issuer = ref.issuer; prev.confidence = ref.confidence; statedKeys.add(key); }
    }
  }
  // (In the order the text cites them.)
  // (A law's number OCR misread a digit of, the table knowing none of that number, is the number of the law the
  // name, year and date say: 'Luật Xây dựng số 20/2014/QH 13 ngày 18 tháng 6 năm 2014' is 50/2014/QH13.)
  const misread = new Map<string, string>();
  const named = laws ? lawsByName(flat, laws, matches, misread).filter((ref) => ![...byNumber.values()].some((r) => r.number === ref.number)) : [];
  for (const r of byNumber.values()) { const known = misread.get(r.number); if (known) { r.number = known; r.confidence = Math.min(r.confidence, 0.8); } }
  // A citation whose body code OCR cut short is the one the text cites whole: that one stands for both.
  const refs = [...byNumber.values(), ...named].sort((a, b) => a.evidence.page - b.evidence.page || a.evidence.line - b.evidence.line);
  // A law's date as the law table knows it, where OCR lost a digit of the text's day: 'ngày 2 tháng -6 năm 2012'
  // of 15/2012/QH13, passed on 20 June. (Only so: the table's dates are the corpus's commonest, not always the
  // day a law passed, and a whole date in the text stands.)
  for (const r of laws ? refs : []) {
    const known = laws!.byNumber(r.number)?.date;
    if (!known || !r.date || r.date === known || r.date.slice(0, 7) !== known.slice(0, 7)) continue;
    const day = String(Number(r.date.slice(8))), knownDay = known.slice(8);
    if (day.length === 1 && Number(knownDay) >= 10 && (knownDay.startsWith(day) || knownDay.endsWith(day))) r.date = known;
  }
  return refs.filter((a) => {
    const whole = wholeCitation(a.number, refs);
    if (!whole) return true;
    whole.type ??= a.type; whole.date ??= a.date; whole.issuer ??= a.issuer;
    return false;
  });
}

const JOINT_CLAUSE = /c[ủu]a\s+(.+?)(?=;|\s+(?:về|quy định|hướng dẫn|ban hành)\s|$)/u;
const JOINT_PART = new RegExp(`,\\s*(?:và\\s+)?(?=${BODY_WORDS}\\s)|\\s+và\\s+(?=${BODY_WORDS}\\s)`, 'iu');

/**
 * The issuers a joint document's citation names, when its symbol has two body codes or more after
 * its type (TTLT-BLĐTBXH-BGDĐT-BNV) and the text names as many bodies, joined by commas; else null.
 */
function jointIssuers(after: string, parts: { typeCode?: string | null; bodyCode?: string | null }): string | null {
  const codes = (parts.bodyCode ?? '').split('-').filter(Boolean);
  if (codes.length < 2 || !/^TTLT$/i.test(parts.typeCode ?? '')) return null;
  const clause = JOINT_CLAUSE.exec(after.slice(0, 300).replace(/\s+/g, ' '));
  if (!clause) return null;
  const names = clause[1].split(JOINT_PART).map((n) => canonicalIssuer(n.trim().replace(/[.,]+$/, '')));
  return names.length === codes.length && names.every((n) => BODY_FIRST.test(n)) ? names.join(', ') : null;
}

const SO_WORD = new RegExp(`(?:^|\\s)${SO}(?=[\\s:.]|$)`, 'u');

/**
 * Laws cited by name whose number OCR destroyed ('Luật Ngân sách nhà nước số S5 ..... ngày 25 tháng 6
 * năm 2015'), looked up by their name and year: a citation of 'Luật' with 'số' but no law's symbol
 * (QH) in its clause. The date is the citation's, else the table's when the citation's year is its year.
 */
function lawsByName(flat: Flat, laws: LawTable, symbols: Array<{ index: number; symbol: string }>, misread: Map<string, string>): Reference[] {
  const out: Reference[] = [];
  for (const m of flat.text.matchAll(/(?<![\p{L}])Luật\s+(?=\p{L})/gu)) {
    const from = m.index! + m[0].length;
    // The clause: to the next semicolon, or a new citation's Căn cứ.
    const rest = flat.text.slice(from, from + 200);
    const clause = rest.slice(0, Math.max(0, rest.search(/;|\s(?:Căn cứ|Xét|Theo)\s|$/u)));
    const date = findDate(clause, true);
    const printed = symbols.find((s) => s.index >= from && s.index < from + clause.length && /QH/.test(s.symbol));
    if (printed) {
      const number = normalizeNumber(printed.symbol);
      const law = !laws.byNumber(number) && date?.iso ? laws.lookup(clause, Number(date.iso.slice(0, 4)), date.iso) : null;
      if (law && law.date === date!.iso && oneDigitApart(number, law.number)) misread.set(number, law.number);
      continue;
    }
    // Only where a number was printed, 'số' before the date: a law cited by its name and date alone
    // ('Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025') is cited without one.
    if (!SO_WORD.test(clause.slice(0, date?.index ?? clause.length))) continue;
    const year = date?.iso ? Number(date.iso.slice(0, 4)) : Number(/(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(clause)?.[0] ?? NaN);
    if (!year) continue;
    const law = laws.lookup(clause, year, date?.iso ?? null);
    if (!law) continue;
    out.push({
      type: 'Luật', number: law.number, date: date?.iso ?? law.date, issuer: 'Quốc hội',
      confidence: 0.7, evidence: evidenceOf(lineAt(flat, m.index!)),
    });
  }
  return out;
}

/** Two symbols alike but for one digit ('20/2014/QH13', '50/2014/QH13'). */
function oneDigitApart(a: string, b: string): boolean {
  return a.length === b.length && [...a].filter((c, k) => c !== b[k]).length === 1 && [...a].every((c, k) => c === b[k] || (/\d/.test(c) && /\d/.test(b[k])));
}

/**
 * The citation among `refs` that `number` is, its body code cut short by OCR: the same number and type,
 * a longer body code ending with this one ('35- CT/ W' beside 35-CT/TW, the T lost on the subject's line).
 */
export function wholeCitation(number: string, refs: Reference[]): Reference | undefined {
  const pa = numberParts(number)?.parts;
  if (!pa?.bodyCode) return undefined;
  return refs.find((b) => {
    const pb = numberParts(b.number)?.parts;
    return !!pb?.bodyCode && pb.number === pa.number && pb.year === pa.year && pb.typeCode === pa.typeCode &&
      pb.bodyCode.length > pa.bodyCode!.length && pb.bodyCode.endsWith(pa.bodyCode!);
  });
}

function canonicalType(s: string): string {
  const lower = s.toLowerCase();
  if (lower.startsWith('chương trình')) return 'Chương trình';
  if (lower.startsWith('kế hoạch')) return 'Kế hoạch';
  return DOC_TYPES.find((t) => t.name.toLowerCase() === lower)?.name ?? s;
}
