/**
 * Codes that make up Vietnamese document symbols and body abbreviations (Decree 30 Phụ lục III,
 * Party rules, domain-spec §2–3, §7). Used to put back Đ where OCR read it as D, P or Ð.
 */
const ATOMS = [
  'NQ', 'QĐ', 'CT', 'QC', 'QYĐ', 'TC', 'TB', 'HD', 'CTR', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTR', 'HĐ', 'CĐ',
  'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TRS', 'SL', 'GN', 'TTH', 'UQ', 'GT', 'NP',
  'NĐ', 'TT', 'TTLT', 'L', 'PL', 'QH', 'UBTVQH', 'KL', 'QĐI', 'CV', 'GP',
  'UBND', 'HĐND', 'MTTQ', 'UBMTTQVN', 'BCĐ', 'BTV', 'BCH', 'CP', 'TTG', 'VPCP', 'VP', 'CTN',
  'BNV', 'SNV', 'BTC', 'STC', 'BKHCN', 'SKHCN', 'BTTTT', 'STTTT', 'BGDĐT', 'SGDĐT', 'BYT', 'SYT',
  'BNNMT', 'SNNMT', 'BCT', 'SCT', 'BCA', 'CA', 'BQP', 'TW', 'TU', 'HU', 'ĐU', 'CB', 'VPTW', 'VPTU', 'VPĐU',
  'UBKT', 'UBKTTW', 'UBKTTU', 'BTCTW', 'BTCTU', 'TANDTC', 'VKSNDTC', 'KTNN', 'TWĐTN', 'ĐTN', 'LĐLĐ',
  // The National Assembly delegation (Đoàn ĐBQH) and its deputies.
  'ĐĐBQH', 'ĐBQH',
  'BNN', 'PTNT', 'SNN', 'KHCN', 'KHĐT', 'SKHĐT', 'BKHĐT', 'GDĐT', 'TNMT', 'STNMT', 'LĐTBXH', 'SLĐTBXH',
  'VHTTDL', 'SVHTTDL', 'BVHTTDL', 'XD', 'SXD', 'BXD', 'GTVT', 'SGTVT', 'TP', 'STP', 'BTP', 'TTTT', 'TH', 'KT',
  'NV', 'QLKH', 'KTTC', 'TCCB', 'ĐT', 'ĐTĐ', 'TCHC', 'HC', 'VX', 'NC', 'XH', 'KTN',
  // District departments (Phòng …) and Party bodies below the province, as their symbols write them.
  'PGDĐT', 'PNV', 'PTCKH', 'TCKH', 'PTNMT', 'PVHTT', 'VHTT', 'PLĐTBXH', 'PKTHT', 'KTHT', 'PYT', 'PTP', 'PNN',
  'PKT', 'PQLĐT', 'QLĐT', 'BTNMT', 'BLĐTBXH', 'BGTVT', 'SNNPTNT', 'BNNPTNT', 'SVHTT', 'GDTH', 'GDTRH', 'GDMN',
  'ĐUK', 'ĐUQS', 'BTG', 'BDV', 'BNC', 'BTGTU', 'BDVTU', 'UBKTHU', 'UBKTĐU', 'CCVC', 'VPĐK',
  // The standing office (Văn phòng Điều phối) of the new-countryside programme at every level.
  'VPĐP',
  // Mass organisations: the Tổng Liên đoàn Lao động, grassroots unions, the Women's, Farmers' and Veterans' associations.
  'TLĐ', 'CĐCS', 'HLHPN', 'HND', 'HCCB',
  // The Red Cross (Hội Chữ thập đỏ), whose initials its branches' headers write: 'HỘI CTĐ TỈNH HÀ TĨNH'.
  'CTĐ',
  // Disease-control centres (Trung tâm Kiểm soát bệnh tật) and their departments: bệnh truyền nhiễm,
  // bệnh không lây nhiễm ('1426/KSBT-PCBTN' is no PCĐTN).
  'KSBT', 'BTN', 'BKLN',
  // The Youth Union's provincial and district committees (Tỉnh đoàn, Thành đoàn, Huyện đoàn).
  'TĐTN', 'HĐTN',
  // Common parts of department codes: quản lý, lao động, việc làm (QLLĐ, LĐVL).
  'QL', 'LĐ', 'VL',
  // The Youth Union's departments: phong trào, thanh niên trường học ('215-KH/TĐTN-PT').
  'PT', 'TNTH',
  // Departments of a Sở GD&ĐT: giáo dục phổ thông, thường xuyên, chuyên nghiệp.
  'GDPT', 'GDTX', 'GDCN',
  // Schools ('14/TTr-THPT' is no THĐT).
  'THPT', 'THCS',
  // Border guards: Bộ đội Biên phòng, its posts (Đồn Biên phòng).
  'BĐBP', 'ĐBP',
  // A land-fund centre's compensation department ('318/TTPTQĐ-BT'): a capital B is seldom OCR's Đ (3 of
  // 252 Đ in the English-OCR samples' symbols), so BT is read as printed, not as ĐT.
  'BT',
  // The Party boards of the 2025 communes and wards: Ban Xây dựng Đảng, Ban Tuyên giáo và Dân vận.
  'BXDĐ', 'BTGDV',
  // Market surveillance: a province's sub-department and its numbered teams ('58/KH-ĐQLTT2').
  'QLTT', 'CCQLTT', 'ĐQLTT',
  // The digital-transformation departments every Sở Khoa học và Công nghệ has since 2025 ('1876/SKHCN-CĐS').
  'CĐS',
  // Councils for national defence and security education at every level (Hội đồng Giáo dục quốc phòng và an ninh).
  'GDQPAN', 'QPAN',
  // The provinces' civil-servant trade unions (Công đoàn Viên chức tỉnh).
  'CĐVC',
  // The culture and society office of every 2025 commune and ward (Phòng Văn hóa - Xã hội).
  'VHXH',
  // A tax office's department (Nghiệp vụ - Dự toán - Pháp chế): whole, since DT alone would keep QLĐT and KHĐT read as QLDT, KHDT.
  'NVDTPC',
  // The ministry's higher education department (Giáo dục Đại học): 210/BGDĐT-GDĐH.
  'GDĐH',
];
const ATOM_SET = new Set(ATOMS);
const MAX_ATOM = Math.max(...ATOMS.map((a) => a.length));

