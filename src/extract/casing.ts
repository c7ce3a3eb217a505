import { isSyllable, skeleton } from '../restore/orthography.js';
import { editDistance, escapeRegExp, looseKey } from './text-match.js';
import { FIELD_NAMES, NOT_AFTER_TAC, PROPER_PHRASES, UNIT_WORDS, XA_HOI } from './vocabulary.js';

// 'Đảng ủy Khối' is cased here only: as a body phrase to match fuzzily it would swallow 'Đảng ủy xã'.
// ('Bệnh viện Đa khoa' too: matched fuzzily it would be no different from any Bệnh viện. And a society's
// and a Party school's names, and an office's Party cell's, whose words are common words elsewhere: 'khuyến học',
// 'chính trị', 'cơ quan'; matched fuzzily, 'Chi bộ Cơ quan' would take 'Các bộ, cơ quan ngang bộ'.)
const PHRASES = [...PROPER_PHRASES, 'Đảng ủy Khối', 'Đảng ủy Khối các cơ quan', 'Đảng ủy Khối doanh nghiệp', 'Đảng ủy các cơ quan Đảng', 'Bệnh viện Đa khoa',
  'Hội Khuyến học', 'Trường Chính trị', 'Chi bộ Cơ quan', 'Hội Cựu Thanh niên xung phong', 'Tổng Biên tập', 'Phó Tổng Biên tập', 'Hội Luật gia', 'Chi bộ Quân sự',
  // (And research institutes, children's palaces, bar and business associations, a fishing-port board, the Agent
  // Orange victims' association, a programme's coordination office, a province's investment fund, a workers' cultural
  // house and the regions bodies serve, 'Đài … khu vực Bắc Trung Bộ'.)
  'Viện Khoa học Nông nghiệp Việt Nam', 'Viện Khoa học Kỹ thuật Nông nghiệp', 'Nhà Thiếu nhi', 'Hội Người mù', 'Hội Làm vườn', 'Hội Sinh viên', 'Trưởng Thi hành án', 'Đoàn Luật sư', 'Hiệp hội Doanh nghiệp', 'Liên hiệp các Hội Văn học Nghệ thuật', 'Ban Quản lý Cảng cá', 'Hội Nạn nhân', 'Văn phòng Điều phối', 'Quỹ Đầu tư phát triển', 'Nhà Văn hóa Lao động', 'Bắc Trung Bộ', 'Nam Trung Bộ', 'Tây Nguyên', 'Đông Nam Bộ'].sort((a, b) => b.length - a.length);
// Below the commune: their names are proper names too ('Chi bộ thôn Lãn Trên').
const VILLAGE_WORDS = ['thôn', 'xóm', 'ấp', 'bản', 'tổ dân phố', 'khu phố'];

// nameCase's patterns, made once (it runs for every header line, addressee and issuer).
// Place names after an administrative-unit word, or a village-level one ('huyện ủy', 'tỉnh ủy' are Party
// committees, not units), longest unit word first.
// (Nor is nông thôn, the countryside, a thôn: 'Văn phòng Điều phối nông thôn mới'.)
const AFTER_UNIT = [...UNIT_WORDS, ...VILLAGE_WORDS].sort((a, b) => b.length - a.length)
  .map((u) => new RegExp(`${NOT_AFTER_TAC}(?<![Nn]ông|NÔNG)(^|\\s)(${u})\\s+(?!ủy(?:\\s|$)|${XA_HOI})([\\p{L}\\s]+?)(?=$|,|;|\\s-\\s)`, 'gu'));
// Known phrases in their usual case.
const PHRASE_CASES = PHRASES.map((p) => ({ p, re: new RegExp(`(^|\\s)${escapeRegExp(p.toLowerCase())}(?=$|\\s|,)`, 'gu') }));
// Bodies always named for a place or a river, without a unit word (not a unit word with it: 'Ban Quản
// lý Khu kinh tế tỉnh', whose unit's name AFTER_UNIT cased).
const NAMED_FOR_PLACE = new RegExp(`(^|\\s)(Công ty Điện lực|Ban Quản lý rừng phòng hộ|Ban Quản lý rừng đặc dụng|Ban Quản lý Khu kinh tế|Ban Quản lý Khu bảo tồn thiên nhiên|Ban Quản lý Khu bảo tồn biển|Đồn Biên phòng|Vườn quốc gia|Làng trẻ em SOS) (?!(?:${UNIT_WORDS.join('|')})(?:\\s|$))(\\p{Ll}[\\p{L} ]*)$`, 'u');

