import { phrasesAsPrinted, spellCommittees, titleCase } from '../casing.js';
import { rawWords, rawWordsOfFirstLine, type RestoreSpan } from '../subject.js';
import { isSyllable } from '../../restore/orthography.js';
import type { Gazetteer } from '../../restore/place-names.js';
import { centralByLetters } from '../issuer.js';
import { looseKey } from '../text-match.js';
import { ABBREVIATIONS, BODY_KINDS, FIELD_NAMES, UNIT_WORDS, VILLAGE_UNITS } from '../vocabulary.js';
import { canonicalBody, expandAbbreviations, spellDepartment, withD } from './body-names.js';
import { BODY_HEAD, HEADER_PAIRS, HEADER_PAIRS_WRITTEN, letterCount, HEADER_TRIPLES, SCHOOL_LEVEL_END, schoolNameCut, spellHeaderPairs, UNIT_KEYS, UNIT_NUMBER_LINE, type Segment } from './segments.js';
import { committeeUnit, knownUnitLine, namesUnitWord, regionNumeral, spellUnits, startsWithUnit, unitParts } from './units.js';

/** One line of the issuer column after joining: its segment and its text with abbreviations and unit words spelled out. */
export interface BodyLine {
  seg: Segment;
  text: string;
}

/**
 * The issuer column's caps lines joined where one name wrapped onto the next line, each then
 * spelled out: the issuer is the last, its parents the lines above.
 */