/** True when `s` (upper case) splits entirely into known codes, allowing a trailing term number (QH15). */
function segments(s: string, shortest = 1): boolean {
  const u = s.replace(/\d+$/, '');
  const ok: boolean[] = [true];
  for (let i = 1; i <= u.length; i++) {
    ok[i] = false;
    for (let k = shortest; k <= Math.min(MAX_ATOM, i); k++) {
      if (ok[i - k] && ATOM_SET.has(u.slice(i - k, i))) { ok[i] = true; break; }
    }
  }
  return ok[u.length];
}

/** Whether a code (upper case) is made of known codes whole ('TĐTN', 'UBKTĐU'). */
export const isKnownCode = (code: string): boolean => segments(code);

/**
 * A code with one Đ put back where English-model OCR read it as D, P or B, or as two such letters
 * ('MNDPL' → MNĐPL, MNĐL …): each reading, position by position.
 */
export function withOneD(code: string): string[] {
  return [...code].flatMap((c, k) => ('DPB'.includes(c) ? [`${code.slice(0, k)}Đ${code.slice(k + 1)}`,
    ...('DPB'.includes(code[k + 1] ?? '') ? [`${code.slice(0, k)}Đ${code.slice(k + 2)}`] : [])] : []));
}

/**
 * Whether `read` is `code` but for its Đ, each of which English-model OCR read as D, P or B, or as two such
 * letters ('VPPKDDP' for VPĐKĐĐ).
 */