/** The Party committees named for their unit ('Thị ủy'), by the unit word's letters. Quân ủy is its own. */
const COMMITTEE_WORDS = new Map(['tỉnh', 'huyện', 'thành', 'thị'].map((w) => [skeleton(w), w]));
/**
 * A committee word the restorer gave other marks ('THÌ ỦY', 'Tính ủy': the language model knows few
 * of them) spelled as the committee's, in the text's case.
 */
export function spellCommittees(s: string): string {
  return s.replace(/(?<![\p{L}])(\p{L}+)(?=\s+(?:ủy|Ủy|ỦY)(?![\p{L}]))/gu, (w) => {
    const right = COMMITTEE_WORDS.get(skeleton(w).toLowerCase());
    if (!right || w.toLowerCase() === right) return w;
    return w === w.toUpperCase() ? right.toUpperCase() : /^\p{Lu}/u.test(w) ? right[0].toUpperCase() + right.slice(1) : right;
  })
    // And a Youth Union's committee, đoàn after the unit it serves, its marks read otherwise ('Tỉnh đoan').
    .replace(/(?<=(?:^|\s)(?:Tỉnh|Thành|Huyện|Quận|TỈNH|THÀNH|HUYỆN|QUẬN)\s+)\p{L}+(?![\p{L}])/gu, (w) =>
      (skeleton(w).toLowerCase() !== 'doan' || w.toLowerCase() === 'đoàn' ? w : w === w.toUpperCase() ? 'ĐOÀN' : 'đoàn'));
}

/**
 * Caps header text → the way it is written in running text:
 * 'ỦY BAN NHÂN DÂN PHƯỜNG KINH MÔN' → 'Ủy ban nhân dân phường Kinh Môn'.
 */
export const SCHOOL_LEVELS = ['tiểu học', 'mầm non', 'mẫu giáo', 'trung học cơ sở', 'trung học phổ thông', 'đại học', 'cao đẳng'];
/** The same levels as school names abbreviate them (THCS, THPT, PTDTBT …), lower case. */
export const SCHOOL_CODES = ['thcs', 'thpt', 'th', 'mn', 'ptdtbt', 'ptdtnt'];

const FIELDS_LOWER = FIELD_NAMES.map((n) => n.toLowerCase()).sort((a, b) => b.length - a.length);
// The fields a university or college is named for, written with one capital ('Trường Đại học Sư
// phạm', 'Trường Cao đẳng Y tế'); a place or a person after them keeps its own ('… Sư phạm Hà Nội').
const ACADEMIC_FIELDS = ['sư phạm', 'kinh tế', 'y dược', 'y tế', 'y', 'dược', 'bách khoa', 'nông lâm', 'khoa học', 'khoa học tự nhiên',
  'khoa học xã hội và nhân văn', 'công nghệ', 'ngoại ngữ', 'luật', 'kỹ thuật', 'xây dựng', 'giao thông vận tải', 'thủy lợi',
  'mỏ - địa chất', 'văn hóa', 'mỹ thuật', 'thương mại', 'ngân hàng', 'tài chính', 'lâm nghiệp', 'nông nghiệp', 'quốc gia',
  'kinh tế quốc dân', 'sư phạm kỹ thuật', 'công nghiệp', 'điện lực', 'nội vụ', 'y tế công cộng', 'thể dục thể thao']
  .sort((a, b) => b.length - a.length);
/** A university's or college's name after its level: its field with one capital, the rest a proper name. */
function academicName(name: string): string {
  const field = ACADEMIC_FIELDS.find((f) => name === f || name.startsWith(`${f} `));
  if (!field) return titleCase(name);
  const rest = name.slice(field.length).trim();
  // (Y Dược, medicine and pharmacy, is two fields each with its capital: Trường Đại học Y Dược Cần Thơ.)
  const spelled = field === 'y dược' ? 'Y Dược' : `${field.charAt(0).toUpperCase()}${field.slice(1)}`;
  return `${spelled}${rest ? ` ${titleCase(rest)}` : ''}`;
}