export function joinIssuerLines(issuerSegs: Segment[], places: Gazetteer | undefined, restoreSpan: RestoreSpan | undefined): BodyLine[] {
  // A region's number after KHU VỰC is the Roman numeral the raw line has, whatever word the restorer
  // made of it ('VỰC VII' read VỚI).
  // (And a known phrase whose letters OCR printed and the restorer changed is read as printed.)
  // (And a pair of the vocabulary OCR gave other marks spelled as the vocabulary does: 'KHƯ VỰC'.)
  const segs = issuerSegs.map((s) => ({ ...s, text: spellHeaderPairs(asPrinted({ ...s, text: readAlone({ ...s, text: regionNumeral(s) }, restoreSpan) })) }))
    // (A ministry's name whose spaces OCR lost, a line of its own: 'BONOIVU' is BỘ NỘI VỤ.)
    .map((s) => {
      const central = /^\p{Lu}{5,}$/u.test(s.text) && !isSyllable(s.text.toLowerCase()) && ABBREVIATIONS[s.text] === undefined ? centralByLetters(s.text) : null;
      return central ? { ...s, text: central.toUpperCase() } : s;
    });
  unglueUnits(segs, places);
  // A committee's line under its Party organisation's, its ỦY OCR made signs of, is its Đảng ủy: 'ĐẢNG BỘ TỈNH NGHỆ AN' /
  // "ĐANG 16)'¢ TRƯỜNG ĐẠI …" (an organisation is never named twice).
  for (let k = 1; k < segs.length; k++) {
    const ws = segs[k].text.split(' ');
    if (looseKey(segs[k - 1].text.split(' ').slice(0, 2).join(' ')) === 'DANGBO' && ws.length >= 3 && looseKey(ws[0]) === 'DANG' &&
      ws[1].length >= 2 && letterCount(ws[1]) <= 1) segs[k] = { ...segs[k], text: ['ĐẢNG', 'ỦY', ...ws.slice(2)].join(' ') };
  }
  // An office's line under a commune's, district's or ward's committee, its PHÒNG OCR made a speck of, opening a
  // field's name: 'UBND PHƯỜNG TRƯỜNG' / 'VINH' / '1E KINH TẾ, HẠ TẦNG' (read Là) is that ward's Phòng.
  const shortSpeck = (w: string) => [...w].length <= 2 && !/^\p{Lu}{2}$/u.test(w) && !ABBREVIATIONS[w] && !/^[-–]$/u.test(w);
  for (let k = 1; k < segs.length; k++) {
    const ws = segs[k].text.split(' '), printed = rawWords(segs[k].text, segs[k].line)?.split(' ');
    const speck = !!printed && printed.length === ws.length && shortSpeck(printed[0]);
    // (Or the speck dropped from the segment, still first on the line OCR printed: '1E KINH TẾ, HẠ TẦNG'.)
    const dropped = !speck && !!printed && shortSpeck(segs[k].line.raw.trim().split(/\s+/)[0] ?? '') && segs[k].line.raw.trim().split(/\s+/)[1] === printed[0];
    const name = speck ? ws.slice(1) : ws, rest = looseKey(name.join(' '));
    if ((speck || dropped) && name.length >= 2 && FIELD_NAMES.some((f) => looseKey(f).startsWith(rest) || rest.startsWith(looseKey(f))) &&
      LOWER_UNIT.test(segs.slice(0, k).map((s) => s.text).join(' ')) && !nameGoesOn(segs[k - 1].text)) segs[k] = { ...segs[k], text: ['PHÒNG', ...name].join(' ') };
  }
  // A last line that is a place the body is named for, which the restorer read as other words, is the
  // gazetteer's name with its letters ('GIÁO DỤC THƯỜNG XUYÊN' / 'PHU CU' read PHỦ CƯ is Phù Cừ).
  // (Not after a unit word, where the unit's name is read below: 'HUYỆN' / 'ĐẠI LỌC'.)
  const last = segs[segs.length - 1], aboveLast = segs[segs.length - 2]?.text.split(' ') ?? [];
  const afterUnit = [1, 2].some((n) => aboveLast.length >= n && UNIT_KEYS.includes(looseKey(aboveLast.slice(-n).join(' '))));
  // (Put in once the lines are joined, which reads a wrapped name's words again from OCR's letters.)
  const respelled = places && segs.length > 1 && !afterUnit && /^\p{Lu}+(?: \p{Lu}+){1,2}$/u.test(last.text) && !BODY_HEAD.test(last.text) &&
    !startsWithUnit(last.text) && !places.isName(last.text) ? places.respell(last.text, null, places.provincesIn(segs.map((s) => s.text).join(' '))) : null;
  // Issuing body and its parent from the caps lines above Số. A line of one word continues the
  // line above it (no body is named in one word: 'PHÒNG TÀI CHÍNH - KẾ' / 'HOẠCH').
  for (let k = segs.length - 1; k > 0; k--) {
    // So does a line after one ending in a joining word ('PHÒNG VĂN HÓA VÀ' / 'THÔNG TIN'), and a
    // line starting with one ('ĐẢNG ỦY KHỐI CƠ QUAN' / 'VÀ DOANH NGHIỆP TỈNH').
    // (One syllable or a known abbreviation: 'SOYTE' is a whole name whose spaces OCR lost.)
    const w = segs[k].text;
    // (A school's letter after the word does not count: 'TRƯỜNG THPT YÊN' / 'KHÁNH A'.)
    const w1 = /^TRƯỜNG\s/u.test(segs[k - 1].text) ? w.replace(/\s[A-D]$/, '') : w;
    const oneWord = /^\p{Lu}{2,}$/u.test(w1) && (isSyllable(w1.toLowerCase()) || ABBREVIATIONS[w1] !== undefined);
    // And a name of three words or fewer after a line ending in its unit word ('BẢO HIỂM XÃ HỘI TỈNH' /
    // 'NGHỆ AN'), unless it opens a body of its own ('UBND TỈNH' / 'SỞ Y TẾ').
    // (A name may open with a body's word: 'ĐẢNG ỦY PHƯỜNG' / 'TRƯỜNG VINH', words of place names that
    // make no pair of the header vocabulary, as TRƯỜNG THCS or HỘI NÔNG do, the first one that opens
    // names often: TRƯỜNG opens 49 units' names in the gazetteer, SỞ one.)
    const above = segs[k - 1].text.split(' ');
    const ww = w.split(' ');
    const placeWords = !!places && ww.length >= 2 && ww.every((x) => places.isNameWord(x)) && places.namesOpenedBy(ww[0]) >= 5 &&
      !HEADER_PAIRS.has(`${looseKey(ww[0])} ${looseKey(ww[1])}`);
    const unitEnd = [1, 2].some((n) => above.length > n && UNIT_KEYS.includes(looseKey(above.slice(-n).join(' ')))) &&
      ww.length <= 3 && !startsWithUnit(w) && (!BODY_HEAD.test(w) || placeWords);
    // And a line whose first word ends a compound the line above began ('ĐẢNG ỦY KHỐI CÁC CƠ' / 'QUAN TỈNH').
    // (When the line opens a body of its own, its second word must go on the compound too: 'SỞ Y TẾ NGHỆ AN' /
    // 'TRUNG TÂM Y TẾ …' is two bodies, though 'Công an Trung ương' makes a pair of AN TRUNG.)
    // (The vocabulary's runs leave out its và: 'TRUNG TÂM KHUYẾN' / 'CÔNG VÀ' is KHUYẾN CÔNG XÚC ….)
    const next = w.split(' ');
    const second = next.slice(1).find((x) => looseKey(x) !== 'VA');
    // (A body's head word is never followed by và: 'CÔNG TY CỔ PHẦN MÔI' / 'TRƯỜNG VÀ' is no school.)
    // (Nor is a head word with a unit word alone after it: 'ĐẢNG ỦY BỘ ĐỘI BIÊN' / 'PHÒNG TỈNH', a body's kind is followed
    // by its field.)
    const compound = HEADER_PAIRS.has(`${looseKey(above[above.length - 1])} ${looseKey(next[0])}`) &&
      (!BODY_HEAD.test(w) || next.length < 2 || looseKey(next[1]) === 'VA' || !second || (next.length === 2 && UNIT_KEYS.includes(looseKey(second))) ||
        HEADER_TRIPLES.has(`${looseKey(above[above.length - 1])} ${looseKey(next[0])} ${looseKey(second)}`));
    // And the region a body ending in KHU VỰC serves ('CHI CỤC THUẾ KHU VỰC' / 'TỪ SƠN - YÊN PHONG'), or
    // the place a grassroots office of 2025 ending in CƠ SỞ is named for ('BẢO HIỂM XÃ HỘI CƠ SỞ' / 'YÊN THÀNH').
    // (And a line opening with KHU VỰC: a region is no body of its own, 'VIỆN KIỂM SÁT NHÂN DÂN' / 'KHU VỰC 3'.)
    // (And the zone a board ending in KHU KINH TẾ serves: 'BAN QUẢN LÝ KHU KINH TẾ' / 'ĐÔNG NAM', its last word
    // maybe wrapped alone onto a line between, which joins it only after: 'KHU KINH' / 'TẾ' / 'ĐÔNG NAM'.)
    const zoneEnd = (t: string) => looseKey(t.split(' ').slice(-3).join(' ')) === 'KHUKINHTE';
    const zone = zoneEnd(segs[k - 1].text) || (k >= 2 && above.length === 1 && zoneEnd(`${segs[k - 2].text} ${segs[k - 1].text}`));
    const region = ((['KHUVUC', 'COSO'].includes(looseKey(above.slice(-2).join(' '))) || zone) && !BODY_HEAD.test(w)) ||
      looseKey(w.split(' ').slice(0, 2).join(' ')) === 'KHUVUC';
    // And a unit alone between two body lines, after one naming no unit: the line above wrapped
    // ('ĐOÀN ĐBQH VÀ HĐND' / 'TỈNH LONG AN' / 'VĂN PHÒNG'); the last line's unit is read below.
    const aboveNamesUnit = above.some((a, j) => UNIT_KEYS.includes(looseKey(a)) || UNIT_KEYS.includes(looseKey(`${a} ${above[j + 1] ?? ''}`)));
    const alone = k < segs.length - 1 ? unitParts(w) : null;
    const unitAlone = !!alone && !alone.committee && w.split(' ').length <= 5 && !aboveNamesUnit;
    // (A dash after a whole unit name the gazetteer knows is a speck: 'TỈNH LONG AN  -' / 'VĂN PHÒNG'.)
    // (Nor is one after a unit line before a line that opens a body of its own: 'PHƯỜNG VĨNH YÊN -' / 'PHÒNG KINH TẾ …',
    // a ward the gazetteer, older than the 2025 reform, does not know.)
    // (Nor after a unit word ending a name, before a body of its own: 'ĐẢNG BỘ CÁC CƠ QUAN' / 'ĐẢNG TỈNH -' / 'CHI BỘ BAN …'.)
    const unitDash = /[-–]$/u.test(segs[k - 1].text) && UNIT_KEYS.includes(looseKey(above[above.length - 2] ?? ''));
    const dashEnd = /[\s.](?:VÀ|-|–)$/u.test(segs[k - 1].text) && !knownUnitLine(segs[k - 1].text.replace(/\s*[-–]$/u, ''), places) &&
      !(/[-–]$/u.test(segs[k - 1].text) && (startsWithUnit(segs[k - 1].text) || unitDash) && BODY_HEAD.test(w));
    // And a name after a line ending in a school's level ('BCH ĐOÀN TRƯỜNG THPT' / 'QUẾ VÕ SỐ 1'), or in its
    // level and one word ('CHI BỘ TRƯỜNG THPT LÝ' / 'THÁI TỔ').
    // (A dash between two names counts for no word: 'TRƯỜNG CAO ĐẲNG KỸ' / 'THUẬT VIỆT - ĐỨC'.)
    const schoolEnd = (SCHOOL_LEVEL_END.test(segs[k - 1].text) || (schoolNameCut(segs[k - 1].text) && next.filter((x) => !/^[-–]$/u.test(x)).length <= 3)) && !BODY_HEAD.test(w);
    // And a company's name after a line ending in its legal form ('CÔNG TY TNHH MỘT THÀNH VIÊN' / 'THỦY LỢI BẮC NGHỆ AN').
    const opens = (re: RegExp) => [segs[k - 1], segs[k - 2]].some((q) => !!q && re.test(q.text));
    const company = /(?:^|\s)(?:TNHH|MTV|THÀNH VIÊN|CỔ PHẦN)$/u.test(segs[k - 1].text) && opens(/^CÔNG TY\s/u);
    // (Or any line after a cooperative's first, 'HỢP TÁC XÃ NÔNG NGHIỆP' / 'DỊCH VỤ TỔNG HỢP AN BÌNH': a
    // cooperative heads no body below it.)
    const cooperative = opens(/^(?:HỢP TÁC XÃ|HTX)\s/u);
    const companyEnd = (company || cooperative) && !BODY_HEAD.test(w) && !startsWithUnit(w);
    // And a place alone after a body's line that names no unit ('TRƯỜNG ĐẠI HỌC Y DƯỢC.' / 'THÁI BÌNH'): a
    // place names no body by itself. (The body's name may have wrapped itself, the place under its second
    // line: 'BÁO VÀ PHÁT THANH,' / 'TRUYỀN HÌNH' / 'HÀ TĨNH', a province maybe read with other marks.)
    const bare = w.replace(/[^\p{L}\s]+$/u, '').trim();
    const bodyAbove = (q: Segment | undefined) => !!q && BODY_HEAD.test(q.text) && !namesUnitWord(q.text.split(' '));
    const wrappedBody = k >= 2 && !BODY_HEAD.test(segs[k - 1].text) && !startsWithUnit(segs[k - 1].text) && bodyAbove(segs[k - 2]);
    // (A place whose first word opens bodies too is still a place: 'THANH HÓA', not a THANH TRA.)
    const placeEnd = !!places && bare.split(' ').length <= 3 && /^\p{Lu}[\p{Lu}\s]+$/u.test(bare) && (!BODY_HEAD.test(bare) || places.isName(bare)) && !startsWithUnit(bare) &&
      (BODY_HEAD.test(segs[k - 1].text) || wrappedBody) && !aboveNamesUnit && (places.isName(bare) || !!places.provinceByLetters(bare));
    // And a line that opens no body: a body's name begins with its kind (SỞ, TRUNG TÂM, VƯỜN QUỐC GIA …), so a
    // line beginning with another word goes on the name above ('TRUNG TÂM ĐĂNG KIỂM' / 'XE CƠ GIỚI NGHỆ AN').
    // (Nor when the raw words OCR printed do: the restorer may have made other words of a unit word, 'THI TRAN'
    // read THỨ TRẦN.)
    const raw = rawWords(segs[k].text, segs[k].line);
    const goesOn = !opensBody(w) && !(raw && opensBody(raw.toUpperCase()));
    // (So does a Party committee alone under a board of it: 'BAN TUYÊN GIÁO VÀ DÂN VẬN' / 'TỈNH ỦY' is the Tỉnh ủy's
    // board, not a committee of its own.)
    // (The board's last word may be wrapped alone onto the line between, which joins it only after: 'BAN TUYÊN GIÁO
    // VÀ DÂN' / 'VẬN' / 'TỈNH ỦY'.)
    const boardOf = PARTY_COMMITTEE_LINE.test(w) && (opensBoard(segs[k - 1]) || (!segs[k - 1].text.includes(' ') && opensBoard(segs[k - 2])));
    // (A unit's number alone ends the name above: 'HẠT QUẢN LÝ ĐƯỜNG BỘ' / 'SỐ 3'.)
    // (So does a village-level unit with its number under a body's line: 'BAN CÔNG TÁC MẶT TRẬN' / 'KHỐI 5', the board of
    // that neighbourhood, not a unit of its own.)
    const villageEnd = VILLAGE_NUMBER_LINE.test(w) && BODY_HEAD.test(segs[k - 1].text);
    const joins = dashEnd || goesOn || boardOf || UNIT_NUMBER_LINE.test(w) || villageEnd || /^(?:VÀ|[-–])\s/u.test(w) || unitEnd || compound || region || unitAlone || schoolEnd || companyEnd || placeEnd;
    if ((oneWord || joins) && w !== '*') {
      // (A comma OCR printed at the upper line's end, which the column's edge took, is the name's: 'CHỐNG TỘI PHẠM,' /
      // 'TỆ NẠN XÃ HỘI …'.)
      const upper = segs[k - 1].text.split(' ').length, upperRaw = rawWords(segs[k - 1].text, segs[k - 1].line);
      const comma = !!upperRaw && /\p{L},$/u.test(upperRaw) && !/,$/u.test(segs[k - 1].text);
      const joined = (readAcross(segs[k - 1], segs[k], restoreSpan) ?? `${segs[k - 1].text} ${segs[k].text}`).split(' ');
      if (comma) joined[upper - 1] += ',';
      segs[k - 1] = { ...segs[k - 1], text: joined.join(' ') };
      segs.splice(k, 1);
    }
  }
  const end = segs[segs.length - 1];
  if (respelled && end.text.endsWith(last.text)) segs[segs.length - 1] = { ...end, text: `${end.text.slice(0, -last.text.length)}${respelled.toUpperCase()}` };
  // (A full stop glued between two words is a speck: 'HĐND.VÀ'; so is a dash ending a line no line joined: 'PHƯỜNG VĨNH YÊN -'.)
  // (Thi đua - Khen thưởng is written with its dash, which a column's edge may have taken: 'HỘI ĐỒNG THI ĐUA -' / 'KHEN THƯỞNG';
  // and Truyền thanh - Truyền hình, 'ĐÀI TRUYỀN THANH -' / 'TRUYỀN HÌNH'; and a centre's Ngoại ngữ - Tin học;
  // and Văn hóa - Thể thao, - Xã hội, - Thông tin, a comma between them OCR would have printed: 'TRUNG TÂM VĂN HÓA - Độc lập' / 'THỂ THAO'.)
  // (HỘI spelled last: the segments' own words are still found in their lines' text, see rawWords.)
  return segs.map((s) => ({ seg: s, text: spellDepartment(spellCommittees(spellUnits(committeeUnit(expandAbbreviations(spellHoi(s.text).replace(/\s*\*\s*$/, '').replace(/\s+[-–]$/u, '').replace(DASH_LOST, ' - ').replace(/(?<=\p{L})\.(?=\p{L})/gu, ' ').replace(/(?<=\p{Lu}{3})\.\s+(?=\p{Lu}{2})/gu, ' ')), s), places)), places) })).map((b) => ({ ...b, text: spellProvinceEnd(b.text, places) }));
}