export function readWithDs(read: string, code: string): boolean {
  const at = (r: number, c: number): boolean => {
    if (c === code.length) return r === read.length;
    if (code[c] !== 'Đ') return read[r] === code[c] && at(r + 1, c + 1);
    return 'DPB'.includes(read[r] ?? '') && (at(r + 1, c + 1) || ('DPB'.includes(read[r + 1] ?? '') && at(r + 2, c + 1)));
  };
  return at(0, 0);
}

/** Whether `read` is `code` but for a Đ of it that English-model OCR read as D, P or B ('PHSP' for ĐHSP). */
export function sameButD(read: string, code: string): boolean {
  // (As long as the code, each Đ was read as one letter.)
  return read.length === code.length && readWithDs(read, code);
}

// Digits OCR reads for a code's first letter ('3120/5NNMT-TL' for SNNMT).
export const LETTER_OF_DIGIT: Record<string, string> = { 5: 'S', 8: 'B', 0: 'Đ' };

/**
 * `BCDTW` → `BCĐTW`, `06-KH/PU` → `06-KH/ĐU`, `24-QB/TW` and `1520/Qb-UBND` → `QĐ` (English-model
 * OCR reads Đ as D, P or b), `QÐ` (U+00D0) → `QĐ`; and, where it makes a known code, a digit read for a
 * code's first letter (`5NNMT` → SNNMT) or a marked capital OCR put in one (`BTỨC` → BTC). Unknown groups
 * stay as they are.
 */