export function nameCase(caps: string): string {
  // Caps words of consonants only are abbreviations and stay so (THCS, TNHH); a minority name
  // outside syllable rules is still a name (KRÔNG PA → Krông Pa).
  // So do Roman numerals that are no syllable (khu vực XII, khóa XIII).
  // (After KHU VỰC even one that is a syllable too: 'khu vực XI', not Xi.)
  const capsWords = caps.split(/\s+/);
  const roman = (w: string) => /^X{0,3}(?:IX|IV|V?I{0,3})$/.test(w);
  const acronyms = new Set(capsWords.filter((w, k) => /^\p{Lu}{2,}$/u.test(w) && ((!isSyllable(w.toLowerCase()) &&
    (!/[AEIOUY]/.test(skeleton(w).toUpperCase()) || roman(w))) || (roman(w) && looseKey(capsWords.slice(Math.max(0, k - 2), k).join(' ')) === 'KHUVUC')))
    .map((w) => w.toLowerCase()));
  let s = caps.toLowerCase().replace(/\s+/g, ' ').trim();
  // A school's name after its level ('Trường THCS Kim Đồng', 'Trường Tiểu học Lê Lợi').
  // (The level by its letters: OCR may have given it other marks, 'MẦM NÓN'.)
  s = s.replace(/^trường (\S+ \S+)(?= )/u, (all, level: string) => {
    const known = SCHOOL_LEVELS.find((l) => looseKey(l) === looseKey(level));
    return known ? `trường ${known}` : all;
  });
  // (Also inside a longer name: 'Ban Chấp hành Đoàn trường THPT Quế Võ số 1'; a school's number is
  // 'số N', its mark restored when OCR lost it, after its name or before it: 'Trường Tiểu học số 1 Hoàn Lão'.)
  // (Its 'trường' by its letters: the restorer may have given it another tone, 'Đoàn trưởng THPT'.)
  const school = new RegExp(`^(.*?)trư[ơờởớợỡ]ng (${[...SCHOOL_CODES, ...SCHOOL_LEVELS].join('|')}) (.+)$`, 'u').exec(s);
  const academic = (level: string) => level === 'đại học' || level === 'cao đẳng';
  // (A Party cell or committee of a school names it as a proper name: 'Chi bộ Trường Tiểu học Hòa Bình'.)
  const partyOf = !!school && /(?:chi bộ|đảng bộ|đảng ủy) $/u.test(school[1]);
  const level = (l: string) => (partyOf && SCHOOL_LEVELS.includes(l) ? l.charAt(0).toUpperCase() + l.slice(1) : l);
  // (A specialised school's chuyên is no part of its name, and by its letters: the restorer may have read CHUYỂN.)
  if (school) s = `${school[1]}${partyOf ? 'Trường' : 'trường'} ${level(school[2])} ${(academic(school[2]) ? academicName(school[3]) : titleCase(school[3])).replace(/(^| )(?:Số|So) (\d+)(?= |$)/u, '$1số $2')}`
    .replace(/(?<=(?:thpt|trung học phổ thông) )Chuy\p{L}n(?= \p{Lu})/u, (w) => (skeleton(w) === 'Chuyen' ? 'chuyên' : w));
  // A provincial political school bears a leader's name ('Trường Chính trị Lê Duẩn'), or its province's after tỉnh.
  else if (/^trường chính trị (?!tỉnh |thành phố )\p{L}/u.test(s)) s = `trường chính trị ${titleCase(s.slice('trường chính trị '.length))}`;
  // A university of several ('Đại học Thái Nguyên', 'Đại học Quốc gia Hà Nội') is named as its schools are.
  else s = s.replace(/^đại học (.+)$/u, (_, name: string) => `đại học ${academicName(name)}`);
  // A company's name after its legal form is a proper name ('Công ty TNHH một thành viên Thủy lợi Bắc Nghệ An').
  // (Its và joins two parts of it and stays small: 'Môi trường và Công trình đô thị'.)
  s = s.replace(/^(công ty (?:tnhh một thành viên|tnhh mtv|tnhh|cổ phần)) (.+)$/u, (_, form: string, name: string) => `${form} ${titleCase(name).replace(/ Và /gu, ' và ')}`);
  // A department or ministry names its fields each with a capital: 'Phòng Văn hóa và Thông tin',
  // 'Phòng Tài chính - Kế hoạch', 'Bộ Văn hóa, Thể thao và Du lịch'.
  const dept = /^(phòng|sở|bộ|cục|chi cục|vụ|ban|trung tâm) (.+)$/u.exec(s);
  // (Not a head's title: 'Chi cục trưởng', 'Cục trưởng'; nor a steering board, whose name after Chỉ đạo says what it
  // steers: 'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào …'.)
  if (dept && dept[1] === 'ban' && dept[2].startsWith('chỉ đạo ')) s = `ban Chỉ đạo ${dept[2].slice('chỉ đạo '.length)}`;
  else if (dept && dept[2] !== 'trưởng') {
    // A place right after a known field, without a unit word, is the province's name ('Sở Y tế Hải Dương').
    const field = FIELDS_LOWER.find((n) => dept[2].startsWith(`${n} `));
    const place = field ? dept[2].slice(field.length + 1) : '';
    const named = place && !UNIT_WORDS.some((u) => place === u || place.startsWith(`${u} `)) && /^[\p{L} ]+$/u.test(place);
    const fields = named ? field! : dept[2];
    s = `${dept[1]} ${fields.split(/( và |, | - )/u).map((part, k) => (k % 2 ? part : part.charAt(0).toUpperCase() + part.slice(1))).join('')}${named ? ` ${titleCase(place)}` : ''}`;
  }
  // Place names after an administrative-unit word, or a village-level one, are proper names.
  for (const re of AFTER_UNIT) s = s.replace(re, (_, pre, unit, name) => `${pre}${unit} ${titleCase(name)}`);
  // And the places a regional body serves ('Chi cục Thuế khu vực Từ Sơn - Yên Phong'), or a grassroots
  // office of 2025 is named for ('Bảo hiểm xã hội cơ sở Yên Thành'; not a school's level, trung học cơ sở).
  s = s.replace(/(^|\s)(khu vực|(?<!học\s)cơ sở)\s+(\p{L}[\p{L}\s]*(?:\s-\s\p{L}[\p{L}\s]*)*)$/iu,
    (_, pre: string, word: string, name: string) => `${pre}${word.toLowerCase()} ${name.split(' - ').map((p) => titleCase(p.toLowerCase())).join(' - ')}`);
  // A Youth Union committee is named for its unit as a Party committee is ('Huyện đoàn', 'Tỉnh đoàn'):
  // its đoàn is no place name.
  s = s.replace(/(^|\s)(huyện|tỉnh|quận) Đoàn(?=$|\s|,)/gu, '$1$2 đoàn');
  // And after a Party or Youth Union committee named for its unit ('Huyện ủy Tam Dương', 'Tỉnh ủy Vĩnh Phúc').
  s = s.replace(/(^|\s)((?:tỉnh|huyện|thành|quận|thị) (?:ủy|đoàn))\s+(?!ban\b)([\p{L}\s]+?)(?=$|,|;|\s-\s)/gu, (_, pre, body, name) => `${pre}${body} ${titleCase(name)}`);
  // A hospital names its speciality with a capital ('Bệnh viện Phổi', 'Bệnh viện Sản - Nhi', 'Bệnh viện Đa khoa tỉnh').
  s = s.replace(/^bệnh viện (\p{Ll})(\S*)(?: - (\p{Ll}))?/u, (_, c: string, rest: string, d?: string) => `bệnh viện ${c.toUpperCase()}${rest}${d ? ` - ${d.toUpperCase()}` : ''}`);
  // So does an association what it gathers ('Hội Nghề cá', 'Hội Thầy thuốc trẻ', 'Hội Cựu tù chính trị'), as the
  // vocabulary's own do (Hội Nông dân); a council, Hội đồng, is no association. (The Ban's words may have their
  // capitals already: 'ban Chấp hành'.)
  s = s.replace(/(^|ban (?:chấp hành|thường vụ) )hội (?!đồng(?:\s|$))(\p{L})/iu, (_, pre: string, c: string) => `${pre}${pre ? 'Hội' : 'hội'} ${c.toUpperCase()}`);
  // (And a club what it gathers, a fund what it funds, a magazine what it covers: 'Câu lạc bộ Hưu trí', 'Quỹ Tín dụng
  // nhân dân', 'Tạp chí Văn hóa Nghệ An'.)
  s = s.replace(/^(câu lạc bộ|quỹ|tạp chí) (\p{Ll})/u, (_, kind: string, c: string) => `${kind} ${c.toUpperCase()}`);
  // (The Front is a proper name inside a body's: 'Ban Công tác Mặt trận khối 5', 'Chi bộ Cơ quan Mặt trận'.)
  s = s.replace(/(?<=(?:^|\s)(?:[Cc]ông tác|[Cc]ơ quan) )mặt trận(?=$|\s|,)/gu, 'Mặt trận');
  for (const { p, re } of PHRASE_CASES) s = s.replace(re, (_m, pre) => pre + p);
  s = spellPhrases(s);
  // Bodies always named for a place or a river, without a unit word: their name is proper
  // ('Công ty Điện lực Hưng Yên', 'Ban Quản lý rừng phòng hộ Sông Đà', 'Đồn Biên phòng Nậm Cắn', 'Vườn quốc gia Pù Mát',
  // 'Làng trẻ em SOS Vinh').
  s = s.replace(NAMED_FOR_PLACE, (_, pre: string, body: string, name: string) => `${pre}${body} ${titleCase(name)}`);
  if (school) s = s.replace(/^trường (\p{Ll})/u, (_, c: string) => `trường ${c.toUpperCase()}`);
  s = s.split(' ').map((w) => (acronyms.has(w.toLowerCase()) ? w.toUpperCase() : w)).join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// Phrases long enough that their letters alone name them.
const LOOSE_PHRASES = PHRASES.filter((p) => looseKey(p).length >= 6).map((p) => ({ words: p.split(' ') }));
// The phrases of two words or more by their first word's letters, with their own letters (phrasesAsPrinted runs
// over every line of a document, so each word looks up only the phrases it may open).
// (keys[m]: the letters of its first m words.)
const PHRASES_BY_FIRST = new Map<string, Array<{ words: string[]; keys: string[] }>>();
for (const { words } of LOOSE_PHRASES) {
  if (words.length < 2) continue;
  const first = looseKey(words[0]);
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), { words, keys: words.map((_, m) => looseKey(words.slice(0, m).join(' '))).concat(looseKey(words.join(' '))) }]);
}

