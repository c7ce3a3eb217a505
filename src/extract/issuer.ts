import { isSyllable, skeleton } from '../restore/orthography.js';
import type { NumberParts } from './number.js';
import { editDistance, fuzzyPrefix, looseKey, romanNumeral, similarity } from './text-match.js';
import { ABBREVIATIONS, FIELD_NAMES, PROPER_PHRASES, UNIT_WORDS } from './vocabulary.js';

// Body phrases long enough to be matched fuzzily inside a name without catching ordinary words.
const LONG_PHRASES = PROPER_PHRASES.filter((p) => looseKey(p).length >= 10).sort((a, b) => b.length - a.length);
// Bodies that are named on their own ('của Thủ tướng Chính phủ'), compared with the whole issuer.
const CENTRAL = ['Chính phủ', 'Thủ tướng Chính phủ', 'Quốc hội', 'Ủy ban Thường vụ Quốc hội', 'Bộ Chính trị', 'Ban Bí thư',
  'Ban Chấp hành Trung ương', 'Chủ tịch nước', 'Văn phòng Chính phủ',
  ...Object.values(ABBREVIATIONS).filter((v) => v.startsWith('Bộ '))];
/**
 * A set phrase one of whose words OCR garbled past reading, the word no syllable: 'Ủy ban rr xã Tân Lạc' is
 * Ủy ban nhân dân (no other committee stands before a unit word but by an abbreviation, MTTQ), and 'các sở, ban, Sh
 * tỉnh' is sở, ban, ngành; so are a standing body's Ban and Tết Nguyên đán's middle word. Used on cited issuers
 * and on titles.
 */
export function withGarbledPhraseWord(s: string): string {
  const garbled = (w: string) => !isSyllable(w.toLowerCase()) && ABBREVIATIONS[w] === undefined && !/^\p{Lu}{2,}$/u.test(w);
  return s.replace(/(?<=(?:^|\s)Ủy ban\s)(\p{Ll}{1,4})(?=\s(?:xã|phường|tỉnh|huyện|thị trấn|quận|thành phố|thị xã|đặc khu)(?:\s|$))/u, (w) => (garbled(w) ? 'nhân dân' : w))
    .replace(/(?<=(?:^|\s)sở,\s*ban,\s*)(\p{L}{1,5})(?=[\s,;]|$)/iu, (w) => (garbled(w) ? 'ngành' : w))
    // (A minister's trưởng that OCR garbled past reading, between Bộ and the ministry's name: 'Bộ rv Bộ Giáo dục và Đào tạo'.)
    .replace(/(?<=(?:^|\s)Bộ\s)(\p{Ll}{1,5})(?=\sBộ\s\p{Lu})/u, (w) => (garbled(w) ? 'trưởng' : w))
    // (A Ban Chấp hành's word before bộ is Đảng, whatever word the restorer made of it: 'Ban Chấp hành Sơ bộ phương'.)
    .replace(/(?<=(?:^|\s)Ban Chấp hành\s)(\p{L}{1,4})(?=\sbộ(?:\s|$))/u, 'Đảng')
    // (A standing body's Ban that OCR made a word of two small letters, no syllable of its own: 'của in Thường vụ Đảng ủy'.)
    // (Not do, a word there: 'do Thường trực Tỉnh ủy chủ trì'.)
    .replace(/(?<=(?:^|\s))[a-z]{1,2}(?=\sThường (?:vụ|trực)(?:\s|$))/u, (w) => (w === 'do' ? w : 'Ban'))
    // (đán is only ever Nguyên đán's: after a Tết its letters or the restorer's Tốt, the word between is Nguyên,
    // whatever OCR made of it: 'Tết N quyên đán', 'Tốt Noten đán'.)
    // (A quote before the Tết stays: '"Tết Nguyên đán …'.)
    .replace(/(?<=(?:^|\s))([^\p{L}\s]*)(\S+)\s+(?:\p{L}\s+)?\S{1,8}\s+đán(?!\p{L})/gu,
      (all, lead: string, tet: string) => (/^T[EOA]T$/.test(looseKey(tet)) ? `${lead}Tết Nguyên đán` : all));
}