export function restoreSymbolD(symbol: string): string {
  return symbol.replace(/\u00d0/g, 'Đ')
    // A digit opening a code after the slash or a dash, when the letter it looks like makes the code known.
    .replace(/(?<=[/-])([580])(\p{Lu}{2,})(?=[-/]|$)/gu, (all, d: string, rest: string) => (isKnownCode(`${LETTER_OF_DIGIT[d]}${rest}`) ? `${LETTER_OF_DIGIT[d]}${rest}` : all))
    // A lowercase look-alike ending or starting a group ('Qb', 'bU'): too short for the pass below.
    .replace(/(?<!\p{L})(\p{Lu}+)([bdp])(?=[-/]|$)/gu, (all, head: string) =>
      !segments(all.toUpperCase()) && segments(`${head}Đ`) ? `${head}Đ` : all)
    .replace(/(?<![\p{L}])([bdp])(\p{Lu}+)(?=[-/]|$)/gu, (all, _l: string, tail: string) =>
      !segments(all.toUpperCase()) && segments(`Đ${tail}`) ? `Đ${tail}` : all)
    // (Or Đ read as a small b or p and a capital D or P beside it: '296-QbD/TW', '56/QbP-HLV' are QĐ.)
    .replace(/(?<![\p{L}])(\p{Lu}*)(?:[bp][DP]|[DP][bp])(\p{Lu}*)(?=[-/]|$)/gu, (all, head: string, tail: string) =>
      !segments(all.toUpperCase()) && segments(`${head}Đ${tail}`) ? `${head}Đ${tail}` : all)
    // The Đ of a code opening CĐ (Công đoàn, Cao đẳng) read as H by English-model OCR, which its crossbar
    // makes of it ('06/KH-CH', '05/HD-ChVC'; 4 of the 14 CĐ codes in the samples' symbols): CĐ when that makes
    // the code known and the code as read is not (CHKV, a Cảng hàng không's, stays).
    .replace(/(?<=[/-])C[Hh]([\p{Lu}\d]*)(?=[-/]|$)/gu, (all, rest: string) => {
      if (segments(all.toUpperCase())) return all;
      const cd = restoreSymbolD(`CĐ${rest}`);
      return segments(cd) ? cd : all;
    })
    // A police department's team after its code: 'PC03-D1' is PC03-Đ1 (Đội 1), a D there being no code.
    .replace(/(?<=(?:^|[/-])P[A-Z]\d{2}-)D(?=\d{1,2}(?:[-/]|$))/gu, 'Đ')
    .replace(/[\p{Lu}]{2,}[\p{Ll}]?[\p{Lu}\d]*/gu, (group) => {
    const up = group.toUpperCase();
    if (segments(up)) return group;
    // A Đ OCR printed twice ('1342/QĐÐ-ĐHHT', its second an Icelandic Ð): one, when that makes the code known.
    if (up.includes('ĐĐ') && segments(up.replace('ĐĐ', 'Đ'))) return group.replace(/ĐĐ/u, 'Đ');
    // A capital with a mark other than Đ's stroke is in no code: OCR read a mark on a letter, or made a
    // letter of a speck ('2140/QĐ-BTỨC' for BTC). Its bare letter, or no letter, when that makes the code known.
    // (In a symbol only, with its slash: a word of a caps line is a word, KHÊ no KH.)
    if (symbol.includes('/') && /[^\p{ASCII}Đ]/u.test(up)) {
      const bare = up.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
      if (bare !== up && segments(bare)) return bare;
      const dropped = [...up].filter((c) => c === 'Đ' || /\p{ASCII}/u.test(c)).join('');
      if (dropped.length >= 2 && segments(dropped)) return dropped;
    }
    const positions = [...up].map((c, i) => (c === 'D' || c === 'P' || c === 'B' ? i : -1)).filter((i) => i >= 0);
    // Try each subset of D/P/B positions, fewest changes first.
    // (Before a small letter ending the group is taken for a speck: 'QPi' is QĐi, a Party Quy định's.)
    const n = Math.min(positions.length, 6);
    const masks = Array.from({ length: (1 << n) - 1 }, (_, m) => m + 1).sort((a, b) => popcount(a) - popcount(b) || a - b);
    for (const m of masks) {
      const chars = [...group];
      positions.slice(0, n).forEach((p, bit) => { if (m & (1 << bit)) chars[p] = 'Đ'; });
      const cand = chars.join('');
      // (Of codes of two letters or more: Luật's L would make a code of any tail, 'THPTĐL1', a school's, read
      // TH-ĐTĐ-L.)
      if (segments(cand.toUpperCase(), 2)) return cand;
    }
    // A lowercase speck after a code ('QDb' for QĐ): dropped when the code without it is known.
    if (/\p{Ll}$/u.test(group) && group.length > 2) {
      const cut = restoreSymbolD(group.slice(0, -1));
      if (segments(cut.toUpperCase())) return cut;
    }
    if (!/[DPB]/.test(up)) return group;
    // Đ read as two letters ('QDP', 'CPD'): the pair is one Đ, when the code becomes known.
    // (Or B then D opening a Party committee's ĐU: '05-CTr/BDU'; other B-D pairs are codes of their own, BDT.)
    // (Or D then a small b or p: 'UBKTDbU' for UBKTĐU.)
    const doubled = /^(\p{Lu}*)(?:[DP][DPB]|BD(?=U)|D[bp])(\p{Lu}*)$/u.exec(group);
    if (doubled && segments(`${doubled[1]}Đ${doubled[2]}`)) return `${doubled[1]}Đ${doubled[2]}`;
    // (With another Đ read as a letter beside it: 'LDPLP' is LĐLĐ.)
    const again = doubled ? restoreSymbolD(`${doubled[1]}Đ${doubled[2]}`) : '';
    if (again && segments(again)) return again;
    return group;
  });
}

function popcount(x: number): number {
  let c = 0;
  while (x) { c += x & 1; x >>= 1; }
  return c;
}

/**
 * OCR splits the last letters off a symbol at a line's ragged edge: '57-NQ/T w' is 57-NQ/TW when
 * the joined group is a known code and the cut one is not.
 */
