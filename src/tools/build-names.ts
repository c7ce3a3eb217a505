/**
 * Build the person-name model (dictionaries/vn-names.json): how often each syllable stands as a
 * surname, a middle name or a given name.
 *   npm run build:names [-- --corpus DIR --out dictionaries/vn-names.json]
 * Counts come from the names in the corpus (held-out documents skipped; each distinct name counted
 * once, so 'Hồ Chí Minh' ×950 weighs as one), plus a list of common Vietnamese name syllables
 * (census-style lists of frequent surnames, middle and given names), each counted twice.
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_CORPUS, isHeldOut, readCorpus } from './corpus.js';
import { arg } from './args.js';

const CORPUS = arg('--corpus', DEFAULT_CORPUS);
const OUT = arg('--out', 'dictionaries/vn-names.json');
const LISTED = 2;
/** What a syllable of COMMON_GIVEN counts (it is listed in GIVEN too). */
const LISTED_COMMON = 6;

export const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
  'Ngô', 'Dương', 'Lý', 'Đinh', 'Đào', 'Trịnh', 'Lương', 'Lưu', 'Trương', 'Đoàn', 'Vương', 'Phùng', 'Triệu', 'Quách',
  'Kiều', 'Mai', 'Tạ', 'Hà', 'Cao', 'Chu', 'Lâm', 'Tô', 'Thái', 'Nông', 'Lại', 'Doãn', 'Khúc', 'Đàm', 'Tống', 'Châu',
  'Giang', 'Hứa', 'Mạc', 'Phí', 'Âu', 'Tăng', 'Lò', 'Lục', 'Hầu', 'Ninh', 'La', 'Thân', 'Từ', 'Viên', 'Khổng',
  // (And Đậu, common in Nghệ An and Hà Tĩnh.)
  'Đậu',
  // Surnames of the ethnic minorities whose officials sign many northern and highland documents:
  // Hmong (Giàng, Sùng, Vàng, Thào, Lầu, Hờ, Mùa, Vừ, Tráng), Tày–Nùng–Thái (Ma and Mã, Bế, Lường, Quàng,
  // Cầm, Điêu, Sầm, Vi, Lộc), Khmer (Thạch, Sơn, Danh, Chau), Tây Nguyên (Y, Siu, Nay, Rơ), and the Thái
  // and Mường of Nghệ An and Thanh Hóa (Lang, Kha, Ngân, Xa, Bạch).
  'Giàng', 'Sùng', 'Vàng', 'Thào', 'Lầu', 'Hờ', 'Mùa', 'Vừ', 'Tráng', 'Ma', 'Mã', 'Bế', 'Lường', 'Quàng', 'Cầm', 'Điêu',
  'Sầm', 'Vi', 'Lộc', 'Thạch', 'Sơn', 'Danh', 'Chau', 'Y', 'Siu', 'Nay', 'Rơ', 'Lang', 'Kha', 'Ngân', 'Xa', 'Bạch'];
const MIDDLE = ['Văn', 'Thị', 'Đình', 'Đức', 'Hữu', 'Công', 'Quang', 'Ngọc', 'Xuân', 'Quốc', 'Trọng', 'Khắc', 'Mạnh',
  'Minh', 'Thanh', 'Hồng', 'Kim', 'Thu', 'Sỹ', 'Sĩ', 'Viết', 'Bá', 'Duy', 'Tiến', 'Như', 'Phương', 'Hoài', 'Anh', 'Thế',
  'Hải', 'Tuấn', 'Trung', 'Thành', 'Huy', 'Nhật', 'Gia', 'Bảo', 'Đăng', 'Tấn', 'Thái', 'Việt', 'Hoàng', 'Mỹ', 'Diệu',
  'Cẩm', 'Bích', 'Thúy', 'Tường', 'Chí', 'Hoài', 'Trí', 'Vĩnh', 'Phú', 'Quý', 'Nam', 'Lan', 'Hà', 'Vân', 'Ánh',
  // Hmong middle names (Giàng A Páo, Thào Mí Chứ, Sùng Seo Dìn).
  'A', 'Mí', 'Seo', 'Chứ'];
