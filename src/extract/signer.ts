import { nameCase } from './casing.js';
import { clean, evidenceOf } from './lines.js';
import { hasVietnameseDiacritic, isSyllable, skeleton } from '../restore/orthography.js';
import { looseKey, similarity } from './text-match.js';
import { PROPER_PHRASES } from './vocabulary.js';
import { respellPersonName } from './names.js';
import { isRank, type NameModel } from '../restore/person-names.js';
import type { Line, Signer } from './types.js';

// (A quote speck may be glued before it: 'Nơi nhận: SR "KT. GIÁM ĐỐC'.)
// (A Party authority's slash sets it apart even when OCR lost the space after it: 'T/MCHIBO'.)
const AUTHORITY = /(?:^|\s)["“‘'`]?(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)(?:[.,:]?\s+|(?<=\/\p{Lu})(?=\p{Lu}{4}))(\p{Lu}[\p{Lu}\s.,]*\p{Lu})\s*$/u;
const TITLES = ['CHỦ TỊCH', 'GIÁM ĐỐC', 'BÍ THƯ', 'TRƯỞNG BAN', 'CHÁNH VĂN PHÒNG', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'THỦ TƯỚNG',
  'TỔNG BÍ THƯ', 'CHỦ NHIỆM', 'TRƯỞNG PHÒNG', 'VỤ TRƯỞNG', 'HIỆU TRƯỞNG', 'CHÁNH THANH TRA', 'CỤC TRƯỞNG', 'TỔNG CỤC TRƯỞNG',
  // Military and other heads who sign administrative documents.
  'CHỈ HUY TRƯỞNG', 'CHÍNH ỦY', 'TƯ LỆNH', 'TỔNG GIÁM ĐỐC', 'VIỆN TRƯỞNG', 'CHÁNH ÁN', 'TRƯỞNG ĐOÀN', 'TỔ TRƯỞNG',
  'TRƯỞNG CÔNG AN', 'CHI CỤC TRƯỞNG', 'TRƯỞNG THUẾ TỈNH', 'TRƯỞNG THUẾ CƠ SỞ', 'ĐỒN TRƯỞNG', 'HẠT TRƯỞNG',
  // A prison's warden (Trại giam); a Party congress subcommittee's head.
  'GIÁM THỊ', 'TRƯỞNG TIỂU BAN',
  // The head of a commune health station (Trạm Y tế) or other station.
  'TRƯỞNG TRẠM', 'TRẠM TRƯỞNG',
  // The statistics offices the 2025 reform made of the provinces' Cục Thống kê, as it made Thuế tỉnh of Cục Thuế,
  // and their grassroots offices (Thống kê cơ sở), as Thuế cơ sở.
  'TRƯỞNG THỐNG KÊ TỈNH', 'TRƯỞNG THỐNG KÊ CƠ SỞ',
  // Courts and procuracies: a judge signs a court's notices.
  'THẨM PHÁN', 'KIỂM SÁT VIÊN', 'CHẤP HÀNH VIÊN', 'THẨM TRA VIÊN',
  // A newspaper's head, and a regional State Audit office's.
  'TỔNG BIÊN TẬP', 'KIỂM TOÁN TRƯỞNG',
  // The head of a team (Đội Quản lý thị trường số 2), and of a province's civil-judgment enforcement office of 2025.
  'ĐỘI TRƯỞNG', 'TRƯỞNG THI HÀNH ÁN',
  // The head of a notary office (Văn phòng công chứng) or of a representative office.
  'TRƯỞNG VĂN PHÒNG'];
const TITLE = new RegExp(`^(PHÓ\\s+)?(${TITLES.join('|')})(\\s+[\\p{Lu}\\s]+)?$`, 'u');

const TITLE_BY_KEY = new Map(TITLES.map((t) => [looseKey(t), t]));
// Who signs minutes (Biên bản): the one who chaired the meeting, and its secretary.
const CHAIRS = ['CHỦ TRÌ', 'CHỦ TỌA'];
const MINUTES_BY_KEY = new Map([...CHAIRS, 'THƯ KÝ'].map((t) => [looseKey(t), t]));
/** A known title (PHÓ kept) by its letters alone, its marks read otherwise: 'TRƯỜNG THUÊ CƠ SỞ'. */
function titleByLetters(text: string): string | undefined {
  if (TITLE.test(text)) return text;
  const title = TITLE_BY_KEY.get(looseKey(text).replace(/^PHO(?=.)/, ''));
  return title && `${/^PH[OÓ]\s/u.test(text) ? 'PHÓ ' : ''}${title}`;
}
const BODY_KEYS = new Set(PROPER_PHRASES.map((p) => looseKey(p)).filter((k) => !TITLES.some((t) => looseKey(t) === k)));
const BODY_BY_KEY = new Map(PROPER_PHRASES.filter((p) => / /.test(p) && BODY_KEYS.has(looseKey(p))).map((p) => [looseKey(p), p.toUpperCase()] as const));

/**
 * A title damaged beyond restoration ('f_,“gHU TICH', 'CHỦ, TÍCH'): the known title whose loose
 * key is closest to the end of the text, with 'PHÓ' kept when present.
 */
export function fuzzyTitle(text: string): string | null {
  const words = text.match(/\p{L}+/gu) ?? [];
  let best: string | null = null, bestSim = 0.75;
  for (const title of TITLES) {
    const n = title.split(' ').length;
    for (const extra of [0, 1]) {
      if (words.length < n + extra) continue;
      const tail = words.slice(words.length - n - extra).join(' ');
      // (A body's name is no damaged title: 'BCH ĐOÀN TRƯỜNG' is no ĐỒN TRƯỞNG.)
      if (BODY_KEYS.has(looseKey(tail))) continue;
      const sim = similarity(tail, title, bestSim);
      // (Of titles that fit as well, the longest: 'PHÓ CHI CỤC TRƯỞNG' ends in CỤC TRƯỞNG too.)
      if (sim > bestSim || (sim === bestSim && best && title.length > best.length)) { bestSim = sim; best = title; }
    }
  }
  // (Or a title of two words or more whose space OCR lost, the last word of the text: 'BIiTHU' is BÍ THƯ.)
  const glued = words[words.length - 1] ?? '';
  if (!best && looseKey(glued).length >= 5 && !BODY_KEYS.has(looseKey(glued))) {
    for (const title of TITLES) {
      if (!/ /.test(title)) continue;
      const sim = similarity(glued, title, 0.8);
      if (sim >= 0.8 && sim > bestSim) { bestSim = sim; best = title; }
    }
    if (best) return best;
  }
  // (Failing that, as English-model OCR reads a capital Đ opening a word: P, 'GIÁM PGC'.)
  if (!best) return /(?:^|\s)P(?=\p{Lu})/u.test(text) ? fuzzyTitle(text.replace(/(?<=^|\s)P(?=\p{Lu})/gu, 'Đ')) : null;
  const before = words.slice(0, Math.max(0, words.length - best.split(' ').length));
  // (A PHÓ in capitals, as titles are printed: 'Chính phủ; CHỦ TỊCH' is no Phó Chủ tịch.)
  const prev = before[before.length - 1];
  return prev && prev === prev.toUpperCase() && similarity(prev, 'PHÓ') >= 0.66 ? `PHÓ ${best}` : best;
}

// A title line naming the body of the post it stands for ('PHÓ CHỦ TỊCH UBND XÃ').
const NAMES_ITS_BODY = /\s(?:UBND|HĐND|ỦY BAN NHÂN DÂN)(?:\s|$)/u;

/** Right-hand part of a footer line where OCR merged 'Nơi nhận' and the signature columns. */
function rightPart(text: string): string {
  // Columns are set apart by a wide gap, or by what OCR read in it ('Nơi nhận: | : TRƯỞNG PHÒNG').
  // (Or a long dash OCR read there, a quote speck before the column's words: 'Nơi nhận: — ‘TL. CHỦ TỊCH'.)
  const parts = text.split(/\s{3,}|\s[|¦—–]\s/);
  return clean(parts[parts.length - 1].replace(/^[\s|¦:;.,~_‘’'“”-]+/u, ''));
}

/**
 * A name OCR merged onto the end of a Nơi nhận item beside it ('- Lưu: VT. oo Hoang Trung Ding'):
 * two to four Title-case words ending the line, after a speck or after the item's closing stop, the
 * first a surname the lists hold. Null when the line ends otherwise.
 */
export function mergedNameTail(text: string, isSurname: (word: string) => boolean): string | null {
  // (A quote OCR glued to the name is a speck: '. ‘Nguyễn Thị Mỹ Linh'.)
  // (A name whose spaces OCR lost is its Title-case syllables: '~~. LéThiThuHa'.)
  const words = clean(text).split(' ').map((w) => w.replace(/^[‘’'"“”`]+(?=\p{Lu})/u, ''))
    .flatMap((w, i, all) => i === all.length - 1 ? gluedSyllables(w) : [w]);
  let k = words.length;
  while (k > 0 && /^\p{Lu}\p{Ll}*$/u.test(words[k - 1])) k--;
  // A word whose Đ English-model OCR read as a small b or p: a middle name after the surname
  // ('Nguyén binh Thang': Nguyễn Đình Thắng), or the surname opening the run ('binh Thi Thu Hang': Đinh).
  if (k >= 4 && /^[bp]\p{Ll}+$/u.test(words[k - 1]) && /^\p{Lu}\p{Ll}*$/u.test(words[k - 2]) && isSurname(words[k - 2])) {
    words[k - 1] = `Đ${words[k - 1].slice(1)}`;
    k -= 2;
  } else if (k >= 3 && !isSurname(words[k] ?? '') && /^[bp]\p{Ll}+$/u.test(words[k - 1]) && isSurname(`Đ${words[k - 1].slice(1)}`)) k--;
  // (A speck of one or two letters OCR read in the gap may open the run: 'VT. Co Vit Thi Thanh Huong'.)
  const middle = (w: string | undefined) => !!w && /^(?:thi|van)$/.test(skeleton(w).toLowerCase());
  const speck = words.length - k >= 3 && /^\p{Lu}\p{Ll}?$/u.test(words[k]) && !isSurname(words[k]) && (isSurname(words[k + 1]) || middle(words[k + 2]));
  if (speck) k++;
  const run = words.slice(k);
  // (The first a surname by its letters, or any word before a Thị or Văn: OCR may have made the surname no word, 'Vit' for Vũ.)
  // (The line an item, or the end of one that wrapped: 'phường; : : ~ Lê Trọng Khiêm'; a quote may stand for its dash,
  // '“Lưu: VT. oo ~ Nguyễn Thị Hải Yến'.)
  if (run.length < 2 || run.length > 4 || k < 2 || !/^\s*(?:[~_.,'‘’“”"|]+\s*)?(?:[-+•]|Lưu\b|\p{Ll}[\p{L}\s,]*[;.](?=\s))/u.test(text) || !(isSurname(run[0].replace(/^[bp]/u, 'Đ')) || (run.length >= 3 && middle(run[1])))) return null;
  // (A speck: no letter, or one or two small letters; or the item ends before it: 'VT.', 'huyện;'; or the filing
  // line's code does, its full stop lost: 'Lưu: VT Hoang Van Loi'.)
  const before = words[k - 1];
  const code = /^\s*(?:[-+•]\s*)?Lưu\b/u.test(text) && /^\p{Lu}{1,5}$/u.test(before);
  // (A modifier letter is a sign, not a letter: 'ˆ', a mark OCR read alone.)
  return speck || code || /^[^\p{L}]+$|^[\p{Lm}\p{Sk}\p{P}]+$/u.test(before) || /^\p{Ll}{1,2}$/u.test(before) || /[.;]$/u.test(before) ? run.join(' ') : null;
}

/** A word of three or four Title-case syllables OCR printed without their spaces, split; else the word alone. */
function gluedSyllables(word: string): string[] {
  if (!/^(?:\p{Lu}\p{Ll}+){3,4}$/u.test(word)) return [word];
  const parts = word.match(/\p{Lu}\p{Ll}+/gu)!;
  return parts.every((p) => isSyllable(p.toLowerCase())) ? parts : [word];
}

/** Whether a word is a surname of the name lists by its letters, any marks. */
function surnameByLetters(names: Pick<NameModel, 'isSurnameSkeleton'>, w: string): boolean {
  return names.isSurnameSkeleton(skeleton(w).toLowerCase());
}

function isName(s: string): boolean {
  const words = s.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  // Names of ethnic minorities hold words outside Vietnamese syllable rules ('Ka Sô Liễng'): most
  // words, not all, must be syllables.
  // A Central Highlands name after Y or H' may hold more of them ('Y Bhin Niê').
  // (Or after one capital and an apostrophe, H' or K': 'H' Linh Niê', 'K' Sáu'.)
  // (Or a woman's given name so opened after her clan: 'Rơ Châm H'Ly'.)
  const prefix = (w: string) => /^\p{Lu}['’](?:\p{Lu}\p{Ll}*)?$/u.test(w);
  const highland = words[0] === 'Y' || words.some(prefix);
  return words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w) || prefix(w)) && (highland || 2 * words.filter((w) => isSyllable(w.toLowerCase())).length >= words.length);
}

/** Signature block: authority lines (TM./KT./T/M …), the title, and the signer's name below. */
export function extractSigner(lines: Line[], names?: Pick<NameModel, 'lists' | 'commonestBySkeleton' | 'isSurnameSkeleton'>,
  readName?: (part: string, line: Line) => string | null, minutes = false): Signer | null {
  const from = Math.max(0, lines.length - 40);
  const auths: Array<{ kind: string; of: string; line: Line; index: number }> = [];
  let title: { text: string; line: Line } | null = null;
  let name: { text: string; line: Line } | null = null;
  // Minutes are signed by their chair and their secretary, in either order: the chair's block is the signer.
  let chair: { title: { text: string; line: Line }; name: { text: string; line: Line } | null } | null = null;
  // A Quyết định names its issuing authority above the Căn cứ lines ('GIÁM ĐỐC SỞ XÂY DỰNG'): that
  // is no signature, but it says who signs when the signature's own title is unreadable.
  let preamble: { text: string; line: Line } | null = null;
  let footer = false; // past 'Nơi nhận': the signature column sits beside it
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    if (/^\W*N[ơo]i nh[ậaậâ]n/iu.test(l.text)) footer = true;
    if (title && !name && !auths.length && /^\W*(?:Căn cứ|Theo đề nghị|Xét đề nghị|Điều \d|QUYẾT (?:ĐỊNH|NGHỊ):)/u.test(l.text)) {
      const head = TITLE.exec(title.text);
      preamble = head ? { text: `${head[1] ?? ''}${head[2]}`, line: title.line } : null;
      title = null;
    }
    // 'T™.': OCR read TM as the trademark sign.
    const text = l.text.replace(/T?™/gu, 'TM');
    // And the caps words ending the line ('Nơi nhận: : Có GIÁM ĐỐC': the signature column).
    // (Each of its tails of two words or more: a speck may lead it, 'IE GIÁM ĐỐC'.)
    // (A word of two letters inside it may be in Title case, as OCR read its second letter small and the
    // restorer kept it so: 'PHÓ Bí THƯ THƯỜNG TRỰC'; read in capitals.)
    // (A quote speck may lead it: "oo 'GIÁM ĐỐC".)
    const whole = clean(text);
    // (Its first word too, of up to three letters: 'Nơi nhận: CHi HUY TRUONG' read Chỉ HUY TRƯỞNG.)
    const capsTail = /(?:^|\s)['‘"“]?((?:\p{Lu}{2,}|\p{Lu}\p{Ll}{1,2})(?:\s+(?:\p{Lu}{2,}|\p{Lu}\p{Ll}))*\s+\p{Lu}{2,})\s*$/u.exec(whole)?.[1].toUpperCase().split(/\s+/) ?? [];
    const tails = capsTail.slice(0, -1).map((_, k) => capsTail.slice(k).join(' '));
    // (Whether one of them is a title as read: then the caps words are not read as a damaged one, see besideFooter.)
    const tailTitled = tails.some((t) => titleByLetters(t));
    const candidates = [whole, rightPart(text), ...tails];
    // The line's words as OCR printed them, for a speck leading a name line (split once per line, not per candidate).
    const rawLine = l.raw.trim().split(/\s+/);
    for (const c of candidates) {
      // (No one signs for a deputy: 'KT. PHÓ CHÁNH VĂN PHÒNG' is a Lưu item's KT. merged onto the title, '- Lưu: VT, KT.'.)
      const a = AUTHORITY.exec(c);
      if (a && !/^PH[OÓ]\s/u.test(a[2]) && !auths.some((x) => x.line === l)) {
        // (A body's words whose spaces OCR lost are the body's: 'CHIBO' is CHI BỘ.)
        const of = BODY_BY_KEY.get(looseKey(a[2])) ?? a[2].replace(/[.,]\s*$/, '');
        auths.push({ kind: a[1].includes('/') ? a[1] : `${a[1]}.`, of: TITLE.test(of) ? of : fuzzyTitle(of) ?? of, line: l, index: i });
        title = null; name = null;
        break;
      }
      const byLetters = titleByLetters(c) ?? (minutes ? MINUTES_BY_KEY.get(looseKey(c)) : undefined);
      // (A title line under the title naming the post it goes with is none of it: 'CHỦ TỊCH' / 'CHỦ TỊCH UBND XÃ', the
      // council's chair being the commune's; or naming another post with its body, the one the signer holds besides:
      // 'TRƯỞNG BAN' / 'PHÓ CHỦ TỊCH UBND XÃ', a steering board's head.)
      const postOf = (t: string) => t.startsWith(`${title!.text} `) || NAMES_ITS_BODY.test(t);
      if (byLetters && c.length < 60 && title && !name && postOf(byLetters) && l.line - title.line.line <= 2) break;
      if (byLetters && c.length < 60) { title = { text: byLetters, line: l }; name = null; break; }
      // Under an authority line, a short caps-looking line is the title even when damaged.
      // OCR may merge it onto the end of a Nơi nhận line, right after the authority line.
      const nearAuth = auths.length > 0 && i - auths[auths.length - 1].index <= 2;
      // (Or, with no authority line, the signature column's part of the Nơi nhận line itself: 'Nơi nhận: | o | GIÁM PGC';
      // or its caps words ending the line, when no wide gap sets the column apart and none of them is a title as read:
      // 'Nơi nhận: E - TRƯỜNG THUỘC CƠ SỞ'; not 'Nơi nhận: Cơ TRƯỞNG CÔNG AN XÃ', whose shorter tail is one.)
      const besideFooter = /^\W*N[ơo]i nh/iu.test(l.text) && c.length < 40 && c !== whole &&
        (c === rightPart(l.text) || (tails.includes(c) && !tailTitled));
      const fuzzy: string | null = !title && ((auths.length && ((c.length < 40 && c === rightPart(l.text)) || nearAuth)) || besideFooter) ? fuzzyTitle(c) : null;
      if (fuzzy) { title = { text: fuzzy, line: l }; name = null; break; }
      // A speck between a name's words ('Trương Công.Danh') is a space.
      // So is one after a word's first capital ('N guyễn Hữu Phước', 'Phan Đình N am'); a full stop after it is a speck.
      // And a lone small vowel after a word is its last letter, set apart by OCR ('Y Khuê Ni ê': Niê).
      // (A speck may lead the name line: 'oo Phan Thị Hồng Nhung'.)
      // The Ede and Jrai man's Y that OCR read with a mark is Y ('Ý Blin Niê'): Ý opens no name.
      // (Also when the restorer made a word of that speck: 'h Lé Thi Ngoc Anh' read 'hợp Lệ Thì Ngọc Anh'.)
      const cWords = c.split(' ');
      const speckWord = c === whole && rawLine.length === cWords.length && cWords.length >= 3 && /^[a-z]{1,2}$/.test(rawLine[0]) &&
        /^\p{Lu}\p{Ll}/u.test(rawLine[1]) && /^\p{Ll}+$/u.test(cWords[0]);
      // (Nor is the filing item OCR merged before it, its full stop read: '- Lưu. Phan Văn Lợi'; a surname Lưu has none.)
      // (A surname of two letters in capitals after a quote speck is the name's: '"HỌ Trong Nghĩa'.)
      const spaced = (speckWord ? cWords.slice(1).join(' ') : c).replace(/^[-–+•~\s]*Lưu\s*[.:]\s*(?=\p{Lu}\p{Ll})/u, '')
        .replace(/^["“'‘`]?(\p{Lu})(\p{Lu})(?=\s\p{Lu}\p{Ll})/u, (_, a: string, b: string) => `${a}${b.toLowerCase()}`).replace(/^Ý(?=\s\p{Lu}\p{Ll})/u, 'Y').replace(/^(?:[^\p{L}\s]+|[a-z]{1,2})\s+(?=\p{Lu}\p{Ll})/u, '').replace(/(?<=\p{Ll})[.,·]\s?(?=\p{Lu}\p{Ll})/gu, ' ').replace(/(?<=^|\s)(\p{Lu}) (?=\p{Ll})/gu, '$1').replace(/(?<=\p{Ll})[.,;]$/u, '')
        .replace(/(?<=\p{Ll}) ([aeiouyàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ])(?=[.,;]?$| )/gu, '$1').replace(/(?<=\p{Ll})[.,;]$/u, '');
      // A police or army rank before the name is no part of it ('Đại tá Nguyễn Hữu Thắng'), as the
      // restorer reads it.
      // (A speck of one or two letters in Title case may open it too, no surname, before one: 'Co Cao Van Thinh'.)
      const specked = spaced.split(' ');
      const sw = specked.length >= 4 && /^\p{Lu}\p{Ll}?$/u.test(specked[0]) && !!names && !surnameByLetters(names, specked[0]) &&
        surnameByLetters(names, specked[1]) ? specked.slice(1) : specked;
      const unranked = sw.length >= 4 && /^\p{Ll}/u.test(sw[1]) && isRank(sw[0], sw[1]) && /^\p{Lu}/u.test(sw[2]) ? sw.slice(2).join(' ') : sw.join(' ');
      if ((title || auths.length || footer) && isName(unranked)) {
        // (A speck leading the line, a list's dash, made the restorer read it as a list item, not a name
        // line: 'Lé Van Hung' had become Lê Vân Hưởng. Its raw words are read again alone.)
        const led = /^[^\p{L}\s]+\s+\p{Lu}/u.test(l.text.trim()) || speckWord ? readName?.(unranked, l) : null;
        // (A lone capital OCR printed after the name's words is a speck, whatever word the restorer made of it:
        // 'Nguyen Pinh Tuan B'.)
        const read = (led && isName(led) ? led : unranked).split(' ');
        const speckEnd = read.length >= 4 && read.length === rawLine.length && /^\p{Lu}$/u.test(rawLine[rawLine.length - 1]);
        name = { text: (speckEnd ? read.slice(0, -1) : read).join(' '), line: l };
        break;
      }
    }
    // A name merged onto a Nơi nhận item under the title: the restorer read it as running text, not
    // as a name line, so its raw words are read again alone ('Hoang Trưng Dụng' → Hoàng Trung Dũng).
    if (!name && footer && (title || auths.length) && names) {
      const surname = (w: string) => surnameByLetters(names, w);
      // (Found by OCR's own words when the restorer made running text of them: 'binh Thi Thu Hang' read
      // 'bệnh Thì Thực Hàng'; the restored line's words stand at the same places.)
      const fromPrinted = () => {
        const printed = mergedNameTail(l.raw, surname), restored = text.trim().split(/\s+/);
        return printed && restored.length === l.raw.trim().split(/\s+/).length ? restored.slice(-printed.split(' ').length).join(' ') : null;
      };
      const tail = mergedNameTail(text, surname) ?? fromPrinted();
      // (Read again from OCR's words, it may carry their quote speck again.)
      const again = tail ? (readName?.(tail, l) ?? tail).replace(/^[‘’'"“”`]+(?=\p{Lu})/u, '') : null;
      if (again && isName(again)) name = { text: again, line: l };
    }
    if (title && CHAIRS.includes(title.text)) chair = { title, name };
  }
  if (chair && title?.text === 'THƯ KÝ') ({ title, name } = chair);
  // Only the preamble's title, and a name under the footer: the signer, less surely.
  const inferred = !auths.length && !title && preamble && name && footer;
  if (inferred) title = preamble;
  if (!auths.length && !title) return null;
  // Nested authority (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH): all of them, outermost first.
  const authority = auths.length ? auths.map((a) => `${a.kind} ${nameCase(a.of)}`).join('; ') : null;
  // No title line: KT. means a deputy signs for the head (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).
  const last = auths[auths.length - 1];
  // (A deputy's title is written with the head's capital: 'Phó Hiệu trưởng', 'Phó Trưởng phòng'.)
  const deputy = (x: string) => x.replace(/^Phó (\p{Ll})/u, (_, c: string) => `Phó ${c.toUpperCase()}`);
  const t = title ? deputy(nameCase(title.text))
    : last ? deputy(nameCase(last.kind === 'KT.' || last.kind === 'K/T' ? `PHÓ ${last.of}` : last.of)) : null;
  const ev = name?.line ?? title?.line ?? auths[0].line;
  return {
    name: name ? respellPersonName(name.text, names, hasVietnameseDiacritic(name.line.raw.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).flatMap(gluedSyllables).pop() ?? '')) : null,
    title: t,
    authority,
    onBehalfOf: auths.length ? nameCase(auths[0].of) : null,
    confidence: inferred ? 0.5 : name ? 0.85 : 0.6,
    evidence: evidenceOf(ev),
  };
}