// Phrases of three words or more ending in a word of one letter, by the letters of their words with the last two joined.
const GLUED_ENDS = LOOSE_PHRASES.filter(({ words }) => words.length >= 3 && words[words.length - 1].length === 1)
  .map(({ words }) => ({ words, glued: [...words.slice(0, -2), words[words.length - 2] + words[words.length - 1]].map(looseKey) }));

/**
 * Known body words the restorer left with a wrong mark take their spelling, matched by letters over
 * the same number of words: 'Sở Tài nguyên và Môi trưởng' → Môi trường, 'Đào tảo' → Đào tạo; a
 * word-initial Đ that English-model OCR read as B or P included ('Công ty biên lục' → Điện lực).
 */
export function spellPhrases(s: string): string {
  const words = s.split(' ');
  // (A phrase's last word of one letter glued by OCR to the word before it, which the restorer then read as one:
  // 'CHĂN NUÔI VÀ THUY' read Chăn nuôi và Thủy is Chăn nuôi và Thú y.)
  for (const { words: pw, glued } of GLUED_ENDS) {
    for (let i = 0; i + glued.length <= words.length; i++) {
      if (glued.every((g, k) => looseKey(words[i + k]) === g)) { words.splice(i, glued.length, ...pw); break; }
    }
  }
  const same = (w: string, p: string) => looseKey(w) === looseKey(p) || (p.startsWith('Đ') && looseKey(w).replace(/^[BP]/, 'D') === looseKey(p));
  for (let i = 0; i < words.length; i++) {
    for (const { words: pw } of LOOSE_PHRASES) {
      if (i + pw.length > words.length) continue;
      const seen = words.slice(i, i + pw.length);
      // (One word of a phrase of three or more may be a letter off, when it is no syllable at all: OCR's
      // remnant of the phrase's word, 'Đài Khí tuqong Thủy văn'; a real word there is another name.)
      const off = seen.filter((w, k) => !same(w.replace(/[^\p{L}\p{N}]+$/u, ''), pw[k]));
      const remnant = (w: string, k: number) => pw.length >= 3 && looseKey(pw[k]).length >= 4 && !isSyllable(w.toLowerCase()) &&
        editDistance(looseKey(w), looseKey(pw[k])) === 1;
      if (off.length > 1 || (off.length === 1 && !remnant(off[0], seen.indexOf(off[0])))) continue;
      // (One of its words, at least, as the phrase writes it, or with the Đ OCR read as B: every
      // word with other marks is a place's name as often, 'Vân Phong' is no Văn phòng.)
      const bare = (w: string) => w.replace(/[^\p{L}\p{N}]+$/u, '').toLowerCase();
      if (pw.length > 1 && !seen.some((w, k) => bare(w) === pw[k].toLowerCase() || (pw[k].startsWith('Đ') && /^[bp]/i.test(w)))) continue;
      // A run of capitalized words is a place name ('xã Thanh Trà'), not the phrase 'Thanh tra'.
      if (seen.every((w) => /^\p{Lu}/u.test(w)) && pw.some((w) => /^\p{Ll}/u.test(w))) continue;
      // A school's word before its level is the school's ('Chi bộ trường tiểu học'), no 'Bộ trưởng'.
      const after = words.slice(i + pw.length, i + pw.length + 4).join(' ').toLowerCase();
      if (looseKey(pw[pw.length - 1]) === 'TRUONG' && [...SCHOOL_LEVELS, ...SCHOOL_CODES].some((l) => after.startsWith(`${l} `) || after === l)) continue;
      // Keep the punctuation the text has after the phrase ('Thông tin;').
      const tail = /[^\p{L}\p{N}]*$/u.exec(seen[seen.length - 1])![0];
      const spelled = [...pw];
      if (!/[^\p{L}\p{N}]$/u.test(spelled[spelled.length - 1])) spelled[spelled.length - 1] += tail;
      words.splice(i, pw.length, ...spelled);
      i += pw.length - 1;
      break;
    }
  }
  return words.join(' ');
}