// A village-level unit and its number alone on a line.
const VILLAGE_NUMBER_LINE = /^(?:KHỐI|THÔN|XÓM|TỔ|KHU PHỐ|TỔ DÂN PHỐ|ẤP) \d{1,3}$/u;
// A Party committee named by its level alone.
const PARTY_COMMITTEE_LINE = /^(?:TỈNH|HUYỆN|THÀNH|THỊ|QUẬN|ĐẢNG) ỦY$/u;
/** Whether a header line opens a board or office of a Party committee ('BAN TỔ CHỨC', 'VĂN PHÒNG'). */
const opensBoard = (q: Segment | undefined) => !!q && /^(?:BAN|VĂN PHÒNG|ỦY BAN KIỂM TRA)(?:\s|$)/u.test(q.text);

// A committee of a unit below the province, whose offices are Phòng.
const LOWER_UNIT = /(?:^|\s)(?:XÃ|PHƯỜNG|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|ĐẶC KHU)(?:\s|$)/u;

// (By letters: OCR's marks on them may be others, 'TRÙNG TÂM'; a word of other marks with the same letters,
// ĐĂNG for ĐẢNG, errs towards a line of its own, as before this test.)
const OPENING_LIST = [...BODY_KINDS, ...UNIT_WORDS, ...VILLAGE_UNITS].map((k) => looseKey(k));
const OPENING_KEYS = new Set(OPENING_LIST);
const OPENING_WRITTEN = new Set([...BODY_KINDS, ...UNIT_WORDS, ...VILLAGE_UNITS].map((k) => k.toUpperCase()));