/** The central body whose name has these letters, its spaces lost to OCR ('BONOIVU' is Bộ Nội vụ); else null. */
export function centralByLetters(word: string): string | null {
  return CENTRAL_BY_LETTERS.get(looseKey(word)) ?? null;
}
const CENTRAL_BY_LETTERS = new Map(CENTRAL.map((c) => [looseKey(c), c] as const).reverse());
// Bodies whose names are near a known phrase's letters but are bodies of their own ('Chi nhánh Văn phòng Đăng
// ký đất đai' is no garbled Phó Chánh Văn phòng).
const OTHER_BODIES = ['ban điều hành', 'ban quản lý', 'ban đại diện', 'ban công tác mặt trận', 'ban chỉ huy', 'ban chủ nhiệm', 'chi nhánh'];
// First words of body names: one of them read in place of another is no OCR damage.
const BODY_HEADS = new Set(['Sở', 'Bộ', 'Ban', 'Phòng', 'Cục', 'Vụ', 'Viện', 'Tổng', 'Chi', 'Văn', 'Thanh', 'Ủy', 'Hội', 'Đảng', 'Trung'].map(looseKey));
// After these, a word spelled like a unit word is that unit word ('Ủy ban nhân dân tính' → tỉnh).
const UNIT_OWNERS = /(?:Ủy ban nhân dân|Hội đồng nhân dân|Đảng bộ|Đảng ủy|Chi bộ|Ban Chấp hành Đảng bộ)\s+$/u;
const UNIT_BY_SKELETON = new Map(UNIT_WORDS.map((u) => [skeleton(u), u]));
const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const ORDINAL_BY_SKELETON = new Map(ORDINALS.map((o) => [skeleton(o), o]));

/**
 * The issuer of a cited document as the restored text names it, with damaged body words put back
 * from the known vocabulary, matched without accents: 'Ủy ban nhóm dân' → Ủy ban nhân dân,
 * 'nhân đến tính' → nhân dân tỉnh, 'Bộ - Nội vụ' (a wrapped line's dash) → Bộ Nội vụ,
 * 'Thủ ni Chính phủ' → Thủ tướng Chính phủ.
 */
/** A name's words, a dash set apart being none ('Ủy ban - nhân dân', and a phrase's own: 'Lao động - Thương binh'). */
const wordsOf = (t: string) => t.trim().split(' ').filter((w) => !/^[-–]$/.test(w));
/**
 * Whether a name's words hold a real word far from the phrase's word in its place: 'Tài chính - Kế toán'
 * is no garbled 'Tài chính - Kế hoạch'. (A short word is OCR's remnant of one: 'Ủy Ở nhân dân'.)
 */
const otherWord = (read: string[], phrase: string[]) => read.some((w, k) => looseKey(w).length >= 3 && isSyllable(w.toLowerCase()) && editDistance(looseKey(w), looseKey(phrase[k])) >= 3);