/**
 * Words the restorer gave other letters than OCR printed, where the printed letters are a known phrase's
 * exactly ('HOI DOANH NHAN TRE' read HỘI DOANH NHÂN TRỰC, the language model not knowing the society): the
 * phrase, in the words' letter case. `printed` holds OCR's words, one for each of `words`.
 */
export function phrasesAsPrinted(words: string[], printed: string[]): string[] {
  if (words.length !== printed.length) return words;
  // (Each printed word's letters once: a run's letters are its words' run together.)
  const out = [...words], rawKeys = printed.map(looseKey);
  for (let i = 0; i < out.length; i++) {
    let hit: { words: string[]; n: number } | null = null;
    for (const { words: pw, keys } of PHRASES_BY_FIRST.get(rawKeys[i]) ?? []) {
      // (Or its first four words or more, the rest wrapped to the next line: 'BAN QUAN LY DU AN' / 'DAU TU XAY DUNG'.)
      for (let m = pw.length; m >= Math.min(pw.length, 4) && !hit; m--) {
        const sub = pw.slice(0, m), subKey = keys[m];
        // (Over as many printed words, or one fewer: OCR may have lost a space inside it, 'BAN QUAN LY DUAN' read
        // BAN QUẢN LÝ ĐÀN; then the phrase's words take the place of the fewer.)
        const n = [m, m - 1].find((k) => k >= 2 && i + k <= out.length && rawKeys.slice(i, i + k).join('') === subKey);
        if (n && !(n === m && looseKey(out.slice(i, i + n).join(' ')) === subKey)) hit = { words: sub, n };
      }
      if (hit) break;
    }
    if (!hit) continue;
    const seen = out.slice(i, i + hit.n);
    const caps = seen.every((w) => w === w.toUpperCase());
    out.splice(i, hit.n, ...hit.words.map((w) => (caps ? w.toUpperCase() : w)));
    rawKeys.splice(i, hit.n, ...hit.words.map(looseKey));
    i += hit.words.length - 1;
  }
  return out;
}

export function titleCase(s: string): string {
  return s.split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
