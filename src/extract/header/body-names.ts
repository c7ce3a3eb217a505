import { isKnownCode, readWithDs, restoreSymbolD, sameButD, withOneD } from '../../restore/symbols.js';
import type { Gazetteer } from '../../restore/place-names.js';
import { isSyllable, skeleton, withoutMarks } from '../../restore/orthography.js';
import type { NumberParts } from '../number.js';
import { editDistance, fuzzyPrefix, looseKey, similarity } from '../text-match.js';
import { SCHOOL_LEVELS } from '../casing.js';
import { ABBREVIATIONS, FIELD_ABBREVIATIONS, FIELD_NAMES, GENERIC_BODIES, MASS_ORGANISATIONS } from '../vocabulary.js';

export function expandAbbreviations(s: string): string {
  // The word before a society's initials is HỘI, however the restorer read OCR's letters there ('BTV HOI LHPN'
  // read HOẶC LHPN).
  return s.replace(/(?<!\p{L})\p{Lu}{2,5}(?=\s+(?:LHPN|CCB|CTĐ|NCT)(?!\p{L}))/gu, (w) => (looseKey(w).startsWith('HO') && editDistance(looseKey(w), 'HOI') <= 2 ? 'HỘI' : w))
    // (A SỞ, PHÒNG or BỘ that OCR glued to the field's initials after it is a word of its own: 'SỞGD&ĐT HÀ TĨNH'.)
    .replace(/(?<!\p{L})(SỞ|PHÒNG|BỘ)(\p{Lu}+(?:[&,-]\p{Lu}+)+)(?![\p{L}&,-])/gu, (all, head: string, field: string) =>
      (FIELD_ABBREVIATIONS[fieldWithD(field.replace(/\u00d0/g, 'Đ'))] ? `${head} ${field}` : all))
    .replace(/(?<![\p{L}&,-])\p{Lu}+(?:[&,-]\p{Lu}+)+(?![\p{L}&,-])/gu, (w) => FIELD_ABBREVIATIONS[fieldWithD(w.replace(/\u00d0/g, 'Đ'))] ?? w)
    // (A speck read as an apostrophe between two caps words is their lost space: 'ĐẦU TƯ'XÂY DỰNG'; not a Central
    // Highlands name's after one capital, B'LAO.)
    .replace(/(?<=\p{Lu}{2})['’](?=\p{Lu}{2})/gu, ' ')
    // (A VÀ that OCR glued to the abbreviation after it is a word of its own: 'PCCC' / 'VÀCNCH'.)
    .replace(/(?<!\p{L})VÀ(\p{Lu}{3,6})(?!\p{L})/gu, (all, rest: string) => (ABBREVIATIONS[rest] ? `VÀ ${rest}` : all))
    // (A company's CP is its form, cổ phần, not the government: 'CÔNG TY CP CẤP NƯỚC QUẢNG TRỊ'.)
    .replace(/(?<!\p{L})(CÔNG TY|Công ty) CP(?!\p{L})/gu, (_, c: string) => `${c} ${c === 'CÔNG TY' ? 'CỔ PHẦN' : 'cổ phần'}`)
    .replace(/[\p{L}]+/gu, (w) => ABBREVIATIONS[w] ?? ABBREVIATIONS[withD(w) ?? ''] ?? w)
    .replace(CITY_OR_TOWN, (all, tp: string, next: string) => (CHARTERED.test(looseKey(s)) ? all
      : `${/\p{Ll}/u.test(next) ? (tp === 'TP' ? 'thành phố' : 'thị xã') : (tp === 'TP' ? 'THÀNH PHỐ' : 'THỊ XÃ')} ${next}`));
}

// TP and TX before a unit's name in a state or Party body's line are thành phố, thị xã ('CÔNG AN TP CẦN THƠ');
// a school, hospital or company keeps its chartered name as printed ('TRƯỜNG ĐẠI HỌC NÔNG LÂM TP. HỒ CHÍ MINH').
const CITY_OR_TOWN = /(?<!\p{L})(TP|TX)\.?\s+(\p{Lu}\p{L}*)/gu;
const CHARTERED = /^(?:TRUONG|DAIHOC|HOCVIEN|BENHVIEN|CONGTY|NGANHANG)/;

const FIELD_KEYS = new Set(FIELD_NAMES.map((n) => looseKey(n)));
/**
 * A department line: 'SỐ' (or any S-O word the restorer made of SỞ, or S and a glyph) before a field's name is SỞ,
 * and a province's letters after the field are its name as the gazetteer spells it ('SỐ GD&ĐT
 * THÀNH HOA' → SỞ … THANH HÓA).
 */
export function spellDepartment(line: string, places?: Gazetteer): string {
  const words = line.split(' ');
  if (looseKey(words[0]) === 'PHONG' && words.length >= 3) return `${words[0]} ${spellField(words.slice(1).join(' '))}`;
  // (Or S and one other glyph, OCR's O: 'SG NÔNG NGHIỆP VÀ MÔI TRƯỜNG'; a field's name must follow.)
  // (Or SO and a letter OCR made of a speck, before a field's name: 'SOG NỘI VỤ'; the field is checked below.)
  if (words.length < 2 || (looseKey(words[0]) !== 'SO' && !/^S[^\s\p{Ll}]$/u.test(words[0]) && !/^SO\p{Lu}$/u.test(looseKey(words[0])))) return line;
  const rest = words.slice(1);
  // The longest run of words after it that is a field's name.
  let fieldLen = 0;
  for (let n = rest.length; n > 0 && !fieldLen; n--) if (FIELD_KEYS.has(looseKey(rest.slice(0, n).join(' ')))) fieldLen = n;
  // (Or the line ends inside a field's name of which it holds the first two words or more, the rest wrapped to
  // the next line: 'SOG NÔNG NGHIỆP VÀ MÔI' / 'TRƯỜNG NGHỆ AN'.)
  const opensField = () => rest.length >= 2 && FIELD_NAMES.some((f) => {
    const fw = f.split(' ');
    return fw.length > rest.length && looseKey(fw.slice(0, rest.length).join(' ')) === looseKey(rest.join(' '));
  });
  if (!fieldLen) return opensField() ? ['SỞ', ...rest].join(' ') : line;
  // (The field as its name is spelled, when OCR ran two of its words together, 'VÀ DULICH' is VÀ DU LỊCH, or
  // read them with other marks, 'SOG NƠI VỤ' is SỞ NỘI VỤ.)
  const printed = rest.slice(0, fieldLen).join(' ');
  const spelled = FIELD_NAMES.find((f) => looseKey(f) === looseKey(printed));
  const field = spelled ? spelled.toUpperCase().split(' ') : rest.slice(0, fieldLen);
  const tail = rest.slice(fieldLen).join(' ');
  // (A province's Đ English-model OCR read as P: 'SỞ GD&ĐT PAK LAK' is Đắk Lắk.)
  const province = places && tail && !places.isName(tail)
    ? places.provinceByLetters(tail) ?? places.provinceByLetters(tail.replace(/(?<=^|\s)P(?=\p{L})/gu, 'Đ')) : null;
  const after = province ? (tail === tail.toUpperCase() ? province.toUpperCase() : province) : tail;
  return ['SỞ', ...field, ...(after ? [after] : [])].join(' ');
}

// A field's name by its letters, each Đ as OCR may read it and its spaces aside ('VAPO THỊ' for VÀ ĐÔ THỊ).
const dKey = (s: string) => looseKey(s).replace(/[PB]/g, 'D');
const FIELD_BY_DKEY = new Map(FIELD_NAMES.map((f) => [dKey(f), f] as const));

/** An office's field (the words after PHÒNG) as its name is spelled, when its letters are a field's whole: else as given. */
function spellField(words: string): string {
  const field = FIELD_BY_DKEY.get(dKey(words));
  return field && looseKey(field) !== looseKey(words) ? field.toUpperCase() : words;
}

/** A field abbreviation whose Đ English-model OCR read as P, D or B ('GD&PT' is GD&ĐT); else as given. */
function fieldWithD(w: string): string {
  if (FIELD_ABBREVIATIONS[w]) return w;
  // (Or the one Đ read as two letters: 'GD&DPT' for GD&ĐT.)
  const oneD = withOneD(w);
  return Object.keys(FIELD_ABBREVIATIONS).find((k) => sameButD(w, k) || oneD.includes(k)) ?? w;
}

/**
 * The abbreviation a caps word is once the Đ English-model OCR read as P, D or B is put back
 * ('LPLP' → LĐLĐ), by the repair symbol codes get; or null.
 */
export function withD(w: string): string | null {
  if (!/^\p{Lu}{2,}$/u.test(w)) return null;
  const d = restoreSymbolD(w);
  if (d !== w && ABBREVIATIONS[d]) return d;
  // (A word that splits into known codes as read, PB and QH, is still the abbreviation one Đ makes of it when only
  // one does: 'ĐOÀN PBQH VÀ HĐND' is ĐBQH.)
  const known = withOneD(w).filter((x) => ABBREVIATIONS[x]);
  return known.length === 1 ? known[0] : null;
}

/** Whether `code`'s letters all stand in `letters` in their order, others between them ('CNĐH' in CNKVĐH). */
function lettersInOrder(code: string, letters: string): boolean {
  let at = 0;
  for (const c of letters) if (at < code.length && c === code[at]) at++;
  return at === code.length;
}

/** Whether a capital is Ư under whatever tone mark: a code keeps the horn and drops the tone (Ứ of Ứng dụng is Ư). */
const horned = (c: string) => c.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC') === 'Ư';

/**
 * The number with its body code's first group spelled as the issuer's initials (or a run of them), when it
 * is them but for a Đ read as P, D or B: the header's own number (`ownNumber`, which may also differ in
 * another letter), or a citation with its stated issuer.
 */
export function withIssuerInitials<T extends { value: string; parts: Pick<NumberParts, 'bodyCode'> }>(number: T, issuer: string, ownNumber = false): T {
  const code = number.parts.bodyCode!, first = code.split('-')[0];
  const nameWords = issuer.split(' ').filter((w) => w !== 'và' && /^[\p{L}\d]/u.test(w));
  const words = nameWords.filter((w) => /^\p{L}/u.test(w));
  // (All of them, or a run of three or more: 'CTĐ' of Hội Chữ thập đỏ tỉnh Nghệ An.)
  const all = words.map((w) => w[0].toUpperCase()).join('');
  // (A school's code keeps its level's abbreviation and its number whole: 'THPTĐL1' of Trường THPT Đô Lương 1.)
  const whole = nameWords.map((w) => (/^(?:\p{Lu}{2,}|\d{1,2})$/u.test(w) ? w : w[0].toUpperCase())).join('');
  const initials = [all, all.slice(1), ...(whole !== all ? [whole.slice(1)] : []),
    ...[...all].flatMap((_, a) => [...all].map((__, b) => (b - a >= 2 ? all.slice(a, b + 1) : '')))].filter(Boolean);
  const spelled = (fixed: string) => {
    const at = number.value.lastIndexOf(first);
    return { ...number, value: `${number.value.slice(0, at)}${fixed}${number.value.slice(at + first.length)}`, parts: { ...number.parts, bodyCode: [fixed, ...code.split('-').slice(1)].join('-') } } as T;
  };
  // The other way: a Đ the symbol repair put where the name's initial is a D ('THPTND' of Trường THPT
  // Nguyễn Du, read THPTNĐ because NĐ is Nghị định's code): the code ends with the last words' initials.
  if (first.includes('Đ')) {
    const asD = first.replace(/Đ/g, 'D');
    const tails = [2, 3].map((n) => all.slice(-n)).filter((t) => t.length === 2 || t.length === 3);
    if (tails.some((t) => t.includes('D') && asD.endsWith(t) && !first.endsWith(t))) return spelled(asD);
    // (Or anywhere in the own number's code, where the issuer's initial is a B or a D: 'BTDKT' of the Ban Thi đua -
    // Khen thưởng had become ĐTĐKT, ĐTĐ and KT being codes of their own.)
    const undone = ownNumber && !initials.includes(first) ? initials.find((v) => v.length === first.length &&
      [...v].every((c, k) => c === first[k] || (first[k] === 'Đ' && 'BD'.includes(c)))) : undefined;
    if (undone) return spelled(undone);
  }
  if (initials.includes(first)) return number;
  // (A dash OCR lost between the issuer's initials and a known department's code after them: '118/VCLTKHTH' of the
  // Viện Cây lương thực … is VCLT-KHTH. The document's own number only, with no dash left in its code; not a code
  // whose letters, a Đ read as P, D or B put back or one put in taken out, are the issuer's initials in order
  // (BQLDA, which the symbol repair made BQLĐA, of a Ban Quản lý dự án; TCNSCP of a Tổ công nghệ số cộng đồng;
  // VKSBT of a Viện kiểm sát … Ba Tơ); and a department's code of three letters or more, since a name OCR garbled
  // may hide the initials a two-letter one continues ('BQLDA' of 'Ban Quản lý duan …').)
  // (Initials without their marks: án's Á is a code's A.)
  const initialsInOrder = () => {
    const bareAll = withoutMarks(all);
    return [first, first.replace(/Đ/g, 'D'), ...withOneD(first)].some((v) => lettersInOrder(v, bareAll));
  };
  const lostDash = ownNumber && !first.includes('-') && code === first && !isKnownCode(first) && !initialsInOrder()
    ? initials.filter((v) => v.length >= 3 && first.startsWith(v) && first.length - v.length >= 3 && isKnownCode(first.slice(v.length)))
      .sort((a, b) => b.length - a.length)[0] : undefined;
  if (lostDash) return spelled(`${lostDash}-${first.slice(lostDash.length)}`);
  // (English-model OCR reads an Ư as U: 'TUH' of Trung ương Hội is TƯH, the Ư the initial of ương; a code keeps the
  // Ư of a word whose tone it drops, 'TTUD' of Trung tâm Ứng dụng … is TTƯD.)
  const withU = /U/.test(first) ? initials.find((v) => v.length === first.length && [...v].some(horned) &&
    [...v].every((c, k) => c === first[k] || (horned(c) && first[k] === 'U'))) : undefined;
  if (withU) return spelled([...withU].map((c) => (horned(c) ? 'Ư' : c)).join(''));
  // (OCR may also have read the one letter as two: 'MNDPL' for MNĐL.)
  // (Or two Đ read so: 'HDTDKT' of Hội đồng Thi đua - Khen thưởng is HĐTĐKT; 'VPPKDDP' of Văn phòng Đăng ký đất đai is VPĐKĐĐ.)
  const fixed = /[DPB]/.test(first) ? withOneD(first).find((v) => initials.includes(v)) ?? initials.find((v) => v.includes('Đ') && readWithDs(first, v)) : undefined;
  if (fixed) return spelled(fixed);
  // (Or initials of the name in its order, some words skipped, from its first: 'CNPH' of Chi nhánh khu vực
  // Đồng Hới is CNĐH; the code as read is no such abbreviation. From a P or B only: a D may be the author's,
  // codes often drop the stroke, 'TKDL' of Thống kê tỉnh Đắk Lắk.)
  // (A company's code may start after its legal form: 'MTĐT' of Công ty cổ phần Môi trường và Dịch vụ Đô thị Vinh.)
  const form = /^Công ty (?:cổ phần|TNHH(?: một thành viên| MTV)?)\s/iu.exec(issuer);
  const named = form ? all.slice(form[0].trim().split(' ').filter((w) => /^\p{L}/u.test(w)).length) : '';
  const inOrder = (v: string) => (lettersInOrder(v, all) && v[0] === all[0]) || (!!named && lettersInOrder(v, named) && v[0] === named[0]);
  const skipped = ownNumber && /[PB]/.test(first) && !inOrder(first)
    ? withOneD(first).find((v) => v.length === first.length && inOrder(v) && [...v].every((c, k) => c === first[k] || first[k] !== 'D')) : undefined;
  if (skipped) return spelled(skipped);
  // The document's own code of four letters or more that is a run of its issuer's initials but for one
  // letter is that run, a letter misread by OCR ('512/TB-TTYI' of the Trung tâm Y tế …): when one run is so near.
  // (Letters only: a region's number is no misread letter, 'KBNN7', 'TCS3'.)
  // (Nor a known code of its own: TĐTN, a provincial Youth Union's, is no misread TĐTQ of Tỉnh đoàn Tuyên Quang.)
  // (A code of three letters only against all the issuer's initials, three too: 'TYI' of Trạm Y tế is TYT.)
  const whole3 = first.length === 3 && all.length === 3;
  const asRun = (run: string) => spelled([...first].map((c, k) => (skeleton(c) === skeleton(run[k]) ? c : run[k])).join(''));
  const ownLetterOff = (v: string) => v.length === first.length && [...v].filter((c, k) => skeleton(c) !== skeleton(first[k])).length === 1;
  // (A known code that abbreviates another body than the issuer is no exception, when the issuer is the body
  // a code a letter away abbreviates: 'BCH', Ban Chấp hành, on the own number of a Ban Chỉ đạo is BCĐ misread.)
  const own = ownNumber && ABBREVIATIONS[first] && initials.filter(ownLetterOff).find((v) => ABBREVIATIONS[v] && issuer.startsWith(ABBREVIATIONS[v]));
  if (own) return asRun(own);
  if (!ownNumber || (first.length < 4 && !whole3) || !/^\p{Lu}+$/u.test(first) || isKnownCode(first)) return number;
  // (Nor a code whose letters are initials of the name in its order, some words skipped: CTTL of Công ty
  // TNHH một thành viên Thủy lợi … abbreviates it, however near it is to the run CTTM.)
  if (lettersInOrder(skeleton(first), skeleton(all))) return number;
  // (By letters without marks: the initials of Ủy ban nhân dân are ỦBND, its code UBND.)
  // (Only from a name of real words: one OCR left garbled, 'Ban Quản lý duan be đầu tư', spells no code.)
  if (words.some((w) => /^\p{Ll}/u.test(w) && !isSyllable(w))) return number;
  const near = new Set(initials.filter(ownLetterOff));
  if (near.size !== 1) return number;
  return asRun([...near][0]);
}

// (And a school's kind, whose words OCR may have damaged past the restorer: 'TRƯỜNG TIFU HOẶC CÁT TIÊN'.)
const BODY_HEADS = [...GENERIC_BODIES, ...MASS_ORGANISATIONS.map((m) => m.toUpperCase()), ...SCHOOL_LEVELS.map((l) => `TRƯỜNG ${l.toUpperCase()}`)];
export function canonicalBody(s: string): string {
  const upper = s.toUpperCase();
  if (GENERIC_BODIES.some((g) => upper.startsWith(g))) return s;
  // 'UYBANNHANDAN HUYEN X', 'ĂNG BỘ HUYỆN X' (Đ lost), 'HOQI LIÊN HIỆP PHỤ NỮ': rebuild the damaged
  // generic part from the known header vocabulary, matched fuzzily and without accents.
  const match = (text: string) => {
    let best: { g: string; end: number; sim: number } | null = null;
    for (const g of BODY_HEADS) {
      const end = fuzzyPrefix(text, g, 0.8);
      // (Whole words: 'BAN THƯỜNG TRỰC' is no 'BAN THƯỜNG VỤ' and a C.)
      if (end > 0 && (end === text.length || text[end] === ' ')) {
        const sim = similarity(text.slice(0, end), g);
        if (!best || sim > best.sim) best = { g, end, sim };
      }
    }
    return best;
  };
  // (Failing that, as English-model OCR reads a header: a first Đ as P, an Ộ ending a word as Q —
  // 'PAN BQ XÃ HÒA BÌNH' is ĐẢNG BỘ …. The letters keep their places, so the match's end holds.)
  // (And an OQ inside a word as one Ộ, 'HOQI ĐÔNG Y' is HỘI …: the rest is then cut from the text so read.)
  const read = /^P\p{Lu}|\p{Lu}Q(?:\s|$)|OQ\p{Lu}/u.test(s) ? s.replace(/^P(?=\p{Lu})/u, 'Đ').replace(/(?<=\p{Lu})Q(?=\s|$)/gu, 'Ô').replace(/OQ(?=\p{Lu})/gu, 'Ô') : null;
  const first = match(s);
  const best = first ?? (read ? match(read) : null);
  return best ? `${best.g} ${(first || read!.length === s.length ? s : read!).slice(best.end).trim()}`.trim() : s;
}

/** The full name of the first body code of a symbol ('SYT-NVY' → Sở Y tế), if known. */
export function bodyExpansion(bodyCode: string | null): string | null {
  const first = bodyCode?.split('-')[0];
  return first ? ABBREVIATIONS[first.replace(/\u00d0/g, 'Đ')] ?? null : null;
}