/**
 * Whether a caps header line opens a body's name: with a kind of body's word, a unit word or a known
 * abbreviation, also as OCR damaged them ('SOYTE' with its spaces lost, 'LPLP' for LĐLĐ, 'HOQI LHPN').
 */
function opensBody(line: string): boolean {
  // (Words of two letters or more: one-letter specks left out, save when spelling the name out below.)
  const trimmed = line.split(' ').map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''));
  const words = trimmed.filter((w) => letterCount(w) >= 2);
  if (!words.length) return true;
  // (A pair of the vocabulary as written, its first word no kind's with its marks, goes on a name: 'HỘI ĐỒNG NGHĨA
  // VỤ' / 'QUÂN SỰ', whose QUÂN is Quận by its letters; 'HỘI ĐỒNG TUYỂN DỤNG' / 'VIÊN CHỨC', no Viện; 'BAN QUẢN LÝ
  // CÁC CÔNG TRÌNH' / 'CÔNG CỘNG', whose CÔNG opens bodies only as CÔNG TY, CÔNG AN, CÔNG ĐOÀN.)
  if (words.length >= 2 && HEADER_PAIRS_WRITTEN.has(`${words[0]} ${words[1]}`.toUpperCase()) &&
    ![1, 2, 3].some((n) => OPENING_WRITTEN.has(words.slice(0, n).join(' ').toUpperCase()))) return false;
  if (BODY_HEAD.test(line) || ABBREVIATIONS[words[0]] !== undefined || withD(words[0])) return true;
  if ([1, 2, 3].some((n) => words.length >= n && OPENING_KEYS.has(looseKey(words.slice(0, n).join(' '))))) return true;
  // (A first word that is no syllable may be a kind's word run into the next: 'SOYTE', 'SOY'; not one whose rest has
  // no vowel to make a word of, an acronym: 'SOS VIỆT NAM' is no SỞ.)
  const first = looseKey(words[0]);
  if (!isSyllable(words[0].toLowerCase()) && OPENING_LIST.some((k) => first.startsWith(k) && /[AEIOUY]/.test(first.slice(k.length)))) return true;
  // (A one-letter word inside is the name's, 'HỘI ĐÔNG Y …'.)
  const inner = trimmed.filter((w) => letterCount(w) >= 1);
  return [words, inner].some((ws) => {
    const spelled = expandAbbreviations(ws.join(' '));
    return canonicalBody(spelled) !== spelled;
  });
}