export function joinSplitSymbols(text: string): string {
  return text.replace(SPLIT_SYMBOL, (all, head: string, cut: string, rest: string) => {
    const joined = joinedTail(cut, rest);
    return joined ? `${head}${joined}` : all;
  // Or a space after a dash: '214/2025/ND- cP' is 214/2025/NĐ-CP when the group after it is a known
  // code. (With a capital in it: a small word after a dash-ended symbol may be the sentence's.)
  // (The Prime Minister's TTg keeps its small g, and a Tr its small r: 'GDTrH', secondary education.)
  }).replace(SPLIT_AFTER_DASH, (all, head: string, group: string) =>
    (segments(group.toUpperCase()) ? restoreSymbolD(`${head}${codeCase(group)}`) : all))
    // A question mark inside a symbol's code is a speck: no code holds one ('156/KH-THPTHL?2').
    .replace(SPECK_IN_CODE, '')
    // A Party symbol's TW with its T read as a 1 and set apart: '24-QĐ/1 W' is 24-QĐ/TW.
    .replace(PARTY_TW_SPLIT, '$1TW')
    // Or a group split after its first letters and the dash before the next group read as a space: '25-CTr/T PTN VP'
    // is 25-CTr/TĐTN-VP, where the joined group (its Đ put back) is a known code and the cut one is not, and the
    // next group a known code.
    .replace(SPLIT_GROUPS, (all, head: string, cut: string, group: string, next?: string) => {
      const joined = restoreSymbolD(`${head}${cut}${group}`);
      const code = joined.slice(head.length);
      if (!segments(code) || segments(cut)) return all;
      return next && segments(next) ? `${joined}-${next}` : `${joined}${next ? ` ${next}` : ''}`;
    });
}

/** A code group in capitals, but for a small r or g after a T as printed (CTr, GDTrH, TTg). */
function codeCase(group: string): string {
  return [...group].map((c, i) => ((c === 'r' || c === 'g') && group[i - 1] === 'T' ? c : c.toUpperCase())).join('');
}

/** Whether `tail` is the last letters OCR split off `symbol`, which joinSplitSymbols puts back. */
export function splitSymbolTail(symbol: string, tail: string): boolean {
  return joinSplitSymbols(`${symbol} ${tail}`) !== `${symbol} ${tail}`;
}

const PARTY_TW_SPLIT = /(?<![\p{L}\d])(\d{1,5}-[\p{Lu}Đ]{1,4}\/)[1lI] W(?![\p{L}\d/-])/gu;
const SPECK_IN_CODE = /(?<=(?<![\p{L}\d])\d{1,5}(?:\/(?:19|20)\d{2})?(?:[-/][\p{Lu}Đ][\p{Lu}Đ\d]*)+)\?(?=[\p{Lu}Đ\d])/gu;
const SPLIT_AFTER_DASH = /(?<![\p{L}\d])(\d{1,5}(?:\/(?:19|20)\d{2})?(?:[-/][\p{Lu}Đ][\p{L}Đ]*)+-)[ \t](?=\p{Ll}*\p{Lu})(\p{L}{1,6})(?![\p{L}\d/-])/gu;
const SPLIT_GROUPS = /(?<![\p{L}\d])(\d{1,5}(?:\/(?:19|20)\d{2})?[-/][\p{Lu}Đ][\p{L}Đ]*[-/])([\p{Lu}Đ]{1,2}) ([\p{Lu}Đ]{2,5})(?: ([\p{Lu}Đ]{2,4}))?(?![\p{L}\d/-])/gu;
const SPLIT_SYMBOL = /(?<![\p{L}\d])(\d{1,5}(?:\/(?:19|20)\d{2})?[-/][\p{Lu}Đ][\p{L}Đ]*[-/])([\p{Lu}Đ]{1,3})[ \t]([\p{L}]{1,2})(?![\p{L}\d/-])/gu;

/** The symbol's last group joined, when the joined group is a known code and the cut one is not. */
function joinedTail(cut: string, rest: string): string | null {
  const joined = (cut + rest).toUpperCase();
  return segments(joined) && !segments(cut.toUpperCase()) ? restoreSymbolD(joined) : null;
}