const GIVEN = ['An', 'Anh', 'Bảo', 'Bình', 'Châu', 'Chi', 'Chiến', 'Công', 'Cường', 'Dũng', 'Dung', 'Duy', 'Dương', 'Đạt',
  'Điện', 'Định', 'Đông', 'Đức', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hằng', 'Hậu', 'Hiền', 'Hiếu', 'Hiệp', 'Hòa', 'Hoa',
  'Hoàng', 'Hồng', 'Huệ', 'Hùng', 'Hưng', 'Hương', 'Huy', 'Huyền', 'Khải', 'Khánh', 'Khoa', 'Kiên', 'Lan', 'Liên',
  'Linh', 'Loan', 'Long', 'Lợi', 'Lộc', 'Mai', 'Minh', 'My', 'Nam', 'Nga', 'Ngân', 'Nghĩa', 'Ngọc', 'Nguyên', 'Nhung',
  'Oanh', 'Phong', 'Phúc', 'Phương', 'Quân', 'Quang', 'Quyết', 'Sơn', 'Tâm', 'Tân', 'Thắng', 'Thanh', 'Thành', 'Thảo',
  'Thịnh', 'Thủy', 'Thúy', 'Tiến', 'Toàn', 'Trang', 'Trung', 'Tú', 'Tuấn', 'Tùng', 'Tuyết', 'Vân', 'Việt', 'Vinh',
  'Xuân', 'Yến', 'Hiển', 'Lâm', 'Luân', 'Nhân', 'Phát', 'Thái', 'Thuận', 'Trí', 'Trinh', 'Tường', 'Uyên', 'Vũ', 'Hào',
  'Hân', 'Khang', 'Khôi', 'Kỳ', 'Lực', 'Mạnh', 'Nhàn', 'Nhi', 'Ninh', 'Phượng', 'Quế', 'Quỳnh', 'Sang', 'Tài', 'Thơ',
  'Thư', 'Thương', 'Trâm', 'Tuyền', 'Vy', 'Bắc', 'Cảnh', 'Chung', 'Diệp', 'Đào', 'Hạ', 'Hiên', 'Hòe', 'Kha', 'Lành',
  'Mến', 'Nhật', 'Quyên', 'Sáng', 'Thoa', 'Thục', 'Toản', 'Triều', 'Tuệ', 'Vượng', 'Ý',
  // Southern given names (Bé, Út, Nhựt for Nhật, birth-order names) and frequent Hmong and Tày–Thái ones.
  'Bé', 'Út', 'Nhựt', 'Hai', 'Tư', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Páo', 'Sính', 'Chư', 'Dìn', 'Lử', 'Pó', 'Chá',
  'Sủ', 'Chừ', 'Tủa', 'Súa', 'Dế', 'Pích', 'Kìm', 'Lả', 'Sinh',
  // More frequent given names of officials (session 6: the corpus holds few signatures, and a name no
  // list has loses to a listed one with the same letters: Tuyến to Tuyên).
  'Tuyến', 'Hoan', 'Hưởng', 'Hường', 'Hợp', 'Luyện', 'Mừng', 'Quý', 'Quyền', 'Sửu', 'Tạo', 'Thuần', 'Thực', 'Tín',
  'Toán', 'Trường', 'Tuân', 'Tuất', 'Vĩnh', 'Yên', 'Đoàn', 'Huân', 'Hướng', 'Lai', 'Liêm', 'Lĩnh', 'Luận', 'Lụa',
  'Nhâm', 'Phấn', 'Phụng', 'Sen', 'Thiệu', 'Thìn', 'Thường', 'Toại', 'Xuyến', 'Diễm', 'Dần', 'Duyên', 'Đảm', 'Huấn',
  'Kiều', 'Lệ', 'Liễu', 'Ngà', 'Nghị', 'Ngoan', 'Nhuần', 'Tiệp', 'Tình', 'Trúc', 'Xinh', 'Thiết', 'Chinh', 'Kiệm',
  'Nhất', 'Thu', 'Bích', 'Cúc', 'Dịu', 'Giao', 'Hoành', 'Khoát', 'Khuyến', 'Nhạn', 'Nhã', 'Quyến', 'Thăng', 'Thơm',
  'Thuyên', 'Tươi', 'Tưởng', 'Vững'];

// The commonest given names of Vietnamese adults, men's and women's, by the name lists' general
// ranking (the corpus's signatures are too few to rank them: with the lists, Hùng 8 to Hưng 7, Thu 2 to Thư 5). They
// matter where English-model OCR leaves a name's letters without marks and two names share them:
// 'Hung' is far more often Hùng than Hưng, 'Thuy' Thủy than Thúy, 'Thu' Thu than Thư. Only names
// whose rank is not in doubt are here; a name of similar rank to its letter-twin stays out of it.
export const COMMON_GIVEN = ['Anh', 'Hùng', 'Dũng', 'Tuấn', 'Minh', 'Hải', 'Long', 'Nam', 'Sơn', 'Thắng', 'Cường',
  'Quang', 'Đức', 'Huy', 'Trung', 'Tùng', 'Hiếu', 'Tiến', 'Toàn', 'Linh', 'Hương', 'Trang', 'Hà', 'Thảo', 'Huyền',
  'Hằng', 'Lan', 'Phương', 'Thủy', 'Nhung', 'Mai', 'Hạnh', 'Thu', 'Nga', 'Yến', 'Hiền', 'Loan', 'Oanh', 'Vân'];

type Table = Record<string, number>;

async function main() {
  const surnames = new Set(SURNAMES);
  const seen = new Set<string>();
  const tables: { surname: Table; middle: Table; given: Table } = { surname: {}, middle: {}, given: {} };
  const add = (t: Table, s: string, n: number) => { t[s] = (t[s] ?? 0) + n; };
  for await (const d of readCorpus(CORPUS)) {
    if (isHeldOut(d.id)) continue;
    // Three to five Title-case syllables starting with a common surname: a person's name.
    for (const m of d.text.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){2,4})(?![\p{L}])/gu)) {
      const w = m[1].split(' ');
      if (!surnames.has(w[0]) || seen.has(m[1]) || w.some((x) => [...x].length < 2)) continue;
      seen.add(m[1]);
      add(tables.surname, w[0], 1);
      for (const x of w.slice(1, -1)) add(tables.middle, x, 1);
      add(tables.given, w[w.length - 1], 1);
    }
  }
  for (const s of SURNAMES) add(tables.surname, s, LISTED);
  for (const s of MIDDLE) add(tables.middle, s, LISTED);
  for (const s of GIVEN) add(tables.given, s, LISTED);
  for (const s of COMMON_GIVEN) add(tables.given, s, LISTED_COMMON - LISTED);
  const sorted = (t: Table) => Object.fromEntries(Object.entries(t).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const file = {
    format: 'vanban-names-1',
    source: `${seen.size} distinct names from the corpus (held-out documents skipped) + listed common syllables ×${LISTED} (the commonest given names ×${LISTED_COMMON})`,
    surname: sorted(tables.surname), middle: sorted(tables.middle), given: sorted(tables.given),
  };
  writeFileSync(OUT, JSON.stringify(file) + '\n');
  console.error(`${seen.size} corpus names; ${Object.keys(file.surname).length} surnames, ${Object.keys(file.middle).length} middle, ${Object.keys(file.given).length} given → ${OUT}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