/**
 * Whether a header line opens a body's name of its own that the next line may go on with: 'TRUNG TÂM DỊCH VỤ.' /
 * "': NÔNG NGHIỆP" is the centre's name, its speck no PHÒNG. (Not the committee's line: 'UBND PHƯỜNG TRƯỜNG'.)
 */
function nameGoesOn(line: string): boolean {
  return opensBody(line) && !LOWER_UNIT.test(line);
}

// A unit word OCR ran into its name: 'ĐẢNG ỦY XAPHUMY'.
const GLUED_UNIT = /^(XA|PHUONG|HUYEN)(\p{Lu}{4,})$/u;
const GLUED_COMMITTEE = /^(?:UBND|HDND)(?:TINH|HUYEN|XA|PHUONG|QUAN|THANH|THI)$/u;

/**
 * Words OCR ran together in the header set apart: a committee's abbreviation and its unit word ('UBNDTỈNH NGHỆ
 * AN'), a military region's name and number ('QUANKHU4'); and a unit word and its name, where the rest is a unit's
 * name at that level in the header's provinces with its spaces lost ('ĐẢNG ỦY XAPHUMY' under ĐẢNG BỘ TỈNH GIA LAI is
 * xã Phù Mỹ; the name is spelled where unit names are, see respell). A word that is a syllable, or no place, is left.
 */