export function canonicalIssuer(issuer: string): string {
  // A dash after the first word is a wrapped line's list mark ('Bộ - Nội vụ'); later ones are the
  // name's own ('Phòng Tài chính - Kế hoạch').
  // A lone small letter, a 1 or a bar before the name is a speck ('của a Bộ Tài chính', 'của 1 Sở Y tế').
  // A dash glued to a lone capitalized word inside the name is a speck too ('Học viện Chính trị quốc gia Hồ- Chí
  // Minh'); a name's own dash follows a lower-case word or a name of two ('Tài chính - Kế hoạch', 'Bà Rịa - Vũng Tàu').
  // (So is a second của, the restorer's reading of a speck after the first: 'ngày 12/5/2025 của của Ủy ban'.)
  const s = issuer.replace(/^\s*(?:\p{Ll}|[1|!]|của)\s+(?=\p{Lu})/u, '').replace(/^(\s*\S+)\s[-–]\s(?=\p{Lu})/u, '$1 ')
    .replace(/(?<=\s\p{Ll}+\s\p{Lu}\p{Ll}*)[-–]\s+(?=\p{Lu})/gu, ' ').replace(/\s+/g, ' ').trim()
    // A lone digit before a committee's ủy is a speck: no name numbers a committee there ('Đảng 0 ủy xã').
    .replace(/(?<=\p{L}) \d (?=ủy(?!\p{L}))/gu, ' ')
    // (So is one glued to the title that opens a person's name for the body: 'Chủ tịch- Ủy ban nhân dân tỉnh'.)
    .replace(/^((?:Phó )?(?:Chủ tịch|Giám đốc|Bộ trưởng|Thủ tướng|Viện trưởng|Chánh án|Trưởng ban|Cục trưởng|Hiệu trưởng))\s*[-–]\s+(?=\p{Lu})/u, '$1 ')
    // A Party committee's standing body: 'Ban Thường vụ Huyện Ở Cát Hải' lost its 'ủy'.
    .replace(/(Ban Thường vụ|Ban Chấp hành|Ủy ban Kiểm tra|Văn phòng) (Tỉnh|Huyện|Thành|Quận|Thị) (\p{L}{1,2}) (?=\p{Lu})/gu,
      (all, body: string, unit: string, w: string) => (looseKey(w).length <= 2 ? `${body} ${unit} ủy ` : all));
  const completed = withGarbledPhraseWord(s);
  if (completed !== s) return canonicalIssuer(completed);
  const headed = departmentHead(s);
  if (headed !== s) return canonicalIssuer(headed);
  // Whole names of central bodies first: short, so a garbled word weighs much; their letters alone
  // when OCR lost the spaces ('BOY tế' is Bộ Y tế).
  const same = centralByLetters(s);
  if (same) return same;
  // (And a minister's title before one: 'Bộ trưởng Bộ Y-tế', its dash OCR's.)
  const minister = /^((?:Phó )?Bộ trưởng) (Bộ .+)$/u.exec(s);
  const ministry = minister ? centralByLetters(minister[2]) : null;
  if (ministry) return `${minister![1]} ${ministry}`;
  let best: string | null = null, bestSim = 0.65;
  const words = s.split(' ');
  // (Or with a speck of one or two letters inside, OCR's at a line's end: 'Ban Bí Có' / 'thư'.)
  for (const [k, w] of words.entries()) {
    const without = k > 0 && k < words.length - 1 && looseKey(w).length <= 2 ? centralByLetters(words.filter((_, j) => j !== k).join(' ')) : null;
    if (without) return without;
  }
  for (const c of CENTRAL) {
    // One garbled word at most: 'Ban Chỉ đạo Trung ương' is not 'Ban Chấp hành Trung ương'.
    const cw = c.split(' ');
    if (cw.length !== words.length || cw.filter((w, k) => looseKey(w) !== looseKey(words[k])).length > 1) continue;
    // Nor another body's head word: 'Sở Y tế' is not a garbled 'Bộ Y tế'.
    if (words.some((w, k) => looseKey(w) !== looseKey(cw[k]) && BODY_HEADS.has(looseKey(w)))) continue;
    const sim = similarity(s, c, bestSim);
    if (sim >= bestSim && (sim > bestSim || !best)) { best = c; bestSim = sim; }
  }
  if (best) return best;
  // Body phrases inside the name, at word starts.
  let out = '';
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    let hit: { phrase: string; end: number } | null = null;
    if (i === 0 || s[i - 1] === ' ') {
      // A phrase written out as it is wins over any fuzzy one ('Ban Thường vụ' is no garbled 'Ban Thường trực').
      for (const p of LONG_PHRASES) {
        const n = p.split(' ').length;
        const head = rest.split(' ').slice(0, n).join(' ');
        if (looseKey(head) === looseKey(p)) { hit = { phrase: p, end: head.length }; break; }
      }
      // Fuzzy only where a name can start: the beginning, or a capital ('phổ thông trực thuộc' is no
      // garbled 'Thường trực'); and not where another body's name is written out ('Ban điều hành
      // các khu phố' is no garbled 'Ban Chấp hành').
      const other = OTHER_BODIES.find((b) => rest.toLowerCase().startsWith(`${b} `));
      // (Its own phrases are read past a word or two OCR made no word of, 'Ban Quản lý dự án Lm tư
      // xây dựng', but not past real words: Ban Quản lý Khu công nghệ cao is another board.)
      for (const p of hit || !other ? [] : LONG_PHRASES.filter((q) => q.toLowerCase().startsWith(`${other} `))) {
        const pw = p.split(' '), rw = rest.split(' ').slice(0, pw.length);
        const differ = rw.filter((w, k) => looseKey(w) !== looseKey(pw[k]));
        if (rw.length === pw.length && differ.length <= 2 && differ.every((w) => !isSyllable(w.toLowerCase()))) { hit = { phrase: p, end: rw.join(' ').length }; break; }
      }
      const fuzzyOk = (i === 0 || /^\p{Lu}/u.test(rest)) && !other;
      for (const p of hit || !fuzzyOk ? [] : LONG_PHRASES) {
        const end = fuzzyPrefix(rest, p, 0.8);
        // (A dash OCR read between its words is no word: 'Ủy ban - nhân dân'; nor is the phrase's own, so
        // that a word before it is not taken for a garbled one: 'Sở Lao động - Thương binh và Xã hội'.)
        if (end > 0 && (end === rest.length || rest[end] === ' ') && wordsOf(rest.slice(0, end)).length === wordsOf(p).length &&
          !otherWord(wordsOf(rest.slice(0, end)), wordsOf(p))) { hit = { phrase: p, end }; break; }
        // Or one word of three or more garbled whole ('Ủy Ở nhân dân').
        const pw = p.split(' ');
        const rw = rest.split(' ').slice(0, pw.length);
        if (pw.length >= 3 && rw.length === pw.length && pw.filter((w, k) => looseKey(w) !== looseKey(rw[k])).length === 1 &&
            looseKey(rw[0]) === looseKey(pw[0]) && !otherWord(rw, pw)) { hit = { phrase: p, end: rw.join(' ').length }; break; }
        // Or its first word made junk, when three or more after it are whole ('015 ban nhân dân xã';
        // 'Các Ban nhân dân thôn' is another body).
        if (pw.length >= 4 && rw.length === pw.length && looseKey(rw[0]).length <= 4 && !isSyllable(rw[0].toLowerCase()) &&
            pw.every((w, k) => k === 0 || looseKey(w) === looseKey(rw[k]))) { hit = { phrase: p, end: rw.join(' ').length }; break; }
      }
    }
    // (A comma ending the words it matched before another name is the text's, kept: 'Nông nghiệp và Môi
    // trường, Y tế'; before small words it is a speck: 'Ủy ban nhân dân, các xã'.)
    const listed = /,$/.test(rest.slice(0, hit?.end ?? 0)) && /^\s*\p{Lu}/u.test(rest.slice(hit?.end ?? 0));
    if (hit) { out += hit.phrase; i += hit.end - (listed ? 1 : 0); continue; }
    const word = /^\S+/.exec(rest)?.[0] ?? rest[0];
    const sk = skeleton(word).toLowerCase();
    if (UNIT_OWNERS.test(out) && UNIT_BY_SKELETON.has(sk)) out += UNIT_BY_SKELETON.get(sk);
    else if (/lần thứ\s+$/u.test(out) && ORDINAL_BY_SKELETON.has(sk)) out += ORDINAL_BY_SKELETON.get(sk);
    // A term's Roman numeral: OCR joins II into H and reads I as l or 1 ('khóa XIH' → XIII).
    else if (/khóa\s+$/u.test(out) && /^[XVIHl1]+$/.test(word)) out += word.replace(/H/g, 'II').replace(/[l1]/g, 'I');
    // (And a region's, which a scan's OCR may read in Title case, its II an H or its III an IHI: 'khu vực Xvihi' → XVIII.)
    else if (/khu vực\s+$/iu.test(out) && /H/i.test(word)) out += romanNumeral(word) ?? word;
    else out += word;
    i += word.length;
    while (s[i] === ' ') { out += ' '; i++; }
  }
  // A department named for its unit: the last word, spelled like a unit word, is that word
  // ('Phòng Tài nguyên và Môi trường quần' → quận); after other words it stays ('các cơ quan').
  const last = /^(.*\S)\s+(\p{Ll}+)$/u.exec(out);
  const unit = last ? UNIT_BY_SKELETON.get(skeleton(last[2]).toLowerCase()) : undefined;
  if (last && unit && unit !== last[2] && LONG_PHRASES.some((p) => last[1].endsWith(p))) return `${last[1]} ${unit}`;
  // (A phrase the pass above put back may show a garbled word beside it: 'Ban Chấp! hành Sơ bộ'.)
  const completedNow = withGarbledPhraseWord(out);
  return completedNow !== out ? canonicalIssuer(completedNow) : out;
}