function unglueUnits(segs: Segment[], places: Gazetteer | undefined): void {
  for (const [k, seg] of segs.entries()) {
    const first = seg.text.split(' ')[0];
    if (GLUED_COMMITTEE.test(looseKey(first))) segs[k] = { ...seg, text: `${first.slice(0, 4)} ${seg.text.slice(4)}` };
    // (And a military region's name and number: 'QUANKHU4' is QUÂN KHU 4.)
    const region = /^QUANKHU(\d)$/u.exec(looseKey(seg.text));
    if (region) segs[k] = { ...seg, text: `QUÂN KHU ${region[1]}` };
  }
  if (!places) return;
  // (A province's name OCR ran into a field's abbreviation before it: 'SỞ GD&PTHATINH' is SỞ GD&PT HÀ TĨNH.)
  for (const [k, seg] of segs.entries()) {
    const words = seg.text.split(' '), last = words[words.length - 1];
    const amp = last.indexOf('&');
    if (words.length < 2 || amp < 1) continue;
    for (let cut = amp + 2; cut <= last.length - 5; cut++) {
      const province = places.provinceByGluedLetters(last.slice(cut));
      if (province) { segs[k] = { ...seg, text: [...words.slice(0, -1), last.slice(0, cut), province.toUpperCase()].join(' ') }; break; }
    }
  }
  const provinces = places.provincesIn(segs.map((s) => s.text).join(' '));
  for (const [k, seg] of segs.entries()) {
    const words = seg.text.split(' ');
    const last = words[words.length - 1];
    // (A Q with no U after it is a dot below OCR read as a letter: 'XADUCTHQ' is XÃ ĐỨC THỌ.)
    const m = words.length >= 2 && !isSyllable(last.toLowerCase()) ? GLUED_UNIT.exec(looseKey(last).replace(/Q(?!U)/gu, 'O')) : null;
    if (!m) continue;
    const level = UNIT_WORDS[UNIT_KEYS.indexOf(m[1])];
    if (!level || !places.respell(m[2], level, provinces)) continue;
    segs[k] = { ...seg, text: [...words.slice(0, -1), level.toUpperCase(), last.slice(-m[2].length).replace(/Q(?!U)/gu, 'O')].join(' ') };
  }
}

/**
 * A name ending in a province's name OCR wrote with other marks, no place's, spelled as the gazetteer does: 'CÔNG TY …
 * GIAO THÔNG HÀ TỈNH' is Hà Tĩnh. (A name the gazetteer knows as written stays: a district may share a province's letters.)
 */
function spellProvinceEnd(text: string, places: Gazetteer | undefined): string {
  const words = text.split(' ');
  if (!places || words.length < 3) return text;
  // (Or a province's name run into one word, no syllable: 'SỞ Y TẾ NGHEAN'.)
  const last = words[words.length - 1];
  const glued = /^\p{Lu}{5,}$/u.test(last) && !isSyllable(last.toLowerCase()) ? places.provinceByGluedLetters(last) : null;
  if (glued) return [...words.slice(0, -1), glued.toUpperCase()].join(' ');
  // (Or the province's first word ending the line after TỈNH, the rest cut at the column's edge when it names
  // no other province: 'ĐẢNG BỘ TỈNH THANH' / '"HOA', the place-date line taking the wrap.)
  if (words.length >= 3 && words[words.length - 2] === 'TỈNH' && /^\p{Lu}{2,}$/u.test(last) && !places.provinceByLetters(last)) {
    const whole = places.provinceOpeningWith(last);
    if (whole) return [...words.slice(0, -1), whole.toUpperCase()].join(' ');
  }
  if (!words.slice(-2).every((w) => /^\p{Lu}{2,}$/u.test(w))) return text;
  const tail = titleCase(words.slice(-2).join(' ').toLowerCase());
  const province = places.isName(tail) ? null : places.provinceByLetters(tail);
  return province ? [...words.slice(0, -2), province.toUpperCase()].join(' ') : text;
}

// Pairs written with a dash that a column's edge may take (see joinIssuerLines): the space between them.
const DASH_LOST = /(?<=(?:^|\s)(?:THI ĐUA|TRUYỀN THANH|NGOẠI NGỮ))\s+(?=(?:KHEN THƯỞNG|TRUYỀN HÌNH|TIN HỌC)(?:\s|$))|(?<=(?:^|\s)VĂN HÓA)\s+(?=(?:THỂ THAO|XÃ HỘI|THÔNG TIN)(?:\s|$))/u;