/**
 * A central body's name is whole: lowercase words after it are the sentence going on, not part of
 * the issuer ('Bộ Giáo dục và Đào tạo đúng lộ trình'), except a term or the state it belongs to.
 */
export function endCentralName(issuer: string): string {
  // (A dash OCR glued between the body and the next word ends the body too: 'Chính phủ-quy định'.)
  const body = CENTRAL.find((c) => issuer.startsWith(`${c} `) || (issuer.startsWith(`${c}-`) && /^\p{Ll}/u.test(issuer.slice(c.length + 1))));
  if (!body) return issuer;
  const rest = issuer.slice(body.length + 1);
  return /^\p{Ll}/u.test(rest) && !/^(?:khóa|nhiệm kỳ|nước)(?:\s|$)/u.test(rest) ? body : issuer;
}

/**
 * Who issued a cited document when the citation does not say but its symbol does: a central body
 * code (NĐ-CP → Chính phủ, QĐ-TTg → Thủ tướng Chính phủ, /QH15 → Quốc hội, TT-BNV → Bộ Nội vụ).
 * Local codes (UBND, HU) name no particular body and give nothing.
 */
export function issuerFromCode(parts: NumberParts): string | null {
  const code = (parts.bodyCode ?? '').split('-')[0];
  if (/^QH\d*$/.test(code)) return 'Quốc hội';
  if (/^UBTVQH\d*$/.test(code)) return 'Ủy ban Thường vụ Quốc hội';
  const name = ABBREVIATIONS[code];
  return name && (code === 'CP' || code === 'TTg' || name.startsWith('Bộ ')) ? name : null;
}

const HEADS = new Map(['Sở', 'Bộ', 'Phòng'].map((h) => [skeleton(h).toLowerCase(), h]));
const FIELD_KEYS = FIELD_NAMES.map((f) => ({ key: looseKey(f), words: f.split(' ').length }));
/**
 * A department's head word the restorer gave other marks before a field's name ('Sư Y tế' from
 * 'S& Y té', 'Số Nội vụ'): Sở, Bộ or Phòng by its letters ('so' is Sở: a body, not the number).
 */
function departmentHead(s: string): string {
  const words = s.split(' ');
  const head = HEADS.get(skeleton(words[0] ?? '').toLowerCase().replace(/^su$/, 'so'));
  if (!head || words[0] === head) return s;
  const field = FIELD_KEYS.some((f) => looseKey(words.slice(1, 1 + f.words).join(' ')) === f.key);
  return field ? [head, ...words.slice(1)].join(' ') : s;
}