/**
 * A header line opening with HỘI's letters under other marks opens with HỘI ('HỎI NGƯỜI KHUYẾT TẬT': the language
 * model knows 'hỏi người' better, but a caps header line names a body, and no header word but HỘI has those letters).
 * (Not other kinds by their letters: NHA TRANG, THÚ Y, HAI BÀ TRƯNG, DIỄN CHÂU, VIÊN CHỨC are header words too.)
 */
function spellHoi(line: string): string {
  const [first, ...rest] = line.split(' ');
  return rest.length && /^\p{Lu}{3}$/u.test(first) && first !== 'HỘI' && looseKey(first) === 'HOI' ? ['HỘI', ...rest].join(' ') : line;
}

/** A header line's known phrases as OCR printed their letters (see phrasesAsPrinted). */
function asPrinted(seg: Segment): string {
  const raw = rawWords(seg.text, seg.line);
  return raw ? phrasesAsPrinted(seg.text.split(' '), raw.split(' ')).join(' ') : seg.text;
}

/**
 * A column's words the restorer left as OCR printed them, read again alone: restored with the other
 * column's words of their line, they had a wrong context ('CHI BO TRAM Y TE ‘Nghi Loc, ngay …' kept
 * TRAM Y TE). Only a reading with the same letters is taken.
 */
function readAlone(seg: Segment, restoreSpan?: RestoreSpan): string {
  if (!restoreSpan || seg.line.text.trim() === seg.text.trim()) return seg.text;
  const raw = rawWords(seg.text, seg.line);
  const old = seg.text.split(' '), printed = raw?.split(' ');
  // (Words of two letters or more: a lone Y is printed as it is read.)
  const kept = (w: string, j: number) => letterCount(w) >= 2 && w === printed![j];
  if (!printed || !old.some(kept)) return seg.text;
  const again = restoreSpan(raw!).trim().split(/\s+/);
  if (again.length !== old.length) return seg.text;
  return old.map((w, j) => (kept(w, j) && looseKey(again[j]) === looseKey(w) && /^\p{Lu}+$/u.test(again[j]) ? again[j] : w)).join(' ');
}

/**
 * Two header lines of one wrapped name joined, the two words at the wrap read again from the raw
 * words as one stretch: restored line by line, each lacked the other ('TRƯỜNG MẦM NON HOA' / 'SEN'
 * had become HÓA). Only a reading with the same letters is taken; null when the raw words are not
 * found or the restorer is not at hand. (The lower segment may hold lines joined already, 'THUẬT NÔNG
 * NGHIỆP' / 'BẮC TRUNG BỘ': its own line's words are read; and a dash opening it is left out of the
 * reading, 'VIỆN KHOA HỌC KỲ' / '- THUẬT …' is KỸ THUẬT.)
 */
function readAcross(above: Segment, below: Segment, restoreSpan?: RestoreSpan): string | null {
  if (!restoreSpan) return null;
  const ra = rawWords(above.text, above.line), first = rawWordsOfFirstLine(below.text, below.line);
  if (!ra || !first) return null;
  const bw = below.text.split(' '), n = first.n;
  const dash = /^[-–]$/u.test(bw[0]) && /^[-–]$/u.test(first.raw[0]) ? 1 : 0;
  const own = bw.slice(dash, n), rest = bw.slice(n), rb = first.raw.slice(dash).join(' ');
  const again = restoreSpan(`${ra} ${rb}`).trim().split(/\s+/);
  const old = [...above.text.split(' '), ...own];
  if (!own.length || again.length !== old.length) return null;
  const at = above.text.split(' ').length;
  // (Its letters only: the raw words' specks stay cleaned off. Letters the restorer changed may go
  // back to OCR's: 'HUNG' read HƯỞNG alone is HƯNG before YÊN.)
  const core = (x: string) => x.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
  const rawOld = `${ra} ${rb}`.split(' ');
  const same = (a: string, w: string, r: string | undefined) => looseKey(a) === looseKey(w) || (!!r && looseKey(a) === looseKey(r));
  // (All of a lower line of three words or fewer: alone, it had no context at all, 'THAI TO' read THỜI TỜ.)
  const wrap = (j: number) => j === at - 1 || j === at || (j > at && old.length - at <= 3);
  const read = old.map((w, j) => (wrap(j) && same(again[j], w, rawOld[j]) && core(w) === w.trim() ? core(again[j]) : w));
  return [...read.slice(0, at), ...bw.slice(0, dash), ...read.slice(at), ...rest].join(' ');
}
