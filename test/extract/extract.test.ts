import { describe, it, expect } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { expandAbbreviations, splitColumns, spellDepartment } from '../../src/extract/header/index.js';
import { withIssuerInitials } from '../../src/extract/header/body-names.js';
import { looseKey } from '../../src/extract/text-match.js';
import { extractReferences } from '../../src/extract/references.js';
import { extractSigner } from '../../src/extract/signer.js';
import { restoreSymbolD } from '../../src/restore/symbols.js';
import { extractRecipients } from '../../src/extract/recipients.js';
import { lunarYearName, spellLunarYear, subjectText } from '../../src/extract/subject.js';
import { canonicalIssuer } from '../../src/extract/issuer.js';
import { nameCase, phrasesAsPrinted } from '../../src/extract/casing.js';
import { findDate } from '../../src/extract/dates.js';
import { numberParts, normalizeNumber } from '../../src/extract/number.js';
import { validateRecord } from '../../src/output/schema.js';
import type { Page } from '../../src/pipeline/document.js';
import type { Line } from '../../src/extract/types.js';

const page = (text: string): Page => ({ number: 1, source: 'text-layer', reason: 't', confidence: null, layerQuality: null, rawText: text, text });
const lines = (text: string): Line[] => text.split('\n').map((t, i) => ({ page: 1, line: i + 1, text: t, raw: t }));
const v = (f: unknown) => (f as { value?: string } | null)?.value ?? null;
// The language model's phrase scores, as the pipeline passes them.
const modelScores = async () => {
  const { loadDefaultRestorer } = await import('../../src/restore/index.js');
  const r = await loadDefaultRestorer();
  return (w: string[]) => r.phraseScore(w);
};

// mergedNameTail, and the surname test the signer gives it (the name lists' surnames by their letters).
const mergedNameTools = async () => {
  const { mergedNameTail } = await import('../../src/extract/signer.js');
  const { loadDefaultNames } = await import('../../src/restore/index.js');
  const { skeleton } = await import('../../src/restore/orthography.js');
  const names = loadDefaultNames();
  return { mergedNameTail, names, surname: (w: string) => names.isSurnameSkeleton(skeleton(w).toLowerCase()) };
};

const CONG_VAN = `ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐỨC THỌ  Độc lập - Tự do - Hạnh phúc
Số: 1234/UBND-KT  Đức Thọ, ngày 09 tháng 7 năm 2024
V/v triển khai thực hiện
Chỉ thị số 05-CT/TW
Kính gửi:
- Phòng Tài chính - Kế hoạch;
- Ủy ban nhân dân các xã, thị trấn.
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ủy ban nhân dân huyện đề nghị:
Nơi nhận:    KT. CHỦ TỊCH
- Như trên;    PHÓ CHỦ TỊCH
- Lưu: VT, KT.
   Lê Văn An`;

describe('extract on a Công văn with merged columns', () => {
  const { fields } = extractAll({ pages: [page(CONG_VAN)] });
  it('reads the header', () => {
    expect(v(fields.issuer)).toBe('Ủy ban nhân dân huyện Đức Thọ');
    expect(fields.issuerParent).toBeNull();
    expect(v(fields.number)).toBe('1234/UBND-KT');
    expect((fields.number as { parts: object }).parts).toEqual({ number: '1234', year: null, typeCode: null, bodyCode: 'UBND-KT' });
    expect(v(fields.place)).toBe('Đức Thọ');
    expect(v(fields.date)).toBe('2024-07-09');
    expect(fields.documentType).toMatchObject({ value: 'Công văn', code: null, family: 'administrative' });
    expect(v(fields.subject)).toBe('triển khai thực hiện Chỉ thị số 05-CT/TW');
  });
  it('reads recipients, distribution and signer', () => {
    expect(fields.recipients).toEqual(['Phòng Tài chính - Kế hoạch', 'Ủy ban nhân dân các xã, thị trấn']);
    expect(fields.distribution).toEqual(['Như trên', 'Lưu: VT, KT']);
    expect(fields.signer).toMatchObject({ name: 'Lê Văn An', title: 'Phó Chủ tịch', authority: 'KT. Chủ tịch' });
  });
  it('finds every reference with its date and issuer', () => {
    const refs = fields.references as Array<{ number: string; type: string; date: string; issuer: string }>;
    expect(refs.map((r) => [r.type, r.number, r.date, r.issuer])).toEqual([
      ['Chỉ thị', '05-CT/TW', '2016-05-15', 'Bộ Chính trị'],
      ['Nghị định', '30/2020/NĐ-CP', '2020-03-05', 'Chính phủ'],
    ]);
  });
  it('ends a cited body named after its unit at the first lowercase word', () => {
    const refs = extractReferences(lines('Thực hiện Chỉ thị số 07/CT-UBND ngày 20/02/2025 của Ủy ban nhân dân tỉnh Quảng Ngãi vệ chủ động phòng, chống hạn'));
    expect(refs.map((r) => r.issuer)).toEqual(['Ủy ban nhân dân tỉnh Quảng Ngãi']);
  });
  it('validates against the JSON Schema', () => {
    const rec = {
      schemaVersion: 1, source: { path: 'a', relativePath: 'a', size: 1, sha256: null, kind: 'text' }, pages: [page(CONG_VAN)],
      rawText: CONG_VAN, text: CONG_VAN, fields, warnings: [], error: null, run: { tool: 'x', optionsKey: 'y' },
    };
    expect(validateRecord(rec)).toEqual([]);
  });
});

describe('extractors on damaged and Party shapes', () => {
  it('splits a merged header line at the damaged national motto', () => {
    expect(splitColumns('UY BAN NHAN DAN  CONG HOA XA HOI CHU NGHIA VIET NAM')).toEqual(['UY BAN NHAN DAN', 'CONG HOA XA HOI CHU NGHIA VIET NAM']);
    expect(splitColumns('Số: 32/KH-UBND Kinh Môn, ngày 19 tháng 8 năm 2025')).toEqual(['Số: 32/KH-UBND', 'Kinh Môn, ngày 19 tháng 8 năm 2025']);
  });
  it('reads dates from damaged text and flags format breaches', () => {
    expect(findDate('Kinh Mén, ngay 19 thang 8 ndm 2025')?.iso).toBe('2025-08-19');
    expect(findDate('ngày 5 tháng 1 năm 2025')?.warnings.length).toBe(2);
    expect(findDate('ngày 31 tháng 02 năm 2025')?.iso).toBeNull();
  });
  it('normalizes numbers and splits their parts by family', () => {
    expect(normalizeNumber('02-KH/BCDTW')).toBe('02-KH/BCĐTW');
    expect(normalizeNumber('12 / QÐ-UBND')).toBe('12/QĐ-UBND');
    expect(numberParts('30/2020/NĐ-CP')).toEqual({ parts: { number: '30', year: '2020', typeCode: 'NĐ', bodyCode: 'CP' }, family: 'legal' });
    expect(numberParts('57-NQ/TW')?.family).toBe('party');
  });
  it('reads Party signature blocks', () => {
    const s = extractSigner(lines('Nơi nhận:\n- Lưu VPHU.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nNguyễn Văn Bình'));
    expect(s).toMatchObject({ name: 'Nguyễn Văn Bình', title: 'Phó Bí thư Thường trực', authority: 'T/M Ban Thường vụ' });
  });
  it('deduplicates references and keeps the fuller citation', () => {
    const refs = extractReferences(lines('Nghị quyết 57-NQ/TW và Kế hoạch số 386-KH/TU,\nngày 13/02/2025 của Ban Thường vụ Tỉnh ủy; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.'), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([
      ['57-NQ/TW', '2024-12-22', 'Bộ Chính trị'],
      ['386-KH/TU', '2025-02-13', 'Ban Thường vụ Tỉnh ủy'],
    ]);
  });
  it('writes caps bodies as names', () => {
    expect(nameCase('ỦY BAN NHÂN DÂN PHƯỜNG KINH MÔN')).toBe('Ủy ban nhân dân phường Kinh Môn');
    expect(nameCase('BAN THƯỜNG VỤ HUYỆN ỦY')).toBe('Ban Thường vụ Huyện ủy');
    expect(nameCase('CHI BỘ THÔN LÃN TRÊN')).toBe('Chi bộ thôn Lãn Trên');
    expect(nameCase('PHÒNG TÀI CHÍNH - KẾ HOẠCH')).toBe('Phòng Tài chính - Kế hoạch');
  });
  it('lists what it could not find', () => {
    const { fields } = extractAll({ pages: [page('Một đoạn văn không có tiêu đề.')] });
    expect(fields.missing).toEqual(expect.arrayContaining(['number', 'date', 'issuer', 'signer']));
  });
});

describe('damaged and unusual shapes', () => {
  it('takes a subject block under the title even when it begins like a body paragraph', () => {
    const text = `ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN PHÚ  Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND  An Phú, ngày 03 tháng 3 năm 2025
KẾ HOẠCH
Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị,
“Đề án phát triển du lịch” trên địa bàn xã

Thực hiện Kế hoạch số 12/KH-UBND ngày 01/02/2025 của Ủy ban nhân dân huyện;`;
    const { fields } = extractAll({ pages: [page(text)] });
    expect(v(fields.subject)).toBe('Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, “Đề án phát triển du lịch” trên địa bàn xã');
  });
  it('keeps the body out of the subject when the block ends like a paragraph', () => {
    const text = `KẾ HOẠCH\nThực hiện Kế hoạch số 12/KH-UBND ngày 01/02/2025 của Ủy ban nhân dân huyện;\n\nI. MỤC ĐÍCH`;
    expect(extractAll({ pages: [page(text)] }).fields.subject).toBeNull();
  });
  it('reads a damaged title merged onto a Nơi nhận line, and a deputy under KT.', () => {
    const s = extractSigner(lines(`Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Sở Tài chính (để b/c); ,“gHU TICH\n- Lưu: VT.\nTrần Thị Hoa`));
    expect(s).toMatchObject({ title: 'Chủ tịch', authority: 'TM. Ủy ban nhân dân', name: 'Trần Thị Hoa' });
    const k = extractSigner(lines(`Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; KT: CHỦ, TỊCH\n- Lưu: VT.\n\nNguyễn Văn Bình`));
    expect(k).toMatchObject({ title: 'Phó Chủ tịch', authority: 'TM. Ủy ban nhân dân; KT. Chủ tịch' });
  });
  it('cites bare numbers after a type name, merges swapped separators, skips junk-glued fragments', () => {
    const refs = extractReferences(lines(`Số: 4%0 /KH-UBND\ntriển khai Đề án 06/CP của Chính phủ; Nghị quyết số 36-NQ/TW và Nghị quyết 36/NQ- TW của Bộ Chính trị;\nNghị quyết 09-NQ/CP ngày 09/01/2025 của Chính phủ và “Chương trình số 15-CTr/TU`), null);
    expect(refs.map((r) => r.number)).toEqual(['06/CP', '36-NQ/TW', '09-NQ/CP', '15-CTr/TU']);
    expect(refs[0]).toMatchObject({ type: 'Đề án', issuer: 'Chính phủ' });
    expect(refs[2].issuer).toBe('Chính phủ');
  });
});

describe('dates damaged by OCR', () => {
  it('reads digit look-alikes run into tháng', () => {
    expect(findDate('Cát Hải, ngày Obthdng 5 năm 2025')?.iso).toBe('2025-05-06');
    expect(findDate('ngày l2 tháng O3 năm 2024')?.iso).toBe('2024-03-12');
    expect(findDate('ngày tháng năm 2024')).toBeNull();
    // Specks between the parts.
    expect(findDate("Đà Lạt, ngày 07'tháng 5 năm 2024")?.iso).toBe('2024-05-07');
    expect(findDate('ngày 12 tháng 3, năm 2023')?.iso).toBe('2023-03-12');
  });
});

describe('issuer from a damaged header', () => {
  it('spells the unit word from the dictionary and the name as the date line kept it', () => {
    const text = `ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯƠNG AN LAC  Độc lập - Tự do - Hạnh phúc
Số: 21/KH-UBND  An Lạc, ngày 12 tháng 9 năm 2025
KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2025

I. MỤC ĐÍCH`;
    const { fields } = extractAll({ pages: [page(text)] });
    expect(v(fields.issuer)).toBe('Ủy ban nhân dân phường An Lạc');
    expect(v(fields.place)).toBe('An Lạc');
  });

  it('joins a one-word line to the body above it, and reads a Party issuer column longer than the motto column', () => {
    const wrapped = `UBND HUYỆN ĐỨC THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
PHÒNG NÔNG NGHIỆP VÀ MÔI ở NAM
TRƯỜNG Độc lập - Tự do - Hạnh phúc
Số: 12/TTr-NNMT Đức Thọ, ngày 03 tháng 4 năm 2025
TỜ TRÌNH
Về việc đề nghị hỗ trợ giống lúa`;
    const a = extractAll({ pages: [page(wrapped)] }).fields;
    expect(v(a.issuer)).toBe('Phòng Nông nghiệp và Môi trường');
    expect(v(a.issuerParent)).toBe('Ủy ban nhân dân huyện Đức Thọ');
    const party = `ĐẢNG BỘ HUYỆN NGHI ĐẢNG CỘNG SẢN VIỆT NAM
~~ XUÂN Xuân Hội, ngày 08 tháng 01 năm 2025
ĐẢNG ỦY XÃ XUÂN HỘI
Số 15-NQ/ĐU
NGHỊ QUYẾT
về lãnh đạo sản xuất nông nghiệp năm 2025`;
    const b = extractAll({ pages: [page(party)] }).fields;
    expect(v(b.issuer)).toBe('Đảng ủy xã Xuân Hội');
    expect(v(b.issuerParent)).toBe('Đảng bộ huyện Nghi Xuân');
    expect(v(b.place)).toBe('Xuân Hội');
  });

  it('reads a title merged onto a Nơi nhận line after specks, and no authority', () => {
    const s = extractSigner(lines(`Kính trình Ủy ban nhân dân huyện xem xét./.
Nơi nhận: | : TRƯỞNG PHÒNG
- Như trên;
- Lưu: VT, TCKH.

Nguyễn Văn Thắng`));
    expect(s?.title).toBe('Trưởng phòng');
    expect(s?.authority).toBeNull();
    expect(s?.name).toBe('Nguyễn Văn Thắng');
  });

  it('reads Số as OCR and restoration leave it, a motto tail before column specks, and a subject line after a speck', () => {
    const text = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
PHƯỜNG AN LẠC NAM | |
So6: 233/BC-UBND Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 28 tháng 5 năm 2025
BÁO CÁO
Kết quả công tác bảo đảm an toàn giao thông
~ thôn Đông năm 2025

Thực hiện Kế hoạch số 41/KH-UBND ngày 12/1 2/2024 của Ủy
ban nhân dân quận Bình Tân về an toàn giao thông;
Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ
“Giáo dục và Đào tạo quy định về đánh giá học sinh;`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.number)).toBe('233/BC-UBND');
    expect(v(f.issuer)).toBe('Ủy ban nhân dân phường An Lạc');
    expect(v(f.subject)).toBe('Kết quả công tác bảo đảm an toàn giao thông thôn Đông năm 2025');
    const refs = f.references as Array<{ number: string; date: string | null; issuer: string | null }>;
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([
      ['41/KH-UBND', '2024-12-12', 'Ủy ban nhân dân quận Bình Tân'],
      ['22/2021/TT-BGDĐT', '2021-07-20', 'Bộ Giáo dục và Đào tạo'],
    ]);
    expect(v(extractAll({ pages: [page(text.replace('So6:', 'Sơ:'))] }).fields.number)).toBe('233/BC-UBND');
  });

  it('spells unit names in the issuer from the gazetteer when it is given, and keeps the space the date line kept', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `UBND HUYỆN TRIỆU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
PHÒNG | NAM
PHÒNG NỘI VỤ Độc lập - Tự do - Hạnh phúc
Số: 215/PNV Triệu Phong, ngày 16 tháng 9 năm 2025
V/v rà soát nhu cầu đào tạo`;
    expect(v(extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields.issuerParent)).toBe('Ủy ban nhân dân huyện Triệu Phong');
    expect(v(extractAll({ pages: [page(text)] }).fields.issuerParent)).toBe('Ủy ban nhân dân huyện Triệu Phòng');
    const merged = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÀNUNG Độc lập - Tự do - Hạnh phúc
Số: 52/KH-UBND Tà Nung, ngày 07 tháng 8 năm 2025
KẾ HOẠCH
Tổ chức Ngày hội`;
    expect(v(extractAll({ pages: [page(merged)] }).fields.issuer)).toBe('Ủy ban nhân dân xã Tà Nung');
  });

  it('reads citations through specks at line ends, Ban Thường trực, and a signer whose name is not all Vietnamese syllables', () => {
    const refs = extractReferences(lines(`Thực hiện Hướng dẫn số 18/HD-MTTQ-BTT ngày 20/7/2025 của
-. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai và Kế hoạch số 301/KH-UBND ngày 25/7/2025 của Ủy ban :
nhân dân thành phố Pleiku; kinh phí theo Thông tư số 160/2014/TT-BTC ngày
"29/10/2014 của Bộ Tài chính.`), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([
      ['18/HD-MTTQ-BTT', '2025-07-20', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai'],
      ['301/KH-UBND', '2025-07-25', 'Ủy ban nhân dân thành phố Pleiku'],
      ['160/2014/TT-BTC', '2014-10-29', 'Bộ Tài chính'],
    ]);
    expect(extractSigner(lines('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nKa Sô Liễng'))?.name).toBe('Ka Sô Liễng');
  });

  it('reads set-4 damage: specks before a list dash, a citation list joined by và Quy chế, a caps title ending a Nơi nhận line, a speck inside a name', () => {
    const text = `UBND TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc
Số: 18/SNV-VP Bắc Ninh, ngày 11 tháng 7 năm 2025
V/v chuẩn bị hội nghị
Kính gửi:
- Các sở, ban, ngành;
~ - Ủy ban nhân dân các huyện.
Thực hiện Chương trình công tác số 05-CTr/TU ngày 10/01/2025
của Ban Thường vụ Tỉnh ủy và Quy chế làm việc số 01-QC/TU ngày 15/11/2020 của Ban Chấp hành Đảng bộ tỉnh, Kế hoạch số 97/KH-UBND ‘ngày 05/3/2025 của Ủy
“ban nhân dân huyện, Sở Nội vụ đề nghị.
Nơi nhận: : Có GIÁM ĐỐC
- Như trên;
- Lưu: VT.

Trương Công.Danh`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(f.recipients).toEqual(['Các sở, ban, ngành', 'Ủy ban nhân dân các huyện']);
    const refs = f.references as Array<{ number: string; issuer: string | null }>;
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([
      ['05-CTr/TU', 'Ban Thường vụ Tỉnh ủy'], ['01-QC/TU', 'Ban Chấp hành Đảng bộ tỉnh'], ['97/KH-UBND', 'Ủy ban nhân dân huyện'],
    ]);
    expect(f.signer).toMatchObject({ name: 'Trương Công Danh', title: 'Giám đốc' });
  });

  it('spells unit words in parent lines, drops a lowercase speck after caps, and an unpaired quote in the subject', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `ĐĂNG BỘ THÌ XÃ ĐỒNG ĐẢNG CỘNG SẢN VIỆT NAM
TRIỆU | Mạo Khê, ngày 19 tháng 3 năm 2025
ĐẢNG ỦY PHƯỜNG MẠO KHÊ wv.
Số 27-TB/ĐU
THÔNG BÁO
kết luận về công tác dịp Tết "Nguyên đán năm 2025`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuerParent)).toBe('Đảng bộ thị xã Đông Triều');
    expect(v(f.issuer)).toBe('Đảng ủy phường Mạo Khê');
    expect(v(f.subject)).toBe('kết luận về công tác dịp Tết Nguyên đán năm 2025');
  });

  it('reads set-5 damage: specks and the motto tail after the symbol, a V/v line merged with the place-date column, a wrapped inline addressee, a ministry from its code', () => {
    const text = `BOQ TÀI CHÍNH | : . CỘNG HÒA XÃ HQI CHỦ NGHĨA VIỆT
Số: 10234/BTC-NSNN oo NAM
V/v hướng dẫn xây dựng dự Độc lập - Tự do - Hạnh phúc
toán ngân sách nhà nước năm Hà Nội, ngày 15 tháng 7 năm 2025
2026
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung
ương.
Thực hiện Thông tư số 04/2020/TT-BVHTTDL ngày 06/8/2020 của Bộ Văn hóa, Thể thao và Du lịch, Bộ Tài chính đề nghị.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.number)).toBe('10234/BTC-NSNN');
    expect(v(f.issuer)).toBe('Bộ Tài chính');
    expect(v(f.subject)).toBe('hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2026');
    expect(f.recipients).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect((f.references as Array<{ issuer: string }>)[0].issuer).toBe('Bộ Văn hóa, Thể thao và Du lịch');
    // A department is no garbled ministry.
    expect(canonicalIssuer('Sở Y tế')).toBe('Sở Y tế');
  });

  it('puts damaged body words back in addressees, but only where a name can start, and drops a speck full stop in the subject', () => {
    const text = `UBND HUYỆN TRÀ ÔN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC Độc lập - Tự do - Hạnh phúc
Số: 45/PGD Trà Ôn, ngày 25 tháng 11 năm 2025
V/v đề. nghị thông qua kế hoạch năm học, v.v. và các nội dung khác
Kính gửi:
- i ban nhân dân các xã, thị trấn;
- Hiệu trưởng các trường trung học phổ thông trực thuộc.
Thực hiện chỉ đạo.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(f.recipients).toEqual(['Ủy ban nhân dân các xã, thị trấn', 'Hiệu trưởng các trường trung học phổ thông trực thuộc']);
    expect(v(f.subject)).toBe('đề nghị thông qua kế hoạch năm học, v.v. và các nội dung khác');
  });

  it('reads set-6 damage: Số as $6, a speck word before the place, a title between specks, a subject block that runs into the body', () => {
    const text = `UBND TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
SỞ TƯ PHÁP : | NĂM
$6: 134/TTr-STP Độc lập - Tự do - Hạnh phúc
SỞ Cà Mau, ngày 22 tháng 8 năm 2025

| TỜ TRÌNH Có
kết quả thực hiện nhiệm vụ năm 2025
Thực hiện Nghị quyết số 24-NQ/ĐU ngày 10/01/2025 của Ban
Chấp hành Đảng bộ xã, Sở Tư pháp báo cáo

Lê Ô Pích`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.number), v(f.issuer), v(f.place), v(f.documentType), v(f.subject)]).toEqual(
      ['134/TTr-STP', 'Sở Tư pháp', 'Cà Mau', 'Tờ trình', 'Kết quả thực hiện nhiệm vụ năm 2025']);
    expect(extractSigner(lines('TRƯỞNG BAN\n\nLê Ô Pích'))?.name).toBe('Lê Ô Pích');
  });

  it('reads set-7 damage: S68, lowercase specks and tildes after a caps issuer, a dash before the place in a V/v line, a dash before the body, a glued full stop', () => {
    const text = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
HUYỆN HƯƠNG KHÊ ~~ hà NAM
~ S68: 412/UBND-VP Độc lập - Tự do - Hạnh phúc
V/v tổ chức dọn dẹp vệ sinh, - Hương Khê, ngày 30 tháng 10 năm 2025
khắc phục hậu quả sau lũ năm.2025
Kính gửi:
- Các khối phố trên địa bàn;
- Trạm Y tế.
- Thực hiện Công điện số 18/CPD- UBND ngày 29/10/2025 của. Ủy ban nhân dân tỉnh Hà Tĩnh, Ủy ban nhân dân huyện đề nghị.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.number), v(f.issuer), v(f.subject)]).toEqual(
      ['412/UBND-VP', 'Ủy ban nhân dân huyện Hương Khê', 'tổ chức dọn dẹp vệ sinh, khắc phục hậu quả sau lũ năm 2025']);
    expect(f.recipients).toEqual(['Các khối phố trên địa bàn', 'Trạm Y tế']);
    const refs = f.references as Array<{ number: string; issuer: string | null }>;
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['18/CĐ-UBND', 'Ủy ban nhân dân tỉnh Hà Tĩnh']]);
    expect(normalizeNumber('301/TB-UBNDˆˆ')).toBe('301/TB-UBND');
    expect(normalizeNumber('17/CTUBND')).toBe('17/CT-UBND');
    expect(canonicalIssuer('Ban Chấp hành Trung ương Đảng khóa XIH')).toBe('Ban Chấp hành Trung ương Đảng khóa XIII');
  });

  it('reads set-8 damage: a unit after a Party body a letter from the date line\'s known name, an addressee that is the parent body, a glued full stop in caps, a V/v line continued after a blank and a quote', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    const party = `ĐẢNG BỘ HUYỆN HẢI HẬU ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ HẠ HÒA ~~ Hải Hòa, ngày 20 tháng 11 năm 2025
Số 41-BC/ĐU
BÁO CÁO
kết quả công tác năm 2025`;
    expect(v(extractAll({ pages: [page(party)] }, { places }).fields.issuer)).toBe('Đảng ủy xã Hải Hòa');
    const letter = `UBND HUYỆN TAM ĐƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG HĐND.VÀ UBND Độc lập - Tự do - Hạnh phúc
Số: 98/VP V/v rà soát cơ sở vật chất Tam Đường, ngày 12 tháng 9 năm 2025

‘trường học trước năm học mới
Kính gửi: Ủy ban nhân dân huyện Tâm Pudong.
Thực hiện chỉ đạo.`;
    const f = extractAll({ pages: [page(letter)] }, { places }).fields;
    expect(v(f.issuer)).toBe('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân');
    expect(v(f.subject)).toBe('rà soát cơ sở vật chất trường học trước năm học mới');
    expect(f.recipients).toEqual(['Ủy ban nhân dân huyện Tam Đường']);
    expect(canonicalIssuer('Ủy ban - nhân dân thành phố')).toBe('Ủy ban nhân dân thành phố');
  });

  it('reads set-9 damage: a department merged into one word before a cut motto tail, a speck letter and lowercase committee names, a place respelled from the gazetteer, specks before Kính gửi and around titles', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    const raw = `UBND TiNH TAY NINH =~ CONG HOA XA HOI CHU NGHiA VIET
SOYTE NAM i
S6: 3021/BC-SYT | boc 1ap - Tu do - Hanh phic
Tay Ninh, ngay 30 thang 9 nam 2025
BAO CAO
Tinh hinh tiem chung
-: Kinh gui: Bo Y te.`;
    const text = `UBND TỈNH TÂY NINH =~ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
SOYTE NĂM đổi
Số: 3021/BC-SYT | độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 30 tháng 9 năm 2025
BÁO CÁO
Tình hình tiêm chủng
-: Kính gửi: Bộ Y tế.`;
    const a = extractAll({ pages: [{ ...page(text), rawText: raw }] }, { places }).fields;
    expect([v(a.issuer), v(a.issuerParent)]).toEqual(['Sở Y tế', 'Ủy ban nhân dân tỉnh Tây Ninh']);
    expect(a.recipients).toEqual(['Bộ Y tế']);
    const party = `R TỈNH ỦY VĨNH PHÚC ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY TẠM DƯƠNG Tâm Dương, ngày 05 tháng 6 năm 2025
Số 87-TB/HU
THÔNG BÁO
kết luận của L Ban Thường vụ Huyện ủy về đại hội`;
    const b = extractAll({ pages: [page(party)] }, { places }).fields;
    expect([v(b.issuer), v(b.issuerParent), v(b.place), v(b.subject)]).toEqual(
      ['Huyện ủy Tam Dương', 'Tỉnh ủy Vĩnh Phúc', 'Tam Dương', 'kết luận của Ban Thường vụ Huyện ủy về đại hội']);
    expect(extractSigner(lines('Nơi nhận: : IE GIÁM ĐỐC\n- Như trên;\n\nHuỳnh Văn Nhựt'))?.title).toBe('Giám đốc');
    expect(canonicalIssuer('BOY tế')).toBe('Bộ Y tế');
    const refs = extractReferences(lines('Thực hiện Kế hoạch số 62/KH- UBND ngày 20/02/2025 cửa , Ủy ban\nnhân dân huyện Lục Ngạn về phát động.'), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['62/KH-UBND', 'Ủy ban nhân dân huyện Lục Ngạn']]);
  });

  it('joins a body line ending in VÀ to the next, and reads Số as SG', () => {
    const text = `UBND HUYỆN THANH HÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG VĂN HÓA VÀ Độc lập - Tự do - Hạnh phúc
THÔNG TIN
SG: 76/BC-VHTT Thanh Hà, ngày 08 tháng 10 năm 2025
BÁO CÁO
Kết quả thực hiện phong trào`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.number), v(f.issuer), v(f.issuerParent)]).toEqual(['76/BC-VHTT', 'Phòng Văn hóa và Thông tin', 'Ủy ban nhân dân huyện Thanh Hà']);
  });

  it('reads the authority mark TM. that OCR printed as T™.', () => {
    const s = extractSigner(lines('Nơi nhận: : Co T™. ỦY BAN NHÂN DÂN\n- UBND thành phố (để b/c); CHỦ TỊCH\n- Lưu: VT.\n\nNguyễn Hữu Phước'));
    expect([s?.authority, s?.title, s?.name]).toEqual(['TM. Ủy ban nhân dân', 'Chủ tịch', 'Nguyễn Hữu Phước']);
  });

  it('drops the national motto tail the restorer read as another word, by the raw line', () => {
    const text = `UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
VĂN PHÒNG LUẬT
Số: 41/TB-VP Lào Cai, ngày 17 tháng 10 năm 2025
THÔNG BÁO
Kết luận cuộc họp`;
    const raw = text.replace('VĂN PHÒNG LUẬT', 'VAN PHONG NAM');
    const rawLines = raw.split('\n');
    const { fields } = extractAll({ pages: [{ ...page(text), rawText: raw }] });
    expect(rawLines[1]).toBe('VAN PHONG NAM');
    expect(v(fields.issuer)).toBe('Văn phòng');
  });

  it('takes the spelling of the body code when the header line is the same name with spaces lost', () => {
    const head = (body: string, num: string) => `UBND TỈNH QUẢNG BÌNH  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
${body}  Độc lập - Tự do - Hạnh phúc
Số: ${num}  Đồng Hới, ngày 22 tháng 7 năm 2025
V/v tăng cường phòng, chống dịch
Kính gửi: Các đơn vị`;
    expect(v(extractAll({ pages: [page(head('SOY TE', '905/SYT-NVY'))] }).fields.issuer)).toBe('Sở Y tế');
    // A different body keeps its own name: the code only respells, it never replaces.
    expect(v(extractAll({ pages: [page(head('SỞ NỘI VỤ', '905/SYT-NVY'))] }).fields.issuer)).toBe('Sở Nội vụ');
  });
});

describe('the document spells its own place one way', () => {
  it('respells loose matches of the place in field values', async () => {
    const { respellPlace } = await import('../../src/extract/names.js');
    expect(respellPlace('trên địa bàn huyện Cất Hại đến năm 2030', 'Cát Hải')).toBe('trên địa bàn huyện Cát Hải đến năm 2030');
    expect(respellPlace('Ban Thường vụ HUYỆN ỦY CAT HAI', 'Cát Hải')).toBe('Ban Thường vụ HUYỆN ỦY CÁT HẢI');
    expect(respellPlace('cát hải và Cát Bà', 'Cát Hải')).toBe('cát hải và Cát Bà');
  });
});

describe('merged and cut header columns', () => {
  it('splits a caps issuer from the place-date column and drops a cut motto tail and specks', () => {
    const text = `ĐẢNG BỘ HUYỆN AN LÃO ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TÂN LẬP Tân Lập, ngày 15 tháng 10 năm 2025
Số 45-KH/ĐU
KẾ HOẠCH
học tập Nghị quyết

I. MỤC ĐÍCH`;
    const a = extractAll({ pages: [page(text)] }).fields;
    expect(v(a.issuer)).toBe('Đảng ủy xã Tân Lập');
    expect(v(a.place)).toBe('Tân Lập');
    const text2 = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
HUYỆN VĨNH BẢO ô NAM |
Số: 215/BC-UBND Độc lập - Tự do - Hạnh phúc
EE | Vĩnh Bảo, ngày 03 tháng 10 năm 2025
BÁO CÁO
Kết quả công tác quý III

I. KẾT QUẢ`;
    const b = extractAll({ pages: [page(text2)] }).fields;
    expect(v(b.issuer)).toBe('Ủy ban nhân dân huyện Vĩnh Bảo');
    expect(v(b.place)).toBe('Vĩnh Bảo');
    const text3 = `ỦY BAN NHÂN DÂN TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

HÀ NAM | NAM
SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc
Số: 15/SNV-VP  Phủ Lý, ngày 08 tháng 9 năm 2025
V/v báo cáo

Kính gửi: Các sở.`;
    const c = extractAll({ pages: [page(text3)] }).fields;
    expect(v(c.issuer)).toBe('Sở Nội vụ');
    expect(v(c.issuerParent)).toBe('Ủy ban nhân dân tỉnh Hà Nam');
  });
});

describe('V/v subject over several OCR lines', () => {
  it('continues through lowercase lines and a blank line inside the column', () => {
    const text = `SỞ NỘI VỤ  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 88/SNV-VP  Ninh Bình, ngày 02 tháng 6 năm 2025
V/v rà soát, báo cáo tình hình
thực hiện công tác văn thư

năm 2025

Kính gửi: Các phòng thuộc Sở.`;
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toBe('rà soát, báo cáo tình hình thực hiện công tác văn thư năm 2025');
  });
});

describe('person names', () => {
  it('respells surnames and middle names by their letters, leaving given names', async () => {
    const { respellPersonName } = await import('../../src/extract/names.js');
    expect(respellPersonName('Vu Dinh Khoa')).toBe('Vũ Đình Khoa');
    expect(respellPersonName('Phân Việt Điện')).toBe('Phan Việt Điện');
    expect(respellPersonName('Nguyễn Thị Hồng Nhung')).toBe('Nguyễn Thị Hồng Nhung');
  });

  it('reads a Hmong surname before the middle name A', async () => {
    const { respellPersonName } = await import('../../src/extract/names.js');
    expect(respellPersonName('Sung A Páo')).toBe('Sùng A Páo');
    expect(respellPersonName('Vang A Dính')).toBe('Vàng A Dính');
    expect(respellPersonName('Vang Thị Mai')).toBe('Vang Thị Mai');
  });
});

describe('cited issuers and symbols', () => {
  it('puts damaged body words back from the vocabulary', async () => {
    const { issuerFromCode } = await import('../../src/extract/issuer.js');
    expect(canonicalIssuer('Ủy ban nhóm dân huyện')).toBe('Ủy ban nhân dân huyện');
    expect(canonicalIssuer('Ủy ban nhân đến tính')).toBe('Ủy ban nhân dân tỉnh');
    expect(canonicalIssuer('Bộ - Tài chính')).toBe('Bộ Tài chính');
    expect(canonicalIssuer('Thủ ni Chính phủ')).toBe('Thủ tướng Chính phủ');
    expect(canonicalIssuer('Ban Thường vụ Tỉnh Ở Hà Tĩnh')).toBe('Ban Thường vụ Tỉnh ủy Hà Tĩnh');
    expect(canonicalIssuer('Hội nghị Trung ương lần thứ bạy khóa XII')).toBe('Hội nghị Trung ương lần thứ bảy khóa XII');
    // Two words apart is another body, not damage.
    expect(canonicalIssuer('Ban Chỉ đạo Trung ương')).toBe('Ban Chỉ đạo Trung ương');
    expect(canonicalIssuer('Ban Thường vụ Huyện đoàn Đức Thọ')).toBe('Ban Thường vụ Huyện đoàn Đức Thọ');
    expect(issuerFromCode(numberParts('13/2023/NĐ-CP')!.parts)).toBe('Chính phủ');
    expect(issuerFromCode(numberParts('01/2011/TT-BNV')!.parts)).toBe('Bộ Nội vụ');
    expect(issuerFromCode(numberParts('80/2015/QH13')!.parts)).toBe('Quốc hội');
    expect(issuerFromCode(numberParts('484/KH-UBND')!.parts)).toBeNull();
  });

  it('names the issuer from a central body code only when the citation does not', () => {
    const refs = extractReferences(lines('theo Nghị định số 13/2023/NĐ-CP ngày 17/4/2023; Kế hoạch số 7/KH-UBND ngày 02/01/2025 của Ủy ban nhân đến tính.'), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['13/2023/NĐ-CP', 'Chính phủ'], ['7/KH-UBND', 'Ủy ban nhân dân tỉnh']]);
  });

  it('reads a Party symbol with a doubled dash and a type name garbled before a symbol', async () => {
    const { repairTypeBeforeSymbol } = await import('../../src/extract/type-names.js');
    expect(extractReferences(lines('Chỉ thị số 05- -CT/TW ngày 15/5/2016'), null)[0].number).toBe('05-CT/TW');
    expect(repairTypeBeforeSymbol('quán triệt Aled quyết số 57-NQ/TW của Bộ Chính trị')).toBe('quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị');
    // A Vietnamese first word is the author's, not damage.
    expect(repairTypeBeforeSymbol('theo Quyết định số 57-NQ/TW')).toBe('theo Quyết định số 57-NQ/TW');
  });
});

describe('department and Party committee headers', () => {
  it('continues a body line that starts with VÀ, and spells known department fields by their letters', () => {
    const party = `ĐẢNG BỘ TỈNH QUẢNG NGÃI ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY KHỐI CÁC CƠ QUAN Quảng Ngãi, ngày 02 tháng 3 năm 2025
VÀ DOANH NGHIỆP TỈNH
Số 12-KH/ĐUK
KẾ HOẠCH
Tổ chức hội nghị học tập nghị quyết

Thực hiện chương trình công tác năm 2025.`;
    const f = extractAll({ pages: [page(party)] }).fields;
    expect(v(f.issuer)).toBe('Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh');
    expect(v(f.issuerParent)).toBe('Đảng bộ tỉnh Quảng Ngãi');
    expect(nameCase('SỞ TÀI NGUYÊN VÀ MÔI TRƯỞNG')).toBe('Sở Tài nguyên và Môi trường');
    expect(nameCase('PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỐI')).toBe('Phòng Lao động - Thương binh và Xã hội');
    // A place name with those letters keeps its own spelling.
    expect(nameCase('ỦY BAN NHÂN DÂN XÃ THANH TRÀ')).toBe('Ủy ban nhân dân xã Thanh Trà');
  });

  it('takes the issuing authority above the Căn cứ lines for no signature, but for its title when that is unreadable', () => {
    const body = (sig: string) => lines(`GIÁM ĐỐC SỞ TƯ PHÁP
Căn cứ Nghị định số 10/2021/NĐ-CP ngày 09/02/2021 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Công bố danh mục thủ tục hành chính.
Nơi nhận: ${sig}
- Như Điều 1;
- Lưu: VT.

Trần Văn Bình`);
    // Unreadable title: the preamble's, less surely.
    expect(extractSigner(body('| : TÁN ĐỘC'))).toMatchObject({ name: 'Trần Văn Bình', title: 'Giám đốc', confidence: 0.5 });
    // Readable: the signature's own.
    expect(extractSigner(body('| KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'))).toMatchObject({ name: 'Trần Văn Bình', title: 'Phó Giám đốc', authority: 'KT. Giám đốc' });
  });

  it('before the number and the date, takes only a title spelled out (specks aside) for the type title', () => {
    const head = (t: string) => `${t}\nVề việc tổ chức hội nghị\n\nCăn cứ Luật Tổ chức chính quyền địa phương;`;
    expect((extractAll({ pages: [page(head('KẾ HOẠCH'))] }).fields.documentType as { value: string }).value).toBe('Kế hoạch');
    expect((extractAll({ pages: [page(head('KẾ HOẠCH Có'))] }).fields.documentType as { value: string }).value).toBe('Kế hoạch');
    // A near miss there ('KẾ HOẠCT') is not taken for one.
    expect(extractAll({ pages: [page(head('KẾ HOẠCT'))] }).fields.documentType).toBeNull();
  });

  it('restores a V/v subject beside the place-date column again from its raw words, in reading order', () => {
    const raw = `SO Y TE CONG HOA XA HOI CHU NGHIA VIET NAM
So: 77/SYT-NVY
V/v to chuc kifm Dong Hoi, ngay 03 thang 4 nam 2025
tra cuoi nam
Kinh gui: Cac benh vien.`;
    const text = `SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 77/SYT-NVY
V/v tổ chức kifm Đồng Hới, ngày 03 tháng 4 năm 2025
trú cuối năm
Kính gửi: Các bệnh viện.`;
    const seen: string[] = [];
    const doc = { pages: [{ ...page(text), rawText: raw }] };
    const f = extractAll(doc, { restoreSpan: (span, docRaw) => { seen.push(span); expect(docRaw).toBe(raw); return 'tổ chức kiểm tra cuối năm'; } }).fields;
    expect(seen).toEqual(['to chuc kifm tra cuoi nam']);
    expect(v(f.subject)).toBe('tổ chức kiểm tra cuối năm');
    // A reading with another number of words is not taken.
    expect(v(extractAll(doc, { restoreSpan: () => 'tổ chức kiểm tra' }).fields.subject)).toBe('tổ chức kifm trú cuối năm');
  });

  it('takes no unit line for a type title, and no lowercase speck for part of the place', () => {
    const text = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG TÂN AN Độc lập - Tự do - Hạnh phúc
Số: 40/KH-UBND cơ Tân An, ngày 02 tháng 10 năm 2025
KẾ HOẠCH
Tổ chức ngày hội văn hóa

Thực hiện chương trình năm 2025.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect((f.documentType as { value: string }).value).toBe('Kế hoạch');
    expect(v(f.issuer)).toBe('Ủy ban nhân dân phường Tân An');
    expect(v(f.place)).toBe('Tân An');
  });

  it('joins a span of years OCR spaced on one side of its dash in the subject', () => {
    const text = `UBND HUYỆN KIM SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc
Số: 88/KH-PGDĐT Kim Sơn, ngày 05 tháng 9 năm 2023
KẾ HOẠCH
Nhiệm vụ năm học 2023 -2024, giai đoạn 2021 - 2025

Căn cứ hướng dẫn của Sở.`;
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toBe('Nhiệm vụ năm học 2023-2024, giai đoạn 2021 - 2025');
  });
});

describe('cited issuers: whole names and places', () => {
  it('ends a central body name before the sentence goes on, and mends a junk first word', () => {
    const refs = extractReferences(lines('thực hiện Thông tư số 05/2021/TT-BNV ngày 12/8/2021 của Bộ Nội vụ nay tiếp tục áp dụng'), null);
    expect(refs[0].issuer).toBe('Bộ Nội vụ');
    expect(canonicalIssuer('1J ban nhân dân huyện')).toBe('Ủy ban nhân dân huyện');
    expect(canonicalIssuer('a Bộ Tài chính')).toBe('Bộ Tài chính');
    // A heading in capitals after the citation is no part of its issuer; an abbreviation is.
    expect(extractReferences(lines('Xét Tờ trình số 21/TTr-UBND ngày 10/12/2024 của Ủy ban nhân dân xã\n\nQUYẾT NGHỊ:'), null)[0].issuer).toBe('Ủy ban nhân dân xã');
    expect(extractReferences(lines('theo Kế hoạch số 8-KH/ĐU ngày 02/3/2025 của BCH Đảng bộ xã.'), null)[0].issuer).toBe('BCH Đảng bộ xã');
    // A real word before 'Ban nhân dân' is another body (Ban nhân dân thôn).
    expect(canonicalIssuer('Các Ban nhân dân thôn')).toBe('Các Ban nhân dân thôn');
    expect(canonicalIssuer('Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam')).toBe('Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam');
  });

  it('spells a place OCR damaged past its marks as the nearest unit of the header\'s province', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ Độc lập - Tự do - Hạnh phúc
Số: 77/SYT-NVY Dức Trạng, ngày 03 tháng 4 năm 2025
V/v phòng chống sốt xuất huyết
Kính gửi: Các bệnh viện.`;
    expect(v(extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields.place)).toBe("Đức Trọng");
    // Without the gazetteer the place stays as read.
    expect(v(extractAll({ pages: [page(text)] }).fields.place)).toBe("Dức Trạng");
    // Two units as near (Đà Lạt, Đạ Lây): no guess.
    expect(loadDefaultPlaces().nearestIn('Dà Lạc', new Set(['Lâm Đồng']))).toBeNull();
  });

  it('reads a symbol whose type code OCR split or garbled, when the type name before it says which', async () => {
    const refs = extractReferences(lines('Xét Tờ trình số 42/T Tr-STC ngày 05/3/2025 của Sở Tài chính và\nKế hoạch số 77/0 UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh.'), null);
    expect(refs.map((r) => r.number)).toEqual(['42/TTr-STC', '77/KH-UBND']);
    // The type name may end the line above.
    expect(extractReferences(lines('theo Quyết định số\n3120/01 UBND ngày 10/12/2025 của Ủy ban nhân dân huyện'), null)[0].number).toBe('3120/QĐ-UBND');
    // A Công văn has no type code to put back; a known code is left as it is.
    expect(extractReferences(lines('Công văn số 15/01 UBND ngày 02/01/2025'), null).map((r) => r.number)).not.toContain('15/CV-UBND');
  });

  it('joins a year and a Party symbol OCR split, in citations and in the subject', () => {
    const refs = extractReferences(lines('Căn cứ Nghị định số 45/202 3/NĐ-CP ngày 01/7/2023 và Chỉ thị số 12- CT/T W ngày 02/3/2022'), null);
    expect(refs.map((r) => r.number)).toEqual(['45/2023/NĐ-CP', '12-CT/TW']);
    // A line's start is never rewritten from the line above ('số 57-' / 'NQ/TW').
    expect(extractReferences(lines('gọi tắt là Nghị quyết số 57-\nNQ/TW); Nghị quyết số 03-NQ/CP'), null).map((r) => r.number)).toEqual(['57-NQ/TW', '03-NQ/CP']);
  });

  it('spells a province ending a department name by the gazetteer', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `UBND TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc
Số: 310/SNV-TCBC Hà Tĩnh, ngày 04 tháng 6 năm 2025
V/v rà soát biên chế
Kính gửi: Sở Tư pháp Hà Tình.
Thực hiện Công văn số 95/STC-NS ngày 02/6/2025 của Sở Tài chính Hà Tình, Sở Nội vụ đề nghị.`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(f.recipients).toEqual(['Sở Tư pháp Hà Tĩnh']);
    expect((f.references as Array<{ issuer: string }>)[0].issuer).toBe('Sở Tài chính Hà Tĩnh');
  });
});

describe('set-12 shapes', () => {
  it('reads S36 as Số, a legal symbol whose Đ made a known non-legal code, and military titles', () => {
    const party = `ĐẢNG BỘ HUYỆN KIM ĐỘNG ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TOÀN THẮNG Toàn Thắng, ngày 12 tháng 02 năm 2025
S36 14-NQ/ĐU
NGHỊ QUYẾT
về công tác quân sự địa phương năm 2025

Căn cứ Nghị định số 72/2020/NP-CP ngày 30/6/2020 của Chính phủ.`;
    const f = extractAll({ pages: [page(party)] }).fields;
    expect(v(f.number)).toBe('14-NQ/ĐU');
    expect(v(f.issuer)).toBe('Đảng ủy xã Toàn Thắng');
    expect(v(f.issuerParent)).toBe('Đảng bộ huyện Kim Động');
    expect((f.references as Array<{ number: string }>).map((r) => r.number)).toEqual(['72/2020/NĐ-CP']);
    expect(normalizeNumber('15/2019/QB-TTg')).toBe('15/2019/QĐ-TTg');
    expect(normalizeNumber('12/2024/TT-BNV')).toBe('12/2024/TT-BNV');
    expect(extractSigner(lines('Nơi nhận:\n- Lưu: VT.\nCHỈ HUY TRƯỞNG\n\nLê Văn Hùng'))).toMatchObject({ name: 'Lê Văn Hùng', title: 'Chỉ huy trưởng' });
  });

  it('drops a word the restorer made of a speck before a known place name', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `UBND TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc
Số: 310/SNV-TCBC Bộ Hà Tĩnh, ngày 04 tháng 6 năm 2025
V/v rà soát biên chế`;
    expect(v(extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields.place)).toBe('Hà Tĩnh');
  });
});

describe('set-13 shapes', () => {
  it('joins a one-word line after a speck with no letter, and takes the place from the issuer unit whose last words it is', () => {
    const text = `SỞ Y TẾ HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM Y TẾ Độc lập - Tự do - Hạnh phúc
.„ HUYỆN
Số: 40/TTYT-KHNV
V/v tiêm chủng mở rộng`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Trung tâm Y tế huyện');
    const lost = `UBND HUYỆN HƯƠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG NỘI VỤ Độc lập - Tự do - Hạnh phúc
Số: 12/PNV Sơn, ngày 03 tháng 3 năm 2025
V/v rà soát biên chế`;
    expect(v(extractAll({ pages: [page(lost)] }).fields.place)).toBe('Hương Sơn');
    // A place that starts like a misread 'Số' is still a place.
    expect(v(extractAll({ pages: [page(lost.replace('12/PNV Sơn,', '12/PNV Sơn La,'))] }).fields.place)).toBe('Sơn La');
  });

  it('reads a full stop glued to a cited issuer before a lowercase line as a speck', () => {
    const refs = extractReferences(lines('Thực hiện Công văn số 88/STC-NS ngày 02/3/2025 của Sở Tài chính.\ntỉnh Hà Tĩnh về dự toán, Sở đề nghị.'), null);
    expect(refs[0].issuer).toBe('Sở Tài chính tỉnh Hà Tĩnh');
  });

  it('cases school names and keeps abbreviations; reads the title of a district police chief', () => {
    expect(nameCase('TRƯỜNG THPT NGUYỄN DU')).toBe('Trường THPT Nguyễn Du');
    expect(nameCase('TRƯỜNG MẦM NON HOA SEN')).toBe('Trường Mầm non Hoa Sen');
    expect(nameCase('CÔNG TY TNHH MỘT THÀNH VIÊN')).toBe('Công ty TNHH một thành viên');
    expect(extractSigner(lines('Nơi nhận: | TRƯỞNG CÔNG AN HUYỆN\n- Lưu: VT.\n\nPhan Văn Tâm'))).toMatchObject({ name: 'Phan Văn Tâm', title: 'Trưởng Công an huyện' });
  });
});

describe('set-14 shapes', () => {
  it('reads the place after a quote speck in a merged V/v line, and a caps header apostrophe as a space', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const merged = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
QUẬN LIÊN CHIỂU Độc lập - Tự do - Hạnh phúc
Số: 310/UBND-QLĐT
V/v sửa chữa đường nội bộ ‘Liên Chiểu, ngày 04 tháng 6 năm 2025
trong khu dân cư
Kính gửi: Các phường.`;
    const a = extractAll({ pages: [page(merged)] }).fields;
    expect(v(a.subject)).toBe('sửa chữa đường nội bộ trong khu dân cư');
    expect(v(a.place)).toBe('Liên Chiểu');
    const apostrophe = `UBND HUYỆN KRÔNG'PA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG NỘI VỤ Độc lập - Tự do - Hạnh phúc
Số: 12/PNV Krông Pa, ngày 03 tháng 3 năm 2025
V/v rà soát biên chế`;
    const b = extractAll({ pages: [page(apostrophe)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(b.issuerParent)).toBe('Ủy ban nhân dân huyện Krông Pa');
  });

  it('joins a name whose first letter OCR set apart, and spells a department\'s unit word', () => {
    expect(extractSigner(lines('Nơi nhận: | TM. ỦY BAN NHÂN DÂN\n- Lưu: VT. | CHỦ TỊCH\n\nT rần Văn Bình.'))).toMatchObject({ name: 'Trần Văn Bình', title: 'Chủ tịch' });
    expect(canonicalIssuer('Phòng Giáo dục và Đào tạo huyên')).toBe('Phòng Giáo dục và Đào tạo huyện');
    // After other words a unit's letters are the word they read as.
    expect(canonicalIssuer('Thủ trưởng các cơ quan')).toBe('Thủ trưởng các cơ quan');
    const refs = extractReferences(lines('Thực hiện Kế hoạch số 15/KH-UBND ngày 02/3/2025 của Ủy ban.\n. nhân dân huyện về phòng, chống dịch.'), null);
    expect(refs[0].issuer).toBe('Ủy ban nhân dân huyện');
  });

  it('spells each gazetteer name one way (old tone placement), so namesakes do not tie on it', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    expect(places.respell('Án Hoa', 'phường', new Set())).toBe('An Hòa');
    const text = `ĐẢNG BỘ THÀNH PHỐ CẦN THƠ ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG AN HÒA An Hóa, ngày 21 tháng 02 năm 2025
Số 34-KH/ĐU
KẾ HOẠCH
kiểm tra, giám sát năm 2025`;
    // 'An Hóa' is a xã, not a phường: the place takes the issuer's unit.
    expect(v(extractAll({ pages: [page(text)] }, { places }).fields.place)).toBe('An Hòa');
  });
});

describe('set-15 shapes', () => {
  it('reads a V/v that lost its slash, and a unit line the restorer garbled from its raw words', () => {
    const slashless = `UBND TỈNH QUẢNG TRỊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ Độc lập - Tự do - Hạnh phúc
Số: 77/SYT-NVY Quảng Trị, ngày 03 tháng 4 năm 2025
Vv phòng chống dịch sởi
Kính gửi: Các bệnh viện.`;
    expect(v(extractAll({ pages: [page(slashless)] }).fields.subject)).toBe('phòng chống dịch sởi');
    const text = `UBND HUYỆN KIM BẢNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN NHÂN DÂN
THỨ TRẦN QUẾ Độc lập - Tự do - Hạnh phúc
Số: 38/KH-UBND Quế, ngày 14 tháng 4 năm 2025
KẾ HOẠCH
Ra quân tổng vệ sinh môi trường`;
    const raw = text.replace('THỨ TRẦN QUẾ', 'THI TRAN QUE');
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }).fields;
    expect(v(f.issuer)).toBe('Ủy ban nhân dân thị trấn Quế');
    expect(v(f.issuerParent)).toBe('Ủy ban nhân dân huyện Kim Bảng');
  });
});

describe('set-16 shapes', () => {
  it('finds the motto tail behind a short speck, and drops a speck word after a known unit name', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `UBND TỈNH TRÀ VINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
SỞ NỘI VỤ VÀ Cơ
Số: 88/SNV-TCBC Độc lập - Tự do - Hạnh phúc
Trà Vinh, ngày 05 tháng 5 năm 2025
V/v rà soát biên chế`;
    const raw = text.replace('SỞ NỘI VỤ VÀ Cơ', 'SO NOI VU NAM Co');
    expect(v(extractAll({ pages: [{ ...page(text), rawText: raw }] }).fields.issuer)).toBe('Sở Nội vụ');
    const unit = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
HUYỆN BẢO YÊN BÈ NAM
Số: 15/UBND-NN Độc lập - Tự do - Hạnh phúc
V/v phòng chống sạt lở`;
    const f = extractAll({ pages: [page(unit)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Ủy ban nhân dân huyện Bảo Yên');
  });
});

describe('set-17 shapes', () => {
  it('reads a Số line led by a speck, and a place OCR kept only the first word of, its Đ read as b', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const party = `HUYỆN ỦY LỤC NAM ĐẢNG CỘNG SẢN VIỆT NAM
BAN TỔ CHỨC Lục Nam, ngày 02 tháng 3 năm 2025
*
~ SG 36-CV/BTCHU
V/v rà soát hồ sơ đảng viên`;
    const f = extractAll({ pages: [page(party)] }).fields;
    expect(v(f.number)).toBe('36-CV/BTCHU');
    expect(v(f.issuer)).toBe('Ban Tổ chức');
    const unit = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐẦM HÀ Độc lập - Tự do - Hạnh phúc
Số: 21/KH-UBND
: bầm XYZ ngày 03 tháng 2 năm 2025
KẾ HOẠCH
Phòng chống dịch bệnh mùa Hè |
năm 2025`;
    const g = extractAll({ pages: [page(unit)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(g.place)).toBe('Đầm Hà');
    // (A bar set apart at a line's end is a speck, not part of the subject.)
    expect(v(g.subject)).toBe('Phòng chống dịch bệnh mùa Hè năm 2025');
  });
  it('takes the issuer of a citation whose date OCR garbled past reading', () => {
    const refs = extractReferences(lines('Căn cứ Nghị quyết số 12/NQ-HĐND ngày XX Ĩ của Hội đồng nhân dân\ntỉnh Lào Cai;'), null);
    expect(refs[0]).toMatchObject({ number: '12/NQ-HĐND', date: null, issuer: 'Hội đồng nhân dân tỉnh Lào Cai' });
  });
  it('joins a wrapped VIỆT / NAM and a line ending in its unit word with the name below', () => {
    const text = `NGÂN HÀNG CHÍNH SÁCH XÃ HỘI VIỆT. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
| NAM   NAM
CHI NHÁNH TỈNH   Độc lập - Tự do - Hạnh phúc
LÀO CAI   Lào Cai, ngày 10 tháng 4 năm 2025
Số: 310/NHCS-KHNV
V/v giải ngân vốn vay`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Chi nhánh tỉnh Lào Cai');
    expect(v(f.issuerParent)).toMatch(/xã hội Việt Nam$/);
    expect(v(f.place)).toBe('Lào Cai');
  });
  it('reads xã hội as no commune, but xã Hội Sơn as one', () => {
    expect(nameCase('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(nameCase('BẢO HIỂM XÃ HỘI TỈNH LÀO CAI')).toBe('Bảo hiểm xã hội tỉnh Lào Cai');
    expect(nameCase('ỦY BAN NHÂN DÂN XÃ HỘI SƠN')).toBe('Ủy ban nhân dân xã Hội Sơn');
  });
  it('keeps a signer\'s surname the name lists hold as it is (Lường), and respells one they do not', async () => {
    const { loadDefaultNames } = await import('../../src/restore/index.js');
    const { respellPersonName } = await import('../../src/extract/names.js');
    expect(respellPersonName('Lường Văn Chung', loadDefaultNames())).toBe('Lường Văn Chung');
    expect(respellPersonName('Phân Việt Điện', loadDefaultNames())).toBe('Phan Việt Điện');
    const signer = extractSigner(lines('Nơi nhận:   CHỦ TỊCH\n- Lưu: VT.\nLường Văn Chung'), loadDefaultNames());
    expect(signer?.name).toBe('Lường Văn Chung');
  });
});

describe('set-18 shapes', () => {
  it('expands a department field written with &, and joins a two-letter word that ends the issuer', () => {
    const text = `SỞ GD&ĐT TỈNH HÀ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
GIANG   NAM
TRƯỜNG THCS LÊ QUÝ   Độc lập - Tự do - Hạnh phúc
ĐÔN   Hà Giang, ngày 10 tháng 9 năm 2025
Số: 12/KH-THCS
KẾ HOẠCH
Tổ chức Ngày hội đọc sách năm 2025`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuerParent)).toBe('Sở Giáo dục và Đào tạo tỉnh Hà Giang');
    expect(v(f.issuer)).toBe('Trường THCS Lê Quý Đôn');
  });
  it('takes no next-column word after a spaced dash into a symbol, but keeps TTg', () => {
    const refs = extractReferences(lines('Số:310/UBND-KT  -   Độc lập-Tự do\nThực hiện Chỉ thị số 20/CT- TTg ngày 02/5/2025 của Thủ tướng Chính phủ'), '310/UBND-KT');
    expect(refs.map((r) => r.number)).toEqual(['20/CT-TTg']);
  });
  it('drops a degree-sign speck from a subject', () => {
    const text = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN CAI LẬY   Độc lập - Tự do - Hạnh phúc
Số: 40/UBND-NN   Cai Lậy, ngày 02 tháng 6 năm 2025
V/v phòng chống hạn mặn ° mùa khô`;
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toBe('phòng chống hạn mặn mùa khô');
  });
});

describe('subject beside the document\'s own phrases', () => {
  const raw = `HUYEN UY LAC SON DANG CONG SAN VIET NAM
UY BAN KIEM TRA Lac Son, ngay 10 thang 3 nam 2025
S6 12-HD/UBKTHU
HUONG DAN
kiém tra, giam sat viéc thuc hién nhiém vu nam 2025 cua cac chi bo

Cac chi bo tu kiém tra va bao cao.
Cac chi bo gui bao cao vé Uy ban Kiém tra.`;
  it('takes a word of a new reading when the document writes that pair twice elsewhere', async () => {
    const { loadDefaultRestorer } = await import('../../src/restore/index.js');
    const r = await loadDefaultRestorer();
    const profile = r.profileFor(raw);
    const text = r.restore(raw, profile);
    expect(text).toContain('của các chú bộ'); // the sentence model alone
    const restoreSpan = (span: string, _docRaw: string, context?: string) => r.restore(span, profile, context);
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }, { restoreSpan }).fields;
    expect(v(f.subject)).toBe('kiểm tra, giám sát việc thực hiện nhiệm vụ năm 2025 của các chi bộ');
    // Written once, the pair may be the same error again: not taken, where OCR printed the subject's
    // words with other letters ('chu bo')…
    const once = raw.replace('Cac chi bo gui', 'Chi uy gui').replace('cua cac chi bo', 'cua cac chu bo');
    const f1 = extractAll({ pages: [{ ...page(r.restore(once, profile)), rawText: once }] }, { restoreSpan }).fields;
    expect(v(f1.subject)).toContain('các chú bộ');
    // …but taken where OCR printed the letters the document's pair has ('chi bo' read as chú bộ).
    const printed = raw.replace('Cac chi bo gui', 'Chi uy gui');
    const f2 = extractAll({ pages: [{ ...page(r.restore(printed, profile)), rawText: printed }] }, { restoreSpan }).fields;
    expect(v(f2.subject)).toContain('của các chi bộ');
  });
});

describe('set-19 shapes', () => {
  it('joins a unit line to a body line naming no unit, reads an abbreviation whose Đ OCR read as P, and drops a speck line', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `IIL
TỔNG LPLP VIỆT NAM   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG ĐOÀN NGÀNH Y TẾ   Độc lập - Tự do - Hạnh phúc
TỈNH HẢI DƯƠNG   Hải Dương, ngày 02 tháng 4 năm 2025
Số: 31/HD-CĐN
HƯỚNG DẪN
Tổ chức Tháng Công nhân năm 2025`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Công đoàn ngành Y tế tỉnh Hải Dương');
    expect(v(f.issuerParent)).toBe('Tổng Liên đoàn Lao động Việt Nam');
  });
  it('spells a Party committee word the restorer gave other marks, but leaves Quân ủy', async () => {
    const { spellCommittees } = await import('../../src/extract/casing.js');
    expect(spellCommittees('THÌ ỦY SƠN TÂY')).toBe('THỊ ỦY SƠN TÂY');
    expect(spellCommittees('của Ban Thường vụ Thì ủy về')).toBe('của Ban Thường vụ Thị ủy về');
    expect(spellCommittees('Tính ủy Nghệ An, Quân ủy Trung ương, ủy ban')).toBe('Tỉnh ủy Nghệ An, Quân ủy Trung ương, ủy ban');
  });
  it('takes the place\'s marks from the parent\'s unit when the issuer names none', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `UBND HUYỆN CẨM GIÀNG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG NỘI VỤ   Độc lập - Tự do - Hạnh phúc
Số: 12/BC-PNV   Cẩm Giang, ngày 03 tháng 3 năm 2025
BÁO CÁO
Công tác cán bộ quý I năm 2025`;
    expect(v(extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields.place)).toBe('Cẩm Giàng');
  });
  it('reads a garbled type code after a quote speck glued to số, and restores Đ in a union code', () => {
    const refs = extractReferences(lines("Thực hiện Công điện số'08/CH-UBND ngày 21/9/2025 của Ủy ban nhân dân tỉnh và Kế hoạch số 15/KH-TLD ngày 20/02/2025"), null);
    expect(refs.map((r) => r.number)).toEqual(['08/CĐ-UBND', '15/KH-TLĐ']);
  });
});

describe('set-20 shapes', () => {
  it('reads a one-word unit name that lost its spaces, and the place from it', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const { respellPlaceNames } = await import('../../src/restore/place-names.js');
    expect(respellPlaceNames('TRUNG TÂM Y TẾ HUYỆN TUKY', loadDefaultPlaces())).toBe('TRUNG TÂM Y TẾ HUYỆN TỨ KỲ');
    expect(respellPlaceNames('xã Kinh', loadDefaultPlaces())).toBe('xã Kinh');
    const text = `SỞ Y TẾ NAM ĐỊNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỆNH VIỆN ĐA KHOA HUYỆN   Độc lập - Tự do - Hạnh phúc
GIAOTHỦY
Số: 88/BC-BV   Thủy, ngày 02 tháng 6 năm 2025
BÁO CÁO
Công tác khám chữa bệnh`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Bệnh viện Đa khoa huyện Giao Thủy');
    expect(v(f.place)).toBe('Giao Thủy');
  });
  it('reads a Party symbol whose dash OCR read as a colon, and an urgency mark under the V/v column', () => {
    expect(normalizeNumber('18:QĐ/UBKTHU')).toBe('18-QĐ/UBKTHU');
    expect(normalizeNumber('12:30')).toBe('12:30');
    const text = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NINH BÌNH   Độc lập - Tự do - Hạnh phúc
Số: 301/UBND-VP
V/v ứng phó với lũ   Ninh Bình, ngày 05 tháng 9 năm 2025
của KHẨN
Kính gửi: Các sở, ngành.`;
    const raw = text.replace('của KHẨN', 'i KHAN');
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }).fields;
    expect(v(f.subject)).toBe('ứng phó với lũ');
    expect(v(f.urgency)).toBe('Khẩn');
  });
  it('reads a cited department whose head word the restorer garbled after a speck, and a central body stated in part', () => {
    const refs = extractReferences(lines('Thực hiện Công văn số 1120/SYT-NVY ngày 25/6/2025 của 1 Sư Y tế tỉnh Hải Dương; Công điện số 12/CP-TTg ngày 04/9/2025 của Thủ tướng.'), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['1120/SYT-NVY', 'Sở Y tế tỉnh Hải Dương'], ['12/CĐ-TTg', 'Thủ tướng Chính phủ']]);
  });
});

describe('set-21 shapes', () => {
  it('joins a line whose first word ends a compound of the line above, and a two-letter name end after a speck', () => {
    const party = `ĐẢNG BỘ TỈNH BÌNH ĐỊNH   ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY KHỐI CÁC CƠ   Quy Nhơn, ngày 03 tháng 3 năm 2025
‘QUẢN TỈNH
Số 11-KH/ĐUK
KẾ HOẠCH
kiểm tra năm 2025`;
    expect(v(extractAll({ pages: [page(party)] }).fields.issuer)).toBe('Đảng ủy Khối các cơ quan tỉnh');
    const police = `CÔNG AN TỈNH NGHỆ AN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
CÔNG AN HUYỆN TÂN   NAM
tại} KỲ   Độc lập - Tự do - Hạnh phúc
Số: 77/CAH-TH   Tân Kỳ, ngày 02 tháng 3 năm 2025
V/v bảo đảm an ninh`;
    expect(v(extractAll({ pages: [page(police)] }).fields.issuer)).toBe('Công an huyện Tân Kỳ');
  });
  it('expands LHPN, and takes the issuer of a citation whose date is glued to ngay-', () => {
    const text = `HỘI LHPN TỈNH THÁI BÌNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI LHPN HUYỆN VŨ THƯ   Độc lập - Tự do - Hạnh phúc
Số: 05/KH-HPN   Vũ Thư, ngày 02 tháng 3 năm 2025
KẾ HOẠCH
Tổ chức ngày hội`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Hội Liên hiệp Phụ nữ huyện Vũ Thư');
    expect(v(f.issuerParent)).toBe('Hội Liên hiệp Phụ nữ tỉnh Thái Bình');
    const refs = extractReferences(lines('Thực hiện Kế hoạch số 390/KH-CAT ngay-15/12/2025 của Công an\ntỉnh Hà Tĩnh về bảo đảm trật tự'), null);
    expect(refs[0]).toMatchObject({ number: '390/KH-CAT', issuer: 'Công an tỉnh Hà Tĩnh' });
  });
});

describe('set-22 shapes', () => {
  it('drops exclamation and copyright specks between words, in subjects and cited issuers', () => {
    const text = `HUYỆN ỦY CẨM XUYÊN   ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ CẨM BÌNH   Cẩm Bình, ngày 02 tháng 3 năm 2025
Số 08-TB/ĐU
THÔNG BÁO
Ý kiến của Thường trực ! Đảng ủy về công tác tuyển quân

Thực hiện Kế hoạch số 21-KH/HU ngày 10/01/2025 của Ban Thường vụ Huyện © ủy, Thường trực Đảng ủy thông báo như sau:`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.subject)).toBe('Ý kiến của Thường trực Đảng ủy về công tác tuyển quân');
    expect(f.references[0]).toMatchObject({ number: '21-KH/HU', issuer: 'Ban Thường vụ Huyện ủy' });
  });
  it('joins a number OCR split after số', () => {
    const refs = extractReferences(lines('Căn cứ Quyết định số 18 7/QĐ-UBND ngày 02/4/2025 của Ủy ban nhân dân tỉnh Yên Bái về giao chỉ tiêu;'), null);
    expect(refs.map((r) => r.number)).toEqual(['187/QĐ-UBND']);
  });
  it('drops a mark set far right of a title subject\'s last line (a scan\'s empty right column)', () => {
    const text = `UBND TỈNH ĐIỆN BIÊN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ   Độc lập - Tự do - Hạnh phúc
Số: 95/TTr-SNV   Điện Biên, ngày 07 tháng 5 năm 2025
TỜ TRÌNH
Về việc phân bổ biên chế công chức năm
2025                     I

Kính gửi: Ủy ban nhân dân tỉnh.`;
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toBe('Về việc phân bổ biên chế công chức năm 2025');
  });
});

describe('set-23 shapes', () => {
  it('takes a proposal\'s issuer from the head who proposed it (đề nghị của Giám đốc Sở … tại Tờ trình)', () => {
    const refs = extractReferences(lines(`Xét đề nghị của Hiệu trưởng Trường THPT Lê Lợi tại Tờ trình số 14/TTr-THPT ngày 03/3/2025;
Theo đề nghị của Trưởng ban Dân tộc tại Báo cáo số 52/BC-BDT ngày 10/3/2025.`), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['14/TTr-THPT', 'Trường THPT Lê Lợi'], ['52/BC-BDT', 'Ban Dân tộc']]);
  });
  it('expands CHQS and a field abbreviation whose Đ OCR read as P; a unit name wrapped into the date line; a speck after the parent\'s unit', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    const text = `BỘ CHQS TỈNH QUẢNG NAM BÈ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHQS HUYỆN QUẾ   Độc lập - Tự do - Hạnh phúc
SƠN Cơ Quế Sơn, ngày 08 tháng 01 năm 2025
Số: 15/KH-BCH
KẾ HOẠCH
Huấn luyện dân quân năm 2025`;
    const f = extractAll({ pages: [page(text)] }, { places }).fields;
    expect(v(f.issuer)).toBe('Ban Chỉ huy Quân sự huyện Quế Sơn');
    expect(v(f.issuerParent)).toBe('Bộ Chỉ huy Quân sự tỉnh Quảng Nam');
    const school = `PHÒNG GD&PT HUYỆN CẨM XUYÊN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIỂU HỌC CẨM THÍNH   Độc lập - Tự do - Hạnh phúc
Số: 12/BC-TH   Cẩm Thịnh, ngày 26 tháng 5 năm 2025
BÁO CÁO
Tổng kết năm học`;
    const g = extractAll({ pages: [page(school)] }, { places }).fields;
    expect(v(g.issuerParent)).toBe('Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên');
    expect(v(g.issuer)).toBe('Trường Tiểu học Cẩm Thịnh');
  });
  it('ends the inline addressee at its full stop, before specks', () => {
    const text = `TỈNH ỦY HÀ TĨNH   ĐẢNG CỘNG SẢN VIỆT NAM
Số 120-CV/TU   Hà Tĩnh, ngày 05 tháng 5 năm 2025
V/v góp ý dự thảo
Kính gửi: Các huyện ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy. SỞ | | oo
Thực hiện Hướng dẫn của Ban Bí thư.`;
    expect(extractAll({ pages: [page(text)] }).fields.recipients).toEqual(['Các huyện ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy']);
  });
});

describe('set-24 shapes', () => {
  it('reads a list item whose dash OCR read as tildes, and drops a run of o\'s ending a V/v subject', () => {
    const text = `UBND TỈNH BẮC GIANG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ   Độc lập - Tự do - Hạnh phúc
Số: 310/SYT-NVY   Bắc Giang, ngày 02 tháng 7 năm 2025
V/v phòng, chống bệnh tay chân miệng oo
Kính gửi:
~~ Các bệnh viện tuyến tỉnh;
- Trung tâm Y tế các huyện.
Thực hiện Công văn của Bộ Y tế.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(f.recipients).toEqual(['Các bệnh viện tuyến tỉnh', 'Trung tâm Y tế các huyện']);
    expect(v(f.subject)).toBe('phòng, chống bệnh tay chân miệng');
  });
  it('drops a full stop after a body\'s head word ending a line inside a citation', () => {
    const refs = extractReferences(lines('Căn cứ Kế hoạch số 41/KH-PGDĐT ngày 02/6/2025 của Phòng.\nGiáo dục và Đào tạo huyện Hưng Hà về tuyển sinh,'), null);
    expect(refs[0].issuer).toBe('Phòng Giáo dục và Đào tạo huyện Hưng Hà');
  });
});

describe('set-25 shapes', () => {
  it('keeps a body named out that is near a known phrase\'s letters (Ban điều hành is no Ban Chấp hành)', () => {
    const text = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG AN LẠC   Độc lập - Tự do - Hạnh phúc
Số: 210/UBND-VP   An Lạc, ngày 14 tháng 2 năm 2025
V/v vệ sinh môi trường
Kính gửi:
- Ban quản lý chợ An Lạc;
- Ban điều hành các khu phố.
Thực hiện Kế hoạch của quận.`;
    expect(extractAll({ pages: [page(text)] }).fields.recipients).toEqual(['Ban quản lý chợ An Lạc', 'Ban điều hành các khu phố']);
  });
  it('drops a lone consonant OCR read twice before the word it begins, in subjects and addressees', () => {
    const text = `UBND TỈNH YÊN BÁI   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TÀI CHÍNH   Độc lập - Tự do - Hạnh phúc
Số: 77/TTr-STC   Yên Bái, ngày 02 tháng 4 năm 2025
TỜ TRÌNH
Về việc quy d định mức chi hội nghị

Kính gửi: Ủy ban nhân dân các huyện, thành phố t trực thuộc tỉnh.
Căn cứ Luật Ngân sách nhà nước.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.subject)).toBe('Về việc quy định mức chi hội nghị');
    expect(f.recipients).toEqual(['Ủy ban nhân dân các huyện, thành phố trực thuộc tỉnh']);
  });
});

describe('set-26 shapes', () => {
  it('joins a unit name wrapped under a Party issuer line past a Title-case speck, and drops a two-letter caps speck', () => {
    const party = `ĐẢNG BỘ HUYỆN LỤC NAM   ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TÂN   Tân Lập, ngày 28 tháng 11 năm 2025
LẬP Cơ
*
Số 12-BC/ĐU
BÁO CÁO
kết quả công tác năm 2025`;
    expect(v(extractAll({ pages: [page(party)] }).fields.issuer)).toBe('Đảng ủy xã Tân Lập');
    const office = `UBND HUYỆN YÊN DŨNG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG HĐND VÀ
UBND CL   Độc lập - Tự do - Hạnh phúc
Số: 15/VP-TH   Yên Dũng, ngày 02 tháng 6 năm 2025
V/v chuẩn bị kỳ họp`;
    expect(v(extractAll({ pages: [page(office)] }).fields.issuer)).toBe('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân');
  });
  it('keeps a name with a dash in one column, joins the region a KHU VỰC body serves, and reads CHI CỤC TRƯỞNG', () => {
    const text = `CỤC THUẾ TỈNH BẮC NINH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC THUẾ KHU VỰC
THUẬN THÀNH -   GIA BÌNH   Độc lập - Tự do - Hạnh phúc
Số: 88/TB-CCT   Thuận Thành, ngày 16 tháng 1 năm 2025
THÔNG BÁO
Về việc nộp thuế

Nơi nhận:   CHI CỤC TRƯỞNG
- Lưu: VT.
Trần Văn Minh`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Chi cục Thuế khu vực Thuận Thành - Gia Bình');
    expect(v(f.issuerParent)).toBe('Cục Thuế tỉnh Bắc Ninh');
    expect(f.signer?.title).toBe('Chi cục trưởng');
  });
  it('spells a unit a Party committee names, and a name known only in another tier, by the gazetteer; a colon after a head word', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HOẰNG ĐẠT   Độc lập - Tự do - Hạnh phúc
Số: 41/BC-UBND   Hoằng Đạt, ngày 08 tháng 12 năm 2025
V/v báo cáo kết quả
Kính gửi: Ban Thường vụ Thảnh ủy Mỹ Thọ.
Thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2025 của Ủy ban nhân dân huyện Hoàng Hoa về chuyển đổi số và Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ:
Chính trị, Ủy ban nhân dân xã báo cáo.`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(f.recipients).toEqual(['Ban Thường vụ Thành ủy Mỹ Tho']);
    expect(f.references.map((r) => r.issuer)).toEqual(['Ủy ban nhân dân huyện Hoằng Hóa', 'Bộ Chính trị']);
  });
});

describe('set-27 shapes', () => {
  it('spells a province a name known only below that level ("tỉnh Lang Sơn" is Lạng Sơn); the school level by its letters', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    expect(places.respell('Lang Sơn', 'tỉnh', new Set())).toBe('Lạng Sơn');
    expect(places.respell('Quang Bình', 'tỉnh', new Set())).toBe('Quảng Bình');
    expect(nameCase('TRƯỜNG MẦM NÓN SAO MAI')).toBe('Trường Mầm non Sao Mai');
  });
  it('takes a cited issuer past a 1 speck before the date, and drops a dash between năm and its year', () => {
    const refs = extractReferences(lines('Thực hiện Hướng dẫn số 11/HD-CCB 1 ngày 20/02/2025 của Ban Thường vụ Hội Cựu chiến binh tỉnh, Hội xây dựng'), null);
    expect(refs[0].issuer).toBe('Ban Thường vụ Hội Cựu chiến binh tỉnh');
    const text = `UBND HUYỆN KIẾN XƯƠNG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG NỘI VỤ   Độc lập - Tự do - Hạnh phúc
Số: 16/BC-PNV   Kiến Xương, ngày 30 tháng 6 năm 2025
BÁO CÁO
Kết quả công tác 6 tháng đầu năm - 2025

Kính gửi: Sở Nội vụ.`;
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toBe('Kết quả công tác 6 tháng đầu năm 2025');
  });
});

describe('set-27 shapes, the parent', () => {
  it('takes the place\'s spelling for the parent\'s unit a letter away when only the place lies in a province the text names', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `UBND HUYỆN TÂN UYÊN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG NỘI VỤ   Độc lập - Tự do - Hạnh phúc
Số: 16/BC-PNV   Tân Yên, ngày 30 tháng 6 năm 2025
BÁO CÁO
Kết quả công tác cải cách hành chính

Kính gửi: Sở Nội vụ tỉnh Bắc Giang.`;
    expect(v(extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields.issuerParent)).toBe('Ủy ban nhân dân huyện Tân Yên');
  });
});

describe('set-28 shapes', () => {
  it('drops the motto\'s NAM after a short speck ending an issuer line', () => {
    const text = `UBND TỈNH BẮC GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
SỞ TƯ PHÁP Có NAM | IE
Số: 88/TB-STP Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 22 tháng 7 năm 2025
THÔNG BÁO
Kết quả tuyển dụng`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Sở Tư pháp');
    expect(v(f.issuerParent)).toBe('Ủy ban nhân dân tỉnh Bắc Giang');
  });
});

describe('set-28 shapes, the signer', () => {
  it('joins a small vowel OCR set apart from the end of a name word', () => {
    const s = extractSigner(lines('Nơi nhận:   KT. GIÁM ĐỐC\n- Như trên;   PHÓ GIÁM ĐỐC\n- Lưu: VT.\n\nY Ngọc Ni ê.'));
    expect(s?.name).toBe('Y Ngọc Niê');
  });
});

describe('set-29 shapes', () => {
  it('reads a date with a speck right after tháng', () => {
    expect(findDate('Hà Tĩnh, ngày 05 tháng. 3 năm 2025')?.iso).toBe('2025-03-05');
    expect(findDate('ngày. 11 tháng 9 năm 2024')?.iso).toBe('2024-09-11');
  });
  it('ends a parent line in VIỆT with its NAM when both columns\' NAMs share one line; a V/v run into its subject by a speck', () => {
    const text = `BẢO HIỂM XÃ HỘI VIỆT   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
NAM NAM
BẢO HIỂM XÃ HỘI TỈNH HÀ TĨNH   Độc lập - Tự do - Hạnh phúc
Số: 612/BHXH-TCKT   Hà Tĩnh, ngày 03 tháng 4 năm 2024
V/v'triển khai thu bảo hiểm y tế học sinh

Kính gửi: Các trường học trên địa bàn tỉnh.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuerParent)).toBe('Bảo hiểm xã hội Việt Nam');
    expect(v(f.subject)).toBe('triển khai thu bảo hiểm y tế học sinh');
  });
  it('rebuilds a mass organisation\'s damaged head word; a unit name one letter from exactly one unit of its level', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    expect(places.nearestAt('Thanh Hó', 'tỉnh', new Set())).toBe('Thanh Hóa');
    expect(places.nearestAt('Thanh Hóa', 'tỉnh', new Set())).toBeNull();
    const text = `HỘI NÔNG DÂN TỈNH BẮC NIN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HOQI NÔNG DÂN HUYỆN GIA BÌNH   Độc lập - Tự do - Hạnh phúc
Số: 41/BC-HND   Gia Bình, ngày 12 tháng 6 năm 2025
BÁO CÁO
Kết quả công tác Hội 6 tháng đầu năm 2025`;
    const f = extractAll({ pages: [page(text)] }, { places }).fields;
    expect(v(f.issuer)).toBe('Hội Nông dân huyện Gia Bình');
    expect(v(f.issuerParent)).toBe('Hội Nông dân tỉnh Bắc Ninh');
  });
});

describe('set-29 shapes, a department parent', () => {
  it('reads SỞ from a restored S-O word before a field, its province by letters, and cases a province after the field', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    expect(nameCase('SỞ Y TẾ HẢI DƯƠNG')).toBe('Sở Y tế Hải Dương');
    expect(nameCase('SỞ NỘI VỤ TỈNH QUẢNG TRỊ')).toBe('Sở Nội vụ tỉnh Quảng Trị');
    const text = `SƠ TƯ PHÁP QUANG NINH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM TRỢ GIÚP PHÁP LÝ   Độc lập - Tự do - Hạnh phúc
Số: 57/TB-TTTGPL   Hạ Long, ngày 02 tháng 10 năm 2025
THÔNG BÁO
Lịch trợ giúp pháp lý lưu động`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuerParent)).toBe('Sở Tư pháp Quảng Ninh');
  });
});

describe('set-29 shapes, addressees', () => {
  it('reads on past a speck full stop after an addressee\'s semicolon', () => {
    expect(extractRecipients(lines('Kính gửi:\n- Sở Tài chính;.\n- Kho bạc Nhà nước tỉnh.\n\nThực hiện Công văn số 12/UBND-KT'))).toEqual(['Sở Tài chính', 'Kho bạc Nhà nước tỉnh']);
  });
});

describe('set-30 shapes', () => {
  it('reads a Youth Union header: its name atop the issuer column is the parent, in the other column the motto', () => {
    const text = `ĐOÀN TNCS HỒ CHÍ MINH   Mê Linh, ngày 05 tháng 4 năm 2025
BCH ĐOÀN HUYỆN MÊ LINH
***
Số: 61-KH/ĐTN
ĐOÀN TNCS HỒ CHÍ MINH

KẾ HOẠCH
Tổ chức Ngày hội thanh niên công nhân`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Ban Chấp hành Đoàn huyện Mê Linh');
    expect(v(f.issuerParent)).toBe('Đoàn Thanh niên Cộng sản Hồ Chí Minh');
    expect(v(f.place)).toBe('Mê Linh');
    expect(nameCase('BAN THƯỜNG VỤ HUYỆN ĐOÀN')).toBe('Ban Thường vụ Huyện đoàn');
    expect(nameCase('ỦY BAN NHÂN DÂN XÃ ĐOÀN KẾT')).toBe('Ủy ban nhân dân xã Đoàn Kết');
    expect(normalizeNumber('15-KH/TDTN-PTTN')).toBe('15-KH/TĐTN-PTTN');
  });
  it('drops a lone 0 OCR made of Số\'s mark before a number, and reads an O among a code\'s digits as 0', () => {
    expect(normalizeNumber('0 38-TTr/ĐU')).toBe('38-TTr/ĐU');
    expect(normalizeNumber('05-TTr/ĐU')).toBe('05-TTr/ĐU');
    expect(normalizeNumber('1520/PCO8-TTr')).toBe('1520/PC08-TTr');
  });
  it('takes the one district a letter from an unknown name when the text names no province, but not past a name of another level', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    expect(places.nearestAt('Thq Xuân', 'huyện', new Set())).toBe('Thọ Xuân');
    expect(places.nearestAt('Đức Phổ', 'huyện', new Set())).toBeNull();
  });
});

describe('set-30 shapes, the title', () => {
  it('reads a type title with small specks at its ends, and the subject under it', () => {
    const text = `ĐẢNG BỘ HUYỆN YÊN ĐỊNH   ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ ĐỊNH TÂN   Định Tân, ngày 10 tháng 3 năm 2025
*
Số 21-BC/ĐU

| BÁO CÁO oo
kết quả thực hiện nhiệm vụ quý I năm 2025

Thực hiện Kế hoạch số 05-KH/ĐU ngày 02/01/2025 của Đảng ủy xã,`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.documentType)).toBe('Báo cáo');
    expect(v(f.subject)).toBe('kết quả thực hiện nhiệm vụ quý I năm 2025');
  });
});

describe('set-30 shapes, a V/v merged into the date line', () => {
  it('ends the subject at the place when a letter and a quote speck lead the place', () => {
    const text = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN LỆ THỦY   Độc lập - Tự do - Hạnh phúc
Số: 902/UBND-NN
V/v phòng chống rét cho đàn gia súc w.'Lệ Thủy, ngày 12 tháng 12 năm 2024
năm 2024

Kính gửi: Ủy ban nhân dân các xã, thị trấn.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.place)).toBe('Lệ Thủy');
    expect(v(f.subject)).toBe('phòng chống rét cho đàn gia súc năm 2024');
  });
});

describe('set-30 shapes, lunar years', () => {
  it('names lunar years by the sexagenary cycle and spells one a letter off after Tết, Nguyên đán or Xuân', () => {
    expect([2024, 2025, 2026].map(lunarYearName)).toEqual(['Giáp Thìn', 'Ất Tỵ', 'Bính Ngọ']);
    expect(spellLunarYear('Tổ chức các hoạt động mừng Xuân Giáp Thin', 2024)).toBe('Tổ chức các hoạt động mừng Xuân Giáp Thìn');
    expect(spellLunarYear('dịp Tết Nguyên đán Ất Tự', 2024)).toBe('dịp Tết Nguyên đán Ất Tỵ');
    // Not a name the cycle has nor a place after Xuân.
    expect(spellLunarYear('Đảng ủy xã Xuân Hòa năm 2025', 2025)).toBe('Đảng ủy xã Xuân Hòa năm 2025');
    expect(spellLunarYear('Tết Nguyên đán Ất Dậu', 2025)).toBe('Tết Nguyên đán Ất Dậu');
  });
});

describe('set-31 shapes', () => {
  it('puts back a Đ in the body code that makes the issuer\'s initials; a university named after a place spelled as the gazetteer does', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `BỘ GIÁO DỤC VÀ ĐÀO TẠO   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG ĐẠI HỌC HUẾ   Độc lập - Tự do - Hạnh phúc
Số: 512/TB-PHH   Thừa Thiên Huế, ngày 04 tháng 8 năm 2025
THÔNG BÁO
Lịch nhập học năm 2025

Căn cứ Quyết định số 512/TB-PHH của Trường,`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.number)).toBe('512/TB-ĐHH');
    expect(f.references as unknown[]).toEqual([]);
    // (The restorer's marks for the name: Huệ, a flower, not the city.)
    const g = extractAll({ pages: [page(text.replace('ĐẠI HỌC HUẾ', 'ĐẠI HỌC HUỆ'))] }, { places: loadDefaultPlaces() }).fields;
    expect(v(g.issuer)).toBe('Trường Đại học Huế');
  });
});

describe('subject beside its echo in the body', () => {
  it('reads a subject word as the body repeats the title, when the language model prefers that reading', async () => {
    const phraseScore = await modelScores();
    const text = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TIÊN YÊN   Độc lập - Tự do - Hạnh phúc
Số: 77/QĐ-UBND   Tiên Yên, ngày 03 tháng 6 năm 2025
QUYẾT ĐỊNH
Về việc ban hành Quy chế phối hợp SẼ lý chợ trên địa bàn huyện

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý chợ trên địa bàn huyện.`;
    const f = extractAll({ pages: [page(text)] }, { phraseScore }).fields;
    expect(v(f.subject)).toBe('Về việc ban hành Quy chế phối hợp quản lý chợ trên địa bàn huyện');
    // An echo the model reads worse is left alone (a damaged copy: 'phối hợp qyan lý').
    const g = extractAll({ pages: [page(text.replace('SẼ lý', 'quản lý').replace('hợp quản lý chợ trên địa bàn huyện.', 'hợp qyan lý chợ trên địa bàn huyện.'))] }, { phraseScore }).fields;
    expect(v(g.subject)).toBe('Về việc ban hành Quy chế phối hợp quản lý chợ trên địa bàn huyện');
    // Without the model, nothing is weighed and no word changed (its capitals are OCR's: a marked word of two letters).
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toContain('sẽ lý');
  });
  it('reads a subject word OCR destroyed as the body writes a word after the one before it', async () => {
    const phraseScore = await modelScores();
    const text = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TIÊN YÊN   Độc lập - Tự do - Hạnh phúc
Số: 78/BC-UBND   Tiên Yên, ngày 03 tháng 6 năm 2025
BÁO CÁO
Kết quả công tác thanh Es tiếp công dân quý II năm 2025

Ủy ban nhân dân huyện báo cáo kết quả công tác thanh tra, tiếp công dân như sau:`;
    // (The restorer made 'Es' a word two letters away; the raw line keeps what OCR read.)
    const restored = text.replace('thanh Es tiếp', 'thanh Sổ tiếp');
    const f = extractAll({ pages: [{ ...page(restored), rawText: text }] }, { phraseScore }).fields;
    expect(v(f.subject)).toBe('Kết quả công tác thanh tra tiếp công dân quý II năm 2025');
    // A word OCR read as letters some syllable could be is the restorer's to read, not the body's.
    const g = extractAll({ pages: [{ ...page(text.replace('thanh Es tiếp', 'thanh Sổ tiếp')), rawText: text.replace('thanh Es tiếp', 'thanh So tiếp') }] }, { phraseScore }).fields;
    expect(v(g.subject)).toBe('Kết quả công tác thanh Sổ tiếp công dân quý II năm 2025');
  });
});

describe('set-32 shapes', () => {
  it('joins a board\'s name wrapped over two header lines; Đ in quản lý lao động codes; a Party number\'s dash read twice', () => {
    const text = `UBND TỈNH THÁI NGUYÊN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ CÁC KHU
CÔNG NGHIỆP   Độc lập - Tự do - Hạnh phúc
Số: 915/BQL-QLLD   Thái Nguyên, ngày 02 tháng 6 năm 2025
V/v triển khai Nghị quyết số 57- -NQ/TW

Kính gửi: Các doanh nghiệp.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Ban Quản lý các khu công nghiệp');
    expect(v(f.issuerParent)).toBe('Ủy ban nhân dân tỉnh Thái Nguyên');
    expect(v(f.number)).toBe('915/BQL-QLLĐ');
    expect(v(f.subject)).toBe('triển khai Nghị quyết số 57-NQ/TW');
  });
  it('ends no subject in a joining word and keeps no full stop set apart in it', async () => {
    const { subjectText } = await import('../../src/extract/subject.js');
    expect(subjectText(['Tổng kết công tác dân vận năm 2025 của:'])).toBe('Tổng kết công tác dân vận năm 2025');
    expect(subjectText(['Lịch tiếp công dân . tháng 11 năm 2025'])).toBe('Lịch tiếp công dân tháng 11 năm 2025');
  });
});

describe('set-33 shapes', () => {
  it('drops a consonant OCR read twice at the end of the word before; reads a cited issuer past a full stop after the date and a dust mark after Bộ', () => {
    expect(subjectText(['Về việc c phê duyệt quyết toán'])).toBe('Về việc phê duyệt quyết toán');
    expect(normalizeNumber('3125/SGDPT-GDPT')).toBe('3125/SGDĐT-GDPT');
    const refs = extractReferences(lines('- Căn cứ Quy định số 22-QĐ/TW ngày 28/7/2021. của Ban Chấp hành Trung ương\n_về công tác kiểm tra;\nThực hiện Công văn số 15/BGDĐT-GDTX ngày 05/9/2025 của Bộ ˆ.\nGiáo dục và Đào tạo, Sở hướng dẫn'), null);
    expect(refs.map((r) => r.issuer)).toEqual(['Ban Chấp hành Trung ương', 'Bộ Giáo dục và Đào tạo']);
  });
  it('finds addressees after a garbled Kính and reads a full stop glued inside an item as a speck', () => {
    expect(extractRecipients(lines('rủi gửi: Ủy ban nhân dân tỉnh.\n\nCăn cứ'))).toEqual(['Ủy ban nhân dân tỉnh']);
    expect(extractRecipients(lines('Kính gửi:\n- Các. trường tiểu học;\n- Các trường trung học cơ sở.'))).toEqual(['Các trường tiểu học', 'Các trường trung học cơ sở']);
  });
});

describe('set-33 shapes, a numbered village unit', () => {
  it('keeps the number after a village unit word in the issuer', () => {
    const text = `ĐẢNG BỘ XÃ AN LẠC   ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN 5   An Lạc, ngày 12 tháng 6 năm 2025
*
Số 04-BC/CB
BÁO CÁO
kết quả sinh hoạt chi bộ quý II`;
    expect(v(extractAll({ pages: [page(text)] }).fields.issuer)).toBe('Chi bộ thôn 5');
  });
});

describe('set-34 shapes', () => {
  it('keeps a joining dash before specks at a header line\'s end; reads a place whose Đ OCR read as b from the parent\'s unit', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `UBND HUYỆN ĐẮK SONG ~~ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
TRUNG TÂM VĂN HÓA - | ~ NAM oo
THỂ THAO ~ Độc lập - Tự do - Hạnh phúc
Số: 12/BC-TTVHTT ‘bak Song, ngày 05 tháng 3 năm 2025
BÁO CÁO
Kết quả công tác năm 2024`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Trung tâm Văn hóa - Thể thao');
    expect(v(f.place)).toBe('Đắk Song');
  });
  it('reads a colon between a symbol\'s type and body as its dash; a speck inside a legal symbol; a dash glued after của', () => {
    expect(normalizeNumber('88/KH:UBND')).toBe('88/KH-UBND');
    const refs = extractReferences(lines('Căn cứ Nghị định số 115/2020/NĐ- .CP ngày 25/9/2020 của Chính phủ;\nCăn cứ Nghị quyết số 22-NQ/HU ngày 20/12/2024 của- Ban Chấp hành Đảng bộ huyện về nhiệm vụ'), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['115/2020/NĐ-CP', 'Chính phủ'], ['22-NQ/HU', 'Ban Chấp hành Đảng bộ huyện']]);
  });
});

describe('cited issuers: a full stop after a unit word at a line\'s end', () => {
  it('reads the unit\'s name on the next line with words, but not a new sentence', () => {
    const a = extractReferences(lines('Thực hiện Công văn số 812/SNV-CCVC ngày 05/9/2025 của Sở Nội vụ tỉnh.\n\nHà Tĩnh, Phòng Nội vụ đề nghị'), null);
    expect(a[0].issuer).toBe('Sở Nội vụ tỉnh Hà Tĩnh');
    const b = extractReferences(lines('Thực hiện Kế hoạch số 18/KH-UBND ngày 05/9/2025 của Ủy ban nhân dân tỉnh.\nBáo cáo kết quả như sau'), null);
    expect(b[0].issuer).toBe('Ủy ban nhân dân tỉnh');
  });
});

describe('a cited date after the document\'s own', () => {
  it('is kept as printed and warned about', () => {
    const text = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN AN THI   Độc lập - Tự do - Hạnh phúc
Số: 12/BC-UBND   An Thi, ngày 05 tháng 3 năm 2025
BÁO CÁO
Kết quả công tác tháng 2

Thực hiện Chương trình số 28-CTr/TU ngày 10/10/2027 của Tỉnh ủy, Ủy ban nhân dân huyện báo cáo:`;
    const r = extractAll({ pages: [page(text)] });
    expect((r.fields.references as Array<{ date: string | null }>)[0].date).toBe('2027-10-10');
    expect(r.warnings.some((w) => w.includes('after the document'))).toBe(true);
  });
});

describe('a signer\'s given name no list holds', () => {
  it('takes the clearly commonest listed name with its letters when OCR read it without marks, and keeps one read with marks', async () => {
    const { loadDefaultNames } = await import('../../src/restore/index.js');
    const names = loadDefaultNames();
    const signed = (name: string, raw: string) => extractSigner(['Nơi nhận:   CHỦ TỊCH', '- Lưu: VT.', '', name].map((t, i) => ({ page: 1, line: i + 1, text: t, raw: i === 3 ? raw : t })), names)?.name;
    expect(signed('Lê Văn Tuần', 'Le Van Tuan')).toBe('Lê Văn Tuấn');
    expect(signed('Lê Văn Tuần', 'Lê Văn Tuần')).toBe('Lê Văn Tuần');
  });
});

describe('set-35 shapes', () => {
  it('joins a unit line alone to the body line above it, a dash after a known unit being a speck; expands ĐBQH', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `ĐOÀN ĐBQH VÀ HĐND   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC GIANG  -
VĂN PHÒNG   Độc lập - Tự do - Hạnh phúc
Số: 77/VP-HC   Bắc Giang, ngày 02 tháng 4 năm 2025
V/v lịch tiếp xúc cử tri

Kính gửi: Các vị đại biểu.`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Văn phòng');
    expect(v(f.issuerParent)).toBe('Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Bắc Giang');
    // A dash after words that are no known unit still joins the next line ('PHÒNG VĂN HÓA -' / 'THÔNG TIN').
    const g = extractAll({ pages: [page(text.replace('ĐOÀN ĐBQH VÀ HĐND', 'UBND HUYỆN LỤC NAM').replace('TỈNH BẮC GIANG  -\nVĂN PHÒNG', 'PHÒNG VĂN HÓA -\nTHÔNG TIN'))] }, { places: loadDefaultPlaces() }).fields;
    expect(v(g.issuer)).toBe('Phòng Văn hóa - Thông tin');
  });
  it('drops capitals after the NAM a cut motto left on the issuer line, and reads the raw issuer against the symbol', () => {
    const raw = `UBND TỈNH NINH THUẬN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
SOY TE : NAM SE
Số: 905/SYT-NVY   Độc lập - Tự do - Hạnh phúc
V/v phòng, chống dịch sởi   Ninh Thuận, ngày 03 tháng 3 năm 2025`;
    const text = raw.replace('SOY TE :', 'SOY TEN :');
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }).fields;
    expect(v(f.issuer)).toBe('Sở Y tế');
  });
  it('takes a body that proposed a cited Tờ trình itself as its issuer, its board name read past a word OCR destroyed', async () => {
    const { canonicalIssuer } = await import('../../src/extract/issuer.js');
    const text = `${CONG_VAN}

Xét đề nghị của Ban Quản lý dự án Lm tư xây dựng huyện tại Tờ trình số 41/TTr-BQLDA ngày 02/7/2024.`;
    const refs = extractAll({ pages: [page(text)] }).fields.references as Array<{ number: string; issuer: string | null }>;
    expect(refs.find((r) => r.number === '41/TTr-BQLDA')?.issuer).toBe('Ban Quản lý dự án đầu tư xây dựng huyện');
    // Past real words it is another board.
    expect(canonicalIssuer('Ban Quản lý các khu công nghệ cao')).toBe('Ban Quản lý các khu công nghệ cao');
  });
  it('ends no subject in a lone small letter but an item\'s', async () => {
    const { subjectText } = await import('../../src/extract/subject.js');
    expect(subjectText(['tăng cường phòng, chống bệnh tay chân miệng a'])).toBe('tăng cường phòng, chống bệnh tay chân miệng');
    expect(subjectText(['hướng dẫn thực hiện điểm a'])).toBe('hướng dẫn thực hiện điểm a');
  });
});

describe('set-36 shapes', () => {
  it('reads a police department\'s name wrapped past the date line, and a cited name holding về', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `CÔNG AN TỈNH THANH HÓA   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG CẢNH SÁT QUẢN   Độc lập - Tự do - Hạnh phúc
LÝ HÀNH CHÍNH VỀ TRẬT TỰ   Thanh Hóa, ngày 02 tháng 6 năm 2025
XÃ HỘI
Số: 512/PC06-TH
V/v đăng ký cư trú

Kính gửi: Công an các xã, phường.

Thực hiện Công văn số 77/C06-P2 ngày 20/5/2025 của Cục Cảnh sát quản lý hành chính về trật tự xã hội, Phòng đề nghị:`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Phòng Cảnh sát quản lý hành chính về trật tự xã hội');
    expect(v(f.issuerParent)).toBe('Công an tỉnh Thanh Hóa');
    const refs = f.references as Array<{ number: string; issuer: string | null }>;
    expect(refs[0].issuer).toBe('Cục Cảnh sát quản lý hành chính về trật tự xã hội');
  });
  it('opens the addressees at a Kính with its gửi garbled, ending the V/v column there; drops a rank before the signer\'s name', () => {
    const text = `${CONG_VAN.split('\n').slice(0, 4).join('\n')}
Kính qi: Công an các xã, thị trấn.

Thực hiện chỉ đạo của Ủy ban nhân dân huyện.

Nơi nhận:
- Như trên;
- Lưu: VT.
TRƯỞNG PHÒNG
Thượng tá Lê Văn Bình`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.subject)).toBe('triển khai thực hiện');
    expect(f.recipients).toEqual(['Công an các xã, thị trấn']);
    expect((f.signer as { name: string }).name).toBe('Lê Văn Bình');
  });
  it('reads a committee\'s unit word from the raw line, small letters glued to a caps word as a speck, and a wrapped name across its lines', async () => {
    const { loadDefaultRestorer, loadDefaultPlaces } = await import('../../src/restore/index.js');
    const raw = `THI UY CUA LO   DANG CONG SAN VIET NAM
UY BAN KIEM TRA   Cua Lo, ngay 03 thang 3 nam 2025
*
So 12-TB/UBKTTU`;
    const text = raw.replace('THI UY CUA LO', 'THƯ ỦY CỬA LÒ').replace('UY BAN KIEM TRA   Cua Lo, ngay 03 thang 3 nam', 'ỦY BAN KIỂM TRA   Cửa Lò, ngày 03 tháng 3 năm').replace('DANG CONG SAN VIET NAM', 'ĐẢNG CỘNG SẢN VIỆT NAM').replace('So 12', 'Số 12');
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuerParent)).toBe('Thị ủy Cửa Lò');
    const g = extractAll({ pages: [page(CONG_VAN.replace('ỦY BAN NHÂN DÂN  CỘNG', 'ỦY BAN NHÂN DÂNwv. CỘNG'))] }).fields;
    expect(v(g.issuer)).toBe('Ủy ban nhân dân huyện Đức Thọ');
    const r = await loadDefaultRestorer();
    const wrapped = `UBND HUYEN YEN MY   CONG HOA XA HOI CHU NGHIA VIET NAM
TRUONG MAM NON HOA   Doc lap - Tu do - Hanh phuc
SEN
So: 58/KH-MNHS   Yen My, ngay 05 thang 9 nam 2025`;
    const profile = r.profileFor(wrapped);
    const restoreSpan = (span: string, _docRaw: string, context?: string) => r.restore(span, profile, context);
    const h = extractAll({ pages: [{ ...page(r.restore(wrapped, profile).replace('HOA', 'HÓA')), rawText: wrapped }] }, { restoreSpan }).fields;
    expect(v(h.issuer)).toBe('Trường Mầm non Hoa Sen');
  });
});

describe('set-37 shapes', () => {
  it('reads a region-numbered body wrapped in mixed case, its Roman numeral from the raw line', () => {
    const raw = `KHO BAC NHA NUOC   CONG HOA XA HOI CHU NGHIA VIET NAM
KHO BAC NHA NUOC KHU
~~ VuC XIl   Doc lap - Tu do - Hanh phuc
So: 88/KBNN12-TH   Can Tho, ngay 02 thang 6 nam 2025`;
    const text = `KHO BẠC NHÀ NƯỚC   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
KHO BẠC NHÀ NƯỚC KHU
~~ Vực xin   Độc lập - Tự do - Hạnh phúc
Số: 88/KBNN12-TH   Cần Thơ, ngày 02 tháng 6 năm 2025`;
    const f = extractAll({ pages: [{ ...page(text), rawText: raw.replace('XIl', 'XII') }] }).fields;
    expect(v(f.issuer)).toBe('Kho bạc Nhà nước khu vực XII');
    expect(v(f.issuerParent)).toBe('Kho bạc Nhà nước');
  });
  it('reads SỞ from S and a glyph before a field; a commune bearing a district\'s name; the place as the parent\'s unit a letter away', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const { spellDepartment } = await import('../../src/extract/header/index.js');
    expect(spellDepartment('SG NÔNG NGHIỆP VÀ MÔI TRƯỜNG')).toBe('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    expect(spellDepartment('SG KẾ HOẠCH NĂM 2025')).toBe('SG KẾ HOẠCH NĂM 2025');
    const text = `ỦY BAN NHÂN DÂN XÃ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
QUẾ SƠN
PHÒNG KINH TẾ   Độc lập - Tự do - Hạnh phúc
Số: 12/TTr-PKT   Quế Sớn, ngày 02 tháng 6 năm 2025`;
    const f = extractAll({ pages: [page(text.replace('QUẾ SƠN', 'QUẾ SỚN'))] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuerParent)).toBe('Ủy ban nhân dân xã Quế Sơn');
    expect(v(f.place)).toBe('Quế Sơn');
  });
  it('drops a quote speck inside the place; goes on with an addressee wrapped onto a line OCR opened with a glued dash', () => {
    const text = `${CONG_VAN.split('\n')[0]}
${CONG_VAN.split('\n')[1]}
Số: 1234/UBND-KT  Đức 'Thọ, ngày 09 tháng 7 năm 2024
V/v triển khai

Kính gửi: Các chủ đầu tư có dự án trên
-địa bàn huyện.

Thực hiện chỉ đạo của tỉnh.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.place)).toBe('Đức Thọ');
    expect(f.recipients).toEqual(['Các chủ đầu tư có dự án trên địa bàn huyện']);
  });
  it('takes a caps header line with a small speck at its end for a caps line ("SỞ NỘI VỤ oo")', () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HÀ NAM
SỞ NỘI VỤ oo   Độc lập - Tự do - Hạnh phúc
Số: 15/SNV-TCBC   Hà Nam, ngày 02 tháng 6 năm 2025`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Sở Nội vụ');
    expect(v(f.issuerParent)).toBe('Ủy ban nhân dân tỉnh Hà Nam');
  });
  it('reads a cited issuer on past a full stop and a blank line before a small letter', () => {
    const text = `${CONG_VAN}

Căn cứ Hướng dẫn số 05/HD-VKSTC ngày 10/01/2025 của Viện.

kiểm sát nhân dân tối cao về công tác năm 2025;`;
    const refs = extractAll({ pages: [page(text)] }).fields.references as Array<{ number: string; issuer: string | null }>;
    expect(refs.find((r) => r.number === '05/HD-VKSTC')?.issuer).toBe('Viện kiểm sát nhân dân tối cao');
  });
});

describe('set-38 shapes', () => {
  it('reads a date with a dash after ngày, a forest board wrapped over lines, QUÂN SỰ as no district', async () => {
    const { findDate } = await import('../../src/extract/dates.js');
    expect(findDate('Lạng Sơn, ngay-12 tháng 3 năm 2025')?.iso).toBe('2025-03-12');
    const text = `SỞ NN&MT TỈNH LẠNG SƠN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ RỪNG   Độc lập - Tự do - Hạnh phúc
PHÒNG HỘ MẪU SƠN   Lạng Sơn, ngay-12 tháng 3 năm 2025
Số: 20/BQLR-KT`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toMatch(/^Ban Quản lý rừng phòng hộ /u);
    expect(v(f.issuerParent)).toBe('Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn');
    expect(v(f.date)).toBe('2025-03-12');
    const party = `ĐẢNG BỘ HUYỆN YÊN MÔ   ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY QUÂN SỰ   Yên Mô, ngày 28 tháng 11 năm 2025
*
Số 12-BC/ĐU

Thực hiện Hướng dẫn số 35-HD/ĐUQSTW ngày 15/10/2025 của bảng ủy Quân sự Trung ương về tổng kết,`;
    const g = extractAll({ pages: [page(party)] }).fields;
    expect(v(g.issuer)).toBe('Đảng ủy Quân sự');
    expect((g.references as Array<{ issuer: string }>)[0].issuer).toBe('Đảng ủy Quân sự Trung ương');
  });
  it('keeps a region\'s Roman numeral and a school\'s letter; spells the unit from the place when the raw line holds its letters', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const bhxh = `BẢO HIỂM XÃ HỘI VIỆT NAM   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BẢO HIỂM XÃ HỘI KHU   Độc lập - Tự do - Hạnh phúc
VỤC XV   Nghệ An, ngày 17 tháng 11 năm 2025
Số: 12/BHXH-QLT`;
    expect(v(extractAll({ pages: [page(bhxh)] }).fields.issuer)).toBe('Bảo hiểm xã hội khu vực XV');
    const school = `SỞ GD&ĐT THANH HÓA   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
TRƯỜNG THPT HOẰNG   NAM
HÓA B   Độc lập - Tự do - Hạnh phúc
Số: 45/QĐ-THPTHHB   Hoằng Hóa, ngày 08 tháng 10 năm 2025`;
    expect(v(extractAll({ pages: [page(school)] }).fields.issuer)).toBe('Trường THPT Hoằng Hóa B');
    const raw = `UY BAN NHAN DAN   CONG HOA XA HOI CHU NGHIA VIET NAM
HUYEN THANHOAI
So: 215/GM-UBND   Doc lap - Tu do - Hanh phuc
Thanh Oai, ngay 12 thang 12 nam 2025`;
    const text = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN THỦ HOẠI
Số: 215/GM-UBND   Độc lập - Tự do - Hạnh phúc
Thanh Oai, ngày 12 tháng 12 năm 2025`;
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Ủy ban nhân dân huyện Thanh Oai');
    expect(v(f.place)).toBe('Thanh Oai');
  });
});

describe('set-39 shapes', () => {
  it('reads a date whose ngày OCR garbled after the place\'s comma, and a judge\'s signature', async () => {
    const { findDate } = await import('../../src/extract/dates.js');
    expect(findDate('Quảng Trị, Ee 19 tháng 6 năm 2025')?.iso).toBe('2025-06-19');
    expect(findDate('Điều 5 tháng 6 năm 2025')).toBeNull();
    const text = `${CONG_VAN}

Nơi nhận:
- Như trên;
- Lưu: hồ sơ.
THẨM PHÁN
Lê Thị Hoa`;
    const s = extractAll({ pages: [page(text)] }).fields.signer as { name: string; title: string };
    expect(s.title).toBe('Thẩm phán');
    expect(s.name).toBe('Lê Thị Hoa');
  });
  it('spells known phrases whose words OCR gave other marks or a Đ read as B; joins a school name after its level', () => {
    const power = `TỔNG CÔNG TY BIÊN LỤC   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
MIỀN TRUNG
CÔNG TY BIÊN LỤC QUẢNG NGÃI   Độc lập - Tự do - Hạnh phúc
Số: 12/PCQNG-KD   Quảng Ngãi, ngày 02 tháng 6 năm 2025`;
    const f = extractAll({ pages: [page(power)] }).fields;
    expect(v(f.issuer)).toBe('Công ty Điện lực Quảng Ngãi');
    expect(v(f.issuerParent)).toBe('Tổng công ty Điện lực miền Trung');
    const youth = `ĐOÀN TNCS HỒ CHÍ MINH   Yên Dũng, ngày 10 tháng 3 năm 2025
BCH ĐOÀN TRƯỞNG THPT
YÊN DŨNG SO 2
*
Số: 18-KH/ĐTN`;
    expect(v(extractAll({ pages: [page(youth)] }).fields.issuer)).toBe('Ban Chấp hành Đoàn trường THPT Yên Dũng số 2');
    // A place's name is no garbled phrase: VÂN PHONG stays.
    const zone = `UBND TỈNH KHÁNH HÒA   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG   Độc lập - Tự do - Hạnh phúc
Số: 12/BQL-VP   Khánh Hòa, ngày 02 tháng 6 năm 2025`;
    expect(v(extractAll({ pages: [page(zone)] }).fields.issuer)).toBe('Ban Quản lý Khu kinh tế Vân Phong');
  });
  it('splits a three-letter caps word, the end of a wrapped name, from the place-date line', () => {
    const text = `TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG TY ĐIỆN LỰC HƯNG   Độc lập - Tự do - Hạnh phúc
YÊN Hưng Yên, ngày 22 tháng 7 năm 2025
Số: 2356/PCHY-KD`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Công ty Điện lực Hưng Yên');
    expect(v(f.place)).toBe('Hưng Yên');
  });
});

describe('set-40 shapes', () => {
  it('reads a V/v whose slash OCR read as J, and the 2025 tax office heads\' titles', () => {
    const text = `CỤC THUẾ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THUẾ TỈNH HÀ TĨNH   Độc lập - Tự do - Hạnh phúc
Số: 12/HTI-QLKK
:VJv hướng dẫn kê khai thuế   Hà Tĩnh, ngày 08 tháng 12 năm 2025

Kính gửi: Các doanh nghiệp.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. TRƯỞNG THUẾ TỈNH
PHÓ TRƯỞNG THUẾ TỈNH
Lê Văn Hòa`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.subject)).toBe('hướng dẫn kê khai thuế');
    expect((f.signer as { title: string }).title).toBe('Phó Trưởng Thuế tỉnh');
  });
});

describe('set-41 shapes', () => {
  it('reads a signer\'s name OCR merged onto the last Nơi nhận item, again alone', async () => {
    const { mergedNameTail, names, surname } = await mergedNameTools();
    expect(mergedNameTail('- Lưu: VT, TH. oo Tran Van Binh', surname)).toBe('Tran Van Binh');
    expect(mergedNameTail('- Lưu: VT. Nguyễn Thị Lan', surname)).toBe('Nguyễn Thị Lan');
    // An item naming a place or a body is no name ('Hà Tĩnh' after a word; 'Báo' no surname).
    expect(mergedNameTail('- UBND tỉnh Hà Tĩnh;', surname)).toBeNull();
    expect(mergedNameTail('- Báo Hà Tĩnh', surname)).toBeNull();
    // A line that is no item is none; the Lưu item is one without its dash, which OCR may lose ('~~ Lưu: VT.').
    expect(mergedNameTail('Căn cứ: VT. oo Tran Van Binh', surname)).toBeNull();
    expect(mergedNameTail('~~ Lưu: VT. oo Tran Van Binh', surname)).toBe('Tran Van Binh');
    const text = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ KỲ ANH   Độc lập - Tự do - Hạnh phúc
Số: 15/TB-UBND   Kỳ Anh, ngày 03 tháng 6 năm 2025
THÔNG BÁO
Lịch tiếp công dân tháng 6 năm 2025

Nơi nhận: | CHỦ TỊCH
- Như trên;
- Lưu: VT. o Tran Văn Binh`;
    const raw = text.replace('Tran Văn Binh', 'Tran Van Binh');
    const read: string[] = [];
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }, {
      names, restoreSpan: (span) => { read.push(span); return span === 'Tran Van Binh' ? 'Trần Văn Bình' : span; },
    }).fields;
    expect(read).toContain('Tran Van Binh');
    expect((f.signer as { name: string }).name).toBe('Trần Văn Bình');
  });
  it('reads a number OCR broke after its dash, one with a full stop for a dash, and a course number set apart', () => {
    expect(splitColumns('Số: 215/KH- UBND Cẩm Xuyên, ngày 3 tháng 4 năm 2025')[0]).toBe('Số: 215/KH- UBND');
    expect(normalizeNumber('418/STC.QLNS')).toBe('418/STC-QLNS');
    const refs = extractReferences(lines('Căn cứ Luật Đất đai số 31/2024/QH 15 ngày 18 tháng 01 năm 2024;'), null);
    expect(refs.map((r) => r.number)).toEqual(['31/2024/QH15']);
  });
  it('joins a type code whose fragment the restorer made a word, and reads an issuer past specks after ngày', () => {
    const refs = extractReferences(lines(`Xét Tờ trình số 88/T Trở- UBND ngày 15 tháng 6 năm 2025 của Ủy ban nhân dân huyện;
Căn cứ Kết luận số 121- KL/TW 1 ngày ; 24/01/2025 của Ban Chấp hành Trung ương về tiếp tục thực hiện;`), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['88/TTr-UBND', 'Ủy ban nhân dân huyện'], ['121-KL/TW', 'Ban Chấp hành Trung ương']]);
  });
  it('gives a cited symbol of the document\'s own body the Đ its own number has', () => {
    const refs = extractReferences(lines('Căn cứ Quyết định số 88/QĐ-PHV ngày 02/9/2025 của Hiệu trưởng về kế hoạch năm học;'), '305/TB-ĐHV');
    expect(refs.map((r) => r.number)).toEqual(['88/QĐ-ĐHV']);
    // Another body's code is left as read.
    expect(extractReferences(lines('Căn cứ Quyết định số 88/QĐ-PHN ngày 02/9/2025;'), '305/TB-ĐHV').map((r) => r.number)).toEqual(['88/QĐ-PHN']);
  });
  it('drops a quote mark OCR glued to an issuer line\'s last caps word', () => {
    const text = `ĐẠI HỌC HUẾ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG ĐẠI HỌC SƯ’   Độc lập - Tự do - Hạnh phúc
PHẠM
Số: 77/TB-ĐHSP   Huế, ngày 03 tháng 6 năm 2025
THÔNG BÁO
Tuyển sinh năm 2025`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Trường Đại học Sư phạm');
    // A university or college is named for its field with one capital, a place or person in Title case.
    expect(v(f.issuerParent)).toBe('Đại học Huế');
    expect(nameCase('TRƯỜNG CAO ĐẲNG Y TẾ')).toBe('Trường Cao đẳng Y tế');
    expect(nameCase('TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI')).toBe('Trường Đại học Sư phạm Hà Nội');
    expect(nameCase('TRƯỜNG ĐẠI HỌC HỒNG ĐỨC')).toBe('Trường Đại học Hồng Đức');
  });
  it('reads a title subject\'s first word OCR destroyed as the body writes it before the next two words', async () => {
    const phraseScore = await modelScores();
    const text = `HỘI ĐỒNG NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NGHỆ AN   Độc lập - Tự do - Hạnh phúc
Số: 12/2025/NQ-HĐND   Nghệ An, ngày 03 tháng 6 năm 2025
NGHỊ QUYẾT
Gr định mức hỗ trợ học sinh bán trú trên địa bàn tỉnh

Điều 1. Nghị quyết này quy định mức hỗ trợ học sinh bán trú.`;
    expect(v(extractAll({ pages: [page(text)] }, { phraseScore }).fields.subject)).toBe('Quy định mức hỗ trợ học sinh bán trú trên địa bàn tỉnh');
    // Without the body's words after it, nothing is guessed.
    expect(v(extractAll({ pages: [page(text.replace('quy định mức hỗ trợ', 'hỗ trợ'))] }, { phraseScore }).fields.subject)).toContain('Gr định');
  });
  it('drops a single guillemet set apart in a subject', () => {
    expect(subjectText(['kết luận của Ban Thường vụ Đảng ủy › xã tại hội nghị'])).toBe('kết luận của Ban Thường vụ Đảng ủy xã tại hội nghị');
  });
});

describe('letter case of titles and bodies', () => {
  it('writes a deputy\'s title with the head\'s capital, and a general hospital\'s Đa khoa', () => {
    const text = `Nơi nhận:
- Như trên;
- Lưu: VT.
KT. HIỆU TRƯỞNG
PHÓ HIỆU TRƯỞNG
Nguyễn Văn An`;
    expect(extractSigner(lines(text))?.title).toBe('Phó Hiệu trưởng');
    expect(extractSigner(lines(text.replace('KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG', 'KT. TRƯỞNG PHÒNG')))?.title).toBe('Phó Trưởng phòng');
    expect(nameCase('BỆNH VIỆN ĐA KHOA TỈNH')).toBe('Bệnh viện Đa khoa tỉnh');
  });
  it('takes a Central Highlands name opened by one capital and an apostrophe for a signer\'s name', () => {
    const text = `T/M BAN THƯỜNG VỤ
BÍ THƯ

K' Brèo`;
    expect(extractSigner(lines(text))?.name).toBe("K' Brèo");
  });
});

describe('letter case of a subject', () => {
  it('opens an administrative title subject with a capital, not a Party one or a V/v', () => {
    const head = (title: string, num: string, sub: string) => `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ KỲ TÂN   Độc lập - Tự do - Hạnh phúc
Số: ${num}   Kỳ Tân, ngày 03 tháng 6 năm 2025
${title}
${sub}

Căn cứ Luật Tổ chức chính quyền địa phương;`;
    expect(v(extractAll({ pages: [page(head('QUYẾT ĐỊNH', '12/QĐ-UBND', 'về việc phân công nhiệm vụ năm 2025'))] }).fields.subject))
      .toBe('Về việc phân công nhiệm vụ năm 2025');
    expect(v(extractAll({ pages: [page(head('QUYẾT ĐỊNH', '12-QĐ/ĐU', 'về việc phân công nhiệm vụ năm 2025'))] }).fields.subject))
      .toBe('về việc phân công nhiệm vụ năm 2025');
    expect(subjectText(['kết luận của Ban Thường vụ Thị Ủy về công tác cán bộ'])).toBe('kết luận của Ban Thường vụ Thị ủy về công tác cán bộ');
  });
});

describe('set-42 shapes', () => {
  it('joins a disaster board\'s name wrapped over three lines, the last beside the date', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `UBND TỈNH HÀ TĨNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ HUY PHÒNG,   Độc lập - Tự do - Hạnh phúc
CHỐNG THIÊN TAI VÀ TÌM
KIẾM CỨU NẠN Hà Tĩnh, ngày 05 tháng 10 năm 2025
Số: 08/CP-BCH
CÔNG ĐIỆN
Về việc ứng phó với áp thấp nhiệt đới

BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TỈNH điện:
- Ủy ban nhân dân các huyện, thị xã, thành phố;
- Các sở, ngành liên quan.

Thực hiện Công điện số 15/CĐ-TTg ngày 04/10/2025 của Thủ tướng Chính phủ về việc khẩn trương ứng phó với áp thấp nhiệt đới, đề nghị các địa phương triển khai.`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn');
    expect(v(f.issuerParent)).toBe('Ủy ban nhân dân tỉnh Hà Tĩnh');
    // The title's type code, its Đ read as P ('CP' is a body's code, so no other repair saw it).
    expect(v(f.number)).toBe('08/CĐ-BCH');
    // A Công điện's addressees follow its 'điện:'.
    expect(f.recipients).toEqual(['Ủy ban nhân dân các huyện, thị xã, thành phố', 'Các sở, ngành liên quan']);
    // Under another title the code is left as read.
    expect(v(extractAll({ pages: [page(text.replace('CÔNG ĐIỆN', 'KẾ HOẠCH'))] }).fields.number)).toBe('08/CP-BCH');
  });
  it('reads an issuer past a guillemet speck after a cited symbol, and writes a term of office with spaces', () => {
    const refs = extractReferences(lines('Thực hiện Chỉ thị số 35- CT/TW » ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp;'), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['35-CT/TW', 'Bộ Chính trị']]);
    expect(subjectText(['tổ chức đại hội chi bộ nhiệm kỳ 2025 -2027'])).toBe('tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027');
    expect(subjectText(['tổng kết năm học 2024- 2025'])).toBe('tổng kết năm học 2024-2025');
  });
  it('takes no echo of a subject from a cited document\'s title but for a word that is no syllable', async () => {
    const phraseScore = await modelScores();
    const doc = (subject: string) => `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ KỲ TÂN   Độc lập - Tự do - Hạnh phúc
Số: 12/CĐ-UBND   Kỳ Tân, ngày 03 tháng 10 năm 2025
CÔNG ĐIỆN
${subject}

Thực hiện Công điện số 09/CĐ-UBND ngày 02/10/2025 của Ủy ban nhân dân tỉnh về việc tập trung ứng phó với bão số 10, Ủy ban nhân dân xã đề nghị các thôn triển khai.`;
    expect(v(extractAll({ pages: [page(doc('Về việc chủ động ứng phó với bão số 10'))] }, { phraseScore }).fields.subject))
      .toBe('Về việc chủ động ứng phó với bão số 10');
    expect(v(extractAll({ pages: [page(doc('Về việc tập trung ứng lel với bão số 10'))] }, { phraseScore }).fields.subject))
      .toBe('Về việc tập trung ứng phó với bão số 10');
  });
  it('drops a two-letter Title-case speck ending a subject, not a village\'s name', () => {
    const doc = (subject: string) => `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ KỲ TÂN   Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND   Kỳ Tân, ngày 03 tháng 6 năm 2025
KẾ HOẠCH
${subject}

Căn cứ Luật Tổ chức chính quyền địa phương;`;
    expect(v(extractAll({ pages: [page(doc('Tổ chức hội nghị sơ kết công tác dân vận Co'))] }).fields.subject)).toBe('Tổ chức hội nghị sơ kết công tác dân vận');
    expect(v(extractAll({ pages: [page(doc('Sửa chữa đường giao thông thôn Đá'))] }).fields.subject)).toBe('Sửa chữa đường giao thông thôn Đá');
  });
});

describe('set-43 shapes', () => {
  it('keeps the dash of a department\'s name before XÃ HỘI, and takes a Red Cross chapter\'s initials for its code', () => {
    const text = `TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI CHỮ THẬP ĐỎ TỈNH HÀ TĨNH   Độc lập - Tự do - Hạnh phúc
Số: 12/KH-CTD   Hà Tĩnh, ngày 03 tháng 4 năm 2026
KẾ HOẠCH
Tổ chức Tháng Nhân đạo năm 2026`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.number)).toBe('12/KH-CTĐ');
    expect(v(f.issuerParent)).toBe('Trung ương Hội Chữ thập đỏ Việt Nam');
    const g = extractAll({ pages: [page(`ỦY BAN NHÂN DÂN XÃ KỲ TÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG VĂN HÓA - XÃ HỘI   Độc lập - Tự do - Hạnh phúc
Số: 18/TTr-VHXH   Kỳ Tân, ngày 02 tháng 12 năm 2025
TỜ TRÌNH
Về việc đề nghị phê duyệt danh sách hộ nghèo`)] }).fields;
    expect(v(g.issuer)).toBe('Phòng Văn hóa - Xã hội');
  });
  it('drops the motto\'s NAM the restorer read NĂM after a number, and reads no PHÓ from a small word before a title', () => {
    const text = `BỘ TƯ PHÁP   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
Số: 77/QĐ-BTP NĂM
Hà Nội, ngày 03 tháng 6 năm 2025
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch công tác năm 2025`;
    expect(v(extractAll({ pages: [page(text)] }).fields.number)).toBe('77/QĐ-BTP');
    const foot = `Nơi nhận:             TM. ỦY BAN NHÂN DÂN
- Văn phòng Chính phủ;                    CHỦ TỊCH
- Lưu: VT.

Lê Văn An`;
    expect(extractSigner(lines(foot))?.title).toBe('Chủ tịch');
  });
});

describe('set-43 shapes, a school Party cell', () => {
  it('reads a school Party cell under a garbled ĐẢNG BỘ, not a minister (bộ trưởng) in it', () => {
    const text = `PAN BQ XÃ KỲ TÂN   ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỞNG TRUNG HỌC CƠ SỞ KỲ TÂN
*
Số 07-NQ/CB   Kỳ Tân, ngày 10 tháng 9 năm 2025
NGHỊ QUYẾT
về nhiệm vụ năm học 2025 - 2026`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Chi bộ Trường Trung học cơ sở Kỳ Tân');
    expect(v(f.issuerParent)).toBe('Đảng bộ xã Kỳ Tân');
    // A line that is a body of its own is read as it stands (BAN is no misread ĐẢNG).
    expect(nameCase('BAN TUYÊN GIÁO')).toBe('Ban Tuyên giáo');
    expect(v(extractAll({ pages: [page(text.replace('PAN BQ XÃ KỲ TÂN', 'BAN TUYÊN GIÁO'))] }).fields.issuerParent)).toBe('Ban Tuyên giáo');
  });
});

describe('set-44 shapes, a school named after its commune', () => {
  // As English-model OCR printed the header (raw) and as the restorer read it (text): the school's
  // name wrapped past the place-date line, which OCR merged into it; the restorer made ĐỘC of DUC.
  const raw = `PHONG GIAO DUC VA DAO TAO  CONG HOA XA HOI CHU NGHIA VIET NAM
HUYEN MO DUC  Doc lap - Tu do - Hanh phuc
TRUONG TIEU HOC DUC bic Thang, ngay 05 thang 3 nam 2025
THANG
So: 15/KH-THDPT
KE HOACH
To chuc ngay hoi doc sach nam 2025`;
  const text = `PHÒNG GIÁO DỤC VÀ ĐÀO TẠO  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN MỘ ĐỨC  Độc lập - Tự do - Hạnh phúc
TRƯỜNG TIỂU HỌC ĐỘC Bắc Thắng, ngày 05 tháng 3 năm 2025
THẮNG
Số: 15/KH-THDPT
KẾ HOẠCH
Tổ chức ngày hội đọc sách năm 2025`;

  it('joins the name\'s end past the date line, spells it as printed in the district\'s province, and takes the place from it', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Trường Tiểu học Đức Thắng');
    expect(v(f.issuerParent)).toBe('Phòng Giáo dục và Đào tạo huyện Mộ Đức');
    expect(v(f.place)).toBe('Đức Thắng');
    // The initials' Đ OCR read as two letters, and the header's own number is no citation as printed.
    expect(v(f.number)).toBe('15/KH-THĐT');
    expect(f.references).toEqual([]);
  });
});

describe('distribution beside the signature column', () => {
  it('drops the signature column\'s caps words OCR ran into a Nơi nhận item after its semicolon', () => {
    const text = `Nơi nhận:
- Sở Tài chính (b/c); | KT. GIÁM ĐỐC
- Các phòng chuyên môn; ~~ PHÓ GIÁM ĐỐC
- Lưu: VT, KHTC.

Nguyễn Văn Bình`;
    expect(extractAll({ pages: [page(text)] }).fields.distribution).toEqual(['Sở Tài chính', 'Các phòng chuyên môn', 'Lưu: VT, KHTC']);
  });
});

describe('set-45 shapes', () => {
  it('reads a military command (QUÂN SỰ is no QUẬN) and a department name wrapped past the date line', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    const army = `BỘ CHỈ HUY QUÂN SỰ  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ TĨNH
BAN CHỈ HUY QUÂN SỰ  Độc lập - Tự do - Hạnh phúc
HUYỆN HƯƠNG SƠN  Hương Sơn, ngày 02 tháng 4 năm 2024
Số: 77/KH-BCH
KẾ HOẠCH
Huấn luyện dân quân năm 2024`;
    const a = extractAll({ pages: [page(army)] }, { places }).fields;
    expect(v(a.issuer)).toBe('Ban Chỉ huy Quân sự huyện Hương Sơn');
    expect(v(a.issuerParent)).toBe('Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh');
    const dept = `ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG TRỊ
SỞ LAO ĐỘNG - THƯƠNG  Độc lập - Tự do - Hạnh phúc
BINH  Quảng Trị, ngày 03 tháng 5 năm 2024
VÀ XÃ HỘI ..
Số: 412/SLĐTBXH-VP
V/v báo cáo số liệu người có công`;
    expect(v(extractAll({ pages: [page(dept)] }, { places }).fields.issuer)).toBe('Sở Lao động - Thương binh và Xã hội');
    const phong = `ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN CƯ M'GAR  Độc lập - Tự do - Hạnh phúc
PHÒNG NÔNG NGHIỆP VÀ PTNT
Số: 15/TTr-NN  Cư M'gar, ngày 03 tháng 5 năm 2024
TỜ TRÌNH
Về việc hỗ trợ giống cây trồng`;
    expect(v(extractAll({ pages: [page(phong)] }, { places }).fields.issuer)).toBe('Phòng Nông nghiệp và Phát triển nông thôn');
  });

  it('takes an urgency mark OCR ran into a V/v subject line out of the subject', () => {
    const text = `ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN AN LÃO  Độc lập - Tự do - Hạnh phúc
Số: 310/UBND-YT
V/v tăng cường phòng, chống dịch  An Lão, ngày 05 tháng 6 năm 2024
sốt xuất huyết trên địa bàn HỎA TỐC
Kính gửi: Ủy ban nhân dân các xã, thị trấn.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.subject)).toBe('tăng cường phòng, chống dịch sốt xuất huyết trên địa bàn');
    expect(v(f.urgency)).toBe('Hỏa tốc');
  });
});

describe('set-46 shapes', () => {
  it('goes on reading the issuer column under a place-date line OCR merged into its first line', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    // (A mass organisation's header: its motto stands lower, so the date sits beside the first line.)
    const text = `HỘI CỰU CHIẾN BINH TỈNH NAM    Phủ Lý, ngày 12 tháng 3 năm 2025
ĐỊNH
BCH HỘI CỰU CHIẾN BINH
THÀNH PHỐ PHỦ LÝ
Số: 21-TB/CCB
HỘI CỰU CHIẾN BINH VIỆT NAM

THÔNG BÁO
Kết quả kiểm tra công tác Hội quý I năm 2025`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Ban Chấp hành Hội Cựu chiến binh thành phố Phủ Lý');
    expect(v(f.issuerParent)).toBe('Hội Cựu chiến binh tỉnh Nam Định');
  });

  it('reads a cited issuer past a dash glued to ngày and a full stop glued inside its name', () => {
    const refs = extractReferences(lines(`thực hiện Chỉ thị số 45-CT/TW-ngay 14/4/2025 của Ban Bí thư và
Kế hoạch số 97/KH-UBND ngày 03/3/2025 của Ủy. ban nhân dân tỉnh về cải cách hành chính;`), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['45-CT/TW', 'Ban Bí thư'], ['97/KH-UBND', 'Ủy ban nhân dân tỉnh']]);
  });

  it('spells a cited body\'s place as the document names itself when OCR read its Đ as B', () => {
    const text = `ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ ĐÔNG ĐÀI  Độc lập - Tự do - Hạnh phúc
Số: 55/QĐ-UBND  Đông Đài, ngày 04 tháng 8 năm 2025
QUYẾT ĐỊNH
Về việc kiện toàn Ban Chỉ đạo
Căn cứ Kế hoạch số 41/KH-UBND ngày 20/7/2025 của Ủy ban nhân dân xã Bông Bài về chuyển đổi số;`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect((f.references as Array<{ issuer: string }>)[0].issuer).toBe('Ủy ban nhân dân xã Đông Đài');
  });

  it('takes a signer\'s name line a speck leads', () => {
    const s = extractSigner(lines(`Nơi nhận:   GIÁM ĐỐC
- Như trên;
- Lưu: VT.
o Trần Minh Quân`));
    expect(s?.name).toBe('Trần Minh Quân');
    expect(s?.title).toBe('Giám đốc');
  });

  it('drops specks inside a V/v subject and a recipient: o\'s ending a line, an angle bracket, a lone quote', () => {
    const text = `ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN GIANG  Độc lập - Tự do - Hạnh phúc
Số: 88/UBND-KT
V/v hỗ trợ nông dân khắc phục  An Giang, ngày 05 tháng 6 năm 2024
thiệt hại do hạn hán oo
trên địa bàn tỉnh
Kính gửi:
- Sở Nông nghiệp và Môi trường;
- Ủy ban nhân dân 'các > huyện, thị xã, thành phố.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.subject)).toBe('hỗ trợ nông dân khắc phục thiệt hại do hạn hán trên địa bàn tỉnh');
    expect(f.recipients).toEqual(['Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân các huyện, thị xã, thành phố']);
  });
});

describe('set-46 shapes, second pass', () => {
  it('reads a Party symbol whose second body code OCR set apart after its dash, but no Title-case word there', () => {
    const refs = extractReferences(lines(`Thực hiện Kế hoạch số 87-KH/TĐTN- TNNT ngày 02/4/2025 của Ban Thường vụ Tỉnh đoàn về
công tác Đội; Chỉ thị số 12-CT/TU- Đồng chí Bí thư chỉ đạo`), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['87-KH/TĐTN-TNNT', 'Ban Thường vụ Tỉnh đoàn'], ['12-CT/TU', null]]);
  });

  it('keeps the head word of a department whose field holds a dash', () => {
    expect(canonicalIssuer('Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước')).toBe('Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước');
    expect(canonicalIssuer('Phòng Lao động - Thương binh và Xã hội')).toBe('Phòng Lao động - Thương binh và Xã hội');
    expect(canonicalIssuer('Ủy ban - nhân dân tỉnh')).toBe('Ủy ban nhân dân tỉnh');
  });

  it('spells a unit word OCR wrapped between two lines of the parent body', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `PHÒNG GD&ĐT THÀNH  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÓ HÀ TĨNH  Độc lập - Tự do - Hạnh phúc
TRƯỜNG TIỂU HỌC BẮC HÀ
Số: 12/KH-THBH  Hà Tĩnh, ngày 03 tháng 9 năm 2025
KẾ HOẠCH
Tổ chức Ngày hội đến trường năm học 2025 - 2026`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuerParent)).toBe('Phòng Giáo dục và Đào tạo thành phố Hà Tĩnh');
  });

  it('drops a lone digit between two commas after a word in a subject, not an item list', () => {
    expect(subjectText(['Sơ kết công tác 6 tháng đầu năm, 1, phương hướng nhiệm vụ'])).toBe('Sơ kết công tác 6 tháng đầu năm, phương hướng nhiệm vụ');
    expect(subjectText(['Sửa đổi khoản 1, 2, 3 Điều 5 Quy chế'])).toBe('Sửa đổi khoản 1, 2, 3 Điều 5 Quy chế');
  });

  it('reads two subject words with the letters OCR printed as the document writes them elsewhere', async () => {
    const phraseScore = await modelScores();
    const header = `HỘI NÔNG DÂN TỈNH BẮC GIANG  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BCH HỘI NÔNG DÂN HUYỆN LỤC NAM  Độc lập - Tự do - Hạnh phúc
Số: 21-TB/HND  Lục Nam, ngày 03 tháng 10 năm 2025
THÔNG BÁO`;
    const raw = `${header}
Ket qua Hoi thi Can bo Hoi gioi nam 2025

Ban Thuong vu to chuc Hoi thi Can bo Hoi gioi tu ngay 20/9/2025; Hoi thi voi 15 doi tham gia.`;
    const text = `${header}
Kết quả Hồi thẻ Cán bộ Hội giỏi năm 2025

Ban Thường vụ tổ chức Hội thi Cán bộ Hội giỏi từ ngày 20/9/2025; Hội thì với 15 đội tham gia.`;
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }, { phraseScore }).fields;
    expect(v(f.subject)).toBe('Kết quả Hội thi Cán bộ Hội giỏi năm 2025');
    // A reading with the printed letters is left alone ('Kết quả' stays), and so is a subject no other line echoes.
    const body = (t: string, from: RegExp, to: string) => t.split('\n\n').map((b, k) => (k ? b.replace(from, to) : b)).join('\n\n');
    const g = extractAll({ pages: [{ ...page(body(text, /Hội thi|Hội thì/g, 'Hội nghị')), rawText: body(raw, /Hoi thi/g, 'Hoi nghi') }] }, { phraseScore }).fields;
    expect(v(g.subject)).toBe('Kết quả Hồi thẻ Cán bộ Hội giỏi năm 2025');
  });
});

describe('set-47 shapes', () => {
  it('takes a signer\'s name merged onto the last Nơi nhận item after a quote speck, or opened by a surname\'s Đ read as b', async () => {
    const { loadDefaultNames } = await import('../../src/restore/index.js');
    const names = loadDefaultNames();
    const a = extractSigner(lines(`Nơi nhận: — ‘TL. CHỦ TỊCH
- Chủ tịch, các PCT UBND   CHÁNH VĂN PHÒNG
- Lưu: VT. . ‘Nguyễn Văn Bình`), names);
    expect([a?.name, a?.title, a?.authority]).toEqual(['Nguyễn Văn Bình', 'Chánh Văn phòng', 'TL. Chủ tịch']);
    // (The restorer made running text of 'binh Thi Thu Hang'; its raw words stand at the same places.)
    const footer = lines(`Nơi nhận: | TRƯỞNG PHÒNG
- UBND huyện (để báo cáo);
- Lưu: VT. | : bệnh Thì Thực Hàng`);
    footer[2].raw = '- Luu: VT. | : binh Thi Thu Hang';
    const b = extractSigner(footer, names, (part) => (part === 'bệnh Thì Thực Hàng' ? 'Đinh Thị Thu Hằng' : null));
    expect(b?.name).toBe('Đinh Thị Thu Hằng');
  });

  it('reads a number written with its zero after a lone digit speck, a date whose tháng OCR garbled', () => {
    const refs = extractReferences(lines(`Căn cứ Luật Thi đua, khen thưởng số 6 06/2022/QH15 ngày 15 tháng 6 năm 2022;
Căn cứ Luật Quản lý thuế số 38/2019/QH14 ngày 13 LEE 6 năm
2019; số 452 1/UBND-KGVX ngày 02/3/2025`), null);
    expect(refs.map((r) => [r.number, r.date])).toEqual([['06/2022/QH15', '2022-06-15'], ['38/2019/QH14', '2019-06-13'], ['4521/UBND-KGVX', '2025-03-02']]);
  });

  it('reads HỘI before a society\'s initials, however the restorer read it, and keeps a field no known phrase is', () => {
    const text = `HỘI LHPN TỈNH TUYÊN QUANG  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BTV HOẶC LHPN HUYỆN HÀM YÊN  Độc lập - Tự do - Hạnh phúc
Số: 12/TTr-HPN  Hàm Yên, ngày 17 tháng 11 năm 2025
TỜ TRÌNH
Về việc đề nghị khen thưởng
Kính gửi:
- Ủy ban nhân dân huyện;
- Công chức Tài chính - Kế toán xã.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Hàm Yên');
    expect(f.recipients).toEqual(['Ủy ban nhân dân huyện', 'Công chức Tài chính - Kế toán xã']);
    expect(canonicalIssuer('Phòng Tài chính - Kế hoặc')).toBe('Phòng Tài chính - Kế hoạch');
  });

  it('spells a village the header names as the body writes it after the same unit word', () => {
    const text = `ĐẢNG BỘ XÃ HƯƠNG TRÀ  ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN PHÚ LỐC  Hương Trà, ngày 08 tháng 4 năm 2025
Số: 05-NQ/CB
NGHỊ QUYẾT
về lãnh đạo thực hiện nhiệm vụ quý II năm 2025
Chi bộ thôn Phú Lộc họp ngày 05/4/2025, thống nhất quyết nghị:`;
    expect(v(extractAll({ pages: [page(text)] }).fields.issuer)).toBe('Chi bộ thôn Phú Lộc');
    // Written otherwise by letters in the body, or not at all, the header's reading stays.
    expect(v(extractAll({ pages: [page(text.replace('thôn Phú Lộc họp', 'thôn Phú Lâm họp'))] }).fields.issuer)).toBe('Chi bộ thôn Phú Lốc');
  });

  it('decides a commune among namesakes by the province of the districts a cited region is named for', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ QUẶNG PHÓNG  Độc lập - Tự do - Hạnh phúc
Số: 318/UBND-TC  Quặng Phóng, ngày 22 tháng 8 năm 2025
V/v đôn đốc thu nộp thuế
Kính gửi: Trưởng các thôn.
Thực hiện Công văn số 1275/CCT-QTR ngày 12/8/2025 của Chi cục Thuế khu vực Quảng Trạch - Ba Đồn về việc đôn đốc thu ngân sách,`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.place)]).toEqual(['Ủy ban nhân dân xã Quảng Phong', 'Quảng Phong']);
    // Without the region, the namesakes tie and the reading stays.
    const g = extractAll({ pages: [page(text.replace('Chi cục Thuế khu vực Quảng Trạch - Ba Đồn', 'Chi cục Thuế'))] }, { places: loadDefaultPlaces() }).fields;
    expect(v(g.issuer)).toBe('Ủy ban nhân dân xã Quặng Phóng');
  });

  it('keeps a province ending a department\'s name apart from the unit words of a wrap (SỞ Y TẾ HÀ TĨNH)', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `SỞ Y TẾ HÀ TĨNH  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM Y TẾ HUYỆN  Độc lập - Tự do - Hạnh phúc
HƯƠNG KHÊ
Số: 512/TTYT-KSBT  Hương Khê, ngày 11 tháng 3 năm 2025
V/v tổ chức tiêm vắc xin`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Trung tâm Y tế huyện Hương Khê', 'Sở Y tế Hà Tĩnh']);
  });

  it('takes a citation whose body code OCR cut short for the whole one the text cites, in the references and the subject', () => {
    const text = `HUYỆN ỦY ĐẮK SONG  ĐẢNG CỘNG SẢN VIỆT NAM
Số: 318-QĐ/HU  Đắk Song, ngày 24 tháng 4 năm 2025
QUYẾT ĐỊNH
về việc thành lập Đoàn kiểm tra việc thực hiện Chỉ thị số
35- CT/ W của Bộ Chính trị

- Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của: Bộ Chính trị
về đại hội đảng bộ các cấp;`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.subject)).toBe('về việc thành lập Đoàn kiểm tra việc thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị');
    expect((f.references as Array<{ number: string; date: string; issuer: string }>).map((r) => [r.number, r.date, r.issuer])).toEqual([['35-CT/TW', '2024-06-14', 'Bộ Chính trị']]);
  });

  it('ends a cited issuer before a list item after a blank line', () => {
    const refs = extractReferences(lines(`thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị

- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;`), null);
    expect(refs.map((r) => r.issuer)).toEqual(['Bộ Chính trị']);
  });
});

describe('set-48 shapes', () => {
  it('takes a name merged onto the last Nơi nhận item after a two-letter speck, its surname read by the Thị after it', async () => {
    const { loadDefaultNames } = await import('../../src/restore/index.js');
    const footer = lines(`Nơi nhận:   TM. BAN THƯỜNG TRỰC
- Các thôn;   CHỦ TỊCH
- Lưu: VI. Cơ Vật Thể Thành Hương`);
    footer[2].raw = '- Luu: VI. Co Vit Thi Thanh Huong';
    const s = extractSigner(footer, loadDefaultNames(), (part) => (part === 'Vật Thể Thành Hương' ? 'Vũ Thị Thanh Hương' : null));
    expect(s?.name).toBe('Vũ Thị Thanh Hương');
  });

  it('reads a cited issuer past a full stop after a standing body and a colon glued to a wrapped name', () => {
    const refs = extractReferences(lines(`Thực hiện Kế hoạch số 105/KH-MTTQ-BTT ngày 25/9/2025 của
Ban Thường trực. Ủy ban Mặt trận Tổ quốc Việt Nam huyện Ninh Giang về tổ chức Tháng;
Căn cứ Hướng dẫn số 25-HD/BTCTW ngày 09/11/2023 của Ban Tổ:
chức Trung ương, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:`), null);
    expect(refs.map((r) => r.issuer)).toEqual(['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Ninh Giang', 'Ban Tổ chức Trung ương']);
  });

  it('drops a full stop glued inside a caps header line, a quote closing a recipient\'s word, and a consonant speck ending a V/v line', () => {
    const text = `TỈNH ỦY HÀ NAM  ĐẢNG CỘNG SẢN VIỆT NAM
BAN. TỔ CHỨC  Hà Nam, ngày 12 tháng 8 năm 2025
Số: 27-HD/BTCTU
HƯỚNG DẪN
về việc kiểm điểm đảng viên năm 2025`;
    expect(v(extractAll({ pages: [page(text)] }).fields.issuer)).toBe('Ban Tổ chức');
    const raw = `BO GIAO DUC VA DAO TAO  CONG HOA XA HOI CHU NGHIA VIET NAM
CUC QUAN LY CHAT LUONG  Doc lap - Tu do - Hanh phuc
S6: 1873/QLCL-QLT  Ha Noi, ngay 15 thang 10 nam 2025
V/v huong dan to chuc Ky thi g
tot nghiep nam 2026
Kinh gui:
- Cac so' giao duc va dao tao;`;
    const restored = `BỘ GIÁO DỤC VÀ ĐÀO TẠO  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC QUẢN LÝ CHẤT LƯỢNG  Độc lập - Tự do - Hạnh phúc
Số: 1873/QLCL-QLT  Hà Nội, ngày 15 tháng 10 năm 2025
V/v hướng dẫn tổ chức Kỳ thi động
tốt nghiệp năm 2026
Kính gửi:
- Các sở' giáo dục và đào tạo;`;
    const f = extractAll({ pages: [{ ...page(restored), rawText: raw }] }).fields;
    expect(v(f.subject)).toBe('hướng dẫn tổ chức Kỳ thi tốt nghiệp năm 2026');
    expect(f.recipients).toEqual(['Các sở Giáo dục và Đào tạo']);
  });
});


describe('set-49 shapes', () => {
  it('keeps the D of a name\'s initial in the symbol (THPTND of Nguyễn Du, not NĐ) and reads a province whose Đ OCR read as P', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `SỞ GD&ĐT PAK LAK  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG THPT NGUYỄN DU  Độc lập - Tự do - Hạnh phúc
Số: 78/TB-THPTND  Krông Năng, ngày 05 tháng 9 năm 2025
THÔNG BÁO
Về việc tuyển sinh lớp 10 bổ sung`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.number), v(f.issuerParent)]).toEqual(['78/TB-THPTND', 'Sở Giáo dục và Đào tạo Đắk Lắk']);
  });

  it('joins the national target programmes board wrapped over three header lines, the last beside the date', () => {
    const text = `UBND TỈNH ĐIỆN BIÊN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

BAN CHỈ ĐẠO CÁC  NAM
CHƯƠNG TRÌNH MỤC TIÊU  Độc lập - Tự do - Hạnh phúc

QUỐC GIA . Điện Biên, ngày 18 tháng 9 năm 2025
Số: 56/BCĐ-CTMTQG
V/v đẩy nhanh tiến độ giải ngân`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Ban Chỉ đạo các chương trình mục tiêu quốc gia', 'Ủy ban nhân dân tỉnh Điện Biên']);
  });

  it('reads a cited issuer past a comma after a remnant of its first word', () => {
    const refs = extractReferences(lines(`Căn cứ Quyết định số 568/QĐ- UBND ngày 28/3/2025 của TU, ban
nhân dân tỉnh Lâm Đồng về giao chỉ tiêu trồng rừng năm 2025;`), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['568/QĐ-UBND', 'Ủy ban nhân dân tỉnh Lâm Đồng']]);
  });
});

describe('set-50 shapes', () => {
  it('reads a border post\'s header, its commander\'s title and his name merged with his rank onto the Lưu line', async () => {
    const text = `BỘ CHỈ HUY BBBP TỈNH NGHỆ AN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ĐỒN BIÊN PHÒNG NẬM CẮN  Độc lập - Tự do - Hạnh phúc
Số: 86/KH-ĐBP  Kỳ Sơn, ngày 10 tháng 4 năm 2025
KẾ HOẠCH
Tuyên truyền pháp luật năm 2025
Nơi nhận: ~~ ~~. ĐỒN TRƯỞNG
- Đảng ủy, UBND xã Nậm Cắn;
~~ Lưu: VT. ‘Thiếu tá Lương Văn Thái`;
    const { loadDefaultNames } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(text)] }, { names: loadDefaultNames() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Đồn Biên phòng Nậm Cắn', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An']);
    const s = f.signer as { name: string; title: string };
    expect([s.name, s.title]).toEqual(['Lương Văn Thái', 'Đồn trưởng']);
  });

  it('keeps a body\'s name apart from a damaged title (BCH ĐOÀN TRƯỜNG is no ĐỒN TRƯỞNG)', () => {
    const s = extractSigner(lines(`Nơi nhận:   TM. BCH ĐOÀN TRƯỜNG
- Lưu VP.   BÍ THƯ
Nguyễn Thị Thu Hằng`));
    expect([s?.authority, s?.title]).toEqual(['TM. BCH Đoàn trường', 'Bí thư']);
  });

  it('reads a Party committee code whose Đ OCR read as B and D, a field code whose Đ it read as two letters, a low quote speck', () => {
    const refs = extractReferences(lines(`Thực hiện Chương trình công tác số 05-CTr/BDU ngày 10/01/2025 của Ban Chấp hành Đảng bộ xã;
Căn cứ Kế hoạch số 64/KH- UBND ngày 03/3/2025 của Ủy ban
„ nhân dân tỉnh Hà Giang về tuyển dụng; Công văn số 412/BDT-CSDT ngày 02/3/2025 của Ban Dân tộc`), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['05-CTr/ĐU', 'Ban Chấp hành Đảng bộ xã'], ['64/KH-UBND', 'Ủy ban nhân dân tỉnh Hà Giang'], ['412/BDT-CSDT', 'Ban Dân tộc']]);
    const text = `PHÒNG GD&DPT LỤC NAM  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIỂU HỌC BẢO SƠN  Độc lập - Tự do - Hạnh phúc
Số: 35/QĐ-THBS  Bảo Sơn, ngày 05 tháng 9 năm 2025
QUYẾT ĐỊNH
Về việc thành lập các tổ chuyên môn`;
    expect(v(extractAll({ pages: [page(text)] }).fields.issuerParent)).toBe('Phòng Giáo dục và Đào tạo Lục Nam');
  });

  it('goes on with a subject past a blank line before a short lowercase line, and takes the issuer\'s seat for a place OCR destroyed', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `HỘI ĐỒNG NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN VĂN LÃNG  Độc lập - Tự do - Hạnh phúc
Số: 27/NQ-HĐND
:   HỆ ngày 18 tháng 12 năm 2024

NGHỊ QUYẾT

Về dự toán ngân sách địa phương và phân bổ ngân sách huyện

năm 2025
HỘI ĐỒNG NHÂN DÂN HUYỆN VĂN LÃNG

Căn cứ Luật Ngân sách nhà nước;`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.subject)).toBe('Về dự toán ngân sách địa phương và phân bổ ngân sách huyện năm 2025');
    expect(v(f.place)).toBe('Văn Lãng');
  });
});

describe('set-51 shapes', () => {
  it('takes a title by its letters when the restorer gave it other marks (TRƯỜNG THUÊ CƠ SỞ)', () => {
    const s = extractSigner(lines(`Nơi nhận: | - TRƯỜNG THUÊ CƠ SỞ
- Các hộ kinh doanh;
- Lưu: VT.

Nguyễn Thị Lan Anh`));
    expect([s?.name, s?.title]).toEqual(['Nguyễn Thị Lan Anh', 'Trưởng Thuế cơ sở']);
  });

  it('joins the disease control centre wrapped over two header lines and expands a society of the elderly', () => {
    const text = `SỞ Y TẾ QUẢNG BÌNH  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM KIỂM SOÁT  Độc lập - Tự do - Hạnh phúc
BỆNH TẬT
Số: 145/KH-KSBT  Quảng Bình, ngày 07 tháng 5 năm 2025
KẾ HOẠCH
Phòng, chống bệnh sốt xuất huyết năm 2025`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Trung tâm Kiểm soát bệnh tật', 'Sở Y tế Quảng Bình']);
    const g = extractAll({ pages: [page(`HỘI NCT HUYỆN KHOÁI CHÂU  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BCH HỘI NCT XÃ ĐẠI HƯNG  Độc lập - Tự do - Hạnh phúc
Số: 08/BC-NCT  Đại Hưng, ngày 12 tháng 12 năm 2025
BÁO CÁO
Tổng kết công tác Hội năm 2025`)] }).fields;
    expect([v(g.issuer), v(g.issuerParent)]).toEqual(['Ban Chấp hành Hội Người cao tuổi xã Đại Hưng', 'Hội Người cao tuổi huyện Khoái Châu']);
  });

  it('reads a legal symbol whose dash OCR read as a space, a cited issuer past a glued quote, and no V of a V/v line in the own number', () => {
    const refs = extractReferences(lines(`Số: 318/CCTL-QLĐ    -   |
V/v kiểm tra an toàn đê điều
Căn cứ Thông tư số 344/2016/TT BTC ngày 30 tháng 12 năm 2016 của Bộ trưởng Bộ Tài chính;
Thực hiện Kế hoạch số 512/KH-SYT ngày 15/4/2025 của Sở'Y tế Quảng Bình về phòng, chống dịch bệnh;`), '318/CCTL-QLĐ');
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['344/2016/TT-BTC', 'Bộ trưởng Bộ Tài chính'], ['512/KH-SYT', 'Sở Y tế Quảng Bình']]);
  });

  it('takes the namesake in a province the text names over a known name of another province', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const gaz = loadDefaultPlaces();
    // (Đại Hùng is a xã of Hà Nội; Đại Hưng one of Hưng Yên, Hà Nội and Quảng Nam.)
    expect(gaz.respell('Đại Hùng', null, new Set(['Hưng Yên']))).toBe('Đại Hưng');
    expect(gaz.respell('Đại Hùng', null, new Set(['Hà Nội']))).toBeNull();
    expect(gaz.respell('Đại Hùng', null, new Set())).toBeNull();
  });
});

describe('set-52 shapes', () => {
  it('reads VỰC the restorer read as another word at a wrapped region line, and drops a lone capital after the symbol', () => {
    const raw = `BAO HIEM XA HOI VIET   CONG HOA XA HOI CHU NGHIA VIET
NAM   NAM
BAO HIEM XA HOI KHU   Doc lap - Tu do - Hanh phuc
VUC XIX   Gia Lai, ngay 03 thang 9 nam 2025
So: 214/BHXH-TST B`;
    const text = `BẢO HIỂM XÃ HỘI VIỆT   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
NĂM   NĂM
BẢO HIỂM XÃ HỘI KHU   Độc lập - Tự do - Hạnh phúc
VU XIX   Gia Lai, ngày 03 tháng 9 năm 2025
Số: 214/BHXH-TST B`;
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }).fields;
    expect([v(f.issuer), v(f.issuerParent), v(f.number)]).toEqual(['Bảo hiểm xã hội khu vực XIX', 'Bảo hiểm xã hội Việt Nam', '214/BHXH-TST']);
    // (A code's last letter set apart after one letter is no speck: nothing whole stands before it.)
    const g = extractAll({ pages: [page(text.replace('214/BHXH-TST B', '214/BHXH-T B'))] }).fields;
    expect(v(g.number)).toBe('214/BHXH-TB');
  });

  it('joins an addressee\'s last name words wrapped onto a line of their own, and leaves the signature\'s authority out of Nơi nhận', async () => {
    const { extractDistribution } = await import('../../src/extract/recipients.js');
    expect(extractRecipients(lines(`Kính gửi: Các cơ quan, đơn vị trên địa bàn tỉnh Gia
Lai. | |

Căn cứ Luật Bảo hiểm y tế;`))).toEqual(['Các cơ quan, đơn vị trên địa bàn tỉnh Gia Lai']);
    // (A body's paragraph after an unfinished addressee is no tail of it.)
    expect(extractRecipients(lines(`Kính gửi: Ủy ban nhân dân các xã
Căn cứ Kế hoạch số 12/KH-UBND ngày 03/01/2025 của Ủy ban nhân dân tỉnh.`))).toEqual(['Ủy ban nhân dân các xã']);
    expect(extractDistribution(lines(`Nơi nhận: - TM. ỦY BAN NHÂN DÂN
- Như trên;   CHỦ TỊCH
- Lưu: VT.`))).toEqual(['Như trên', 'Lưu: VT']);
  });

  it('takes the issuer\'s unit for a place whose raw words have its letters but the restorer read others', () => {
    const raw = `DANG BO TINH THANH HOA   DANG CONG SAN VIET NAM
DANG UY PHUONG HAM RONG   Ham Rong, ngay 17 thang 11 nam 2025
So 40-QD/DU`;
    const text = `ĐẢNG BỘ TỈNH THANH HÓA   ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG HÀM RỒNG   Hà Rồng, ngày 17 tháng 11 năm 2025
Số 40-QĐ/ĐU`;
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }).fields;
    expect(v(f.place)).toBe('Hàm Rồng');
    // (A place whose raw words have other letters keeps its reading.)
    const g = extractAll({ pages: [{ ...page(text), rawText: raw.replace('Ham Rong, ngay', 'Ha Rong, ngay') }] }).fields;
    expect(v(g.place)).toBe('Hà Rồng');
  });

  it('joins a month OCR set apart in a subject, and reads a cited issuer after a tháng with a wrong mark', () => {
    expect(subjectText(['Kết quả công tác tháng 1 2 năm 2025'])).toBe('Kết quả công tác tháng 12 năm 2025');
    expect(subjectText(['Kết quả công tác tháng 3 4 năm 2025'])).toBe('Kết quả công tác tháng 3 4 năm 2025');
    const refs = extractReferences(lines('Xét Tờ trình số 215/TTr-UBND ngày 03 thăng 3 năm 2025 của Ủy ban nhân dân huyện;'), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['215/TTr-UBND', '2025-03-03', 'Ủy ban nhân dân huyện']]);
  });

  it('divides a header line of five marked syllables OCR ran together', async () => {
    const { splitRunTogether } = await import('../../src/restore/tokenize.js');
    expect(splitRunTogether('SỞYTẾQUẢNGTRỊ')).toContainEqual(['SỞ', 'Y', 'TẾ', 'QUẢNG', 'TRỊ']);
  });
});

describe('laws cited by name', () => {
  const table = async () => {
    const { LawTable } = await import('../../src/extract/laws.js');
    return new LawTable({ format: 'vanban-laws-1', source: {}, laws: [
      { name: 'Ngân sách nhà nước', number: '83/2015/QH13', date: '2015-06-25', citations: 23 },
      { name: 'Ngân sách Nhà nước', number: '89/2025/QH15', date: null, citations: 8 },
      { name: 'Tổ chức chính quyền địa phương', number: '72/2025/QH15', date: '2025-06-16', citations: 110 },
      { name: 'Tổ chức chính quyền địa phương', number: '65/2025/QH15', date: '2025-02-19', citations: 2 },
      { name: 'Đầu tư', number: '61/2020/QH14', date: '2020-06-17', citations: 44 },
      { name: 'Đầu tư công', number: '39/2019/QH14', date: null, citations: 17 },
      { name: 'Đầu tư công', number: '58/2019/QH14', date: null, citations: 9 },
    ] });
  };

  it('looks a law up by its name, or its first words when OCR cut it short, and its year and date', async () => {
    const laws = await table();
    expect(laws.lookup('Ngân sách nhà nước số S5 ..... ngày 25 tháng 6 năm 2015', 2015, '2015-06-25')?.number).toBe('83/2015/QH13');
    expect(laws.lookup('ngân sách Nhà nước số ĐỀ ngày 25/6/2025', 2025, '2025-06-25')?.number).toBe('89/2025/QH15');
    expect(laws.lookup('Tổ chức chính quyền địa — số 0 15 ngày 16/6/2025', 2025, '2025-06-16')?.number).toBe('72/2025/QH15');
    expect(laws.lookup('Tổ chức chính quyền địa phương số TẬP ngày 19 tháng 02 năm 2025', 2025, '2025-02-19')?.number).toBe('65/2025/QH15');
    // The longest name the words open with: Đầu tư công is no Đầu tư.
    expect(laws.lookup('Đầu tư số 6 ngày 17/6/2020', 2020, '2020-06-17')?.number).toBe('61/2020/QH14');
    expect(laws.lookup('Đầu tư công số … năm 2020', 2020, null)).toBeNull();
    expect(laws.lookup('Đầu tư theo phương thức đối tác công tư số … năm 2020', 2020, null)).toBeNull();
    // Two of a name and year, neither cited three times as often nor passed on the date known: no guess.
    expect(laws.lookup('Đầu tư công số AE năm 2019', 2019, null)).toBeNull();
    // A date the table knows another day for is not that law's.
    expect(laws.lookup('Tổ chức chính quyền địa phương số AE ngày 20 tháng 3 năm 2025', 2025, '2025-03-20')).toBeNull();
    expect(laws.lookup('Kinh doanh bất động sản số AE năm 2023', 2023, null)).toBeNull();
  });

  it('fills in a cited law whose number OCR destroyed, not one cited by name and date alone', async () => {
    const laws = await table();
    const refs = extractReferences(lines(`Căn cứ Luật Ngân sách nhà nước số S5 ..... ngày 25 tháng
6 năm 2015;
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ;
Căn cứ Luật Đầu tư số 61/2020/QH14 ngày 17 tháng 6 năm 2020;`), null, null, laws);
    expect(refs.map((r) => [r.type, r.number, r.date, r.issuer])).toEqual([
      ['Luật', '83/2015/QH13', '2015-06-25', 'Quốc hội'],
      ['Nghị định', '163/2016/NĐ-CP', '2016-12-21', 'Chính phủ'],
      ['Luật', '61/2020/QH14', '2020-06-17', 'Quốc hội'],
    ]);
    expect(refs[0].confidence).toBeLessThan(refs[1].confidence);
  });

  it('ships a table built from the corpus that knows the laws administrative documents cite most', async () => {
    const { loadDefaultLaws } = await import('../../src/extract/laws.js');
    const laws = loadDefaultLaws();
    expect(laws.lookup('Tổ chức chính quyền địa phương số … ngày 16/6/2025', 2025, '2025-06-16')?.number).toBe('72/2025/QH15');
    expect(laws.lookup('Ban hành văn bản quy phạm pháp luật số … ngày 19/02/2025', 2025, '2025-02-19')?.number).toBe('64/2025/QH15');
  });
});

describe('set-53 shapes', () => {
  it('reads a list item with a star speck before its dash, after a Kính gửi holding only a speck', () => {
    expect(extractRecipients(lines(`Kính gửi: |
* - Hạt Kiểm lâm các khu vực;
- Ban Quản lý rừng phòng hộ các huyện.`))).toEqual(['Hạt Kiểm lâm các khu vực', 'Ban Quản lý rừng phòng hộ các huyện']);
  });

  it('takes a province the 2025 reform merged into the one the text names as named, in a document dated after it', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = (date: string) => `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHONG NẬM   Độc lập - Tự do - Hạnh phúc
Số: 41/KH-UBND
Phong Nậm, ${date}
KẾ HOẠCH
Phòng, chống hạn hán năm 2025
Thực hiện Kế hoạch số 12/KH-UBND ngày 02/10/2025 của Ủy ban nhân dân tỉnh Lâm Đồng về phòng, chống hạn hán;`;
    // (Phong Nẫm is a xã of the former Bình Thuận, now Lâm Đồng; Phong Nậm one of Cao Bằng.)
    const f = extractAll({ pages: [page(text('ngày 03 tháng 11 năm 2025'))] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.place)]).toEqual(['Ủy ban nhân dân xã Phong Nẫm', 'Phong Nẫm']);
    const g = extractAll({ pages: [page(text('ngày 03 tháng 11 năm 2024'))] }, { places: loadDefaultPlaces() }).fields;
    expect([v(g.issuer), v(g.place)]).toEqual(['Ủy ban nhân dân xã Phong Nậm', 'Phong Nậm']);
  });
});

describe('set-54 shapes', () => {
  it('reads a cited date whose ngày or tháng OCR garbled, and the issuer after it', () => {
    const refs = extractReferences(lines(`Căn cứ Chỉ thị số 35-CT/TW gây 14 tháng 6 năm 2024 của Bộ
Chính trị về đại hội đảng bộ các cấp;
Thực hiện Kế hoạch số 31-KH/TU ngày 05 Tù 7 năm 2024 của
Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo hướng dẫn như sau.`), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([
      ['35-CT/TW', '2024-06-14', 'Bộ Chính trị'], ['31-KH/TU', '2024-07-05', 'Ban Thường vụ Tỉnh ủy']]);
  });

  it('runs a subject on past a blank line to the year that ends its span, and reads a type code whose Đ OCR read as two letters', () => {
    const text = (num: string, title: string) => `TỈNH ỦY HÀ NAM   ĐẢNG CỘNG SẢN VIỆT NAM
BAN DÂN VẬN   Hà Nam, ngày 02 tháng 10 năm 2024
Số ${num}
${title}
tổ chức hội nghị đối thoại nhiệm kỳ 2024 -

2026

Căn cứ Quy chế làm việc của Ban Thường vụ Tỉnh ủy;`;
    const f = extractAll({ pages: [page(text('12-HD/BDVTU', 'HƯỚNG DẪN'))] }).fields;
    expect(v(f.subject)).toBe('tổ chức hội nghị đối thoại nhiệm kỳ 2024 - 2026');
    expect(v(extractAll({ pages: [page(text('07/CDH-BDV', 'CÔNG ĐIỆN'))] }).fields.number)).toBe('07/CĐ-BDV');
    // (A code with a letter more that no Đ explains stays as printed.)
    expect(v(extractAll({ pages: [page(text('07/KHS-BDV', 'KẾ HOẠCH'))] }).fields.number)).toBe('07/KHS-BDV');
  });
});

describe('set-55 shapes', () => {
  it('completes a unit line of the issuer column with its name wrapped into the date line, a name of three letters', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `ĐẢNG BỘ THÀNH PHỐ   ĐẢNG CỘNG SẢN VIỆT NAM
HUE Kim Long, ngày 05 tháng 1 năm 2026
ĐẢNG ỦY PHƯỜNG KIM
LONG
Số 12-CV/ĐU
V/v tổ chức hội nghị cán bộ`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuerParent), v(f.issuer), v(f.place)]).toEqual(['Đảng bộ thành phố Huế', 'Đảng ủy phường Kim Long', 'Kim Long']);
  });

  it('spells a three-letter place name after its unit word only when the gazetteer name has exactly its letters', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const { respellPlaceNames } = await import('../../src/restore/place-names.js');
    const gaz = loadDefaultPlaces();
    expect(respellPlaceNames('Thành ủy thành phố Hue', gaz)).toBe('Thành ủy thành phố Huế');
    expect(respellPlaceNames('Ủy ban nhân dân xã Hoa', gaz)).toBe('Ủy ban nhân dân xã Hoa');
  });

  it('puts back a Đ in a cited code that ends with the document\'s own code but for it', () => {
    const refs = extractReferences(lines('Thực hiện Kế hoạch số 301/KH-TWHCTD ngày 05/11/2025 của Ban Thường vụ Trung ương Hội;'), '12/KH-CTĐ');
    expect(refs.map((r) => r.number)).toEqual(['301/KH-TWHCTĐ']);
    // (An own code of two letters is too short to say so: 'TDU' is no ĐU.)
    expect(extractReferences(lines('Thực hiện Kế hoạch số 301/KH-TDU ngày 05/11/2025;'), '12-KH/ĐU').map((r) => r.number)).toEqual(['301/KH-TDU']);
  });
});

describe('set-56 shapes', () => {
  it('reads the type title from the raw line when the restorer made a word of a speck before it', () => {
    const raw = `UY BAN NHAN DAN   CONG HOA XA HOI CHU NGHIA VIET NAM
XA MUONG CHANH   Doc lap - Tu do - Hanh phuc
So: 15/BC-UBND   Muong Chanh, ngay 02 thang 12 nam 2025
N BAO CAO
Ket qua khac phuc hau qua mua lu`;
    const text = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ MƯỜNG CHANH   Độc lập - Tự do - Hạnh phúc
Số: 15/BC-UBND   Mường Chanh, ngày 02 tháng 12 năm 2025
Nộp BÁO CÁO
Kết quả khắc phục hậu quả mưa lũ`;
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }).fields;
    expect([v(f.documentType), v(f.subject)]).toEqual(['Báo cáo', 'Kết quả khắc phục hậu quả mưa lũ']);
  });

  it('puts back a Đ in a cited code that is its stated issuer\'s initials, and reads a date whose năm OCR garbled and the issuer after a capital speck', () => {
    const refs = extractReferences(lines(`Thực hiện Hướng dẫn số 12/HD-BCT ngày 05 tháng 9 năm 2025 của Đoàn Chủ tịch Trung ương Hội Nông dân Việt Nam;
Căn cứ Thông tư số 32/2020/TT-BGDĐT T ngày 15 tháng 9 Tấm 2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Điều lệ;`), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([
      ['12/HD-ĐCT', '2025-09-05', 'Đoàn Chủ tịch Trung ương Hội Nông dân Việt Nam'],
      ['32/2020/TT-BGDĐT', '2020-09-15', 'Bộ trưởng Bộ Giáo dục và Đào tạo'],
    ]);
    // (A code that is no one's initials stays as printed.)
    expect(extractReferences(lines('Thực hiện Kế hoạch số 12/KH-BCT ngày 05/9/2025 của Ban Chỉ đạo tỉnh;'), null).map((r) => r.number)).toEqual(['12/KH-BCT']);
  });
});

describe('set-57 shapes', () => {
  it('reads a cited date whose two-digit month OCR split in two, and the issuer after it', () => {
    expect(findDate('ngày 03 tháng 1 1 năm 2025')?.iso).toBe('2025-11-03');
    // (A day and month of one digit each stay so: 'tháng 1 năm' is January.)
    expect(findDate('ngày 3 tháng 1 năm 2025')?.iso).toBe('2025-01-03');
    const refs = extractReferences(lines(`Thực hiện Kế hoạch số 215/KH-UBND ngày 03 tháng 1 2 năm 2025
của Ủy ban nhân dân tỉnh Phú Thọ về phòng, chống thiên tai năm 2026;`), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['215/KH-UBND', '2025-12-03', 'Ủy ban nhân dân tỉnh Phú Thọ']]);
  });

  it('drops a guillemet set apart inside an addressee as a speck', () => {
    expect(extractRecipients(lines(`Kính gửi:
- Đại diện các hộ gia đình « có đất bị thu hồi tại tổ dân phố số 7;
- Ban Quản lý dự án khu vực số 2.`))).toEqual(['Đại diện các hộ gia đình có đất bị thu hồi tại tổ dân phố số 7', 'Ban Quản lý dự án khu vực số 2']);
  });

  it('puts back the Đ of the new-countryside programme\'s office code', () => {
    const refs = extractReferences(lines('Căn cứ Công văn số 8854/BNNMT-VPDP ngày 10/11/2025 của Bộ Nông nghiệp và Môi trường; Công văn số 5120/BYT-DP ngày 10/10/2025 của Bộ Y tế;'), null);
    expect(refs.map((r) => r.number)).toEqual(['8854/BNNMT-VPĐP', '5120/BYT-DP']);
  });
});

describe('set-58 shapes', () => {
  it('types a citation by its symbol\'s code when the name before it differs only in its first word, but not by QĐ', () => {
    const refs = extractReferences(lines(`Căn cứ Quyết định số 11-QĐi/TW ngày 18 tháng 02 năm 2019 của Bộ Chính trị;
Căn cứ Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị;
Căn cứ Quy định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ;`), null);
    expect(refs.map((r) => [r.type, r.number])).toEqual([['Quy định', '11-QĐi/TW'], ['Quy định', '144-QĐ/TW'], ['Nghị định', '45/2020/NĐ-CP']]);
  });

  it('mends a cited year whose last digit OCR split off as a look-alike letter, and a lone digit before số\'s number', () => {
    const refs = extractReferences(lines(`Căn cứ Nghị quyết số 76/202 S/UBTVQH15 ngày 14 tháng 4 năm 2025 của Ủy ban Thường vụ Quốc hội;
Thực hiện Kế hoạch số 5 52/KH- UBND ngày 09 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh;
Thực hiện Kế hoạch số 31 2/KH-UBND ngày 10 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh;`), null);
    expect(refs.map((r) => r.number)).toEqual(['76/2025/UBTVQH15', '52/KH-UBND', '312/KH-UBND']);
  });

  it('drops a word the restorer made of a speck after an addressee\'s full stop, as the raw line shows it', () => {
    const ls = lines(`Kính gửi: Các doanh nghiệp trong các khu công nghiệp trên địa
bàn tỉnh. Đang
Thực hiện Công văn số 4219/SNV-LĐ ngày 28/11/2025 của Sở Nội vụ,`);
    ls[1] = { ...ls[1], raw: 'ban tinh. N' };
    expect(extractRecipients(ls)).toEqual(['Các doanh nghiệp trong các khu công nghiệp trên địa bàn tỉnh']);
  });

  it('reads a V/v line without a capital speck before a colon at its end, and năm before a year without a full stop', () => {
    const text = `UBND TỈNH HƯNG YÊN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP   Độc lập - Tự do - Hạnh phúc
Số: 1342/BQLKCN-QLDN   Hưng Yên, ngày 02 tháng 12 năm 2025
V/v báo cáo tình hình lao động, Cư :
tiền lương và thưởng Tết năm. 2026
Kính gửi: Các doanh nghiệp.`;
    const raw = text.replace('lao động, Cư :', 'lao dong, Ce :');
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }).fields;
    expect(v(f.subject)).toBe('báo cáo tình hình lao động, tiền lương và thưởng Tết năm 2026');
    // (A small word there is the subject's: 'chính sách hỗ :' / 'trợ …'.)
    const text2 = text.replace('lao động, Cư :', 'chính sách hỗ :');
    const f2 = extractAll({ pages: [{ ...page(text2), rawText: text2.replace('chính sách hỗ :', 'chinh sach ho :') }] }).fields;
    expect(v(f2.subject)).toBe('báo cáo tình hình chính sách hỗ tiền lương và thưởng Tết năm 2026');
  });

  it('reads the 2025 statistics offices, and a health centre under a Sở line ending in its province as two bodies', () => {
    const f = extractAll({ pages: [page(`CỤC THỐNG KẾ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THỐNG KÊ TỈNH QUẢNG NGÃI   Độc lập - Tự do - Hạnh phúc
Số: 236/BC-TKQNG   Quảng Ngãi, ngày 06 tháng 11 năm 2025
BÁO CÁO
Tình hình kinh tế - xã hội tháng 10
Nơi nhận:   TRƯỞNG THỐNG KÊ TỈNH
- Cục Thống kê;
- Lưu: VT, TH.   Phạm Thị Kim Oanh`)] }).fields;
    expect([v(f.issuerParent), v(f.issuer), f.signer?.title, f.signer?.name]).toEqual(['Cục Thống kê', 'Thống kê tỉnh Quảng Ngãi', 'Trưởng Thống kê tỉnh', 'Phạm Thị Kim Oanh']);
    const header = (a: string, b: string, code: string) => extractAll({ pages: [page(`${a}   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
${b}   Độc lập - Tự do - Hạnh phúc
Số: 512/TB-${code}   Diễn Châu, ngày 19 tháng 11 năm 2025
THÔNG BÁO
Lịch tiêm chủng`)] }).fields;
    const g = header('SỞ Y TẾ NGHỆ AN', 'TRUNG TÂM Y TẾ KHU VỰC DIỄN CHÂU', 'TTYI');
    // (Its own code one letter from a run of its initials is that run; UBND beside ỦBND's marks is no such code.)
    expect([v(g.issuerParent), v(g.issuer), v(g.number)]).toEqual(['Sở Y tế Nghệ An', 'Trung tâm Y tế khu vực Diễn Châu', '512/TB-TTYT']);
    expect(v(header('ĐẢNG ỦY CÔNG AN', 'TRUNG ƯƠNG', 'ĐUCA').issuer)).toBe('Đảng ủy Công an Trung ương');
    expect(v(header('ỦY BAN NHÂN DÂN', 'XÃ DIỄN CHÂU', 'UBND').number)).toBe('512/TB-UBND');
  });
});

describe('set-59 shapes', () => {
  it('names every issuer of a joint circular, one per body code of its symbol, but no more', () => {
    const refs = extractReferences(lines(`Căn cứ Thông tư liên tịch số 39/2015/TTLT-BLĐTBXH-BGDĐT-BNV
ngày 19 tháng 10 năm 2015 của Bộ Lao động - Thương binh và Xã
hội, BỘ Giáo dục và Đào tạo, Bộ Nội vụ;
Thực hiện Công văn số 12/BYT-KCB ngày 05/3/2025 của Bộ Y tế, Sở Y tế đề nghị các đơn vị thực hiện;`), null);
    expect(refs.map((r) => r.issuer)).toEqual(['Bộ Lao động - Thương binh và Xã hội, Bộ Giáo dục và Đào tạo, Bộ Nội vụ', 'Bộ Y tế']);
  });

  it('reads a regional court\'s number after KHU VỰC, a V/v continued right of a speck, and a plus sign set apart as a speck', () => {
    const text = `TÒA ÁN NHÂN DÂN TỈNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
NGHỆ AN
TÒA ÁN NHÂN DÂN KHU   Độc lập - Tự do - Hạnh phúc
VỤC 6   |   Nghệ An, ngày 12 tháng 11 năm 2025
Số: 92/TA-VP
V/v phối hợp tống đạt văn bản +
!                tố tụng
Kính gửi: Ủy ban nhân dân các xã.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuerParent), v(f.issuer), v(f.subject)]).toEqual(['Tòa án nhân dân tỉnh Nghệ An', 'Tòa án nhân dân khu vực 6', 'phối hợp tống đạt văn bản tố tụng']);
  });
});

describe('set-60 shapes', () => {
  it('ends a cited issuer before ban hành whose mark or h OCR changed', () => {
    const refs = extractReferences(lines('Căn cứ Quyết định số 58/2025/QĐ-UBND ngày 15 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh ban hạn Quy định phân cấp quản lý cán bộ;'), null);
    expect(refs.map((r) => r.issuer)).toEqual(['Ủy ban nhân dân tỉnh']);
  });
});

describe('set-61 shapes', () => {
  it('types a citation by the nearest type name before it, not a title above', () => {
    const refs = extractReferences(lines(`KẾ HOẠCH

- thực hiện Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư về
một số nội dung`), null);
    expect(refs.map((r) => [r.type, r.number, r.issuer])).toEqual([['Kết luận', '126-KL/TW', 'Bộ Chính trị, Ban Bí thư']]);
    // (A longer type name is still whole: Bộ luật, not its Luật.)
    expect(extractReferences(lines('Căn cứ Bộ luật Tố tụng hình sự số 101/2015/QH13 ngày 27/11/2015;'), null).map((r) => r.type)).toEqual(['Bộ luật']);
  });

  it('reads a cited date with a speck glued before its year, and the issuer after a capital speck', () => {
    const refs = extractReferences(lines(`Căn cứ Công điện số 08/CĐ-UBND ngày 29 tháng 9 năm 12025 của RB
Ủy ban nhân dân tỉnh Nghệ An về khắc phục hậu quả bão số 10.`), null);
    expect(refs.map((r) => [r.date, r.issuer])).toEqual([['2025-09-29', 'Ủy ban nhân dân tỉnh Nghệ An']]);
  });

  it('reads the grassroots offices of 2025 named for a place on the next line, and a place as the parent\'s unit spells it', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    const f = extractAll({ pages: [page(`BẢO HIỂM XÃ HỘI TỈNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
NGHỆ AN
BẢO HIỂM XÃ HỘI CƠ SỞ   Độc lập - Tự do - Hạnh phúc
YÊN THÀNH   Yên Thành, ngày 06 tháng 11 năm 2025
Số: 318/BHXH-NV
V/v đôn đốc thu bảo hiểm xã hội`)] }, { places }).fields;
    expect([v(f.issuerParent), v(f.issuer), v(f.place)]).toEqual(['Bảo hiểm xã hội tỉnh Nghệ An', 'Bảo hiểm xã hội cơ sở Yên Thành', 'Yên Thành']);
    // (Mường Khong is a unit somewhere too: the header's Mường Khương, nearly its letters, is the seat.)
    const g = extractAll({ pages: [page(`UBND XÃ MƯỜNG KHƯƠNG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ HUY QUÂN SỰ   Độc lập - Tự do - Hạnh phúc
Số: 25/BC-BCH   Mường Khong, ngày 20 tháng 11 năm 2025
BÁO CÁO
Kết quả tuyển quân`)] }, { places }).fields;
    expect(v(g.place)).toBe('Mường Khương');
  });

  it('reads a full stop glued between two subject words as a space, but not in an address', () => {
    expect(subjectText(['Về.việc hỗ trợ kinh phí'])).toBe('Về việc hỗ trợ kinh phí');
    expect(subjectText(['đăng ký trên dichvucong.gov.vn'])).toBe('đăng ký trên dichvucong.gov.vn');
  });
});

describe('set-62 shapes', () => {
  it('reads a Công văn whose own body code is a type code in other letter case, its date with a split year, and a region line under its body', () => {
    const f = extractAll({ pages: [page(`CỤC THUẾ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THUẾ TỈNH THANH HÓA   Độc lập - Tự do - Hạnh phúc
Số: 2519/TTH-QLDN
V/v hướng dẫn quyết toán thuế =   Thanh Hóa, ngày 22 tháng 12 năm 202 5
thu nhập cá nhân năm 2025
Kính gửi: Các tổ chức.`)] }).fields;
    expect([v(f.documentType), v(f.date), v(f.place), v(f.subject)]).toEqual(['Công văn', '2025-12-22', 'Thanh Hóa', 'hướng dẫn quyết toán thuế thu nhập cá nhân năm 2025']);
    const g = extractAll({ pages: [page(`VIỆN KIỂM SÁT NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐẮK LẮK
VIỆN KIỂM SÁT NHÂN DÂN   Độc lập - Tự do - Hạnh phúc
KHU VỰC 3   Đắk Lắk, ngày 28 tháng 11 năm 2025
Số: 41/BC-VKSKV3
BÁO CÁO
Kết quả công tác kiểm sát`)] }).fields;
    expect([v(g.issuerParent), v(g.issuer)]).toEqual(['Viện kiểm sát nhân dân tỉnh Đắk Lắk', 'Viện kiểm sát nhân dân khu vực 3']);
  });

  it('takes no citation from the number line whose Số the restorer marked otherwise, and drops a speck after the place', async () => {
    expect(extractReferences(lines('Sơ: 61 1/UBND- KT ~ Độc lập - Tự do - Hạnh phúc'), '611/UBND-KT')).toEqual([]);
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`CHI CỤC KIỂM LÂM LAI CHÂU   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HẠT KIỂM LÂM MƯỜNG TÈ   Độc lập - Tự do - Hạnh phúc
Số: 36/QĐ-HKL   Mường Tè ò, ngày 17 tháng 10 năm 2025
QUYẾT ĐỊNH
Về việc thành lập Tổ cơ động`)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.place)).toBe('Mường Tè');
  });
});

describe('letter case of body names', () => {
  it('spells a unit name ending a body\'s name without its unit word in Title case', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`CHI CỤC KIỂM LÂM LAI CHÂU   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HẠT KIỂM LÂM MƯỜNG TÈ   Độc lập - Tự do - Hạnh phúc
Số: 36/QĐ-HKL   Mường Tè, ngày 17 tháng 10 năm 2025
QUYẾT ĐỊNH
Về việc thành lập Tổ cơ động`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuerParent), v(f.issuer)]).toEqual(['Chi cục Kiểm lâm Lai Châu', 'Hạt Kiểm lâm Mường Tè']);
  });
});

describe('set 63 shapes', () => {
  it('reads a date whose year a long place wrapped onto the next line\'s right column, after a speck before Số', () => {
    const f = extractAll({ pages: [page(`ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ ĐÀ NẴNG   Độc lập - Tự do - Hạnh phúc
SỞ NỘI VỤ
~ Số: 1502/SNV-CCVC Thành phố Đà Nẵng, ngày 09 tháng 1 0
V/v tuyển dụng viên chức | năm 2025
năm 2026
Kính gửi: Các cơ quan.`)] }).fields;
    expect([v(f.number), v(f.place), v(f.date), v(f.subject)]).toEqual(['1502/SNV-CCVC', 'Thành phố Đà Nẵng', '2025-10-09', 'tuyển dụng viên chức năm 2026']);
  });

  it('reads a date across a blank line and a speck before the year', () => {
    expect(findDate('ngày 07 tháng 4 năm\n\n+ 2021;')?.iso).toBe('2021-04-07');
  });

  it('goes on with an addressee wrapped onto the next line, past a blank line', () => {
    const r = extractRecipients(lines(`Kính gửi:
- Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các xã,
phường, thị trấn;

- Các tổ chức thành viên.

Thực hiện Kế hoạch số 5/KH-MTTQ.`));
    expect(r).toEqual(['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường, thị trấn', 'Các tổ chức thành viên']);
  });

  it('ends the distribution list at the filing line\'s full stop, where the signature column\'s words follow', async () => {
    const { extractDistribution } = await import('../../src/extract/recipients.js');
    expect(extractDistribution(lines(`Nơi nhận:
- Sở Y tế (để báo cáo);
- Trung tâm Y tế các xã,
phường;
- Lưu: VT, KSBT. Trần Văn Bình`))).toEqual(['Sở Y tế (để báo cáo)', 'Trung tâm Y tế các xã, phường', 'Lưu: VT, KSBT']);
    expect(extractDistribution(lines(`Nơi nhận:
- UBND tỉnh;
- Lưu: VT. TC`))).toEqual(['UBND tỉnh', 'Lưu: VT. TC']);
  });

  it('keeps a standing board\'s name whole (Ban Thường trực is no garbled Ban Thường vụ), and the one-stop office\'s name across its lines', async () => {
    const f = extractAll({ pages: [page(`ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NGHỆ AN   Độc lập - Tự do - Hạnh phúc
BAN THƯỜNG TRỰC   Nghệ An, ngày 02 tháng 12 năm 2025
Số: 77/MTTQ-BTT
V/v vận động
Kính gửi: Các xã.`)] }).fields;
    expect([v(f.issuerParent), v(f.issuer)]).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An', 'Ban Thường trực']);
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const g = extractAll({ pages: [page(`ỦY BAN NHÂN DÂN XÃ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
TÂN KỲ   NAM
TRUNG TÂM PHỤC VỤ   Độc lập - Tự do - Hạnh phúc
HÀNH CHÍNH CÔNG   Tân Kỳ, ngày 24 tháng 11 năm 2025
Số: 31/BC-TTPVHCC
BÁO CÁO
Kết quả giải quyết thủ tục hành chính`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(g.issuerParent), v(g.issuer)]).toEqual(['Ủy ban nhân dân xã Tân Kỳ', 'Trung tâm Phục vụ hành chính công']);
  });

  it('keeps straight quotes that pair up when it reads a V/v subject again', () => {
    const raw = `MAT TRAN TO QUOC CONG HOA XA HOI CHU NGHIA VIET NAM
So: 318/MTTQ-BTT Hoa An, ngay 02 thang 12 nam 2025
V/v van dong ung ho Quy "Vi
nguoi ngheo" nam 2026
Kinh gui: Cac thon.`;
    const text = `MẶT TRẬN TỔ QUỐC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 318/MTTQ-BTT Hòa An, ngày 02 tháng 12 năm 2025
V/v vận động ủng hộ Quỹ "Vì
người nghèo" năm 2026
Kính gửi: Các thôn.`;
    const seen: string[] = [];
    extractAll({ pages: [{ ...page(text), rawText: raw }] }, { restoreSpan: (span) => { seen.push(span); return span; } });
    expect(seen).toEqual(['van dong ung ho Quy "Vi nguoi ngheo" nam 2026']);
  });
});

describe('set 64 shapes', () => {
  it('reads a citation with a dash after số, and one whose type and body codes lost the dash between them', () => {
    const refs = extractReferences(lines(`Căn cứ Nghị định số-35/2021/NĐ-CP ngày 29 tháng 3 năm 2021 của Chính phủ;
Thực hiện Quyết định số 15/QĐTTg ngày 02 tháng 3 năm 2024 của Thủ tướng Chính phủ.`));
    expect(refs.map((r) => r.number)).toEqual(['35/2021/NĐ-CP', '15/QĐ-TTg']);
  });

  it('joins a company\'s name to its legal form across header lines, spelled as a proper name, and keeps its own code', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`UBND TỈNH HÀ TĨNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG TY TNHH MỘT   Độc lập - Tự do - Hạnh phúc
THÀNH VIÊN
THỦY LỢI NAM HÀ TĨNH   Hà Tĩnh, ngày 03 tháng 9 năm 2025
Số: 112/QĐ-CTTL
QUYẾT ĐỊNH
Về việc ban hành quy chế vận hành hồ chứa :
nước Kẻ Gỗ`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuerParent), v(f.issuer), v(f.number)]).toEqual(['Ủy ban nhân dân tỉnh Hà Tĩnh', 'Công ty TNHH một thành viên Thủy lợi Nam Hà Tĩnh', '112/QĐ-CTTL']);
    // (A colon set apart at a title line's end is a speck.)
    expect(v(f.subject)).toBe('Về việc ban hành quy chế vận hành hồ chứa nước Kẻ Gỗ');
  });

  it('reads a deputy head of a sub-department (PHÓ CHI CỤC TRƯỞNG) as that, not as a Cục trưởng', () => {
    const s = extractSigner(lines(`Nơi nhận:                          KT. CHI CỤC TRƯỞNG
- Như trên;        |       |        PHÓ CHI CỤC TRƯỞNG
- Lưu: VT, NV.

Lê Thanh Bình`));
    expect([s?.title, s?.authority]).toEqual(['Phó Chi cục trưởng', 'KT. Chi cục trưởng']);
  });

  it('names no district in a body ending in QUAN (Cục Hải quan), and takes a region\'s numeral whole from the own symbol', () => {
    const f = extractAll({ pages: [page(`CỤC HẢI QUAN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC HẢI QUAN KHU VỰC II   Độc lập - Tự do - Hạnh phúc
Số: 512/HQKVIII-GSQL   Đà Nẵng, ngày 12 tháng 8 năm 2025
V/v giám sát hàng hóa`)] }).fields;
    expect([v(f.issuerParent), v(f.issuer)]).toEqual(['Cục Hải quan', 'Chi cục Hải quan khu vực III']);
  });
});

describe('set 65 shapes', () => {
  it('drops a small-letter speck before an issuer line\'s caps words, so a wrapped name joins', () => {
    const f = extractAll({ pages: [page(`UBND TỈNH QUẢNG TRỊ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ KHU KINH   Độc lập - Tự do - Hạnh phúc
oo TẾ TỈNH
Số: 77/KKT-VP   Quảng Trị, ngày 08 tháng 12 năm 2025
V/v báo cáo`)] }).fields;
    expect([v(f.issuerParent), v(f.issuer)]).toEqual(['Ủy ban nhân dân tỉnh Quảng Trị', 'Ban Quản lý Khu kinh tế tỉnh']);
  });

  it('reads a place OCR left as small-letter words around one of its seat\'s as the seat, not a unit word and the seat', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI   Độc lập - Tự do - Hạnh phúc
Số: 312/QĐ-LĐLĐ
bà Gia lệ, ngày 21 tháng 11 năm 2025
QUYẾT ĐỊNH
Về việc khen thưởng`)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.place)).toBe('Gia Lai');
    const g = extractAll({ pages: [page(`ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ HỒ CHÍ MINH   Độc lập - Tự do - Hạnh phúc
SỞ NỘI VỤ
Số: 12/SNV-VP   Thành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2025
V/v tuyển dụng`)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(g.place)).toBe('Thành phố Hồ Chí Minh');
  });
});

describe('set 66 shapes', () => {
  it('reads a type title followed by a word or two naming its kind, and the subject under it', () => {
    const f = extractAll({ pages: [page(`UBND TỈNH NAM ĐỊNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THANH TRA TỈNH   Độc lập - Tự do - Hạnh phúc
Số: 12/KH-TTr   Nam Định, ngày 04 tháng 3 năm 2025
KẾ HOẠCH LIÊN TỊCH
Phối hợp tiếp công dân năm 2025
Căn cứ Luật Tiếp công dân.`)] }).fields;
    expect([v(f.documentType), v(f.subject)]).toEqual(['Kế hoạch', 'Phối hợp tiếp công dân năm 2025']);
  });

  it('reads a damaged title in the signature column beside Nơi nhận, with no authority line, its Đ read as P', () => {
    const s = extractSigner(lines(`Nơi nhận: | o | GIÁM PGC
- Như trên;
- Lưu: VT.

Trần Văn Nam`));
    expect([s?.title, s?.name]).toEqual(['Giám đốc', 'Trần Văn Nam']);
  });
});


describe('letter case of 2025 body names', () => {
  it('keeps the capitals inside a body\'s name, and a unit word after an economic zone board small', () => {
    expect(['NGÂN HÀNG CHÍNH SÁCH XÃ HỘI', 'VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI', 'BỘ TƯ LỆNH QUÂN KHU 4', 'BAN QUẢN LÝ KHU KINH TẾ TỈNH HÀ TĨNH'].map(nameCase))
      .toEqual(['Ngân hàng Chính sách xã hội', 'Văn phòng Đăng ký đất đai', 'Bộ Tư lệnh Quân khu 4', 'Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh']);
  });
});

describe('set 67 shapes', () => {
  it('ends a central issuer at a dash OCR glued to the next word, and reads addressees inline with a quote for a space', () => {
    const refs = extractReferences(lines('Thực hiện Nghị định số 45/2021/NĐ-CP ngày 31 tháng 3 năm 2021 của Chính phủ-quy định về thành lập, Sở đề nghị.'));
    expect(refs.map((r) => r.issuer)).toEqual(['Chính phủ']);
    expect(extractRecipients(lines(`Kính gửi: Sở Tài chính; Sở'Y tế; Sở Xây dựng.`))).toEqual(['Sở Tài chính', 'Sở Y tế', 'Sở Xây dựng']);
  });

  it('drops a closing bracket set apart with none opened, and puts back the space after a glued comma', () => {
    expect(subjectText(['rà soát số lượng người làm việc tại các đơn vị ) sự nghiệp công lập'])).toBe('rà soát số lượng người làm việc tại các đơn vị sự nghiệp công lập');
    expect(subjectText(['ứng phó với mưa lớn,lũ quét, sạt lở đất'])).toBe('ứng phó với mưa lớn, lũ quét, sạt lở đất');
    expect(subjectText(['kiểm tra (đợt 2) năm 2025'])).toBe('kiểm tra (đợt 2) năm 2025');
  });

  it('names a commune Party committee\'s Ban Xây dựng Đảng whole when the restorer left its caps line unmarked', () => {
    expect(nameCase('BAN XAY DUNG ĐĂNG')).toBe('Ban Xây dựng Đảng');
  });
});

describe('set 68 shapes', () => {
  it('reads a cited issuer after a month with a full stop glued before it, and a year whose 2 OCR read as Z in a subject', () => {
    const refs = extractReferences(lines('Thực hiện Kế hoạch số 17/KH-HND ngày 12 tháng.4 năm 2025 của Hội Nông dân tỉnh, Hội Nông dân xã báo cáo.'));
    expect(refs.map((r) => [r.date, r.issuer])).toEqual([['2025-04-12', 'Hội Nông dân tỉnh']]);
    expect(subjectText(['Kết quả công tác năm Z025'])).toBe('Kết quả công tác năm 2025');
  });

  it('joins a civil defence command\'s name wrapped over two header lines', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`UBND TỈNH HÀ TĨNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ HUY PHÒNG THỦ   Độc lập - Tự do - Hạnh phúc
DÂN SỰ
Số: 31/BCH-PTDS   Hà Tĩnh, ngày 02 tháng 10 năm 2025
V/v ứng phó bão`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuerParent), v(f.issuer)]).toEqual(['Ủy ban nhân dân tỉnh Hà Tĩnh', 'Ban Chỉ huy Phòng thủ dân sự']);
  });
});

describe('set 69 shapes', () => {
  it('reads a cited issuer after a quote speck before tháng and after a dash before a wrapped year', () => {
    const a = extractReferences(lines('Thực hiện Công văn số 41/CV-UBND ngày 09 ‘tháng 10 năm 2025 của Ủy ban nhân dân tỉnh Nghệ An, Sở báo cáo.'));
    expect(a.map((r) => [r.date, r.issuer])).toEqual([['2025-10-09', 'Ủy ban nhân dân tỉnh Nghệ An']]);
    const b = extractReferences(lines('Thực hiện Kế hoạch số 7-KH/HU ngày 21 tháng 3 năm -\n2024 của Ban Thường vụ Huyện ủy, Đảng ủy xã báo cáo.'));
    expect(b.map((r) => [r.date, r.issuer])).toEqual([['2024-03-21', 'Ban Thường vụ Huyện ủy']]);
  });

  it('joins a specialised project board\'s name wrapped over three header lines, and a number alone after a blank line in a V/v subject', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`UBND TỈNH NGHỆ AN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ   Độc lập - Tự do - Hạnh phúc
XÂY DỰNG CÔNG TRÌNH
DÂN DỤNG VÀ CÔNG NGHIỆP   Nghệ An, ngày 02 tháng 10 năm 2025
Số: 31/BQLDA-KH
V/v bàn giao mặt bằng tuyến quốc lộ

48E

Kính gửi: Ủy ban nhân dân xã Nghĩa Đàn.`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuerParent), v(f.issuer)]).toEqual(['Ủy ban nhân dân tỉnh Nghệ An', 'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp']);
    expect(v(f.subject)).toBe('bàn giao mặt bằng tuyến quốc lộ 48E');
  });
});

describe('set 70 shapes', () => {
  it('reads Số printed Sé6, a currency-sign speck in a subject, and a year after a low-quote speck under a V/v subject', () => {
    const f = extractAll({ pages: [page(`UBND XÃ AN LẠC   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG   Độc lập - Tự do - Hạnh phúc
Sé6: 18/VP - An Lạc, ngày 05 tháng 11 năm 2025
V/v tổng kết công tác tại ¢ cơ sở năm

„2025

Kính gửi: Các thôn.`)] }).fields;
    expect(v(f.number)).toBe('18/VP');
    expect(v(f.subject)).toBe('tổng kết công tác tại cơ sở năm 2025');
  });

  it('gives an addressee whose last word OCR destroyed the spelling of the document\'s own parent body', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `UBND XÃ TÂN PHONG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG VĂN HÓA - XÃ HỘI   Độc lập - Tự do - Hạnh phúc
Số: 12/TTr-VHXH   Tân Phong, ngày 03 tháng 12 năm 2025
TỜ TRÌNH
Về việc đề nghị phê duyệt kế hoạch

Kính gửi: Ủy ban nhân dân xã Tân Uxo.`;
    expect(extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields.recipients).toEqual(['Ủy ban nhân dân xã Tân Phong']);
    const other = text.replace('Tân Uxo', 'Tân Phú');
    expect(extractAll({ pages: [page(other)] }, { places: loadDefaultPlaces() }).fields.recipients).toEqual(['Ủy ban nhân dân xã Tân Phú']);
  });
});

describe('set 71 shapes', () => {
  it('ends a Giấy mời subject at the line that invites, with no blank line between', () => {
    const f = extractAll({ pages: [page(`HỘI NÔNG DÂN TỈNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN THƯỜNG VỤ   Độc lập - Tự do - Hạnh phúc
Số: 12/GM-HND   Hà Tĩnh, ngày 05 tháng 11 năm 2025
GIẤY MỜI
Dự Hội nghị sơ kết công tác Hội năm
2025
Ban Thường vụ Hội Nông dân tỉnh trân trọng kính mời đồng chí Chủ tịch
Hội Nông dân các xã dự Hội nghị.
Thời gian: 08 giờ 00, ngày 12 tháng 11 năm 2025.`)] }).fields;
    expect(v(f.subject)).toBe('Dự Hội nghị sơ kết công tác Hội năm 2025');
  });

  it('keeps a Youth Union\'s own code and reads no place from TỈNH ĐOÀN', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`ĐOÀN TNCS HỒ CHÍ MINH   Tiền Giang, ngày 20 tháng 11 năm 2025
BCH TỈNH ĐOÀN TIỀN GIANG
***
Số: 31-KH/TĐTN-TNTH
KẾ HOẠCH
Tổ chức Ngày hội thanh niên năm 2026`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.number), v(f.place)]).toEqual(["31-KH/TĐTN-TNTH", "Tiền Giang"]);
  });

  it('keeps a capitalised word of a V/v subject before the place, and the lines it goes on under the place-date line', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`BỘ NỘI VỤ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 512/BNV-VP
V/v bố trí trực trong dịp nghỉ   Độc lập - Tự do - Hạnh phúc
Tết Hà Nội, ngày 04 tháng 12 năm 2025
Nguyên đán Bính Ngọ 2026

Kính gửi: Các đơn vị thuộc Bộ.`)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.subject)).toBe('bố trí trực trong dịp nghỉ Tết Nguyên đán Bính Ngọ 2026');
  });

  it('reads a name line led by a list dash again alone', async () => {
    const { loadDefaultRestorer } = await import('../../src/restore/index.js');
    const r = await loadDefaultRestorer({ profile: 'damaged' });
    const raw = 'Noi nhan: CHU TICH\n- Luu: VT.\n- Lé Van Hung';
    const text = r.restore(raw);
    const pg: Page = { number: 1, source: 'text-layer', reason: 't', confidence: null, layerQuality: null, rawText: raw, text };
    const f = extractAll({ pages: [pg] }, { restoreSpan: (s: string) => r.restore(s) }).fields;
    // (Hung without marks is the commoner Hùng, as the name model ranks given names since session 33.)
    expect((f.signer as { name: string }).name).toBe('Lê Văn Hùng');
  });
});

describe('set 72 shapes', () => {
  it('drops a star speck glued before the place where the V/v line ran into the date', () => {
    const f = extractAll({ pages: [page(`ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TAM ĐẢO   Độc lập - Tự do - Hạnh phúc
Số: 85/UBND-VP
V/v phòng chống rét đậm *Tam Đảo, ngày 01 tháng 12 năm 2025

Kính gửi: Các thôn.`)] }).fields;
    expect([v(f.subject), v(f.place)]).toEqual(['phòng chống rét đậm', 'Tam Đảo']);
  });
});

describe('set 73 shapes', () => {
  it('drops a lone capital OCR printed after the year ending a title, and reads an Ede name whose Y OCR marked', () => {
    const raw = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ EA KAR   Độc lập - Tự do - Hạnh phúc
Số: 12/BC-UBND   Ea Kar, ngày 05 tháng 12 năm 2025
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm
2025 K |

Nơi nhận:   CHỦ TỊCH
- Lưu: VT.
Ý Điêt Mlô`;
    const text = raw.replace('2025 K |', '2025 Khi |');
    const f = extractAll({ pages: [{ number: 1, source: 'text-layer', reason: 't', confidence: null, layerQuality: null, rawText: raw, text }] }).fields;
    expect(v(f.subject)).toBe('Kết quả thực hiện nhiệm vụ năm 2025');
    expect((f.signer as { name: string }).name).toBe('Y Điêt Mlô');
  });
});

describe('set 74 shapes', () => {
  it('drops a currency-sign speck from an addressee, and reads a name with a full stop and a space inside it', () => {
    expect(extractRecipients(lines('Kính gửi: Trưởng các phòng chuyên môn ¢ thuộc Ủy ban nhân dân xã.'))).toEqual(['Trưởng các phòng chuyên môn thuộc Ủy ban nhân dân xã']);
    const s = extractSigner(lines('Nơi nhận:   KT. CHỦ TỊCH\n- Lưu: VT.   PHÓ CHỦ TỊCH\n\nPhạm Thị Thu. Hằng'));
    expect(s?.name).toBe('Phạm Thị Thu Hằng');
  });
});

describe('set 75 shapes', () => {
  it('joins a place alone under a university\'s line, and reads a school\'s kind OCR damaged', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    const uni = extractAll({ pages: [page(`BỘ Y TẾ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG ĐẠI HỌC Y DƯỢC.   Độc lập - Tự do - Hạnh phúc
CẦN THƠ
Số: 12/TB-ĐHYDCT   Cần Thơ, ngày 10 tháng 12 năm 2025
THÔNG BÁO
Về việc nghỉ Tết`)] }, { places }).fields;
    expect([v(uni.issuerParent), v(uni.issuer)]).toEqual(['Bộ Y tế', 'Trường Đại học Y Dược Cần Thơ']);
    const school = extractAll({ pages: [page(`UBND XÃ AN PHÚ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIFU HOẶC AN PHÚ   Độc lập - Tự do - Hạnh phúc
Số: 12/KH-TH   An Phú, ngày 10 tháng 12 năm 2025
KẾ HOẠCH
Tổ chức Ngày hội đọc sách`)] }, { places }).fields;
    expect(v(school.issuer)).toBe('Trường Tiểu học An Phú');
  });
});

describe('set 76 shapes', () => {
  it('goes on past a blank line with the Nam of Việt Nam, and ends a small-letter subject at a capital Căn cứ', () => {
    const a = extractAll({ pages: [page(`TỈNH ỦY HÀ TĨNH   ĐẢNG CỘNG SẢN VIỆT NAM
BAN TỔ CHỨC   Hà Tĩnh, ngày 22 tháng 12 năm 2025
*
Số 12-KH/BTCTU
KẾ HOẠCH
tổ chức các hoạt động kỷ niệm Ngày thành lập Đảng Cộng sản Việt

. Năm (03/02/1930 - 03/02/2026)

Thực hiện Hướng dẫn của Ban Tổ chức Trung ương.`)] }).fields;
    expect(v(a.subject)).toBe('tổ chức các hoạt động kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)');
    const b = extractAll({ pages: [page(`TỈNH ỦY HÀ TĨNH   ĐẢNG CỘNG SẢN VIỆT NAM
ỦY BAN KIỂM TRA   Hà Tĩnh, ngày 22 tháng 12 năm 2025
*
Số 09-HD/UBKTTU
HƯỚNG DẪN
thực hiện công tác giám sát năm 2026
Căn cứ Quy định số 296-QĐ/TW ngày 30 tháng 5 năm 2025 của

Ban Chấp hành Trung ương.`)] }).fields;
    expect(v(b.subject)).toBe('thực hiện công tác giám sát năm 2026');
  });

  it('reads the title of a station\'s head, and mends a three-letter own code one letter from all its issuer\'s initials', () => {
    const f = extractAll({ pages: [page(`UBND XÃ AN HÒA   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRẠM Y TẾ   Độc lập - Tự do - Hạnh phúc
Số: 12/BC-TYI   An Hòa, ngày 16 tháng 12 năm 2025
BÁO CÁO
Kết quả tiêm chủng năm 2025

Nơi nhận:   TRƯỞNG TRẠM
- Lưu: TYT.

Nguyễn Thị Lan`)] }).fields;
    expect([v(f.number), (f.signer as { title: string }).title]).toEqual(['12/BC-TYT', 'Trưởng trạm']);
  });
});

describe('set 77 shapes', () => {
  it('keeps a name word after the unit word that has a unit word\'s letters, and reads a date with a colon glued before năm', () => {
    const f = extractAll({ pages: [page(`ĐẢNG BỘ TỈNH NGHỆ AN   ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TÂN PHUONG   Tân Phương, ngày 05 tháng 12:năm 2025
*
Số 12-TB/ĐU
THÔNG BÁO
kết luận của Ban Thường vụ`)] }).fields;
    expect([v(f.issuer), v(f.date)]).toEqual(['Đảng ủy xã Tân Phương', '2025-12-05']);
  });

  it('takes a title\'s year from a line with marks far right of it, past a quote after năm', () => {
    const f = extractAll({ pages: [page(`ĐẢNG BỘ TỈNH NGHỆ AN   ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ NAM ĐÀN   Nam Đàn, ngày 05 tháng 12 năm 2025
*
Số 12-TB/ĐU
THÔNG BÁO
kết luận của Ban Thường vụ tại hội nghị tháng 11 năm '
2025                  -      CỐ

Ngày 04 tháng 12 năm 2025, Ban Thường vụ họp.`)] }).fields;
    expect(v(f.subject)).toBe('kết luận của Ban Thường vụ tại hội nghị tháng 11 năm 2025');
  });

  it('takes back into the issuer a word of its name OCR merged into the place-date line', () => {
    const f = extractAll({ pages: [page(`SỞ CÔNG THƯƠNG NGHỆ AN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC QUẢN LÝ THỊ   Độc lập - Tự do - Hạnh phúc
"TRƯỜNG Nghệ An, ngày 09 tháng 12 năm 2025
Số: 45/QLTT-NV
V/v kiểm tra thị trường`)] }).fields;
    expect([v(f.issuer), v(f.place)]).toEqual(['Chi cục Quản lý thị trường', 'Nghệ An']);
  });
});

describe('set 78 shapes', () => {
  it('reads the issuer after a cited date whose year has a colon glued before it', () => {
    const refs = extractReferences(lines(`Thực hiện Chương trình công tác số 05-CTr/HNDT ngày 10 tháng
01 năm :2025 của Ban Thường vụ Hội Nông dân tỉnh, Ban Thường vụ trân trọng kính mời.`), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['05-CTr/HNDT', '2025-01-10', 'Ban Thường vụ Hội Nông dân tỉnh']]);
  });

  it('reads a Công điện\'s addressees after a sender line whose last word OCR garbled into the restorer\'s đại diện', () => {
    expect(extractRecipients(lines(`CHỦ TỊCH ỦY BAN NHÂN DÂN ại diện:
- Giám đốc các sở, ngành;
- Chủ tịch Ủy ban nhân dân các xã, phường.

Thực hiện Công điện số 221/CĐ-TTg`))).toEqual(['Giám đốc các sở, ngành', 'Chủ tịch Ủy ban nhân dân các xã, phường']);
    // An ordinary line that ends in đại diện: is no sender.
    expect(extractRecipients(lines(`Thành phần mời: đại diện:
- Sở Tài chính.`))).toEqual([]);
  });

  it('reads a Party title OCR merged onto a Nơi nhận item with one word of it in Title case', () => {
    const s = extractSigner(lines(`Nơi nhận: oo T/M BAN THƯỜNG VỤ

- Các đảng bộ trực thuộc Tỉnh PHÓ Bí THƯ THƯỜNG TRỰC

- Lưu Văn phòng Tỉnh ủy.
Mai Văn Tuất`));
    expect([s?.title, s?.authority, s?.name]).toEqual(['Phó Bí thư Thường trực', 'T/M Ban Thường vụ', 'Mai Văn Tuất']);
  });

  it('takes a cited document\'s issuer from a later citation that states it over the one its symbol implied', () => {
    const refs = extractReferences(lines(`Sửa đổi một số điều của Thông tư số 32/2023/TT-BYT quy định chi tiết
Căn cứ Luật Khám bệnh, chữa bệnh;
Bộ trưởng ban hành Thông tư sửa đổi Thông tư số 32/2023/TT-BYT ngày 31 tháng 12 năm 2023 của
Bộ trưởng Bộ Y tế.`), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['32/2023/TT-BYT', '2023-12-31', 'Bộ trưởng Bộ Y tế']]);
  });

  it('runs an addressee on to a next line in capitals when its line broke after và', () => {
    expect(extractRecipients(lines(`Kính gửi:
- Giám đốc các sở: Nông nghiệp và Môi trường, Giáo dục và
Đào tạo;
- Chủ tịch Ủy ban nhân dân các xã.

Thực hiện Công điện số 221/CĐ-TTg`))).toEqual(['Giám đốc các sở: Nông nghiệp và Môi trường, Giáo dục và Đào tạo', 'Chủ tịch Ủy ban nhân dân các xã']);
  });
});

describe('set 79 shapes', () => {
  it('reads a cited issuer that ends before về with a colon glued to it', () => {
    const refs = extractReferences(lines(`Thực hiện Hướng dẫn số 25-HD/BTCTW ngày 12 tháng 11 năm
2025 của Ban Tổ chức Trung ương về: kiểm điểm và đánh giá, Chi bộ báo cáo như sau.`), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['25-HD/BTCTW', 'Ban Tổ chức Trung ương']]);
  });

  it('takes an urgency mark OCR merged onto the end of the V/v line out of the subject', () => {
    const f = extractAll({ pages: [page(`SỞ Y TẾ PHÚ THỌ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM KIỂM SOÁT BỆNH TẬT   Độc lập - Tự do - Hạnh phúc
Số: 1426/KSBT-PCBTN   Phú Thọ, ngày 05 tháng 12 năm 2025

V/v tăng cường phòng, chống : KHẨN
bệnh sốt xuất huyết

Kính gửi: Trạm Y tế các xã.`)] }).fields;
    expect([v(f.subject), v(f.urgency)]).toEqual(['tăng cường phòng, chống bệnh sốt xuất huyết', 'Khẩn']);
  });

  it('joins a school\'s name cut after its level and one word, and spells the parent\'s unit as the place-date line printed it otherwise', () => {
    const pg = { ...page(`ĐẢNG BỘ PHƯỜNG TÚ SƠN   ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG THPT LÝ   Từ Sơn, ngày 22 tháng 12 năm 2025
THÁI TỔ
*
Số 18-BC/CB
BÁO CÁO
kiểm điểm tập thể chi ủy năm 2025`), rawText: `PANG BO PHUONG TU SON   PANG CONG SAN VIET NAM
CHI BO TRUONG THPT LY   Tir Son, ngay 22 thang 12 nam 2025
THAI TO
*
S6 18-BC/CB
BAO CAO
kiem diem tap the chi uy nam 2025` };
    const f = extractAll({ pages: [pg] }).fields;
    expect([v(f.issuer), v(f.issuerParent), v(f.place)]).toEqual(['Chi bộ Trường THPT Lý Thái Tổ', 'Đảng bộ phường Từ Sơn', 'Từ Sơn']);
  });
});

describe('set 80 shapes', () => {
  it('reads a cited issuer past a closing bracket OCR set at the end of the line above', () => {
    const refs = extractReferences(lines(`Căn cứ Kế hoạch số 301/KH-UBND ngày 02 tháng 12 năm 2025 )
của Ủy ban nhân dân xã về tổ chức các hoạt động văn hóa.`), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['301/KH-UBND', 'Ủy ban nhân dân xã']]);
  });

  it('reads no dash after a unit line as joining a body below it', () => {
    const b = extractAll({ pages: [page(`ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG VĨNH YÊN -
PHÒNG KINH TẾ, HẠ TẦNG   Độc lập - Tự do - Hạnh phúc
VÀ ĐÔ THỊ   Vĩnh Yên, ngày 18 tháng 12 năm 2025
Số: 58/TTr-KTHTĐT
TỜ TRÌNH
Về việc sửa chữa đường giao thông`)] }).fields;
    expect([v(b.issuer), v(b.issuerParent)]).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị', 'Ủy ban nhân dân phường Vĩnh Yên']);
  });

  it('reads a cited issuer whose first word OCR garbled into capitals as the one its symbol names', () => {
    const refs = extractReferences(lines(`Thực hiện Công văn số 2894/SYT-NVY ngày 03 tháng 12 năm 2025
của SG'Y tế về phòng, chống bệnh sốt xuất huyết.`), null);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['2894/SYT-NVY', 'Sở Y tế']]);
  });
});

describe('set 81 shapes', () => {
  it('spells đoàn after the unit a Youth Union committee serves', () => {
    const refs = extractReferences(lines(`Thực hiện Kế hoạch số 215-KH/TĐTN-PT ngày 01 tháng 12 năm
2025 của Ban Thường vụ Tỉnh đoan về tổ chức các hoạt động tình nguyện.`), null);
    expect(refs.map((r) => r.issuer)).toEqual(['Ban Thường vụ Tỉnh đoàn']);
  });

  it('puts back a Đ in the own code when that makes it initials of the issuer in order, words skipped', () => {
    const f = extractAll({ pages: [page(`VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG TRỊ
CHI NHÁNH KHU VỰC   Độc lập - Tự do - Hạnh phúc
ĐỒNG HỚI   Đồng Hới, ngày 15 tháng 12 năm 2025
Số: 88/TB-CNPH
THÔNG BÁO
Về việc niêm yết công khai`)] }).fields;
    expect([v(f.issuer), v(f.number)]).toEqual(['Chi nhánh khu vực Đồng Hới', '88/TB-CNĐH']);
  });
});

describe('set 82 shapes', () => {
  it('reads a cited date whose year năm is glued to, a dash speck after it, and the issuer on the next line', () => {
    const refs = extractReferences(lines(`Thực hiện Kế hoạch số 36-KH/BTCTU ngày 15 tháng 02 năm2025 -
~ của Ban Tổ chức Tỉnh ủy về công tác bồi dưỡng đảng viên.`), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['36-KH/BTCTU', '2025-02-15', 'Ban Tổ chức Tỉnh ủy']]);
  });

  it('reads a day of two digits with a 1 OCR glued before it', () => {
    expect(findDate('ngày 125 tháng 9 năm 2025')?.iso).toBe('2025-09-25');
    const refs = extractReferences(lines(`Thực hiện Kế hoạch số 245/KH-UBND ngày 125 tháng 9 năm 2025
của Ủy ban nhân dân tỉnh về tổ chức Ngày Pháp luật.`), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['245/KH-UBND', '2025-09-25', 'Ủy ban nhân dân tỉnh']]);
  });

  it('joins an agricultural services centre\'s name OCR wrapped after Dịch vụ', () => {
    const f = extractAll({ pages: [page(`ỦY BAN NHÂN DÂN XÃ YÊN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
ĐỊNH oo NAM
TRUNG TÂM DỊCH VỤ Độc lập - Tự do - Hạnh phúc
NÔNG NGHIỆP . Yên Định, ngày 19 tháng 12 năm 2025
Số: 41/BC-TTDVNN
BÁO CÁO
Kết quả sản xuất`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Trung tâm Dịch vụ nông nghiệp', 'Ủy ban nhân dân xã Yên Định']);
  });

  it('keeps a region\'s Roman numeral that is a syllable too in capitals after khu vực', () => {
    expect(nameCase('BẢO HIỂM XÃ HỘI KHU VỰC XI')).toBe('Bảo hiểm xã hội khu vực XI');
    expect(nameCase('CÔNG TY XI MĂNG')).toBe('Công ty xi măng');
  });
});

describe('set 83 shapes', () => {
  it('reads a cited date with a 1 set apart before its year, or a bracket speck before its month', () => {
    expect(findDate('ngày 28 tháng | 11 năm 1 2025 của')?.iso).toBe('2025-11-28');
    expect(findDate('ngày 02 théing ( 02 năm 2018')?.iso).toBe('2018-02-02');
    const refs = extractReferences(lines(`Thực hiện Chỉ thị số 08/CT-UBND ngày 28 tháng | 11 năm 1 2025 của
Ủy ban nhân dân tỉnh Quảng Ninh về tăng cường công tác bảo vệ môi trường.`), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['08/CT-UBND', '2025-11-28', 'Ủy ban nhân dân tỉnh Quảng Ninh']]);
  });

  it('takes a board\'s parent from the nearest Party committee above it, not the province\'s organisation too', () => {
    const f = extractAll({ pages: [page(`ĐẢNG BỘ TỈNH HÀ TĨNH   ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ NGHI XUÂN   Nghi Xuân, ngày 18 tháng 12 năm 2025
BAN XÂY DỰNG ĐẢNG
*
Số 21-BC/BXDĐ
BÁO CÁO
kết quả công tác dân vận năm 2025`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent), v(f.place)]).toEqual(['Ban Xây dựng Đảng', 'Đảng ủy xã Nghi Xuân', 'Nghi Xuân']);
  });

  it('spells a cited issuer with the letters of its symbol\'s body as that body is spelled', () => {
    const refs = extractReferences(lines(`Thực hiện Công văn số 3015/SYT-NVY ngày 08 tháng 12 năm 2025 của Sở Ý tế về công tác y tế dịp Tết.`), null);
    expect(refs.map((r) => r.issuer)).toEqual(['Sở Y tế']);
  });
});


describe('set 84 shapes', () => {
  it('reads a Lưu item\'s KT. merged onto a deputy\'s title as no authority', () => {
    const s = extractSigner(lines(`Nơi nhận: ~~ o TL. CHỦ TỊCH
- Các sở, ngành liên quan; KT. CHÁNH VĂN PHÒNG
- Lưu: VT, KT. PHÓ CHÁNH VĂN PHÒNG
Ngô Quang Thịnh`));
    expect([s?.title, s?.authority, s?.name]).toEqual(['Phó Chánh Văn phòng', 'TL. Chủ tịch; KT. Chánh Văn phòng', 'Ngô Quang Thịnh']);
  });

  it('reads a Đ that OCR made a small b beside a capital D as one Đ in a code', () => {
    expect(normalizeNumber('296-QbD/TW')).toBe('296-QĐ/TW');
    expect(normalizeNumber('15/QpD-UBND')).toBe('15/QĐ-UBND');
    // (A known code keeps its letters: BDT is one.)
    expect(normalizeNumber('12/BC-BDT')).toBe('12/BC-BDT');
  });

  it('spells out the initials of a vocational and continuing education centre', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    for (const unit of ['TRUNG TÂM GDNN - GDTX .', 'TRUNG TÂM GDNN-GDTX']) {
      const f = extractAll({ pages: [page(`SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
PHÚ THỌ          NAM
${unit}     Độc lập - Tự do - Hạnh phúc
YÊN LẠC     Yên Lạc, ngày 10 tháng 12 năm 2025
Số: 96/KH-TTGDNN-GDTX
KẾ HOẠCH
Tổ chức kiểm tra cuối học kỳ I năm học 2025 - 2026`)] }, { places }).fields;
      expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên Yên Lạc', 'Sở Giáo dục và Đào tạo Phú Thọ']);
    }
  });

  it('completes a mass organisation\'s name with the unit line below it, a ward the gazetteer does not know', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`HỘI CCB THÀNH PHỐ HẢI PHÒNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI CỰU CHIẾN BINH               Độc lập - Tự do - Hạnh phúc
PHƯỜNG HỒNG BÀNG       Hồng Bàng, ngày 19 tháng 12 năm 2025
Số: 27/BC-CCB
BÁO CÁO
Tổng kết công tác Hội năm 2025`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Hội Cựu chiến binh phường Hồng Bàng', 'Hội Cựu chiến binh thành phố Hải Phòng']);
  });

  it('joins a province\'s Party bodies\' committee wrapped before ĐẢNG TỈNH', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`ĐẢNG BỘ TỈNH NINH BÌNH      ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY CÁC CƠ QUAN      Ninh Bình, ngày 12 tháng 8 năm 2025
ĐẢNG TỈNH
*
Số 45-KH/ĐU
KẾ HOẠCH
tổ chức Đại hội`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Đảng ủy các cơ quan Đảng tỉnh', 'Đảng bộ tỉnh Ninh Bình']);
  });
});

describe('set 85 shapes', () => {
  it('joins the zone a board ending in KHU KINH TẾ serves, its last word wrapped alone between', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`UBND TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
BAN QUẢN LÝ KHU KINH    NAM
TẾ     Độc lập - Tự do - Hạnh phúc
ĐÔNG NAM     Nghệ An, ngày 09 tháng 12 năm 2025
Số: 145/GM-KKT
GIẤY MỜI
Họp bàn giải pháp tháo gỡ vướng mắc`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Ban Quản lý Khu kinh tế Đông Nam', 'Ủy ban nhân dân tỉnh Nghệ An']);
  });
});

describe('set 86 shapes', () => {
  it('keeps a body\'s head word ending a subject and drops a dash speck after its opening Về', () => {
    const f = extractAll({ pages: [page(`UBND TỈNH GIA LAI     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TÀI CHÍNH     Độc lập - Tự do - Hạnh phúc
Số: 1285/QĐ-STC     Gia Lai, ngày 19 tháng 12 năm 2025

QUYẾT ĐỊNH
Về- việc giao dự toán chi ngân sách năm 2026 cho các đơn vị trực
thuộc Sở :

GIÁM ĐỐC SỞ TÀI CHÍNH
Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15 ngày 25 tháng 6 năm 2025.`)] }).fields;
    expect(v(f.subject)).toBe('Về việc giao dự toán chi ngân sách năm 2026 cho các đơn vị trực thuộc Sở');
  });
});

describe('set 87 shapes', () => {
  it('reads a cited code whose first letter OCR read as a digit, a full stop speck before its dash', () => {
    const refs = extractReferences(lines(`Thực hiện Công văn số 3120/5VHTTDL.-VP ngày 15 tháng 12 năm
2025 của Sở Văn hóa, Thể thao và Du lịch về việc nghỉ Tết.`), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['3120/SVHTTDL-VP', '2025-12-15', 'Sở Văn hóa, Thể thao và Du lịch']]);
  });

  it('spells a department\'s field as its name is when OCR ran two of its words together', () => {
    expect(spellDepartment('SỞ VĂN HÓA, THỂ THAO VÀ DULICH')).toBe('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(spellDepartment('SỞ Y TẾ NGHỆ AN')).toBe('SỞ Y TẾ NGHỆ AN');
  });

  it('joins a college\'s name cut after its level and one word, read with other marks, a dash in the rest', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`SỞ GIÁO DỤC VÀ ĐÀO TẠO    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HÀ TĨNH
TRƯỜNG CAO ĐĂNG KỸ    Độc lập - Tự do - Hạnh phúc
THUẬT VIỆT - ĐỨC    Hà Tĩnh, ngày 23 tháng 12 năm 2025
Số: 615/QĐ-CĐVĐ
QUYẾT ĐỊNH
Về việc công nhận tốt nghiệp`)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuerParent)).toBe('Sở Giáo dục và Đào tạo Hà Tĩnh');
    expect(looseKey(v(f.issuer) ?? '')).toBe(looseKey('Trường Cao đẳng Kỹ thuật Việt - Đức'));
  });
});

describe('set 88 shapes', () => {
  it('never writes a date whose month OCR made a letter the look-alikes lack; reads one in the other case', () => {
    const bad = findDate('ngày 10 tháng L5 năm 2025 của');
    expect(bad?.iso).toBeNull();
    expect(findDate('ngày 10 tháng i2 năm 2025')?.iso).toBe('2025-12-10');
    const refs = extractReferences(lines(`Thực hiện Công văn số 2890/SVHTTDL-KHTC ngày 10 tháng L5
năm 2025 của Sở Văn hóa, Thể thao và Du lịch về báo cáo tổng kết năm.`), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['2890/SVHTTDL-KHTC', null, 'Sở Văn hóa, Thể thao và Du lịch']]);
  });

  it('reads a department named with a dash before XÃ HỘI as no national motto', () => {
    expect(splitColumns('PHÒNG VĂN HÓA - XÃ HỘI')).toEqual(['PHÒNG VĂN HÓA - XÃ HỘI']);
    expect(splitColumns('UBND XÃ NAM ĐÀN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT')).toEqual(['UBND XÃ NAM ĐÀN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT']);
  });

  it('reads an agricultural extension station\'s TRẠM that the model made TRĂM, a number word', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`TRUNG TÂM KHUYẾN NÔNG TỈNH NGHỆ AN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRĂM KHUYẾN NÔNG KHU VỰC YÊN THÀNH    Độc lập - Tự do - Hạnh phúc
Số: 34/KH-TKN    Yên Thành, ngày 02 tháng 12 năm 2025
KẾ HOẠCH
Tập huấn kỹ thuật gieo cấy lúa vụ Xuân năm 2026`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Trạm Khuyến nông khu vực Yên Thành', 'Trung tâm Khuyến nông tỉnh Nghệ An']);
  });
});

describe('set 89 shapes', () => {
  const withRaw = (text: string, raw: string): Page => ({ ...page(text), rawText: raw });

  it('spells a commune as the date line read its marks where OCR printed the header\'s plainly', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `HỘI KHUYẾN HỌC TỈNH HƯNG YÊN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC XÃ    Độc lập - Tự do - Hạnh phúc
QUỲNH PHÚ    Quỳnh Phụ, ngày 16 tháng 12 năm 2025
Số: 14/TB-HKH
THÔNG BÁO
Về việc xét trao học bổng khuyến học`;
    const raw = `HOI KHUYEN HOC TINH HUNG YEN    CONG HOA XA HOI CHU NGHIA VIET NAM
HOI KHUYEN HOC XA    Doc lap - Tu do - Hanh phuc
QUYNH PHU    Quynh Phy, ngay 16 thang 12 nam 2025
S6: 14/TB-HKH
THONG BAO
Ve viec xet trao hoc bong khuyen hoc`;
    const f = extractAll({ pages: [withRaw(text, raw)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.place)]).toEqual(['Hội Khuyến học xã Quỳnh Phụ', 'Quỳnh Phụ']);
    // (The date line printed plainly too: Hưng Yên's commune of those letters since 2025 is Quỳnh Phụ, the former
    // district of Thái Bình; Quỳnh Phú is a commune of Nghệ An and Bắc Ninh.)
    const plain = extractAll({ pages: [withRaw(text, raw.replace('Quynh Phy', 'Quynh Phu'))] }, { places: loadDefaultPlaces() }).fields;
    expect([v(plain.issuer), v(plain.place)]).toEqual(['Hội Khuyến học xã Quỳnh Phụ', 'Quỳnh Phụ']);
  });

  it('spells the place as the issuer\'s commune where OCR printed the differing word plainly', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HÒA TIẾN    Độc lập - Tự do - Hạnh phúc
Số: 88/KH-UBND
Hóa Tiến, ngày 05 tháng 8 năm 2025
KẾ HOẠCH`;
    const raw = `UY BAN NHAN DAN    CONG HOA XA HOI CHU NGHIA VIET NAM
XA HOA TIEN    Doc lap - Tu do - Hanh phuc
S6: 88/KH-UBND
Hoa Tién, ngay 05 thang 8 nam 2025
KE HOACH`;
    const f = extractAll({ pages: [withRaw(text, raw)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.place)]).toEqual(['Ủy ban nhân dân xã Hòa Tiến', 'Hòa Tiến']);
  });

  it('completes a Party board named for a committee whose ỦY OCR lost, by the code\'s TU', () => {
    const f = extractAll({ pages: [page(`ĐẢNG BỘ TỈNH NGHỆ AN    ĐẢNG CỘNG SẢN VIỆT NAM
ỦY BAN KIỂM TRA TỈNH    Nghệ An, ngày 12 tháng 12 năm 2025
Số 215-CV/UBKTTU
V/v báo cáo kết quả công tác kiểm tra`)] }).fields;
    expect(v(f.issuer)).toBe('Ủy ban Kiểm tra Tỉnh ủy');
  });

  it('reads the own code BCH of a Ban Chỉ đạo as its initials BCĐ, not another body\'s', () => {
    const head = (issuer: string, num: string) => extractAll({ pages: [page(`ỦY BAN NHÂN DÂN XÃ KIẾN XƯƠNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
${issuer}    Độc lập - Tự do - Hạnh phúc
Số: ${num}    Kiến Xương, ngày 18 tháng 12 năm 2025
KẾ HOẠCH
Chuyển đổi số năm 2026`)] }).fields;
    expect(v(head('BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ', '07/KH-BCH').number)).toBe('07/KH-BCĐ');
    expect(v(head('BAN CHẤP HÀNH ĐOÀN XÃ', '07/KH-BCH').number)).toBe('07/KH-BCH');
  });

  it('keeps a department code BT as printed, a capital B seldom being OCR\'s Đ', () => {
    expect(restoreSymbolD('318/TTPTQD-BT')).toBe('318/TTPTQĐ-BT');
    expect(restoreSymbolD('24-QB/TW')).toBe('24-QĐ/TW');
  });

  it('joins a land-fund centre\'s name wrapped over two header lines', () => {
    const f = extractAll({ pages: [page(`SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM PHÁT TRIỂN    Độc lập - Tự do - Hạnh phúc
QUỸ ĐẤT    Bắc Ninh, ngày 22 tháng 12 năm 2025
Số: 318/TTPTQĐ-BT
V/v phối hợp bàn giao mặt bằng`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Trung tâm Phát triển quỹ đất', 'Sở Nông nghiệp và Môi trường']);
  });

  it('takes the chair of a Biên bản as its signer, in either order, and no chair title elsewhere', () => {
    const sign = (tail: string, minutes = true) => extractSigner(lines(`Biên bản kết thúc lúc 16 giờ 30 phút cùng ngày.
${tail}`), undefined, undefined, minutes);
    expect(sign('THƯ KÝ\nNguyễn Thị Lan\nCHỦ TRÌ\nVũ Văn Hải')).toMatchObject({ name: 'Vũ Văn Hải', title: 'Chủ trì' });
    expect(sign('CHỦ TỌA\nVũ Văn Hải\nTHƯ KÝ\nNguyễn Thị Lan')).toMatchObject({ name: 'Vũ Văn Hải', title: 'Chủ tọa' });
    expect(sign('CHỦ TRÌ\nVũ Văn Hải', false)).toBeNull();
  });

  it('cuts a column where specks glued to the left one stand before the motto', () => {
    expect(splitColumns('ĐẢNG BỘ TỈNH HÀ TĨNHv._"ĐẢNG CỘNG SẢN VIỆT NAM')).toEqual(['ĐẢNG BỘ TỈNH HÀ TĨNH', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
  });

  it('drops a margin speck before a subject line and a stroke OCR printed between its words', () => {
    const f = extractAll({ pages: [page(`UBND XÃ KIẾN XƯƠNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 03/BB-BCĐ    Kiến Xương, ngày 18 tháng 12 năm 2025
THÔNG BÁO
I       Chiêu sinh lớp trung cấp lý luận chính trị`)] }).fields;
    expect(v(f.subject)).toBe('Chiêu sinh lớp trung cấp lý luận chính trị');
    const text = `UBND XÃ KIẾN XƯƠNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 03/BB-BCĐ    Kiến Xương, ngày 18 tháng 12 năm 2025
BIÊN BẢN
Họp Hội Ban Chỉ đạo chuyển đổi số xã quý I Năm 2025`;
    const raw = text.replace('Họp Hội Ban Chỉ đạo chuyển đổi số', 'Hop I Ban Chi dao chuyen doi s6');
    const g = extractAll({ pages: [withRaw(text, raw)] }).fields;
    expect(v(g.subject)).toBe('Họp Ban Chỉ đạo chuyển đổi số xã quý I Năm 2025');
  });
});

describe('set 90 shapes', () => {
  it('joins a ward\'s name that opens with a body\'s word to the unit word ending the line above', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    const f = extractAll({ pages: [page(`ĐẢNG BỘ TỈNH NGHỆ AN    ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG    Trường Vinh, ngày 09 tháng 12 năm 2025
TRƯỜNG VINH
Số 38-TTr/ĐU
TỜ TRÌNH
Về việc đề nghị công nhận`)] }, { places }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Đảng ủy phường Trường Vinh', 'Đảng bộ tỉnh Nghệ An']);
    // (A department under a province whose name ends in a unit word's letters opens a body of its own.)
    const g = extractAll({ pages: [page(`UBND TỈNH HÀ TĨNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ    Độc lập - Tự do - Hạnh phúc
Số: 1520/TTr-SNV    Hà Tĩnh, ngày 11 tháng 12 năm 2025
TỜ TRÌNH
Về việc đề nghị tặng Bằng khen`)] }, { places }).fields;
    expect([v(g.issuer), v(g.issuerParent)]).toEqual(['Sở Nội vụ', 'Ủy ban nhân dân tỉnh Hà Tĩnh']);
  });

  it('drops an unpaired straight quote set apart from the words of a subject', () => {
    expect(subjectText(['Về việc đề nghị công nhận tổ chức cơ sở đảng hoàn thành tốt', '" nhiệm vụ năm 2025']))
      .toBe('Về việc đề nghị công nhận tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ năm 2025');
    expect(subjectText(['Vận động Quỹ "Vì người nghèo" năm 2025'])).toBe('Vận động Quỹ "Vì người nghèo" năm 2025');
  });

  it('reads a cooperative\'s name over its header lines, its XÃ no commune', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`HỢP TÁC XÃ NÔNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
NGHIỆP    NAM
DỊCH VỤ TỔNG HỢP AN    Độc lập - Tự do - Hạnh phúc
BÌNH    An Bình, ngày 20 tháng 12 năm 2025
Số: 15/BC-HTX
BÁO CÁO
Kết quả sản xuất, kinh doanh năm 2025`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent), v(f.place)]).toEqual(['Hợp tác xã nông nghiệp dịch vụ tổng hợp An Bình', null, 'An Bình']);
  });

  it('drops a lone small letter before a unit word opening a cited issuer\'s line', () => {
    const refs = extractReferences(lines(`Thực hiện Quyết định số 87/QĐ-UBND ngày 15 tháng 7 năm 2025 của Ủy ban nhân dân

a xã Con Cuông, Văn phòng thông báo lịch tiếp công dân.`), null);
    expect(refs.map((r) => r.issuer)).toEqual(['Ủy ban nhân dân xã Con Cuông']);
  });

  it('spells a province after a department\'s field as the place when a letter away', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`SỞ Y TẾ HÀI ĨNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỆNH VIỆN Y DƯỢC CỔ TRUYỂN    Độc lập - Tự do - Hạnh phúc
Số: 318/TB-BVYDCT    Hà Tĩnh, ngày 23 tháng 12 năm 2025
THÔNG BÁO
Tuyển dụng viên chức năm 2025`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Bệnh viện Y dược cổ truyền', 'Sở Y tế Hà Tĩnh']);
  });

  it('reads a dash glued before a function word in a subject as a space', () => {
    expect(subjectText(['triển khai-các giải pháp tín dụng cuối năm 2025'])).toBe('triển khai các giải pháp tín dụng cuối năm 2025');
    expect(subjectText(['phát triển kinh tế-xã hội năm 2026'])).toBe('phát triển kinh tế-xã hội năm 2026');
  });

  it('ends an issuer line with a whole VIỆT NAM in the left column beside the motto\'s wrapped NAM', () => {
    const f = extractAll({ pages: [page(`NGÂN HÀNG NHÀ NƯỚC.    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

|           VIỆT NAM. ..ˆ:             mm            NAM .
NGÂN HÀNG NHÀ NƯỚC              Độc lập - Tự do - Hạnh phúc
KHU VỰC 9                Nghệ An, ngày 17 tháng 12 năm 2025
Số: 2186/KV9-TTGS
V/v triển khai các giải pháp tín dụng`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Ngân hàng Nhà nước Khu vực 9', 'Ngân hàng Nhà nước Việt Nam']);
  });
});

describe('set 91 shapes', () => {
  it('completes a cooperative alliance by the unit line below it, its XÃ no unit word', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`LIÊN MINH HTX VIỆT NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
LIÊN MINH HỢP TÁC XÃ    Độc lập - Tự do - Hạnh phúc
TỈNH QUẢNG TRỊ
Số: 33/TB-LMHTX    Quảng Trị, ngày 10 tháng 12 năm 2025
THÔNG BÁO
Kết luận hội nghị tổng kết năm 2025`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Liên minh Hợp tác xã tỉnh Quảng Trị', 'Liên minh Hợp tác xã Việt Nam']);
  });

  it('joins a relic-site board\'s name wrapped over two lines, and cases an office\'s Party cell', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ KHU DI    Độc lập - Tự do - Hạnh phúc
TÍCH KIM LIÊN    Kim Liên, ngày 04 tháng 12 năm 2025
Số: 62/KH-BQLDT
KẾ HOẠCH
Phục vụ khách tham quan dịp Tết`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Ban Quản lý Khu di tích Kim Liên', 'Sở Văn hóa, Thể thao và Du lịch']);
    expect(nameCase('CHI BỘ CƠ QUAN ỦY BAN NHÂN DÂN XÃ')).toBe('Chi bộ Cơ quan Ủy ban nhân dân xã');
  });

  it('joins a province read with other marks under a body whose own name wrapped', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`UBND TỈNH HÀ TĨNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BÁO VÀ PHÁT THANH,
TRUYỀN HÌNH    Độc lập - Tự do - Hạnh phúc
HÀ TỈNH    Hà Tĩnh, ngày 12 tháng 12 năm 2025
Số: 45/TB-BPTTH
THÔNG BÁO
Tuyển chọn cộng tác viên tin, bài năm 2026`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Báo và Phát thanh, Truyền hình Hà Tĩnh', 'Ủy ban nhân dân tỉnh Hà Tĩnh']);
  });

  it('gives back to the issuer line the end of a place OCR set before the date line\'s place', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CẢNG VỤ HÀNG HẢI NGHỆ    Độc lập - Tự do - Hạnh phúc
AN Nghệ An, ngày 16 tháng 12 năm 2025
Số: 1245/CVHHNA-PC
V/v bảo đảm an toàn hàng hải dịp Tết Nguyên đán Bính Ngọ
12026`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.place)]).toEqual(['Cảng vụ Hàng hải Nghệ An', 'Nghệ An']);
    expect(v(f.subject)).toBe('bảo đảm an toàn hàng hải dịp Tết Nguyên đán Bính Ngọ 2026');
  });

  it('reads an authority line a quote speck is glued to, and an editor-in-chief\'s title', () => {
    expect(extractSigner(lines(`Nơi nhận: SR "KT. GIÁM ĐỐC
- Như trên; | PHÓ GIÁM ĐỐC
- Lưu: VT, PC.
Phan Đức Mạnh`))).toMatchObject({ name: 'Phan Đức Mạnh', title: 'Phó Giám đốc', authority: 'KT. Giám đốc' });
    expect(extractSigner(lines(`Nơi nhận:
- Lưu: VT.
TỔNG BIÊN TẬP
Nguyễn Minh Đức`))).toMatchObject({ name: 'Nguyễn Minh Đức', title: 'Tổng Biên tập' });
  });
});

describe('set 92 shapes', () => {
  it('reads who made a cited Biên bản from \'do … lập\'', () => {
    const refs = extractReferences(lines(`Xét Biên bản vi phạm hành chính số 46/BB-VPHC ngày 12 tháng 12 năm 2025 do Công an phường lập.`), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['46/BB-VPHC', '2025-12-12', 'Công an phường']]);
  });

  it('reads a 2025 Party board\'s code, a former youth volunteers\' association and a State Audit office', () => {
    expect(restoreSymbolD('08-HD/BXDb')).toBe('08-HD/BXDĐ');
    const f = extractAll({ pages: [page(`HỘI CỰU TNXP TỈNH BẮC NINH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI CỰU TNXP XÃ YÊN PHONG    Độc lập - Tự do - Hạnh phúc
Số: 12/BC-CTNXP    Yên Phong, ngày 15 tháng 12 năm 2025
BÁO CÁO
Tổng kết công tác Hội năm 2025`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Hội Cựu Thanh niên xung phong xã Yên Phong', 'Hội Cựu Thanh niên xung phong tỉnh Bắc Ninh']);
    const g = extractAll({ pages: [page(`KIỂM TOÁN NHÀ NƯỚC    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
KIỂM TOÁN NHÀ NƯỚC
KHU VỰC XI    Độc lập - Tự do - Hạnh phúc
Số: 685/KV XI-TH             Hải Phòng, ngày 19 tháng 12 năm 2025
V/v cung cấp hồ sơ, tài liệu
Kính gửi: Sở Tài chính thành phố Hải Phòng.
Nơi nhận:
- Lưu: VT, TH.
KT. KIỂM TOÁN TRƯỞNG
PHÓ KIỂM TOÁN TRƯỞNG
Lương Văn Dũng`)] }).fields;
    expect([v(g.number), v(g.place)]).toEqual(['685/KVXI-TH', 'Hải Phòng']);
    expect(g.signer).toMatchObject({ name: 'Lương Văn Dũng', title: 'Phó Kiểm toán trưởng', authority: 'KT. Kiểm toán trưởng' });
  });
});

describe('set 93 shapes', () => {
  it('ends a team\'s name with its number set under it, and reads its code and its head\'s title', () => {
    const f = extractAll({ pages: [page(`CHI CỤC QUẢN LÝ THỊ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
~ TRƯỜNG    NAM
ĐỘI QUẢN LÝ THỊ TRƯỜNG ~~ Độc lập - Tự do - Hạnh phúc |
SỐ 2 - Thanh Hóa, ngày 08 tháng 12 năm 2025
Số: 58/KH-DQLTT2
KẾ HOẠCH
Kiểm tra, kiểm soát thị trường dịp Tết
Nơi nhận:
- Lưu: VT.
ĐỘI TRƯỞNG
Lê Đình Quang`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent), v(f.number)]).toEqual(['Đội Quản lý thị trường số 2', 'Chi cục Quản lý thị trường', '58/KH-ĐQLTT2']);
    expect(f.signer).toMatchObject({ name: 'Lê Đình Quang', title: 'Đội trưởng' });
  });

  it('gives back to the issuer line a word of its name read in Title case before the place', () => {
    const f = extractAll({ pages: [page(`ĐẢNG BỘ XÃ HƯƠNG KHÊ    ĐẢNG CỘNG SẢN VIỆT NAM
| CHI BỘ QUÂN Sự Hương Khê, ngày 22 tháng 12 năm 2025
*
Số 07-BC/CB
BÁO CÁO
Kết quả lãnh đạo thực hiện nhiệm vụ quân sự năm 2025`)] }).fields;
    expect([v(f.issuer), v(f.place)]).toEqual(['Chi bộ Quân sự', 'Hương Khê']);
  });

  it('spells a department\'s field as its name when OCR read SỞ with a speck and the field with other marks', () => {
    expect(spellDepartment('SOG NƠI VỤ')).toBe('SỞ NỘI VỤ');
  });

  it('reads a cited issuer after a date whose ngày has a full stop glued to it', () => {
    const refs = extractReferences(lines(`Thực hiện. Quyết định số 2215/QĐ-UBND ngày. 15 tháng 9 năm
2025 của Ủy ban nhân dân tỉnh Hà Tĩnh phê duyệt chương trình quan trắc,`), null);
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['2215/QĐ-UBND', '2025-09-15', 'Ủy ban nhân dân tỉnh Hà Tĩnh']]);
  });

  it('joins an archives\' and a monitoring centre\'s names wrapped over header lines', () => {
    const a = extractAll({ pages: [page(`SỞ NỘI VỤ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM LƯU TRỮ    Độc lập - Tự do - Hạnh phúc
LỊCH SỬ    Nghệ An, ngày 18 tháng 12 năm 2025
Số: 245/TTLTLS-NV
V/v thu nộp hồ sơ, tài liệu`)] }).fields;
    expect(v(a.issuer)).toBe('Trung tâm Lưu trữ lịch sử');
    const b = extractAll({ pages: [page(`SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM QUAN TRẮC    Độc lập - Tự do - Hạnh phúc
TÀI NGUYÊN    Hà Tĩnh, ngày 23 tháng 12 năm 2025
VÀ MÔI TRƯỜNG
Số: 96/TTQT-KT
V/v phối hợp quan trắc`)] }).fields;
    expect([v(b.issuer), v(b.issuerParent)]).toEqual(['Trung tâm Quan trắc tài nguyên và môi trường', 'Sở Nông nghiệp và Môi trường']);
  });
});

describe('set 94 shapes', () => {
  it('goes on with a name on a header line that opens with no kind of body, and completes a cut province from the place', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`SỞ XÂY DỰNG TỈNH NGHỆ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
NẮu    NAM
TRÙNG TÂM ĐĂNG KIỂM.    Độc lập - Tự do - Hạnh phúc
XE CƠ GIỚI NGHỆ AN    Nghệ An, ngày 23 tháng 12 năm 2025
Số: 74/TB-TTĐK
THÔNG BÁO
Thời gian làm việc`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Trung tâm Đăng kiểm xe cơ giới Nghệ An', 'Sở Xây dựng tỉnh Nghệ An']);
    // A line that opens with a kind of body stays a body of its own, also when OCR damaged its first word.
    const g = extractAll({ pages: [page(`SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VƯỜN QUỐC GIA PÙ MÁT    Độc lập - Tự do - Hạnh phúc
Số: 318/VQGPM-BTR    Nghệ An, ngày 08 tháng 12 năm 2025
V/v phòng cháy, chữa cháy rừng`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(g.issuer), v(g.issuerParent)]).toEqual(['Vườn quốc gia Pù Mát', 'Sở Nông nghiệp và Môi trường']);
    const h = extractAll({ pages: [page(`HOQI LHPN TỈNH QUẢNG NGÃI    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HOẶC LHPN HUYỆN BÌNH SƠN    Độc lập - Tự do - Hạnh phúc
Số: 58/BC-HPN    Bình Sơn, ngày 24 tháng 6 năm 2025
BÁO CÁO
Kết quả công tác Hội`)] }).fields;
    expect(v(h.issuerParent)).not.toBeNull();
  });

  it('spells a known body phrase one of whose words OCR left a letter off a syllable', () => {
    expect(nameCase('ĐÀI KHÍ TUQONG THỦY VĂN KHU VỰC BẮC TRUNG BỘ')).toBe('Đài Khí tượng Thủy văn khu vực Bắc Trung Bộ');
    // (A real word there is another name: no phrase is forced on it.)
    expect(nameCase('ĐÀI KHÍ TƯỢNG NÔNG NGHIỆP')).not.toContain('Thủy văn');
    expect(nameCase('HỘI CỰU GIAO CHỨC XÃ DIỄN CHÂU')).toBe('Hội Cựu giáo chức xã Diễn Châu');
  });

  it('takes no caps word of the next line after a dash set apart as a code of the own number', () => {
    const refs = extractReferences(lines(`Số: 58/GM-BT                             -
GIẤY MỜI
Dự lễ khai mạc`), '58/GM-BT');
    expect(refs).toEqual([]);
    // (A dash with a space after it only is OCR's inside a symbol, and the code after it may carry a wrong mark.)
    expect(extractReferences(lines('Thực hiện Quyết định số 2140/QĐ- BTC ngày 30 tháng 6 năm 2025'), null).map((r) => r.number)).toEqual(['2140/QĐ-BTC']);
  });

  it('keeps a closing straight quote, sets a number apart from the word OCR glued to it, and lowers a short marked word OCR read in capitals', () => {
    expect(subjectText(['Dự lễ khai mạc trưng bày chuyên đề "Quảng Trị - 50năm thống', '. nhất non sông"'])).toBe('Dự lễ khai mạc trưng bày chuyên đề "Quảng Trị - 50 năm thống nhất non sông"');
    expect(subjectText(['Lịch tiếp nhận hồ SƠ thủ tục hành chính'])).toBe('Lịch tiếp nhận hồ sơ thủ tục hành chính');
    // (Unit symbols and English acronyms have no marks.)
    expect(subjectText(['Nâng cấp 5km đường giao thông và ứng dụng AI trong quản lý'])).toBe('Nâng cấp 5km đường giao thông và ứng dụng AI trong quản lý');
  });

  it('drops a one-letter speck amid the subject where the body writes its neighbours straight on', async () => {
    const phraseScore = await modelScores();
    const text = `SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BẢO TÀNG TỈNH QUẢNG TRỊ   Độc lập - Tự do - Hạnh phúc
Số: 58/GM-BT   Quảng Trị, ngày 11 tháng 12 năm 2025
GIẤY MỜI
Dự lễ khai mạc trưng bày chuyên ở đề năm 2025

Bảo tàng tỉnh trân trọng kính mời đại biểu tới dự lễ khai mạc trưng bày chuyên đề.`;
    expect(v(extractAll({ pages: [page(text)] }, { phraseScore }).fields.subject)).toBe('Dự lễ khai mạc trưng bày chuyên đề năm 2025');
    // (Not where the body writes it too.)
    expect(v(extractAll({ pages: [page(text.replace('chuyên đề.', 'chuyên ở đề.'))] }, { phraseScore }).fields.subject)).toBe('Dự lễ khai mạc trưng bày chuyên ở đề năm 2025');
  });

  it('spells no own code from a run of the issuer\'s initials when OCR left a word of the name no syllable', () => {
    const n = { value: '215/BC-BQLDA', parts: { bodyCode: 'BQLDA' } };
    expect(withIssuerInitials(n, 'Ban Quản lý duan be đầu tư Xây dựng', true).value).toBe('215/BC-BQLDA');
    // (A name of real words still does: the code's one letter off is OCR's, 'TTYI' of a Trung tâm Y tế.)
    expect(withIssuerInitials({ value: '512/TB-TTYI', parts: { bodyCode: 'TTYI' } }, 'Trung tâm Y tế huyện', true).value).toBe('512/TB-TTYT');
  });
});

describe('set 95 shapes', () => {
  it('ends the addressees at the full stop of one on the Kính gửi line, whatever specks open the body', () => {
    expect(extractRecipients(lines(`* Kính gửi: Sở Tài chính tỉnh Hà Tĩnh.
~~ Phúc đáp Công văn số 4587/STC-DN ngày 01 tháng 12 năm 2025
của Sở Tài chính về việc lấy ý kiến`))).toEqual(['Sở Tài chính tỉnh Hà Tĩnh']);
  });

  it('reads again the words at a wrap when the lower line was joined already or opens with a dash', () => {
    // (The restorer of the pipeline stands in: it reads the run with the context of the whole name.)
    const restoreSpan = (raw: string) => raw.replace('VIEN KHOA HOC KY THUAT', 'VIỆN KHOA HỌC KỸ THUẬT').replace('NONG NGHIEP', 'NÔNG NGHIỆP');
    const text = `VIỆN KHOA HỌC NÔNG NGHIỆP VIỆT NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VIỆN KHOA HỌC KỲ    Độc lập - Tự do - Hạnh phúc
- THUẬT NÔNG NGHIỆP    Nghệ An, ngày 17 tháng 12 năm 2025
BẮC TRUNG BỘ
Số: 203/TB-VBTB
THÔNG BÁO
Kết luận của Viện trưởng`;
    const raw = text.replace('VIỆN KHOA HỌC KỲ', 'VIEN KHOA HOC KY').replace('THUẬT NÔNG NGHIỆP', 'THUAT NONG NGHIEP');
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }, { restoreSpan }).fields;
    expect(v(f.issuer)).toBe('Viện Khoa học Kỹ thuật Nông nghiệp Bắc Trung Bộ');
  });

  it('gives a numbered body the number the text writes after its name when OCR lost it from the header', () => {
    const text = `CỤC ĐƯỜNG BỘ VIỆT NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
KHU QUẢN LÝ ĐƯỜNG BỘ    Độc lập - Tự do - Hạnh phúc
Số: 2156/KQLĐB2-QLBT    Vinh, ngày 22 tháng 12 năm 2025
V/v bảo đảm giao thông
Kính gửi: Các Chi cục Quản lý đường bộ trực thuộc.
Thực hiện chỉ đạo của Cục, Khu Quản lý đường bộ II đề nghị các đơn vị kiểm tra.`;
    expect(v(extractAll({ pages: [page(text)] }).fields.issuer)).toBe('Khu Quản lý đường bộ II');
    // (Two numbers written after it settle nothing.)
    expect(v(extractAll({ pages: [page(`${text}\nKhu Quản lý đường bộ III phối hợp.`)] }).fields.issuer)).toBe('Khu Quản lý đường bộ');
  });
});

describe('set 96 shapes', () => {
  it('reads a cited issuer through a full stop glued between two of its words', () => {
    const refs = extractReferences(lines(`Thực hiện Quyết định số 2604/QĐ-SNNMT ngày 12 tháng 12 năm
2025 của Sở Nông.nghiệp và Môi trường về giao chỉ tiêu đào tạo,`), null);
    expect(refs.map((r) => r.issuer)).toEqual(['Sở Nông nghiệp và Môi trường']);
  });

  it('reads a title opening with Và as Về', () => {
    expect(subjectText(['Và lãnh đạo thực hiện nhiệm vụ năm 2026'])).toBe('Về lãnh đạo thực hiện nhiệm vụ năm 2026');
    expect(subjectText(['Về việc thành lập và kiện toàn Tổ công tác'])).toBe('Về việc thành lập và kiện toàn Tổ công tác');
  });

  it('reads again alone the words of a column the restorer left as printed beside the other column', () => {
    const restoreSpan = (raw: string) => raw.replace('CHI BO TRAM Y TE', 'CHI BỘ TRẠM Y TẾ');
    const text = `ĐẢNG BỘ XÃ NGHI LỘC    ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRAM Y TE ‘Nghi Lộc, ngày 05 tháng 12 năm 2025
Số 04-NQ/CB
NGHỊ QUYẾT
Về lãnh đạo thực hiện nhiệm vụ`;
    const raw = text.replace('CHI BỘ TRAM Y TE', 'CHI BO TRAM Y TE');
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }, { restoreSpan }).fields;
    expect(v(f.issuer)).toBe('Chi bộ Trạm Y tế');
  });

  it('spells a body named as its parent one level down by the parent\'s words when OCR damaged them', () => {
    const f = extractAll({ pages: [page(`HỘI NGƯỜI MÙ VIỆT NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỒI NGUOIL MÙ TỈNH QUẢNG TRỊ    Độc lập - Tự do - Hạnh phúc
Số: 19/BC-HNM    Quảng Trị, ngày 18 tháng 12 năm 2025
BÁO CÁO
Kết quả hoạt động`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Hội Người mù tỉnh Quảng Trị', 'Hội Người mù Việt Nam']);
    // (Not a body whose words are other real words: 'Hội Nông dân tỉnh' under 'Hội Người mù Việt Nam'.)
    const g = extractAll({ pages: [page(`HỘI NGƯỜI MÙ VIỆT NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI NÔNG DÂN TỈNH QUẢNG TRỊ    Độc lập - Tự do - Hạnh phúc
Số: 19/BC-HND    Quảng Trị, ngày 18 tháng 12 năm 2025
BÁO CÁO
Kết quả hoạt động`)] }).fields;
    expect(v(g.issuer)).toBe('Hội Nông dân tỉnh Quảng Trị');
  });
});

describe('casing of bodies met in session 21', () => {
  it('writes associations, boards and institutes as their names are written', () => {
    expect(nameCase('ĐOÀN LUẬT SƯ TỈNH THANH HÓA')).toBe('Đoàn Luật sư tỉnh Thanh Hóa');
    expect(nameCase('HIỆP HỘI DOANH NGHIỆP TỈNH HÀ TĨNH')).toBe('Hiệp hội Doanh nghiệp tỉnh Hà Tĩnh');
    expect(nameCase('LIÊN HIỆP CÁC HỘI VĂN HỌC NGHỆ THUẬT TỈNH HÀ TĨNH')).toBe('Liên hiệp các Hội Văn học Nghệ thuật tỉnh Hà Tĩnh');
    expect(nameCase('VIỆN KHOA HỌC KỸ THUẬT NÔNG NGHIỆP BẮC TRUNG BỘ')).toBe('Viện Khoa học Kỹ thuật Nông nghiệp Bắc Trung Bộ');
  });
});

describe('set 97 shapes', () => {
  it('reads a Đ that OCR made a small b beside a capital P as one Đ in a code', () => {
    expect(normalizeNumber('56/QbP-HLV')).toBe('56/QĐ-HLV');
    expect(extractReferences(lines('Căn cứ Quyết định số 56/QbP-HLV ngày 15 tháng 4 năm 2024 của Trung ương Hội'), null).map((r) => r.number)).toEqual(['56/QĐ-HLV']);
  });
});

describe('set 97 header shapes', () => {
  it('ends an issuer line with one letter wrapped under it that ends a pair of the header vocabulary', () => {
    const f = extractAll({ pages: [page(`ỦY BAN NHÂN DÂN XÃ. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
QUỲNH LƯU         —          . NAM
TRẠM CHĂN NUÔI VÀ THÚ      Độc lập - Tự do - Hạnh phúc
               Y                      Quỳnh Lưu, ngày 09 tháng 12 năm 2025. .
Số: 08/TB-TCNTY
THÔNG BÁO
Lịch tiêm phòng`)] }).fields;
    expect(v(f.issuer)).toBe('Trạm Chăn nuôi và Thú y');
  });
});

describe('set 97 signer shapes', () => {
  it('reads the head of a civil-judgment enforcement office as a title of its own', () => {
    const s = extractSigner(lines(`Nơi nhận: oo "KT. TRƯỞNG THI HÀNH ÁN
- Như trên; oo PHÓ TRƯỞNG THI HÀNH ÁN
- Lưu: VT.
Nguyễn Hữu Dũng`));
    expect([s?.title, s?.authority, s?.name]).toEqual(['Phó Trưởng Thi hành án', 'KT. Trưởng Thi hành án', 'Nguyễn Hữu Dũng']);
    expect(nameCase('HỘI SINH VIÊN VIỆT NAM TỈNH NGHỆ AN')).toBe('Hội Sinh viên Việt Nam tỉnh Nghệ An');
  });
});

describe('set 98 header shapes', () => {
  it('goes on past the place-date line with a name whose line there ended on a joining word', () => {
    const f = extractAll({ pages: [page(`SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÀO CAI    Độc lập - Tự do - Hạnh phúc
CHI CỤC TRỒNG TRỌT VÀ Lào Cai, ngày 09 tháng 12 năm 2025
BẢO VỆ THỰC VẬT
Số: 96/KH-TTBVTV
KẾ HOẠCH
Phòng, chống sinh vật gây hại cây trồng`)] }).fields;
    expect(v(f.issuer)).toBe('Chi cục Trồng trọt và Bảo vệ thực vật');
  });

  it('keeps a parent\'s VIỆT NAM beside the motto\'s second line and a name wrapped twice past the date line', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`HỘI NẠN NHÂN CHẤT ĐỘC    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
DA CAM/DIOXIN    NAM
VIỆT NAM    Độc lập - Tự do - Hạnh phúc
HỘI NẠN NHÂN CHẤT ĐỘC    Phú Thọ, ngày 04 tháng 12 năm 2025
DA CAM/DIOXIN
TỈNH PHÚ THỌ
Số: 27/TB-HNNCĐDC
THÔNG BÁO
Kết quả vận động Quỹ Bảo trợ nạn nhân chất độc da cam năm
2025 oo`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Hội Nạn nhân chất độc da cam/dioxin tỉnh Phú Thọ', 'Hội Nạn nhân chất độc da cam/dioxin Việt Nam']);
    // (And the run of o's OCR printed after the year that ends the subject is none of it.)
    expect(v(f.subject)).toBe('Kết quả vận động Quỹ Bảo trợ nạn nhân chất độc da cam năm 2025');
  });
});

describe('casing of bodies met in session 22', () => {
  it('writes a coordination office, an investment fund and a victims\' association as their names are written', () => {
    // (Nông thôn, the countryside, is no village: its next word is no village's name.)
    expect(nameCase('VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI')).toBe('Văn phòng Điều phối nông thôn mới');
    expect(nameCase('CHI BỘ THÔN ĐÔNG LẠC')).toBe('Chi bộ thôn Đông Lạc');
    expect(nameCase('QUỸ ĐẦU TƯ PHÁT TRIỂN TỈNH NINH BÌNH')).toBe('Quỹ Đầu tư phát triển tỉnh Ninh Bình');
    expect(nameCase('HỘI NẠN NHÂN CHẤT ĐỘC DA CAM/DIOXIN VIỆT NAM')).toBe('Hội Nạn nhân chất độc da cam/dioxin Việt Nam');
  });
});

describe('set 99 header shapes', () => {
  it('keeps a Y that ends a name of the header vocabulary before the motto\'s NAM', () => {
    const f = extractAll({ pages: [page(`SỞ Y TẾ TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

TRUNG TÂM PHÁP Y NAM
Số: 207/TTPY-GĐ    Độc lập - Tự do - Hạnh phúc
V/v đề nghị cung cấp hồ sơ    Hà Tĩnh, ngày 05 tháng 12 năm 2025`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Trung tâm Pháp y', 'Sở Y tế tỉnh Hà Tĩnh']);
  });

  it('keeps a parent\'s VIỆT NAM on a line whose end is the cut motto\'s NAM, and reads HOQI as HỘI opening a body', () => {
    const f = extractAll({ pages: [page(`TRUNG ƯƠNG HỘI ĐÔNG Y CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

VIỆT NAM . "NAM
HOQI ĐÔNG Y TỈNH THANH HÓA    Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 10 tháng 12 năm 2025
Số: 33/GM-HĐY
GIẤY MỜI
Dự Hội nghị tổng kết`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Hội Đông y tỉnh Thanh Hóa', 'Trung ương Hội Đông y Việt Nam']);
  });

  it('takes a Title-case word opening the place for the end of the issuer\'s name only with that word\'s marks', () => {
    const f = extractAll({ pages: [page(`LIÊN ĐOÀN LAO ĐỘNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ TĨNH    Độc lập - Tự do - Hạnh phúc
CÔNG ĐOÀN NGÀNH Y TẾ
Số: 15/HD-CĐN | Hà Tĩnh, ngày 17 tháng 12 năm 2025
HƯỚNG DẪN
Tổ chức Tết`)] }).fields;
    // (Hà is no Hạ of 'Kinh tế, Hạ tầng'.)
    expect([v(f.issuer), v(f.place)]).toEqual(['Công đoàn ngành Y tế', 'Hà Tĩnh']);
  });

  it('goes on past the date line across a blank line OCR left, and spells out the fire police\'s fields with a VÀ glued to them', () => {
    const f = extractAll({ pages: [page(`SỞ KHOA HỌC VÀ CÔNG NGHỆ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG TRỊ    Độc lập - Tự do - Hạnh phúc
TRUNG TÂM CÔNG NGHỆ Quảng Trị, ngày 22 tháng 12 năm 2025
THÔNG TIN

VÀ TRUYỀN THÔNG
Số: 71/BC-TTCNTT
BÁO CÁO
Tình hình`)] }).fields;
    expect(v(f.issuer)).toBe('Trung tâm Công nghệ thông tin và Truyền thông');
    const g = extractAll({ pages: [page(`CÔNG AN TỈNH THANH HÓA    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG CẢNH SÁT PCCC    Độc lập - Tự do - Hạnh phúc
VÀCNCH    Thanh Hóa, ngày 18 tháng 12 năm 2025
Số: 386/TB-PC07
THÔNG BÁO
Kết quả kiểm tra`)] }).fields;
    expect(v(g.issuer)).toBe('Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ');
  });

  it('reads a digital-transformation department\'s code with the Đ OCR read as D', () => {
    expect(normalizeNumber('1876/SKHCN-CDS')).toBe('1876/SKHCN-CĐS');
  });
});

describe('set 100 shapes', () => {
  it('reads a known phrase whose letters OCR printed as printed, where the restorer gave a word other letters', () => {
    // (HOI DOANH NHAN TRE read HỘI DOANH NHÂN TRỰC, the sentence model not knowing the society.)
    expect(phrasesAsPrinted(['HỘI', 'DOANH', 'NHÂN', 'TRỰC'], ['HOI', 'DOANH', 'NHAN', 'TRE'])).toEqual(['HỘI', 'DOANH', 'NHÂN', 'TRẺ']);
    expect(phrasesAsPrinted(['Hội', 'Doanh', 'nhân', 'trở', 'tỉnh'], ['Hoi', 'Doanh', 'nhan', 'tré', 'tinh'])).toEqual(['Hội', 'Doanh', 'nhân', 'trẻ', 'tỉnh']);
    // (Words whose letters are the phrase's already keep their marks: the casing spells them.)
    expect(phrasesAsPrinted(['HỘI', 'ĐỒNG', 'Y'], ['HOI', 'PONG', 'Y'])).toEqual(['HỘI', 'ĐỒNG', 'Y']);
    const f = extractAll({ pages: [{ ...page(`Kính gửi: Các hội viên Hội Doanh nhân trở tỉnh.
Thực hiện Nghị quyết số 05/NQ-DNT ngày 15 tháng 01 năm 2025 của Ban Chấp hành Hội Doanh nhân trở tỉnh về chương trình`),
    rawText: `Kinh gui: Cac hoi vien Hoi Doanh nhan tre tinh.
Thuc hien Nghi quyet so 05/NQ-DNT ngay 15 thang 01 nam 2025 cua Ban Chap hanh Hoi Doanh nhan tre tinh ve chuong trinh` }] }).fields;
    expect(f.recipients).toEqual(['Các hội viên Hội Doanh nhân trẻ tỉnh']);
    expect((f.references as Array<{ issuer: string }>)[0].issuer).toBe('Ban Chấp hành Hội Doanh nhân trẻ tỉnh');
  });

  it('goes on past the date line with a name of four words, and drops an inverted exclamation mark set apart in a subject', () => {
    const f = extractAll({ pages: [page(`SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ KHU BẢO    Độc lập - Tự do - Hạnh phúc
TỒN    Nghệ An, ngày 19 tháng 12 năm 2025
THIÊN NHIÊN PÙ HOẠT
Số: 58/TB-BQL
THÔNG BÁO
Tổ chức Hội diễn văn nghệ công nhân, viên chức, lao động ¡ năm 2026`)] }).fields;
    expect(v(f.issuer)).toBe('Ban Quản lý Khu bảo tồn thiên nhiên Pù Hoạt');
    expect(v(f.subject)).toBe('Tổ chức Hội diễn văn nghệ công nhân, viên chức, lao động năm 2026');
  });
});

describe('set 101 shapes', () => {
  it('reads a day with a digit set apart after it, a speck, and a symbol with a speck before its number', () => {
    expect(findDate('ngày 14 4 tháng 02 năm 2014')?.iso).toBe('2014-02-14');
    // (One digit after a day of one is no speck: it is not read as a date at all.)
    expect(findDate('ngày 1 4 tháng 02 năm 2014')?.iso ?? null).toBeNull();
    expect(normalizeNumber('°38/KH-HBT')).toBe('38/KH-HBT');
  });

  it('drops a lone small letter OCR printed after the year ending a title, and joins a legal-aid centre\'s name across the date line', () => {
    const f = extractAll({ pages: [{ ...page(`HỘI NÔNG DÂN TỈNH HÀ TĨNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
QUỸ HỖ TRỢ NÔNG DÂN    Độc lập - Tự do - Hạnh phúc
Số: 17/TB-QHTND    Hà Tĩnh, ngày 16 tháng 12 năm 2025
THÔNG BÁO
Kết quả xét duyệt dự án vay vốn đợt 2 năm
2025 xử

Căn cứ`), rawText: `HOI NONG DAN TINH HA TINH    CONG HOA XA HOI CHU NGHIA VIET NAM
QUY HO TRO NONG DAN    Doc lap - Tu do - Hanh phuc
So: 17/TB-QHTND    Ha Tinh, ngay 16 thang 12 nam 2025
THONG BAO
Ket qua xet duyet du an vay von dot 2 nam
2025 x

Can cu` }] }).fields;
    expect(v(f.subject)).toBe('Kết quả xét duyệt dự án vay vốn đợt 2 năm 2025');
    const g = extractAll({ pages: [page(`SỞ TƯ PHÁP TỈNH HÀ TĨNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM TRỢ GIÚP    Độc lập - Tự do - Hạnh phúc
PHÁP LÝ    Hà Tĩnh, ngày 10 tháng 12 năm 2025
NHÀ NƯỚC
Số: 133/TGPL-NV`)] }).fields;
    expect([v(g.issuer), v(g.issuerParent)]).toEqual(['Trung tâm Trợ giúp pháp lý nhà nước', 'Sở Tư pháp tỉnh Hà Tĩnh']);
  });
});

describe('set 102 shapes', () => {
  it('reads a date with a speck after its day and a digit set apart after its month', () => {
    expect(findDate('ngày 21° tháng 5 5 năm 2012')?.iso).toBe('2012-05-21');
    expect(findDate('ngày 02 tháng 1 1 năm 2025')?.iso).toBe('2025-11-02');
  });

  it('joins a name across a line opening with a word that ends a vocabulary pair and a và, and puts back the own initials a Đ repair took', () => {
    const f = extractAll({ pages: [page(`SỞ CÔNG THƯƠNG TỈNH THANH HÓA    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM KHUYẾN    Độc lập - Tự do - Hạnh phúc
CÔNG VÀ    Thanh Hóa, ngày 10 tháng 12 năm 2025
XÚC TIẾN THƯƠNG MẠI
Số: 84/KH-TTKC
KẾ HOẠCH
Tổ chức Hội chợ`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Trung tâm Khuyến công và Xúc tiến thương mại', 'Sở Công Thương tỉnh Thanh Hóa']);
    const g = extractAll({ pages: [page(`SỞ NỘI VỤ TỈNH QUẢNG TRỊ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN THI ĐUA - KHEN THƯỞNG    Độc lập - Tự do - Hạnh phúc
Số: 26/HD-BTDKT    Quảng Trị, ngày 05 tháng 12 năm 2025
HƯỚNG DẪN
Tổng kết`)] }).fields;
    // (BTDKT had become ĐTĐKT, ĐTĐ and KT being codes of their own.)
    expect(v(g.number)).toBe('26/HD-BTĐKT');
    expect(nameCase('TRƯỜNG THPT CHUYỂN HÀ TĨNH')).toBe('Trường THPT chuyên Hà Tĩnh');
  });
});

describe('set 103 shapes', () => {
  it('joins a public-utilities board\'s CÔNG ÍCH to its name, no company, and spells out BVTV', () => {
    const f = extractAll({ pages: [page(`UBND PHƯỜNG TRƯỜNG VINH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ DỊCH VỤ    Độc lập - Tự do - Hạnh phúc
CÔNG ÍCH    Trường Vinh, ngày 08 tháng 12 năm 2025
Số: 27/KH-BQLDV
KẾ HOẠCH
Thu gom`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Ban Quản lý dịch vụ công ích', 'Ủy ban nhân dân phường Trường Vinh']);
    expect(nameCase(expandAbbreviations('CHI CỤC TRỒNG TRỌT VÀ BVTV'))).toBe('Chi cục Trồng trọt và Bảo vệ thực vật');
  });
});

describe('set 104 shapes', () => {
  it('puts back an Ư English-model OCR read as U in a cited code, the initial of ương in the stated issuer', () => {
    const refs = extractReferences(lines('Thực hiện Hướng dẫn số 18/HD-TUH ngày 14 tháng 11 năm 2025 của Trung ương Hội Cựu thanh niên xung phong Việt Nam về tổng kết'));
    expect(refs.map((r) => r.number)).toEqual(['18/HD-TƯH']);
  });
});

describe('set 106 shapes', () => {
  it('ends a subject at the body\'s first words behind a speck, and reads a youth federation wrapped past THANH', () => {
    const f = extractAll({ pages: [page(`HỘI LIÊN HIỆP THANH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
NIÊN VIỆT NAM    Độc lập - Tự do - Hạnh phúc
TỈNH QUẢNG NGÃI    Quảng Ngãi, ngày 03 tháng 12 năm 2025
Số: 42/KH-HLHTN
THÔNG BÁO
Tuyển sinh lớp Cao cấp lý luận chính trị năm
2026
oo Thực hiện Quyết định số 3420/QĐ-HVCTQG ngày 06 tháng 10 năm 2025 của Giám đốc
Học viện Chính trị quốc gia Hồ- Chí Minh về chỉ tiêu đào tạo, Hội thông báo.`)] }).fields;
    expect(v(f.issuer)).toBe('Hội Liên hiệp Thanh niên Việt Nam tỉnh Quảng Ngãi');
    expect(v(f.subject)).toBe('Tuyển sinh lớp Cao cấp lý luận chính trị năm 2026');
    // (A dash glued to a lone capitalized word inside a cited name is a speck.)
    expect(f.references.map((r) => r.issuer)).toEqual(['Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh']);
    expect(canonicalIssuer('Phòng Tài chính- Kế hoạch')).toBe('Phòng Tài chính - Kế hoạch');
  });

  it('reads a month with a 1 glued after it that is none with it', () => {
    expect(findDate('ngay 15 thang 51 nam 2025')?.iso).toBe('2025-05-15');
    expect(findDate('ngày 15 tháng 11 năm 2025')?.iso).toBe('2025-11-15');
  });
});

describe('set 107 shapes', () => {
  it('reads a Party Quy định the restorer read Quyết định from the OCR\'d line, and a type past a blank line', () => {
    const cited = (text: string, raw: string) => extractReferences(text.split('\n').map((t, i) => ({ page: 1, line: i + 1, text: t, raw: raw.split('\n')[i] })))
      .map((r) => `${r.type} ${r.number}`);
    expect(cited('Căn cứ Quyết định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương;', 'Can cw Quy dinh $6 22-QB/TW ngay 28/7/2021 cua Ban Chap hanh Trung uong;'))
      .toEqual(['Quy định 22-QĐ/TW']);
    expect(cited('Căn cứ Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư;', 'Can cir Quyét dinh s6 99-QD/TW ngay 03/10/2017 cua Ban Bi thu;'))
      .toEqual(['Quyết định 99-QĐ/TW']);
    expect(cited('thực hiện Quy\n\nđịnh số 296-QĐ/TW ngày 30 tháng 5 năm 2025 của Ban Chấp hành Trung ương', 'thực hiện Quy\n\nđịnh số 296-QĐ/TW ngày 30 tháng 5 năm 2025 của Ban Chấp hành Trung ương'))
      .toEqual(['Quy định 296-QĐ/TW']);
    // (And a type name with a speck for the space before số or after it.)
    expect(extractReferences(lines("Thực hiện Công văn'số 2875/UBND-TCKH ngày 01/10/2025 của Ủy ban nhân dân huyện")).map((r) => r.type)).toEqual(['Công văn']);
    expect(extractReferences(lines('Thực hiện Công văn số.1456/SNNMT-KL ngày 28 tháng 11 năm 2025 của Sở Nông nghiệp và Môi trường')).map((r) => r.type)).toEqual(['Công văn']);
  });

  it('reads a commune\'s culture, sports and broadcasting centre as printed, and drops a backslash set apart', () => {
    const f = extractAll({ pages: [page(`UBND XÃ MƯỜNG TÈ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM VĂN HÓA,    Độc lập - Tự do - Hạnh phúc
THÊ THAO
VÀ TRUYỂN THÀNH    Mường Tè, ngày 02 tháng 12 năm 2025
Số: 12/QĐ-TTVHTT
QUYẾT ĐỊNH
Về \\ việc thành lập Ban Tổ chức Giải`)] }).fields;
    expect(v(f.issuer)).toBe('Trung tâm Văn hóa, Thể thao và Truyền thanh');
    expect(v(f.subject)).toBe('Về việc thành lập Ban Tổ chức Giải');
  });
});

describe('set 108 shapes', () => {
  it('reads a month with a 1 set apart before it, in a date and in a cited issuer past it', () => {
    expect(findDate('ngày 04 tháng 1 12 năm 2025')?.iso).toBe('2025-12-04');
    const refs = extractReferences(lines('Thực hiện Kế hoạch số 301/KH-SVHTTDL ngày 04 tháng 1 12 năm\n2025 của Sở Văn hóa, Thể thao và Du lịch, Khu Di tích xây dựng kế hoạch.'));
    expect(refs.map((r) => [r.date, r.issuer])).toEqual([['2025-12-04', 'Sở Văn hóa, Thể thao và Du lịch']]);
  });

  it('drops a colon glued to a cited name\'s first word, and reads a bay\'s board', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const refs = extractReferences(lines('Thực hiện Kế hoạch số 530/KH-UBND ngày 28 tháng 11 năm 2025\ncủa Ủy: ban nhân dân tỉnh về công tác đối ngoại'));
    expect(refs.map((r) => r.issuer)).toEqual(['Ủy ban nhân dân tỉnh']);
    const f = extractAll({ pages: [page(`UBND TỈNH QUẢNG NINH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ VĨNH HẠ    Độc lập - Tự do - Hạnh phúc
LONG
Số: 1032/TB-BQLV    Quảng Ninh, ngày 18 tháng 12 năm 2025
THÔNG BÁO
Tạm dừng hoạt động`)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Ban Quản lý vịnh Hạ Long');
  });
});

describe('set 109 shapes', () => {
  it('reads a company\'s name wrapped over four lines, a word pair cut at a line\'s end and its province last, as one issuer', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`CÔNG TY CỔ PHẦN MÔI    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG VÀ    Độc lập - Tự do - Hạnh phúc
CÔNG TRÌNH ĐÔ THỊ
THANH HÓA    Thanh Hóa, ngày 19 tháng 12 năm 2025
Số: 367/CV-MTĐT
V/v tăng cường thu gom`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Công ty cổ phần Môi trường và Công trình đô thị Thanh Hóa', null]);
  });

  it('reads the place a body is named for, on its last line, by its letters when the restorer made other words of it', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HƯNG YÊN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM GIÁO DỤC    Độc lập - Tự do - Hạnh phúc
NGHỀ NGHIỆP -    Hưng Yên, ngày 17 tháng 12 năm 2025
GIÁO DỤC THƯỜNG XUYÊN
PHỦ CƯ
Số: 84/BC-TTGDNN-GDTX
BÁO CÁO
Sơ kết học kỳ I`)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên Phù Cừ');
  });
});

describe('set 110 shapes', () => {
  it('reads a Party cell apart from its committee across a dash speck after a unit word, and the emulation council\'s dash and two Đ', () => {
    const f = extractAll({ pages: [page(`ĐẢNG BỘ CÁC CƠ QUAN    ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG TỈNH -    Hà Tĩnh, ngày 29 tháng 12 năm 2025
CHI BỘ BAN NỘI CHÍNH
*
Số 12-NQ/CB
NGHỊ QUYẾT
về lãnh đạo`)] }).fields;
    expect([v(f.issuer)?.toLowerCase(), v(f.issuerParent)?.toLowerCase()]).toEqual(['chi bộ ban nội chính', 'đảng bộ các cơ quan đảng tỉnh']);
    const g = extractAll({ pages: [page(`UBND TỈNH GIA LAI    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI ĐỒNG THI ĐUA -    Độc lập - Tự do - Hạnh phúc
KHEN THƯỞNG
Số: 37/TB-HDTDKT    Gia Lai, ngày 23 tháng 12 năm 2025
THÔNG BÁO
Kết quả`)] }).fields;
    expect([v(g.issuer)?.toLowerCase(), v(g.number)]).toEqual(['hội đồng thi đua - khen thưởng', '37/TB-HĐTĐKT']);
  });

  it('reads a steering board\'s name wrapped over four lines past the date line, the comma a column\'s edge took kept', () => {
    const text = `UBND TỈNH TÂY NINH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM,    Độc lập - Tự do - Hạnh phúc
TỆ NẠN XÃ HỘI VÀ XÂY    Tây Ninh, ngày 12 tháng 12 năm 2025
DỰNG PHONG TRÀO
TOÀN DÂN BẢO VỆ AN
NINH TỔ QUỐC
Số: 45/BC-BCĐ
BÁO CÁO
Kết quả`;
    expect(v(extractAll({ pages: [page(text)] }).fields.issuer)).toBe('Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và Xây dựng phong trào toàn dân bảo vệ an ninh tổ quốc');
  });

  it('keeps a unit word ending a subject, a cited issuer past a month with a digit set apart, and a highland name inside a line', () => {
    const refs = extractReferences(lines('Căn cứ Quyết định số 281/QĐ-VKSTC ngày 09 tháng 8 8 năm 2023\ncủa Viện trưởng Viện kiểm sát nhân dân tối cao ban hành Quy chế công tác kiểm sát, Viện thông báo.'));
    expect(refs.map((r) => r.issuer)).toEqual(['Viện trưởng Viện kiểm sát nhân dân tối cao']);
    const f = extractAll({ pages: [page(`ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HOẰNG TIẾN    Độc lập - Tự do - Hạnh phúc
Số: 1215/QĐ-UBND    Hoằng Tiến, ngày 04 tháng 12 năm 2025
QUYẾT ĐỊNH
Về việc kiện toàn Tổ công nghệ số cộng đồng Xã

Nơi nhận:
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Rơ Châm H'Ly`)] }).fields;
    expect(v(f.subject)).toBe('Về việc kiện toàn Tổ công nghệ số cộng đồng xã');
    expect(f.signer?.name).toBe("Rơ Châm H'Ly");
  });
});

describe('set 111 shapes', () => {
  it('reads a ministry whose spaces OCR lost, and the archives department wrapped before NHÀ NƯỚC', () => {
    const f = extractAll({ pages: [page(`BONOIVU    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC VĂN THƯ VÀ LƯU TRỮ    Độc lập - Tự do - Hạnh phúc
NHÀ NƯỚC
Số: 425/HD-VTLTNN    Hà Nội, ngày 26 tháng 11 năm 2025
HƯỚNG DẪN
Chỉnh lý tài liệu`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Cục Văn thư và Lưu trữ nhà nước', 'Bộ Nội vụ']);
  });

  it('drops the other column\'s dust after a title\'s last year', () => {
    const f = extractAll({ pages: [page(`ĐẢNG BỘ TỈNH PHÚ THỌ    ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TAM ĐẢO    Tam Đảo, ngày 05 tháng 8 năm 2025
*
Số 01-QC/ĐU
QUY CHẾ
làm việc của Ban Chấp hành nhiệm kỳ 2025 -
2030 oo Loo |

Căn cứ Điều lệ Đảng;`)] }).fields;
    expect(v(f.subject)).toBe('làm việc của Ban Chấp hành nhiệm kỳ 2025 - 2030');
  });
});

describe('set 112 shapes', () => {
  it('puts back the Ư an own code keeps of a word whose tone it drops, and reads a bank\'s board wrapped over four lines', () => {
    const f = extractAll({ pages: [page(`SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NAM ĐỊNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM ỨNG DỤNG TIẾN BỘ    Độc lập - Tự do - Hạnh phúc
KHOA HỌC VÀ CÔNG NGHỆ    Nam Định, ngày 04 tháng 12 năm 2025
Số: 75/TB-TTUD
THÔNG BÁO
Tổ chức lớp tập huấn`)] }).fields;
    expect(v(f.number)).toBe('75/TB-TTƯD');
    const g = extractAll({ pages: [page(`UBND TỈNH HÀ TĨNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN ĐẠI DIỆN HỘI ĐỒNG    Độc lập - Tự do - Hạnh phúc
QUẢN TRỊ
NGÂN HÀNG CHÍNH SÁCH    Hà Tĩnh, ngày 16 tháng 12 năm 2025
XÃ HỘI
Số: 58/BC-BPD
BÁO CÁO
Kết quả`)] }).fields;
    expect([v(g.issuer), v(g.issuerParent), v(g.number)]).toEqual(['Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội', 'Ủy ban nhân dân tỉnh Hà Tĩnh', '58/BC-BĐD']);
  });
});

describe('set 113 shapes', () => {
  it('completes a set phrase one of whose words OCR garbled past reading, in addressees', () => {
    expect(extractRecipients(lines('Kính gửi: Ủy ban rr xã Tân Lạc.'))).toEqual(['Ủy ban nhân dân xã Tân Lạc']);
    expect(extractRecipients(lines('Kính gửi:\n- Các sở, ban, Sh tỉnh;\n- Ủy ban MTTQ tỉnh.'))).toEqual(['Các sở, ban, ngành tỉnh', 'Ủy ban MTTQ tỉnh']);
  });
});

describe('set 114 shapes', () => {
  it('reads a small i. under the header as a speck, not a numbered heading, and a bank branch\'s dotted symbol', () => {
    const f = extractAll({ pages: [page(`NGÂN HÀNG NÔNG NGHIỆP    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM    Độc lập - Tự do - Hạnh phúc
CHI NHÁNH TỈNH NGHỆ AN    Nghệ An, ngày 11 tháng 12 năm 2025
i. ae |
Số: 1520/NHNo.NA-KHCN
V/v triển khai chương trình cho vay

Kính gửi: Các chi nhánh.`)] }).fields;
    expect([v(f.number), v(f.documentType), v(f.subject)]).toEqual(['1520/NHNo.NA-KHCN', 'Công văn', 'triển khai chương trình cho vay']);
    expect(numberParts('1520/NHNo.NA-KHCN')?.parts.bodyCode).toBe('NHNo.NA-KHCN');
  });

  it('reads a cited date and issuer past a bracket speck before the year, and a central body past a speck inside its name', () => {
    const refs = extractReferences(lines(`Căn cứ Chỉ thị số 23-CT/TW ngày 25 tháng 5 năm 2023 của Ban Bí Có

thư về tăng cường;
Căn cứ Công điện số 12/CĐ-UBND ngày 01 tháng 12 năm ) 2025
của Chủ tịch Ủy ban nhân dân tỉnh, Ban An toàn giao thông tỉnh xây dựng kế hoạch.`));
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([
      ['23-CT/TW', '2023-05-25', 'Ban Bí thư'], ['12/CĐ-UBND', '2025-12-01', 'Chủ tịch Ủy ban nhân dân tỉnh']]);
    expect(findDate('ngày 01 tháng 12 năm ) 2025')?.iso).toBe('2025-12-01');
  });

  it('joins a line that goes on a vocabulary pair as written, though its first word by letters alone opens bodies (QUÂN, Quận)', () => {
    const f = extractAll({ pages: [page(`UBND XÃ NGHI XUÂN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI ĐỒNG NGHĨA VỤ    Độc lập - Tự do - Hạnh phúc
QUÂN SỰ
Số: 07/TB-HĐNVQS    Nghi Xuân, ngày 09 tháng 12 năm 2025
THÔNG BÁO
Lịch khám sức khỏe`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Hội đồng nghĩa vụ quân sự', 'Ủy ban nhân dân xã Nghi Xuân']);
  });

  it('reads a prison warden as a signer\'s title, his rank and a dash speck none of his name', () => {
    const s = extractSigner(lines(`Nơi nhận:                      GIÁM THỊ
- Cục C10 (b/c);
- Lưu: VT.

Đại tá Phạm Quốc Toản -`));
    expect([s?.name, s?.title]).toEqual(['Phạm Quốc Toản', 'Giám thị']);
  });
});

describe('set 115 shapes', () => {
  it('reads a Số whose S OCR read as an 8 on a line the place-date shares', () => {
    const f = extractAll({ pages: [page(`SỞ Y TẾ THANH HÓA    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỆNH VIỆN Y HỌC CỔ TRUYỀN    Độc lập - Tự do - Hạnh phúc
86: 512/QĐ-BVYHCT ~ Thanh Hóa, ngày 17 tháng 12 năm 2025
QUYẾT ĐỊNH
Về việc thành lập Hội đồng`)] }).fields;
    expect([v(f.number), v(f.place)]).toEqual(['512/QĐ-BVYHCT', 'Thanh Hóa']);
  });

  it('reads a line opening with CƠ SỞ as a body of its own, under its department', () => {
    const f = extractAll({ pages: [page(`SỞ Y TẾ TỈNH NGHỆ AN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CƠ SỞ CAI NGHIỆN MA TÚY    Độc lập - Tự do - Hạnh phúc
Số: 88/BC-CSCN    Nghệ An, ngày 15 tháng 12 năm 2025
BÁO CÁO
Kết quả công tác`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Cơ sở cai nghiện ma túy', 'Sở Y tế tỉnh Nghệ An']);
  });

  it('ends a name in VIỆT beside the motto\'s NAM with specks about it, and names an association\'s gathering with a capital', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`HỘI THẦY THUỐC TRẺ       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

VIỆT NAM                   'NAM .a        |
HỘI THẦY THUỐC TRẺ             : Độc lập - Tự do - Hạnh phúc

TỈNH HÀ TĨNH               Hà Tĩnh, ngày 18 tháng 12 năm 2025
Số: 14/GM-TTT
GIẤY MỜI
Dự Lễ ra quân`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Hội Thầy thuốc trẻ tỉnh Hà Tĩnh', 'Hội Thầy thuốc trẻ Việt Nam']);
    expect(nameCase('BAN CHẤP HÀNH HỘI NGHỀ CÁ TỈNH QUẢNG NGÃI')).toBe('Ban Chấp hành Hội Nghề cá tỉnh Quảng Ngãi');
    expect(nameCase('HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ')).toBe('Hội đồng nghĩa vụ quân sự');
  });
});

describe('set 116 shapes', () => {
  it('cites no tail of the document\'s own number whose first digit OCR set apart', () => {
    const refs = extractReferences(lines('Số 2 15-NQ/ĐU\nCăn cứ Nghị quyết số 44-NQ/TW ngày 24 tháng 11 năm 2023 của Bộ Chính trị;'), '215-NQ/ĐU');
    expect(refs.map((r) => r.number)).toEqual(['44-NQ/TW']);
  });

  it('reads a known phrase whose printed letters lost a space as the phrase, and a marine reserve\'s name as proper', () => {
    expect(phrasesAsPrinted('BAN QUẢN LÝ ĐÀN ĐẦU'.split(' '), 'BAN QUAN LY DUAN PAU'.split(' ')).join(' ')).toBe('BAN QUẢN LÝ DỰ ÁN ĐẦU');
    expect(nameCase('BAN QUẢN LÝ KHU BẢO TỒN BIỂN CÙ LAO CHÀM')).toBe('Ban Quản lý Khu bảo tồn biển Cù Lao Chàm');
  });
});

describe('set 117 shapes', () => {
  it('reads a Party congress subcommittee as a body of its own, and its head as the signer\'s title', () => {
    const f = extractAll({ pages: [page(`ĐẢNG BỘ TỈNH HƯNG YÊN    ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ VĂN GIANG    Văn Giang, ngày 14 tháng 4 năm 2025
TIỂU BAN VĂN KIỆN
*
Số 03-TB/TBVK
THÔNG BÁO
kết luận của Tiểu ban

Nơi nhận:    T/M TIỂU BAN
- Lưu.    TRƯỞNG TIỂU BAN

Đỗ Mạnh Cường`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent), f.signer?.title]).toEqual(['Tiểu ban Văn kiện', 'Đảng ủy xã Văn Giang', 'Trưởng Tiểu ban']);
  });

  it('reads an association line opening with HỘI\'s letters under other marks as HỘI', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`HỎI NGƯỜI KHUYẾT TẬT    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC NINH    Độc lập - Tự do - Hạnh phúc
Số: 18/TTr-HNKT    Bắc Ninh, ngày 20 tháng 11 năm 2025
TỜ TRÌNH
Về việc đề nghị`)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Hội Người khuyết tật tỉnh Bắc Ninh');
  });

  it('drops a dash set apart ending a title\'s line before small words, and keeps a name\'s own', () => {
    expect(subjectText(['Hoạt động của Hội đồng phổ biến, giáo dục pháp luật -', '~ tỉnh năm 2026'])).toBe('Hoạt động của Hội đồng phổ biến, giáo dục pháp luật tỉnh năm 2026');
    expect(subjectText(['Kế hoạch của Sở Lao động -', 'Thương binh và Xã hội'])).toBe('Kế hoạch của Sở Lao động - Thương binh và Xã hội');
  });

  it('joins the army telecoms group\'s name wrapped at its dash, and reads its provincial branch below', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`TẬP ĐOÀN CÔNG NGHIỆP - CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

VIỄN THÔNG QUÂN ĐỘI                |        - NAM
. VIETTEL HÀ TĨNH             _.. Độc lập - Tự do - Hạnh phúc

Số: 1520/VTHT-KHDN          Hà Tĩnh, ngày 05 tháng 12 năm 2025`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Viettel Hà Tĩnh', 'Tập đoàn Công nghiệp - Viễn thông Quân đội']);
  });
});

describe('set 118 shapes', () => {
  it('takes no digit after the issuer on its own header line for the name\'s number, and names a hospital\'s speciality with capitals', () => {
    const f = extractAll({ pages: [page(`SỞ Y TẾ TỈNH NINH BÌNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
BỆNH VIỆN SẢN - NHI 3    NAM |
Số: 318/KH-BVSN    Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 09 tháng 12 năm 2025
KẾ HOẠCH
Cải tiến chất lượng`)] }).fields;
    expect(v(f.issuer)).toBe('Bệnh viện Sản - Nhi');
  });

  it('puts back the dash of Truyền thanh - Truyền hình a wrap took', () => {
    const f = extractAll({ pages: [page(`UBND THỊ XÃ KỲ ANH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

ĐÀI TRUYỀN THANH -    NAM
TRUYỀN HÌNH    Độc lập - Tự do - Hạnh phúc
Số: 27/KH-ĐTTTH    Kỳ Anh, ngày 18 tháng 11 năm 2024
KẾ HOẠCH
Tuyên truyền`)] }).fields;
    expect(v(f.issuer)).toBe('Đài Truyền thanh - Truyền hình');
  });

  it('reads a social-policy bank\'s district office, its XÃ HỘI no commune', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`NGÂN HÀNG CHÍNH SÁCH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

XÃ HỘI    NAM
PHÒNG GIAO DỊCH    Độc lập - Tự do - Hạnh phúc
NHCSXH    Nghi Lộc, ngày 20 tháng 12 năm 2024
HUYỆN NGHI LỘC
Số: 56/TB-PGD
THÔNG BÁO
Lịch giao dịch`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Phòng Giao dịch Ngân hàng Chính sách xã hội huyện Nghi Lộc', 'Ngân hàng Chính sách xã hội']);
  });
});

describe('set 119 shapes', () => {
  it('takes a title opening with Thực hiện as the subject when the body opens again on the next line behind a dash', () => {
    const f = extractAll({ pages: [page(`HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BCH HỘI LHPN XÃ QUẾ PHONG    Quế Phong, ngày 24 tháng 12 năm 2025
Số: 15/KH-HPN
KẾ HOẠCH
Thực hiện công tác Hội và phong trào phụ nữ năm 2026
-Thực hiện Hướng dẫn số 40/HD-HPN ngày 05 tháng 12 năm 2025
của Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh, Ban Chấp hành xây dựng kế hoạch như sau.`)] }).fields;
    expect(v(f.subject)).toBe('Thực hiện công tác Hội và phong trào phụ nữ năm 2026');
    // (A body's first sentence wrapped over lines is none: its next line goes on with it.)
    const g = extractAll({ pages: [page(`ỦY BAN NHÂN DÂN XÃ QUẾ PHONG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 15/TB-UBND    Quế Phong, ngày 24 tháng 12 năm 2025
THÔNG BÁO
Thực hiện Kế hoạch số 40/KH-UBND ngày 05 tháng 12 năm 2025
của Ủy ban nhân dân huyện, Ủy ban nhân dân xã thông báo như sau.`)] }).fields;
    expect(v(g.subject)).toBeNull();
  });
});

describe('set 120 shapes', () => {
  it('reads a merged name whose middle name\'s Đ OCR read as a small b, after the surname', async () => {
    const { mergedNameTail, surname } = await mergedNameTools();
    expect(mergedNameTail('- Lưu: VT. ~ Nguyên bình Tháng', surname)).toBe('Nguyên Đình Tháng');
    // (A surname so read still opens the run.)
    expect(mergedNameTail('- Lưu: VT. | : binh Thi Thu Hang', surname)).toBe('binh Thi Thu Hang');
  });

  it('drops colons OCR set apart in a title, two of them as well as one', () => {
    expect(subjectText(['đại biểu Hội đồng nhân dân', 'xã : :', 'nhiệm kỳ 2026 - 2031'])).toBe('đại biểu Hội đồng nhân dân xã nhiệm kỳ 2026 - 2031');
  });

  it('reads a cited issuer after a quote speck OCR glued to của at a line\'s end', () => {
    const refs = extractReferences(lines('Thực hiện Kế hoạch số 15-KH/TU ngày 22 tháng 10 năm 2025 của’\nBan Thường vụ Tỉnh ủy về tổ chức học tập, Đảng ủy xây dựng kế hoạch.'));
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['15-KH/TU', 'Ban Thường vụ Tỉnh ủy']]);
  });

  it('goes on with a title over a line of small words ending in a Roman numeral', () => {
    const f = extractAll({ pages: [page(`ĐẢNG BỘ TỈNH NGHỆ AN    ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY BỆNH VIỆN    Nghệ An, ngày 08 tháng 01 năm 2026
Số 52-KH/ĐU
KẾ HOẠCH
học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần
thứ XX

Thực hiện Kế hoạch số 15-KH/TU ngày 22 tháng 10 năm 2025 của Ban Thường vụ Tỉnh ủy.
I. MỤC ĐÍCH`)] }).fields;
    expect(v(f.subject)).toBe('học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX');
  });

  it('reads an SOS children\'s village under its organisation, the acronym no SỞ and kept in capitals', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`TỔ CHỨC LÀNG TRẺ EM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SOS VIỆT NAM
LÀNG TRẺ EM SOS VINH    Độc lập - Tự do - Hạnh phúc
Số: 36/TB-SOSV    Vinh, ngày 10 tháng 12 năm 2025
THÔNG BÁO
Tuyển dụng nhân viên năm 2026`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Làng trẻ em SOS Vinh', 'Tổ chức Làng trẻ em SOS Việt Nam']);
  });
});

describe('set 121 shapes', () => {
  it('gives back to the V/v subject a capitalized word the merged place-date line took, which the place does not hold', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`SỞ Y TẾ NGHỆ AN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
QUỸ BẢO TRỢ TRẺ EM    Độc lập - Tự do - Hạnh phúc
Số: 84/QBTTE-VP
V/v vận động ủng hộ Tháng Nghệ An, ngày 18 tháng 12 năm 2025
hành động vì trẻ em năm 2026
Kính gửi: Ủy ban nhân dân các xã, phường.`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.place), v(f.subject)]).toEqual(['Nghệ An', 'vận động ủng hộ Tháng hành động vì trẻ em năm 2026']);
  });

  it('reads a unit under its parent past the place-date line, its number alone on the next line', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`CÔNG TY CỔ PHẦN QUẢN LÝ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VÀ XÂY DỰNG CÔNG TRÌNH    Độc lập - Tự do - Hạnh phúc
GIAO THÔNG HÀ TĨNH    Hà Tĩnh, ngày 03 tháng 11 năm 2025
HẠT QUẢN LÝ ĐƯỜNG BỘ
SỐ 3
Số: 41/HQLĐB3
V/v đảm bảo an toàn giao thông mùa mưa lũ`)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)?.toLowerCase()).toBe('hạt quản lý đường bộ số 3');
    expect(v(f.issuerParent)?.toLowerCase()).toBe('công ty cổ phần quản lý và xây dựng công trình giao thông hà tĩnh');
    // (A province ending the name with other marks, no place's, is spelled as the gazetteer does.)
    const g = extractAll({ pages: [page(`CÔNG TY CỔ PHẦN QUẢN LÝ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
GIAO THÔNG HÀ TỈNH    Độc lập - Tự do - Hạnh phúc
HẠT QUẢN LÝ ĐƯỜNG BỘ SỐ 3    Hà Tĩnh, ngày 03 tháng 11 năm 2025
Số: 41/HQLĐB3
V/v đảm bảo an toàn giao thông mùa mưa lũ`)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(g.issuerParent)?.toLowerCase()).toBe('công ty cổ phần quản lý giao thông hà tĩnh');
  });

  it('spells a pair of the header vocabulary OCR read with a horn more or less, or a Q for Ộ, not one of another tone', async () => {
    const { spellHeaderPairs } = await import('../../src/extract/header/segments.js');
    expect(spellHeaderPairs('PHÒNG KHÁM ĐA KHOA KHƯ VỰC')).toBe('PHÒNG KHÁM ĐA KHOA KHU VỰC');
    expect(spellHeaderPairs('VÀ XÂY DỤNG CÔNG TRÌNH')).toBe('VÀ XÂY DỰNG CÔNG TRÌNH');
    expect(spellHeaderPairs('CÂU LẠC BQ HƯU TRÍ')).toBe('CÂU LẠC BỘ HƯU TRÍ');
    expect(spellHeaderPairs('NHÀ HÁT NGHỆ THUẬT TRUYỀN THỐNG')).toBe('NHÀ HÁT NGHỆ THUẬT TRUYỀN THỐNG');
    expect(spellHeaderPairs('BAN QUẢN LÝ VỊNH HẠ LONG')).toBe('BAN QUẢN LÝ VỊNH HẠ LONG');
  });

  it('reads a club under its association, naming what it gathers with a capital', () => {
    const f = extractAll({ pages: [page(`HỘI NGƯỜI CAO TUỔI    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ TĨNH    Độc lập - Tự do - Hạnh phúc
CÂU LẠC BQ HƯU TRÍ    Hà Tĩnh, ngày 05 tháng 01 năm 2026
Số: 06/KH-CLB
KẾ HOẠCH
Hoạt động năm 2026`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Câu lạc bộ Hưu trí', 'Hội Người cao tuổi tỉnh Hà Tĩnh']);
  });

  it('reads a notary office head\'s title, and the name under it past a speck the restorer made a word of', () => {
    const footer = lines(`Nơi nhận:    TRƯỞNG VĂN PHÒNG
- Lưu: VP.
hợp Lệ Thị Ngọc Anh`);
    footer[2].raw = 'h Le Thi Ngoc Anh';
    const s = extractSigner(footer);
    expect([s?.title, s?.name]).toEqual(['Trưởng Văn phòng', 'Lê Thị Ngọc Anh']);
  });

  it('takes the header\'s body for a cited issuer that is it but for one garbled word, not another unit', async () => {
    const { garbledOnce } = await import('../../src/extract/index.js');
    expect(garbledOnce('Trung tâm Y tế khu vực SA Lưu', 'Trung tâm Y tế khu vực Quỳnh Lưu')).toBe(true);
    expect(garbledOnce('Ủy ban nhân dân xã Hương Sơn', 'Ủy ban nhân dân xã Hương Khê')).toBe(false);
    expect(garbledOnce('Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh Nghệ An')).toBe(false);
  });
});

describe('set 122 shapes', () => {
  it('goes on with an inline addressee over its last word, specks of a letter or two set far apart after its full stop', () => {
    expect(extractRecipients(lines(`Kính gửi: Ủy ban nhân dân các xã Nam Đàn, Kim Liên, Thiên
Nhẫn. .           nh                       m
Thực hiện Kế hoạch số 256/KH-CTTL ngày 05 tháng 12 năm 2025.`))).toEqual(['Ủy ban nhân dân các xã Nam Đàn, Kim Liên, Thiên Nhẫn']);
  });

  it('reads the issuer name\'s last word past the date line behind a speck in the margin', () => {
    const f = extractAll({ pages: [page(`CÔNG TY TNHH MTV THỦY LỢI   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
NAM NGHỆ AN              |        Độc lập - Tự do - Hạnh phúc
XÍ NGHIỆP THỦY LỢI NAM     Nam Đàn, ngày 15 tháng 12 năm 2025
l               ĐÀN                            —_                  m
Số: 112/XN-KT
V/v lấy nước phục vụ sản xuất vụ Xuân năm 2026`)] }).fields;
    expect(v(f.issuer)?.toLowerCase()).toBe('xí nghiệp thủy lợi nam đàn');
  });

  it('expands UBMTTQ, and keeps the dash of Ngoại ngữ - Tin học across a wrap', () => {
    const f = extractAll({ pages: [page(`UBMTTQ VIỆT NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG VINH PHÚ    Độc lập - Tự do - Hạnh phúc
BAN CÔNG TÁC MẶT TRẬN    Vinh Phú, ngày 02 tháng 11 năm 2025
Số: 03/KH-BCTMT
KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025`)] }).fields;
    expect(v(f.issuerParent)).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam phường Vinh Phú');
    const g = extractAll({ pages: [page(`TRƯỜNG ĐẠI HỌC HÀ TĨNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM NGOẠI NGỮ    Độc lập - Tự do - Hạnh phúc
TIN HỌC    Hà Tĩnh, ngày 04 tháng 12 năm 2025
Số: 58/TB-TTNNTH
THÔNG BÁO
Tổ chức thi năm 2026`)] }).fields;
    expect(v(g.issuer)).toBe('Trung tâm Ngoại ngữ - Tin học');
  });

  it('reads a name past the filing item OCR merged before it, and a surname in capitals after a quote speck', () => {
    expect(extractSigner(lines(`Nơi nhận:    TRƯỞNG BAN
- Chi bộ khối 5;
- Lưu. Phan Văn Lợi`))?.name).toBe('Phan Văn Lợi');
    expect(extractSigner(lines(`Nơi nhận:    TỔNG BIÊN TẬP
- Lưu: TS.
"HỌ Trọng Nghĩa`))?.name).toBe('Hồ Trọng Nghĩa');
  });
});

describe('set 123 shapes', () => {
  it('puts back Đ read as bP in a defence-education council\'s code, and cites its symbol past a quote speck after the dash', () => {
    expect(restoreSymbolD('02/KH-HbPGDQPAN')).toBe('02/KH-HĐGDQPAN');
    const refs = extractReferences(lines('Căn cứ Kế hoạch số 14/KH- "HĐGDQPAN ngày 05 tháng 01r năm\n2026 của Hội đồng Giáo dục quốc phòng và an ninh tỉnh,'));
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['14/KH-HĐGDQPAN', '2026-01-05', 'Hội đồng Giáo dục quốc phòng và an ninh tỉnh']]);
  });

  it('reads a month with a small letter glued after it, not a digit\'s look-alike', () => {
    expect(findDate('ngày 05 tháng 01r năm 2026')?.iso).toBe('2026-01-05');
    expect(findDate('ngày 05 tháng 1l năm 2026')?.iso).toBe('2026-11-05');
  });

  it('reads a decree\'s CP whose C OCR read as a round letter', () => {
    expect(extractReferences(lines('Căn cứ Nghị định số 115/2020/NĐ-ÔP của Chính phủ;')).map((r) => r.number)).toEqual(['115/2020/NĐ-CP']);
  });

  it('keeps the title under the authority when the next line names the post it goes with', () => {
    const s = extractSigner(lines(`Nơi nhận:    TM. HỘI ĐỒNG
- Lưu: VT.    CHỦ TỊCH
CHỦ TỊCH UBND XÃ
Nguyễn Hữu Phúc`));
    expect([s?.authority, s?.title, s?.name]).toEqual(['TM. Hội đồng', 'Chủ tịch', 'Nguyễn Hữu Phúc']);
  });

  it('drops a lone digit OCR read twice in a title', () => {
    expect(subjectText(['Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 4 năm 2026'])).toBe('Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026');
  });

  it('reads a committee whose ỦY OCR made signs of under its Party organisation as its Đảng ủy', () => {
    const f = extractAll({ pages: [page(`ĐẢNG BỘ TỈNH NGHỆ AN    ĐẢNG CỘNG SẢN VIỆT NAM
ĐANG 16)'¢ TRƯỜNG ĐẠI HỌC VINH    Nghệ An, ngày 15 tháng 12 năm 2025
Số 145-BC/ĐU
BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Đảng ủy Trường Đại học Vinh', 'Đảng bộ tỉnh Nghệ An']);
  });
});

describe('set 124 shapes', () => {
  it('reads the issuer under its parent when the parent\'s last word sat on the date line behind a speck', () => {
    const f = extractAll({ pages: [page(`LIÊN HIỆP CÁC HỘI KHOA HỌC    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VÀ KỸ THUẬT TỈNH NGHỆ    Độc lập - Tự do - Hạnh phúc
AN ~ Nghệ An, ngày 28 tháng 11 năm 2025

HỘI KIẾN TRÚC SƯ
Số: 21/TB-HKTS
THÔNG BÁO
Về việc tổ chức Đại hội`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Hội Kiến trúc sư', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An']);
  });

  it('goes on with a title past a blank line after a comma, a run of o\'s before the next line\'s words', () => {
    const f = extractAll({ pages: [page(`UBND XÃ ĐÔ LƯƠNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 09/KH-TTVHTTTT    Đô Lương, ngày 06 tháng 01 năm 2026
KẾ HOẠCH
Tổ chức các hoạt động văn hóa, văn nghệ, thể thao mừng Đảng,

oo mừng Xuân Bính Ngọ năm 2026 và các ngày lễ lớn trong năm

Thực hiện Kế hoạch số 05/KH-UBND ngày 03 tháng 01 năm 2026 của Ủy ban nhân dân xã.`)] }).fields;
    expect(v(f.subject)).toBe('Tổ chức các hoạt động văn hóa, văn nghệ, thể thao mừng Đảng, mừng Xuân Bính Ngọ năm 2026 và các ngày lễ lớn trong năm');
    expect(subjectText(['Về việc đón khách dịp Tết Nguyên đán Bính Ngọ năm', '. 2026'])).toBe('Về việc đón khách dịp Tết Nguyên đán Bính Ngọ năm 2026');
  });

  it('reads a title in capitals after a quote speck beside Nơi nhận', () => {
    expect(extractSigner(lines(`.. Nơi nhận: oo oo 'GIÁM ĐỐC
- Lưu: VT.
Hoàng Thị Lan Anh`))?.title).toBe('Giám đốc');
  });

  it('spells the three words opening a header line as the vocabulary does, whatever their marks', async () => {
    const { spellHeaderPairs } = await import('../../src/extract/header/segments.js');
    expect(spellHeaderPairs('BẠN QUẢN LÝ KHU LƯU')).toBe('BAN QUẢN LÝ KHU LƯU');
  });

  it('names what a fund funds and a magazine covers with a capital, as an association\'s', () => {
    expect(nameCase('QUỸ BẢO TRỢ TRẺ EM')).toBe('Quỹ Bảo trợ trẻ em');
    expect(nameCase('QUỸ TÍN DỤNG NHÂN DÂN XÃ HƯNG TÂN')).toBe('Quỹ Tín dụng nhân dân xã Hưng Tân');
    expect(nameCase('TẠP CHÍ VĂN HÓA')).toBe('Tạp chí Văn hóa');
  });
});

describe('set 125 shapes', () => {
  it('takes the seat for a place line OCR destroyed around one of its words with the Đ read as B', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`TỔNG LĐLĐ VIỆT NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
LĐLĐ TỈNH ĐỒNG NAI
Số: 1127/QĐ-LĐLĐ    Độc lập - Tự do - Hạnh phúc
lợi Bỏng lê ngày 21 tháng 11 năm 2025
QUYẾT ĐỊNH
Về việc khen thưởng`)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.place)).toBe('Đồng Nai');
  });

  it('ends a name with a caps word set apart from the motto\'s NAM on its line by specks', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const f = extractAll({ pages: [page(`CHI CỤC KIỂM LÂM NGHỆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

| AN oo NAM |
HẠT KIỂM LÂM KHU VỰC Độc lập - Tự do - Hạnh phúc

TƯƠNG DƯƠNG Tương Dương, ngày 11 tháng 12 năm 2025
Số: 214/HKL-QLBVR
V/v tăng cường tuần tra, kiểm soát bảo vệ rừng`)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Hạt Kiểm lâm khu vực Tương Dương', 'Chi cục Kiểm lâm Nghệ An']);
  });

  it('reads a date with a digit set apart before its day, its month in look-alike letters', () => {
    expect(findDate('Quỳnh Lưu, ngày 2 24 tháng LL năm 2025')?.iso).toBe('2025-11-24');
    expect(findDate('Quỳnh Lưu, ngày 2 24 tháng 11 năm 2025')?.iso).toBe('2025-11-24');
  });

  it('reads a parent whose spaces OCR lost, a health department and its province run together', async () => {
    const { loadDefaultRestorer, loadDefaultPlaces } = await import('../../src/restore/index.js');
    const r = await loadDefaultRestorer({ profile: 'damaged' });
    const text = r.restore(`SOYTENGHEAN - CONG HOA XA HOI CHU NGHIA VIET

TRUNG TAM Y TE KHU VUC NAM
QUYNH LUU . Doc lap - Tu do - Hanh phic
S6: 1265/TTYT-KSBT - Quynh Luu, ngay 24 thang 11 nam 2025`);
    expect(text.split('\n')[0]).toBe('SỞ Y TẾ NGHEAN - CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT');
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuerParent)).toBe('Sở Y tế Nghệ An');
  });

  it('reads a board of public works whose name wraps over the place-date line', () => {
    const f = extractAll({ pages: [page(`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

PHƯỜNG THANH VINH NAM
‘BAN QUẢN LÝ CÁC CÔNG - Độc lập - Tự do - Hạnh phúc
TRÌNH © Thanh Vinh, ngày 09 tháng 12 năm 2025
CÔNG CỘNG

Số: 37/KH-BQLCTCC

KẾ HOẠCH
Chỉnh trang đô thị`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Ban Quản lý các công trình công cộng', 'Ủy ban nhân dân phường Thanh Vinh']);
  });
});

describe('set 126 shapes', () => {
  it('goes on with a name whose next line opens with a head word and a unit word after a dash speck', () => {
    const f = extractAll({ pages: [page(`ĐẢNG BỘ TỈNH HÀ TĨNH ĐẢNG CỘNG SẢN VIỆT NAM

ĐẢNG ỦY BỘ ĐỘI BIÊN Hà Tĩnh, ngày 10 tháng 12 năm 2025
- PHÒNG TỈNH |
*
Số 85-BC/ĐU
BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Đảng ủy Bộ đội Biên phòng tỉnh', 'Đảng bộ tỉnh Hà Tĩnh']);
  });

  it('drops a run of o\'s and a short capitalized speck after it ending a V/v line', () => {
    const f = extractAll({ pages: [{ ...page(`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
TỈNH NGHỆ AN NAM
BAN TIẾP CÔNG DÂN Độc lập - Tự do - Hạnh phúc
Số: 214/BTCD-TCD Nghệ An, ngày 29 tháng 12 năm 2025 -
V/v chuẩn bị tiếp công dân ô Cáo
định kỳ tháng 01 năm 2026
Kính gửi: Sở Xây dựng`), rawText: `UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET
TINH NGHE AN NAM
BAN TIEP CONG DAN Doc lap - Tw do - Hanh phic
So: 214/BTCD-TCD Nghé An, ngay 29 thang 12 nam 2025 -
V/v chuén bi tiép cong dan oo Co
dinh ky thang 01 nam 2026
Kinh gui: S& Xay dung` }] }).fields;
    expect(v(f.subject)).toBe('chuẩn bị tiếp công dân định kỳ tháng 01 năm 2026');
  });

  it('reads a legal-education council and a public-works board whose names wrap as bodies of the vocabulary', () => {
    const f = extractAll({ pages: [page(`ỦY BAN NHÂN DÂN TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
QUẢNG TRỊ | NAM :
HỘI ĐỒNG PHỐI HỢP PHỔ Độc lập - Tự do - Hạnh phúc
BIÊN, © Quảng Trị, ngày 29 tháng 12 năm 2025
GIÁO DỤC PHÁP LUẬT :
Số: 03/TB-HĐPH
THÔNG BÁO
Kết quả phiên họp Hội đồng năm 2025`)] }).fields;
    expect(v(f.issuer)).toBe('Hội đồng phối hợp phổ biến, giáo dục pháp luật');
  });
});

describe('set 127 shapes', () => {
  it('takes no concurrent post naming its body under the signing title for the title', () => {
    const s = extractSigner(lines(`Nơi nhận: "°° TRƯỞNG BAN

- Phòng Văn hóa - Xã hội; PHÓ CHỦ TỊCH UBND XÃ
- Thành viên Ban Chỉ đạo; :
- Lưu: VT.

Hoàng Văn Lực:`));
    expect([s?.title, s?.name]).toEqual(['Trưởng ban', 'Hoàng Văn Lực']);
  });
});

describe('set 128 shapes', () => {
  it('goes on with a name past the place-date line on a line opening with VÀ', () => {
    const f = extractAll({ pages: [page(`ỦY BAN NHÂN DÂN XÃ KỲ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

ANH | | NAM
BAN CHỈ HUY PHÒNG, Độc lập - Tự do - Hạnh phúc

CHỐNG THIÊN TAI Kỳ Anh, ngày 16 tháng 12 năm 2025
VÀ TÌM KIẾM CỨU NẠN |
Số: 09/BCH-PCTT
V/v chủ động ứng phó với không khí lạnh tăng cường`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn', 'Ủy ban nhân dân xã Kỳ Anh']);
  });
});

describe('set 129 shapes', () => {
  it('cuts no column at small words near a caps phrase by their letters', () => {
    expect(splitColumns('khẩu hàng nông sản')).toEqual(['khẩu hàng nông sản']);
    // (The motto's first letter may be lost; it still starts the right column.)
    expect(splitColumns('THƠ ộc lập - Tự do - Hạnh phúc')[0]).toBe('THƠ');
    const f = extractAll({ pages: [page(`CỤC HẢI QUAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC HẢI QUAN KHU VỰC XI Độc lập - Tự do - Hạnh phúc
Số: 1024/HQKVXI-NV Nghệ An, ngày 03 tháng 12 năm 2025
V/v hướng dẫn thủ tục xuất
khẩu hàng nông sản

Kính gửi: Các doanh nghiệp xuất nhập khẩu trên địa bàn.`)] }).fields;
    expect(v(f.subject)).toBe('hướng dẫn thủ tục xuất khẩu hàng nông sản');
  });
});

describe('set 130 shapes', () => {
  it('reads a name without a Title-case speck opening its line, and joins a capital OCR set apart inside it', async () => {
    const { names } = await mergedNameTools();
    const a = extractSigner(lines('Nơi nhận:\n- Lưu: VT, TCCB.\nGIÁM ĐỐC\n\nCơ Cao Văn Thịnh'), names);
    expect(a?.name).toBe('Cao Văn Thịnh');
    // (A surname of two letters stays: 'Lê' opens the name.)
    expect(extractSigner(lines('Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\n\nLê Hồ Văn Nam'), names)?.name).toBe('Lê Hồ Văn Nam');
    const b = extractSigner(lines('Nơi nhận: KT. GIÁM ĐỐC\n- Sở Y tế (b/c); PHÓ GIÁM ĐỐC\n- Lưu: VT.\n\nPhan Đình N am'), names);
    expect(b?.name).toBe('Phan Đình Nam');
  });
  it('goes on with a trích yếu ending on năm past a blank line to its year alone', () => {
    const f = extractAll({ pages: [page(`HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ CAN LỘC Độc lập - Tự do - Hạnh phúc
Số: 25/NQ-HĐND Can Lộc, ngày 18 tháng 12 năm 2025

NGHỊ QUYẾT
Về dự toán ngân sách nhà nước và phân bổ ngân sách xã năm

2026
HỘI ĐỒNG NHÂN DÂN XÃ CAN LỘC`)] }).fields;
    expect(v(f.subject)).toBe('Về dự toán ngân sách nhà nước và phân bổ ngân sách xã năm 2026');
  });
});

describe('set 131 shapes', () => {
  it("reads a company's own code from its name after the legal form, a Đ read as P", () => {
    const n = { value: '378/TB-MTPT', parts: { bodyCode: 'MTPT' } };
    expect(withIssuerInitials(n, 'Công ty cổ phần Môi trường và Dịch vụ Đô thị Vinh', true).value).toBe('378/TB-MTĐT');
    // (Not from initials out of the name's order.)
    expect(withIssuerInitials(n, 'Công ty cổ phần Thương mại Môi trường', true).value).toBe('378/TB-MTPT');
  });
  it("writes a company's business lines with one capital each and the place it is named for", async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const header = (body: string) => v(extractAll({ pages: [page(`${body} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 378/TB-CT Nghệ An, ngày 22 tháng 12 năm 2025
THÔNG BÁO
Lịch thu gom rác thải`)] }, { places: loadDefaultPlaces() }).fields.issuer);
    expect(header('CÔNG TY CỔ PHẦN MÔI TRƯỜNG VÀ DỊCH VỤ ĐÔ THỊ VĨNH')).toBe('Công ty cổ phần Môi trường và Dịch vụ đô thị Vinh');
    expect(header('CÔNG TY TNHH MỘT THÀNH VIÊN THỦY LỢI NAM HÀ TĨNH')).toBe('Công ty TNHH một thành viên Thủy lợi Nam Hà Tĩnh');
  });
});

describe('set 131 shapes, the rest', () => {
  it('reads a cited type code with a letter OCR added as the named type\'s', () => {
    const refs = extractReferences(lines('Xét đề nghị của Phòng Văn hóa - Xã hội tại Tờ trình số 48/TITr-VHXH ngày 22 tháng 12 năm 2025.'), null);
    expect(refs.map((r) => [r.type, r.number])).toEqual([['Tờ trình', '48/TTr-VHXH']]);
  });
  it('reads a dash OCR printed twice in an addressee as one', () => {
    const f = extractAll({ pages: [page(`${CONG_VAN.split('Kính gửi:')[0]}Kính gửi:
- Các trường trung học phổ thông;
- Các trung tâm giáo dục nghề nghiệp - - giáo dục thường xuyên.

Căn cứ kết quả rà soát, Sở hướng dẫn như sau:`)] }).fields;
    expect(f.recipients).toEqual(['Các trường trung học phổ thông', 'Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên']);
  });
  it('drops a stroke OCR read as a 1 between two words of a title, but not a number after a word that numbers', async () => {
    const phraseScore = await modelScores();
    const title = (subject: string) => v(extractAll({ pages: [page(`CÔNG ĐOÀN GIÁO DỤC HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG ĐOÀN TRƯỜNG THPT PHAN ĐÌNH PHÙNG Độc lập - Tự do - Hạnh phúc
Số: 15/BC-CĐCS Hà Tĩnh, ngày 24 tháng 12 năm 2025

BÁO CÁO
${subject}

Thực hiện Hướng dẫn số 22/HD-CĐGD ngày 15 tháng 11 năm 2025 của Công đoàn Giáo dục tỉnh.`)] }, { phraseScore }).fields.subject);
    expect(title('Tổng 1 kết hoạt động công đoàn năm 2025')).toBe('Tổng kết hoạt động công đoàn năm 2025');
    expect(title('Kết quả quan trắc nước mặt đợt 1 năm 2025')).toBe('Kết quả quan trắc nước mặt đợt 1 năm 2025');
  });
});

describe('set 132 shapes', () => {
  it('takes no one word for a title of two, and goes on with the name it ends', () => {
    const f = extractAll({ pages: [page(`TỈNH ỦY QUẢNG TRỊ              ĐẢNG CỘNG SẢN VIỆT NAM

TRƯỜNG CHÍNH TRỊ LÊ. Quảng Trị, ngày 17 tháng 12 năm 2025
DUẨN                    |              l                     |
x*.
Số 42-TB/TCT.
THÔNG BÁO

chiêu sinh lớp Trung cấp lý luận chính trị năm 2026`)] }).fields;
    expect([v(f.documentType), v(f.number), v(f.issuer)]).toEqual(['Thông báo', '42-TB/TCT', 'Trường Chính trị Lê Duẩn']);
  });
  it("keeps a region's number of one letter after VỰC at a header line's end", () => {
    const f = extractAll({ pages: [page(`KHO BẠC NHÀ NƯỚC      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

KHO BẠC NHÀ NƯỚC KHU            |        -„ NAM. .ˆ
VỰC X          !         .. Độc lập - Tự do - Hạnh phúc
Số: 2215/KBNN10-KSC          Nghệ An, ngày 15 tháng 12 năm 2025.

V/v hướng dẫn khóa sổ kế toán`)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Kho bạc Nhà nước khu vực X', 'Kho bạc Nhà nước']);
  });
  it("reads a cooperative's xã as no unit ending the cited issuer's name", () => {
    const refs = extractReferences(lines('Xét Văn bản số 215/CV-HTX ngày 01 tháng 12 năm 2025 của Hợp\ntác xã Dịch vụ nông nghiệp Yên Mô về hỗ trợ kinh phí'), null);
    expect(refs.map((r) => r.issuer)).toEqual(['Hợp tác xã Dịch vụ nông nghiệp Yên Mô']);
  });
});

describe('set 133 shapes', () => {
  it('drops a speck with a quote glued to it ending a trích yếu', () => {
    const f = extractAll({ pages: [page(`HỘI CCB TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI CCB PHƯỜNG VINH PHÚ Độc lập - Tự do - Hạnh phúc
Số: 15/GM-CCB Vinh Phú, ngày 16 tháng 12 năm 2025
GIẤY MỜI

Dự Lễ kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt
Nam ˆ'                        |              —”              |
Ban Chấp hành Hội Cựu chiến binh phường trân trọng kính mời`)] }).fields;
    expect(v(f.subject)).toBe('Dự Lễ kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam');
  });
});

describe('set-28 shapes', () => {
  it('drops a word that cannot end a line of a name, a speck the restorer made a verb of', () => {
    const board = `HĐND TỈNH NGHỆ AN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN KINH TẾ - NGÂN
SÁCH SẼ   Độc lập - Tự do - Hạnh phúc
Số: 145/BC-KTNS   Nghệ An, ngày 20 tháng 11 năm 2025
BÁO CÁO
Thẩm tra dự thảo Nghị quyết về dự toán ngân sách`;
    expect(v(extractAll({ pages: [page(board)] }).fields.issuer)).toBe('Ban Kinh tế - Ngân sách');
    const office = `UBND TỈNH HƯNG YÊN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG ĐIỀU PHỐI SẼ
NÔNG THÔN MỚI   Độc lập - Tự do - Hạnh phúc
Số: 52/BC-VPĐP   Hưng Yên, ngày 10 tháng 12 năm 2025
BÁO CÁO
Kết quả xây dựng nông thôn mới năm 2025`;
    expect(v(extractAll({ pages: [page(office)] }).fields.issuer)).toBe('Văn phòng Điều phối nông thôn mới');
  });
  it('reads a committee line alone between a body and its branch as the branch\'s committee', () => {
    const text = `HỘI LHPN TỈNH HÀ TĨNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHẤP HÀNH
HỘI LHPN XÃ VŨ QUANG   Độc lập - Tự do - Hạnh phúc
Số: 19/KH-HPN   Vũ Quang, ngày 10 tháng 12 năm 2025
KẾ HOẠCH
Hỗ trợ phụ nữ khởi nghiệp năm 2026`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Ban Chấp hành Hội Liên hiệp Phụ nữ xã Vũ Quang');
    expect(v(f.issuerParent)).toBe('Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh');
  });
  it('splits a header line whose date comma OCR printed as a semicolon', () => {
    const text = `ĐẢNG BỘ TỈNH NGHỆ AN   ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ YÊN THÀNH. Yên Thành; ngày 23 tháng 12 năm 2025
Số 215-GM/ĐU
GIẤY MỜI
Dự Hội nghị Ban Chấp hành Đảng bộ xã lần thứ năm`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Đảng ủy xã Yên Thành');
    expect(v(f.issuerParent)).toBe('Đảng bộ tỉnh Nghệ An');
    expect(v(f.place)).toBe('Yên Thành');
  });
  it('joins one word alone after an open addressee, a dash OCR made of a speck before it', () => {
    const text = `SỞ Y TẾ HÀ TĨNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỆNH VIỆN ĐA KHOA TỈNH   Độc lập - Tự do - Hạnh phúc
Số: 2105/BVĐK-VTTB   Hà Tĩnh, ngày 17 tháng 12 năm 2025
V/v báo giá vật tư y tế tiêu hao năm 2026
Kính gửi: Các hãng sản xuất, nhà cung cấp vật tư y tế tại Việt
- Nam.
Căn cứ Thông tư số 04/2024/TT-BYT ngày 20/4/2024 của Bộ trưởng Bộ Y tế.`;
    expect(extractAll({ pages: [page(text)] }).fields.recipients).toEqual(['Các hãng sản xuất, nhà cung cấp vật tư y tế tại Việt Nam']);
    const list = `UBND TỈNH NGHỆ AN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TÀI CHÍNH   Độc lập - Tự do - Hạnh phúc
Số: 12/STC-QLNS   Nghệ An, ngày 16 tháng 12 năm 2025
V/v báo giá
Kính gửi:
- Các sở, ban, ngành cấp tỉnh;
- Các doanh nghiệp tại Việt
- Nam.
Căn cứ Thông tư số 85/2025/TT-BTC ngày 02/10/2025 của Bộ Tài chính.`;
    expect(extractAll({ pages: [page(list)] }).fields.recipients).toEqual(['Các sở, ban, ngành cấp tỉnh', 'Các doanh nghiệp tại Việt Nam']);
  });
  it('reads a grassroots statistics office head, and a name merged onto the filing line after its code', async () => {
    const text = `THỐNG KÊ TỈNH HÀ TĨNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THỐNG KÊ CƠ SỞ KỲ ANH   Độc lập - Tự do - Hạnh phúc
Số: 96/BC-TKCS   Kỳ Anh, ngày 26 tháng 12 năm 2025
BÁO CÁO
Tình hình kinh tế - xã hội tháng 12 và năm 2025
Nội dung báo cáo.
Nơi nhận:   TRƯỞNG THỐNG KÊ CƠ SỞ
- Thống kê tỉnh;
- Lưu: VT Hoàng Văn Lợi`;
    expect(extractAll({ pages: [page(text)] }).fields.signer?.title).toBe('Trưởng Thống kê cơ sở');
    const { mergedNameTail, surname } = await mergedNameTools();
    expect(mergedNameTail('- Lưu: VT Hoàng Văn Lợi', surname)).toBe('Hoàng Văn Lợi');
    // (Not after a code on another item, which may name a body: '- Sở Y tế Hà Tĩnh'.)
    expect(mergedNameTail('- UBND Hoàng Văn Lợi', surname)).toBeNull();
  });
  it('spells KSND out, and reads no joining dash after the motto\'s NAM nor a speck glued to one letter', () => {
    const vks = `VIỆN KSND TỈNH NGHỆ AN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VIỆN KIỂM SÁT NHÂN DÂN   Độc lập - Tự do - Hạnh phúc
KHU VỰC 5   Quỳnh Lưu, ngày 11 tháng 12 năm 2025
Số: 85/TB-VKSKV5
THÔNG BÁO
Về việc tiếp công dân định kỳ tháng 01 năm 2026`;
    expect(v(extractAll({ pages: [page(vks)] }).fields.issuerParent)).toBe('Viện kiểm sát nhân dân tỉnh Nghệ An');
    const board = `UBND TỈNH THANH HÓA   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
BAN QUẢN LÝ DỰ ÁN ĐẦU NAM -
TƯ   Độc lập - Tự do - Hạnh phúc
XÂY DỰNG CÔNG TRÌNH   Thanh Hóa, ngày 09 tháng 12 năm 2025
GIAO THÔNG
Số: 1208/QĐ-BQLDA
QUYẾT ĐỊNH
Về việc phê duyệt kết quả lựa chọn nhà thầu`;
    expect(v(extractAll({ pages: [page(board)] }).fields.issuer)).toBe('Ban Quản lý dự án đầu tư xây dựng công trình giao thông');
    const sub = `SỞ NÔNG NGHIỆP VÀ MÔI   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
S„““ TRƯỜNG
CHI CỤC KIỂM LÂM   Độc lập - Tự do - Hạnh phúc
Số: 645/CCKL-QLBVR   Hà Tĩnh, ngày 30 tháng 12 năm 2025
V/v triển khai phương án phòng cháy, chữa cháy rừng năm 2026`;
    expect(v(extractAll({ pages: [page(sub)] }).fields.issuerParent)).toBe('Sở Nông nghiệp và Môi trường');
  });
  it('reads 11 that OCR split after số as one number, and a name after a modifier-letter speck on the filing line', async () => {
    const refs = extractAll({ pages: [page(`Thực hiện Quyết định số 1 15/QĐ-VKSTC ngày 22/5/2024 của Viện trưởng Viện kiểm sát nhân dân tối cao.`)] }).fields.references;
    expect(refs.map((r) => r.number)).toEqual(['115/QĐ-VKSTC']);
    const { mergedNameTail, surname } = await mergedNameTools();
    expect(mergedNameTail('-Lưu:VT                        |        _ ˆ Võ Thị Thanh Xuân', surname)).toBe('Võ Thị Thanh Xuân');
  });
  it('leaves a lone capital after a signer\'s name out of it', () => {
    const text = `VIỆN KSND TỈNH NGHỆ AN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 5   Độc lập - Tự do - Hạnh phúc
Số: 85/TB-VKSKV5   Quỳnh Lưu, ngày 11 tháng 12 năm 2025
THÔNG BÁO
Về việc tiếp công dân
Nội dung.
Nơi nhận:   VIỆN TRƯỞNG
- Lưu: VT.
Nguyễn Đình Tuấn B`;
    expect(extractAll({ pages: [page(text)] }).fields.signer?.name).toBe('Nguyễn Đình Tuấn');
  });
  it('reads a Tờ trình\'s proposer past a quote speck, and the year that ends a title before specks', () => {
    const refs = extractAll({ pages: [page(`Theo đề nghị’ của Sở Xây dựng tại Tờ trình số 512/TTr-SXD ngày 18/12/2025.`)] }).fields.references;
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['512/TTr-SXD', 'Sở Xây dựng']]);
    const head = `ĐOÀN TNCS HỒ CHÍ MINH   ĐOÀN TNCS HỒ CHÍ MINH
ĐOÀN CƠ SỞ BỆNH VIỆN   Nghệ An, ngày 05 tháng 12 năm 2025
Số: 09-KH/ĐTN
KẾ HOẠCH
Tổ chức Ngày hội hiến máu tình nguyện năm
`;
    const withSpecks = extractAll({ pages: [page(`${head}2025 | - BÉ oo |
Thực hiện Kế hoạch số 245-KH/TĐTN-PT ngày 20/11/2025 của Ban Thường vụ Tỉnh đoàn.`)] }).fields;
    expect(v(withSpecks.subject)).toBe('Tổ chức Ngày hội hiến máu tình nguyện năm 2025');
    const span = extractAll({ pages: [page(`${head}2025 - 2026
Thực hiện Kế hoạch số 245-KH/TĐTN-PT ngày 20/11/2025 của Ban Thường vụ Tỉnh đoàn.`)] }).fields;
    expect(v(span.subject)).toBe('Tổ chức Ngày hội hiến máu tình nguyện năm 2025 - 2026');
  });
  it('drops the same Title-case speck twice ending a subject after a small word, but not a lunar year\'s name', () => {
    const head = `CÔNG AN TỈNH NGHỆ AN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG AN XÃ NGHI LỘC   Độc lập - Tự do - Hạnh phúc
Số: 126/CAX   Nghi Lộc, ngày 08 tháng 12 năm 2025
`;
    const specks = extractAll({ pages: [page(`${head}V/v đề nghị cập nhật thông tin
cư trú của công dân Có Cơ

Kính gửi: Trưởng các xóm.`)] }).fields;
    expect(v(specks.subject)).toBe('đề nghị cập nhật thông tin cư trú của công dân');
    const year = extractAll({ pages: [page(`${head}V/v bảo đảm trật tự an toàn giao thông
dịp Tết Nguyên đán Ất Tỵ

Kính gửi: Trưởng các xóm.`)] }).fields;
    expect(v(year.subject)).toBe('bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán Ất Tỵ');
  });
  it('reads a cited issuer past a full stop glued after của or a speck after the date, and drops a stop set apart in a wrapped subject', () => {
    const refs = (t: string) => extractAll({ pages: [page(t)] }).fields.references.map((r) => r.issuer);
    expect(refs('Căn cứ Kế hoạch số 315/KH-UBND ngày 25/10/2025 of của Ủy ban nhân dân xã Nghi Phong về bảo đảm trật tự.')).toEqual(['Ủy ban nhân dân xã Nghi Phong']);
    expect(refs('Căn cứ Quyết định số 45/QĐ-HKH ngày 10/3/2025 của.Hội Khuyến học tỉnh về tiêu chí.')).toEqual(['Hội Khuyến học tỉnh']);
    const text = `UBND XÃ NGHI PHONG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIỂU HỌC NGHI PHONG   Độc lập - Tự do - Hạnh phúc
Số: 42/KH-THNP   Nghi Phong, ngày 09 tháng 12 năm 2025
KẾ HOẠCH
Tuyên truyền, giáo dục an toàn giao thông cho học sinh năm học .
2025 - 2026

Căn cứ Kế hoạch số 315/KH-UBND ngày 25/10/2025 của Ủy ban nhân dân xã.`;
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toBe('Tuyên truyền, giáo dục an toàn giao thông cho học sinh năm học 2025 - 2026');
  });
});

describe('set-29 shapes', () => {
  it('drops a question mark inside a symbol\'s code, and a digit OCR glued before the title\'s type code', async () => {
    const { joinSplitSymbols } = await import('../../src/restore/symbols.js');
    expect(joinSplitSymbols('Số: 156/KH-THPTHL?2 Hậu Lộc, ngày')).toBe('Số: 156/KH-THPTHL2 Hậu Lộc, ngày');
    expect(joinSplitSymbols('có đúng không? Không')).toBe('có đúng không? Không');
    const text = `HỘI LHPN TỈNH HÀ TĨNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BCH HỘI LHPN PHƯỜNG TRẦN PHÚ   Độc lập - Tự do - Hạnh phúc
Số: 27/6GM-HPN   Trần Phú, ngày 16 tháng 12 năm 2025
GIẤY MỜI
Dự hội nghị tổng kết công tác Hội năm 2025

Ban Chấp hành trân trọng kính mời.`;
    expect(v(extractAll({ pages: [page(text)] }).fields.number)).toBe('27/GM-HPN');
  });
  it('spells a school\'s place as the gazetteer does with the school\'s number after it', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG THPT HẬU LỤC 2   Độc lập - Tự do - Hạnh phúc
Số: 156/KH-THPTHL2   Hậu Lộc, ngày 03 tháng 12 năm 2025
KẾ HOẠCH
Ôn tập cho học sinh lớp 12 năm 2026

Căn cứ Công văn số 4512/SGDĐT-QLT ngày 20/11/2025 của Sở Giáo dục và Đào tạo, Trường THPT Hậu Lục 2 xây dựng kế hoạch.`;
    // (The header's marks were the restorer's guess: OCR printed the line plainly.)
    const raw = text.replace('TRƯỜNG THPT HẬU LỤC 2', 'TRUONG THPT HAU LOC 2');
    expect(v(extractAll({ pages: [{ ...page(text), rawText: raw }] }, { places: loadDefaultPlaces() }).fields.issuer)).toBe('Trường THPT Hậu Lộc 2');
  });
  it('keeps the dash of a span of years a V/v line leaves open for the next line', () => {
    const text = `UBND TỈNH QUẢNG TRỊ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG   Độc lập - Tự do - Hạnh phúc
Số: 2874/SNNMT-CNTY   Quảng Trị, ngày 09 tháng 12 năm 2025

V/v triển khai các biện pháp
phòng, chống rét cho đàn
vật nuôi vụ Xuân 2025 -

2026

Kính gửi: Trung tâm Khuyến nông tỉnh.`;
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toBe('triển khai các biện pháp phòng, chống rét cho đàn vật nuôi vụ Xuân 2025 - 2026');
  });
  it('ends a cited issuer at đề nghị, and reads a date with a digit and a stop set apart after its day', () => {
    const refs = extractAll({ pages: [page(`Văn phòng nhận được Công văn số 615/UBND-KT ngày 25/11/2025 của Ủy ban nhân dân xã Nghi Xuân đề nghị cung
cấp thông tin thửa đất để phục vụ công tác giải phóng mặt bằng dự án đường ven biển.`)] }).fields.references;
    expect(refs.map((r) => r.issuer)).toEqual(['Ủy ban nhân dân xã Nghi Xuân']);
    expect(findDate('Lạng Sơn, ngày 12 2. tháng 12 năm 2025')?.iso).toBe('2025-12-12');
  });
  it('reads the place as the header\'s unit when the printed words are a letter from it, and NĂM before a place as Nam', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `UBND XÃ CẨM XUYÊN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG KINH TẾ   Độc lập - Tự do - Hạnh phúc
Số: 12/TTr-KT
Cỡ Xuyên, ngày 17 tháng 12 năm 2025
TỜ TRÌNH
Về việc đề nghị phê duyệt dự toán năm 2026

Kính gửi: Ủy ban nhân dân xã Cẩm Xuyên.`;
    const raw = text.replace('Cỡ Xuyên, ngày', 'C&m Xuyén, ngay');
    expect(v(extractAll({ pages: [{ ...page(text), rawText: raw }] }, { places: loadDefaultPlaces() }).fields.place)).toBe('Cẩm Xuyên');
    const company = `UBND TỈNH HÀ TĨNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG TY TNHH MỘT THÀNH VIÊN THỦY LỢI NĂM HÀ TĨNH   Độc lập - Tự do - Hạnh phúc
Số: 215/BC-TLNHT   Hà Tĩnh, ngày 10 tháng 12 năm 2025
BÁO CÁO
Tình hình vận hành hồ chứa nước tháng 11 năm 2025

Thực hiện Công văn số 3120/SNNMT-TL ngày 02/12/2025 của Sở Nông nghiệp và Môi trường.`;
    expect(v(extractAll({ pages: [page(company)] }, { places: loadDefaultPlaces() }).fields.issuer)).toBe('Công ty TNHH một thành viên Thủy lợi Nam Hà Tĩnh');
  });
  it('keeps a month\'s number in a subject however well the model reads the words around it without', async () => {
    const { echoSubject } = await import('../../src/extract/subject.js');
    const field = { value: 'Tình hình vận hành hồ chứa nước trong đợt mưa lũ tháng 1 năm 2025', confidence: 0.85, evidence: { page: 1, line: 1, text: '' } };
    // A model that reads any window without the number far better.
    echoSubject(field, [], lines('Nội dung.'), [], (w) => (w.includes('1') ? -20 : 0));
    expect(field.value).toBe('Tình hình vận hành hồ chứa nước trong đợt mưa lũ tháng 1 năm 2025');
  });
  it('reads a cited issuer past a colon OCR glued to tháng in the date', () => {
    const refs = extractAll({ pages: [page(`Căn cứ Quyết định số 36/2025/QĐ-UBND ngày 10 tháng: 7 năm
2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ của Sở Y tế;`)] }).fields.references;
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['36/2025/QĐ-UBND', '2025-07-10', 'Ủy ban nhân dân tỉnh']]);
  });
  it('reads a cited issuer on past a blank line and a dash after của Ban, and drops của ending an addressee', () => {
    const refs = extractAll({ pages: [page(`Thực hiện Kế hoạch số 58-KH/HNDT ngày 10/01/2025 của Ban

- Thường vụ Hội Nông dân tỉnh về phối hợp với Ngân hàng Chính sách xã hội.`)] }).fields.references;
    expect(refs.map((r) => r.issuer)).toEqual(['Ban Thường vụ Hội Nông dân tỉnh']);
    expect(extractRecipients(lines(`Kính gửi: Các nhà thầu thi công các công trình, dự án do Ban quản
lý của |

Thực hiện Công điện số 09/CĐ-UBND ngày 05/12/2025.`))).toEqual(['Các nhà thầu thi công các công trình, dự án do Ban quản lý']);
  });
  it('reads a subject word as the document repeats it with three words around it on both sides of it', async () => {
    const { echoSubject } = await import('../../src/extract/subject.js');
    const field = () => ({ value: 'Lịch tiếp đồng dân định kỳ của Chủ tịch năm 2026', confidence: 0.85, evidence: { page: 1, line: 1, text: '' } });
    const model = (w: string[]) => (w.includes('công') ? 0 : -5);
    const both = field();
    echoSubject(both, [], lines('Chủ tịch xã tiếp công dân định kỳ vào ngày 15.\nỦy ban thông báo lịch tiếp công dân như sau.'), [], model);
    expect(both.value).toBe('Lịch tiếp công dân định kỳ của Chủ tịch năm 2026');
    // (One side only is too little: the subject stands.)
    const one = field();
    echoSubject(one, [], lines('Chủ tịch xã tiếp công dân định kỳ vào ngày 15.'), [], model);
    expect(one.value).toBe('Lịch tiếp đồng dân định kỳ của Chủ tịch năm 2026');
  });
  it('reads a small b opening a cited body code as Đ, and a cited issuer ending in the header\'s body as the header spells it', () => {
    const text = `BỘ GIÁO DỤC VÀ ĐÀO TẠO   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG ĐẠI HỌC VINH   Độc lập - Tự do - Hạnh phúc
Số: 3125/QĐ-ĐHV   Nghệ An, ngày 26 tháng 12 năm 2025
QUYẾT ĐỊNH
Về việc cấp học bổng khuyến khích học tập học kỳ I năm học 2025 - 2026

Căn cứ Quyết định số 1250/QP-bHV ngày 15/8/2025 của Hiệu trưởng Trường Đại học Vĩnh ban hành Quy định xét, cấp học bổng;`;
    const refs = extractAll({ pages: [page(text)] }).fields.references;
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['1250/QĐ-ĐHV', 'Hiệu trưởng Trường Đại học Vinh']]);
  });
  it('reads the place as the header\'s unit past a speck of two letters the restorer made a word of before it', () => {
    const text = `HỘI CCB TỈNH NGHỆ AN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI CCB XÃ QUỲNH ANH   Độc lập - Tự do - Hạnh phúc
Số: 28/KH-CCB
Cơ Quỳnh Anh, ngày 12 tháng 12 năm 2025
KẾ HOẠCH
Tổ chức các hoạt động kỷ niệm năm 2025

Thực hiện Hướng dẫn số 52/HD-CCB ngày 20/11/2025 của Ban Thường vụ Hội Cựu chiến binh tỉnh.`;
    expect(v(extractAll({ pages: [page(text)] }).fields.place)).toBe('Quỳnh Anh');
  });
  it('reads SỞ before a field\'s name wrapped to the next line, and a phrase whose one-letter last word OCR glued on', () => {
    expect(spellDepartment('SOG NÔNG NGHIỆP VÀ MÔI')).toBe('SỞ NÔNG NGHIỆP VÀ MÔI');
    expect(spellDepartment('SOG NÔNG')).toBe('SOG NÔNG');
    const text = `SOG NÔNG NGHIỆP VÀ MÔI   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG NGHỆ AN   Độc lập - Tự do - Hạnh phúc
CHI CỤC CHĂN NUÔI VÀ
THỦY   Nghệ An, ngày 14 tháng 12 năm 2025
Số: 512/TB-CCCNTY
THÔNG BÁO
Tình hình dịch tả lợn châu Phi

Căn cứ Quyết định số 972/QĐ-TTg ngày 07 tháng 7 năm 2020 của Thủ tướng Chính phủ.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Chi cục Chăn nuôi và Thú y', 'Sở Nông nghiệp và Môi trường Nghệ An']);
  });
  it('drops a dash glued to a title opening a cited issuer, not a name\'s own', () => {
    expect(canonicalIssuer('Chủ tịch- Ủy ban nhân dân tỉnh')).toBe('Chủ tịch Ủy ban nhân dân tỉnh');
    expect(canonicalIssuer('Sở Lao động - Thương binh và Xã hội')).toBe('Sở Lao động - Thương binh và Xã hội');
  });
});

describe('set-30 shapes', () => {
  it('reads a commune named as a district of the header\'s province, where OCR wrapped the province off its line', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const gaz = loadDefaultPlaces();
    // (Hoằng Hóa is a district of Thanh Hóa in the older list and a commune of it since 2025; Hoàng Hoa a xã of Vĩnh Phúc.)
    expect(gaz.respell('Hoăng Hóa', 'xã', new Set(['Thanh Hóa']))).toBe('Hoằng Hóa');
    expect(gaz.respell('Hoăng Hóa', 'xã', new Set(['Vĩnh Phúc']))).toBe('Hoàng Hoa');
    const text = `HỘI NCT TỈNH THANH       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
:       HOA                           :               NAM
HỘI NGƯỜI CAO TUỔI XÃ Độc lập - Tự do - Hạnh phúc
. HOĂNG HÓA             Hoằng Hóa, ngày 15 tháng 12 năm 2025
Số: 09/BC-HNCT
BÁO CÁO
Kết quả hoạt động công tác Hội năm 2025
Thực hiện Hướng dẫn số 21/HD-HNCT ngày 20/11/2025 của Hội Người cao tuổi tỉnh.`;
    const f = extractAll({ pages: [page(text)] }, { places: gaz }).fields;
    expect([v(f.issuer), v(f.issuerParent), v(f.place)]).toEqual(['Hội Người cao tuổi xã Hoằng Hóa', 'Hội Người cao tuổi tỉnh Thanh Hóa', 'Hoằng Hóa']);
  });
});

describe('set-30 shapes, set 151', () => {
  it('goes on with an addressee past a speck set apart before its wrapped line', () => {
    expect(extractRecipients(lines('Kính gửi: Ủy ban nhân dân các xã Sơn Kim 1, Sơn Kim 2, Sơn\n. Hồng, Sơn Tây.\n\nThực hiện Chỉ thị số 06/CT-UBND')))
      .toEqual(['Ủy ban nhân dân các xã Sơn Kim 1, Sơn Kim 2, Sơn Hồng, Sơn Tây']);
  });
  it('drops signs before a later title line\'s words and a speck four spaces right of them', () => {
    const text = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ VŨ QUANG   Độc lập - Tự do - Hạnh phúc
Số: 388/QĐ-UBND
Vũ Quang, ngày 10 tháng 12 năm 2025
QUYẾT ĐỊNH
Về việc hỗ trợ kinh phí xây mới nhà ở cho hộ nghèo, hộ cận nghèo
.= đợt 3 năm 2025    mm
ỦY BAN NHÂN DÂN XÃ VŨ QUANG
Căn cứ Nghị quyết số 42/2023/NQ-HĐND ngày 14/7/2023 của Hội đồng nhân dân tỉnh;`;
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toBe('Về việc hỗ trợ kinh phí xây mới nhà ở cho hộ nghèo, hộ cận nghèo đợt 3 năm 2025');
  });
  it('reads a small b between a code\'s capitals as Đ, and drops a sign and a capital after the symbol', () => {
    expect(normalizeNumber('845/QĐ-CbVH')).toBe('845/QĐ-CĐVH');
    expect(normalizeNumber('1520/NHNo.NA-KHCN')).toBe('1520/NHNo.NA-KHCN');
    const text = `UBND TỈNH NGHỆ AN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG CAO ĐẲNG KỸ THUẬT   Độc lập - Tự do - Hạnh phúc
VIỆT NAM - HÀN QUỐC   Nghệ An, ngày 19 tháng 12 năm 2025
Số: 845/QĐ-CbVH : I
QUYẾT ĐỊNH
Về việc công nhận tốt nghiệp cho sinh viên khóa 17

Căn cứ Thông tư số 04/2022/TT-BLĐTBXH ngày 30/3/2022 ¢ của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định việc tổ chức đào tạo;`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.number)).toBe('845/QĐ-CĐVH');
    expect(f.references.map((r) => [r.number, r.issuer])).toEqual([['04/2022/TT-BLĐTBXH', 'Bộ trưởng Bộ Lao động - Thương binh và Xã hội']]);
  });
  it('keeps a place the header names by its letters, a ward the gazetteer predates, and ends a cited Ban Chấp hành at its bare unit', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `ĐẢNG BỘ TỈNH HÀ TĨNH   ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG THÀNH SEN   Thành Sen, ngày 23 tháng 12 năm 2025
*
Số 152-GM/ĐU
GIẤY MỜI
Dự Hội nghị tổng kết công tác năm 2025

Đề nghị các đồng chí nghiên cứu trước dự thảo Báo cáo số
95-BC/ĐU ngày 20/12/2025 của Ban Chấp! hành Sơ bộ phương
và tham dự đầy đủ, đúng giờ.`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.place)).toBe('Thành Sen');
    expect(f.references.map((r) => r.issuer)).toEqual(['Ban Chấp hành Đảng bộ phường']);
  });
});

describe('set-30 shapes, set 152', () => {
  it('reads a vowel OCR printed twice, its marks split, as one syllable, not two words', async () => {
    const { doubledVowelReadings } = await import('../../src/restore/tokenize.js');
    expect(doubledVowelReadings('VỤỰC')).toEqual(['VỰC', 'VỤC']);
    expect(doubledVowelReadings('Lưu')).toBeNull();
    expect(doubledVowelReadings('nghòo')).toBeNull();
    const { loadDefaultRestorer } = await import('../../src/restore/index.js');
    const r = await loadDefaultRestorer();
    expect(r.restore('TRUNG TÂM Y TẾ KHU VỤỰC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', 'clean')).toBe('TRUNG TÂM Y TẾ KHU VỰC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT');
  });
  it('reads a cited issuer past two stops after a body\'s head word at a line\'s end', () => {
    const refs = extractReferences(lines('Căn cứ Kế hoạch số 210/KH-TTYT ngày 28/11/2025 của Trung tâm..\nY tế khu vực Can Lộc về tiêm chủng mở rộng năm 2026.'));
    expect(refs.map((r) => r.issuer)).toEqual(['Trung tâm Y tế khu vực Can Lộc']);
  });
});

describe('set-30 shapes, set 153', () => {
  it('reads a branch\'s CTĐ with its Đ read as P, a caps word after a whole symbol, and a 1 before a year', () => {
    expect(expandAbbreviations('HỘI CTP TỈNH HÀ TĨNH')).toBe('HỘI Chữ thập đỏ TỈNH HÀ TĨNH');
    const text = `TỈNH ỦY QUẢNG TRỊ   ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Trị, ngày 24 tháng 12 năm 2025
Số 85-KL/TU SEE | :
KẾT LUẬN
của Ban Thường vụ Tỉnh ủy về tăng cường thu hút đầu tư

Tại hội nghị ngày 19/12/2025, Ban Thường vụ Tỉnh ủy kết luận như sau:`;
    expect(v(extractAll({ pages: [page(text)] }).fields.number)).toBe('85-KL/TU');
    const report = `HỘI CTĐ TỈNH HÀ TĨNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI CHỮ THẬP ĐỎ XÃ CẨM XUYÊN   Độc lập - Tự do - Hạnh phúc
Số: 22/BC-CTĐ   Cẩm Xuyên, ngày 18 tháng 12 năm 2025
BÁO CÁO
Kết quả công tác Hội và phong trào Chữ thập đỏ 1 năm 2025

Thực hiện Hướng dẫn số 35/HD-CTĐ ngày 25/11/2025 của Ban Thường vụ Hội Chữ thập đỏ tỉnh.`;
    expect(v(extractAll({ pages: [page(report)] }).fields.subject)).toBe('Kết quả công tác Hội và phong trào Chữ thập đỏ năm 2025');
    const team = report.replace('Chữ thập đỏ 1 năm', 'Chữ thập đỏ tổ 1 năm');
    expect(v(extractAll({ pages: [page(team)] }).fields.subject)).toBe('Kết quả công tác Hội và phong trào Chữ thập đỏ tổ 1 năm 2025');
  });
  it('reads a day OCR printed with an S for its 3 where a 5 makes no date', () => {
    expect(findDate('Nghệ An, ngày S1 tháng 12 năm 2025')?.iso).toBe('2025-12-31');
    expect(findDate('Nghệ An, ngày 1S tháng 12 năm 2025')?.iso).toBe('2025-12-15');
  });
  it('reads a ward office\'s PHÒNG that OCR made a speck of before a field\'s name', () => {
    const text = `.UBND PHƯỜNG TRƯỜNG. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
VINH                 NAM
  1E KINH TẾ, HẠ TẦNG          . Độc lập - Tự do - Hạnh phúc
. .VÀ ĐÔ THỊ               Trường Vinh, ngày 16 tháng 12 năm 2025
Số: 36/TB-KTHTĐT
THÔNG BÁO
Về việc tạm dừng lưu thông qua tuyến đường Lê Duẩn

Thực hiện Quyết định số 1526/QĐ-UBND ngày 28/11/2025 của Ủy ban nhân dân phường.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị', 'Ủy ban nhân dân phường Trường Vinh']);
  });
});

describe('set-30 shapes, set 154', () => {
  it('reads a Party authority OCR glued to its body, and a two-word title glued into one', () => {
    const s = extractSigner(lines('Nơi nhận: | | ~~ T/MCHIBO\n\n- Đảng ủy xã (b/c); ~~... BIiTHU\n- Lưu Chi bộ.\n\nHồ Thị Thanh Bình'));
    expect([s?.name, s?.title, s?.authority]).toEqual(['Hồ Thị Thanh Bình', 'Bí thư', 'T/M Chi bộ']);
  });
  it('spells a school\'s place as its parent\'s unit or the place line, its Đ printed as P', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `ĐẢNG BỘ XÃ NAM ĐÀN ĐẢNG CỘNG SẢN VIỆT NAM

CHI BỘ TRƯỜNG THCS Nam Đàn, ngày 10 tháng 12 năm 2025
NĂM ÂN :
Số 12-KH/CB
KẾ HOẠCH
tổ chức sinh hoạt chuyên đề năm 2026

Thực hiện Hướng dẫn số 22-HD/BTCTW ngày 30/9/2025 của Ban Tổ chức Trung ương.`;
    const raw = text.replace('NĂM ÂN :', 'NAM PAN :');
    const f = extractAll({ pages: [{ ...page(text), rawText: raw }] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.issuer)).toBe('Chi bộ Trường THCS Nam Đàn');
  });
  it('takes a cited law\'s date from the law table where OCR damaged it within its year, and a cited Biên bản\'s maker after a misread do', async () => {
    const { loadDefaultLaws } = await import('../../src/extract/laws.js');
    const refs = extractReferences(lines(`Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13 ngày 2
tháng -6 năm 2012;
Căn cứ Biên bản vi phạm hành chính số 12/BB-VPHC ngày
02/12/2025 đạo Phòng Kinh tế xã lập.`), null, null, loadDefaultLaws());
    expect(refs.map((r) => [r.number, r.date, r.issuer])).toEqual([['15/2012/QH13', '2012-06-20', 'Quốc hội'], ['12/BB-VPHC', '2025-12-02', 'Phòng Kinh tế xã']]);
    // (A whole date in the text stands, whatever the table's: its dates are the corpus's commonest.)
    const whole = extractReferences(lines('Căn cứ Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 18 tháng 01 năm 2024;'), null, null, loadDefaultLaws());
    expect(whole.map((r) => r.date)).toEqual(['2024-01-18']);
  });
  it('keeps a 2025 ward the gazetteer predates as read when no namesake lies in the document\'s provinces', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const gaz = loadDefaultPlaces();
    expect(gaz.respell('Vinh Lộc', 'phường', new Set(['Nghệ An']))).toBeNull();
    expect(gaz.respell('Vinh Lộc', 'huyện', new Set(['Thanh Hóa']))).toBe('Vĩnh Lộc');
    const text = `CÔNG AN TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG AN PHƯỜNG VINH LỘC          Độc lập - Tự do - Hạnh phúc
Số: 142/BC-CAP        Vinh Lộc, ngày 29 tháng 12 năm 2025
BÁO CÁO
Kết quả công tác bảo đảm an ninh, trật tự năm 2025
Kính gửi: Đảng ủy phường Vinh Lộc.

Thực hiện Kế hoạch số 55-KH/ĐU ngày 12/12/2025 của Ban Thường vụ Đảng ủy phường.`;
    const f = extractAll({ pages: [page(text)] }, { places: gaz }).fields;
    expect([v(f.issuer), v(f.place), f.recipients]).toEqual(['Công an phường Vinh Lộc', 'Vinh Lộc', ['Đảng ủy phường Vinh Lộc']]);
  });
  it('drops a colon and one capital set apart at a V/v line\'s end', () => {
    const text = `UBND TỈNH NGHỆ AN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ   Độc lập - Tự do - Hạnh phúc
Số: 5120/SYT-NVY
V/v tăng cường phòng, chống   Nghệ An, ngày 20 tháng 11 năm 2025
dịch sốt xuất huyết : I
và bệnh tay chân miệng

Kính gửi: Sở Tài chính.`;
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toBe('tăng cường phòng, chống dịch sốt xuất huyết và bệnh tay chân miệng');
  });
});

describe('set-30 shapes, set 155', () => {
  it('reads a Công điện\'s code whose Đ OCR read as another capital, and a province cut after its first word at the column\'s edge', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const wire = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI   Độc lập - Tự do - Hạnh phúc
Số: 15/CH-UBND
Quảng Ngãi, ngày 26 tháng 11 năm 2025
CÔNG ĐIỆN
Về việc tập trung ứng phó mưa lũ lớn trên địa bàn tỉnh

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:
- Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu.`;
    expect(v(extractAll({ pages: [page(wire)] }).fields.number)).toBe('15/CĐ-UBND');
    const party = `ĐẢNG BỘ TỈNH THÀNH ĐẢNG CỘNG SẢN VIỆT NAM
~~ "HÒA Hoằng Hóa, ngày 19 tháng 12 năm 2025
ĐẢNG ỦY XÃ HOẰNG HÓA |
: *
Số 08-NQ/ĐU
NGHỊ QUYẾT
về phát triển kinh tế tập thể, hợp tác xã giai đoạn 2026 - 2030

Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII.`;
    expect(v(extractAll({ pages: [page(party)] }, { places: loadDefaultPlaces() }).fields.issuerParent)).toBe('Đảng bộ tỉnh Thanh Hóa');
  });
});

describe('set-30 shapes, set 156', () => {
  it('keeps a code\'s P where only Luật\'s one-letter L would make a code of the rest, and takes a school\'s number from its symbol', () => {
    expect(restoreSymbolD('145/KH-THPTĐL1')).toBe('145/KH-THPTĐL1');
    expect(restoreSymbolD('46/NQ-HDND')).toBe('46/NQ-HĐND');
    const text = `SỞ GD&ĐT NGHỆ AN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
TRƯỜNG THPT ĐÔ LƯƠNG                         NAM
1                               Độc lập - Tự do - Hạnh phúc
Số: 145/KH-THPTĐL1           Đô Lương, ngày 20 tháng 12 năm 2025
KẾ HOẠCH
Tổ chức hoạt động trải nghiệm cho học sinh khối 12

Căn cứ Kế hoạch số 2150/KH-SGDĐT ngày 25/8/2025 của Sở Giáo dục và Đào tạo.`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.number), v(f.issuer)]).toEqual(['145/KH-THPTĐL1', 'Trường THPT Đô Lương 1']);
  });
  it('reads a Party symbol past a speck after its number\'s dash', () => {
    const refs = extractReferences(lines('Thực hiện Quyết định số 312- _QD/UBKTTU ngày 10/10/2025 của Ủy ban Kiểm tra Tỉnh ủy về kiểm tra.'));
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['312-QĐ/UBKTTU', 'Ủy ban Kiểm tra Tỉnh ủy']]);
  });
});

describe('set-31 shapes, set 157', () => {
  it('reads a Party number whose dash OCR read as a full stop', () => {
    const refs = extractReferences(lines('Căn cứ Nghị quyết số 57. NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học.'));
    expect(refs.map((r) => [r.number, r.date])).toEqual([['57-NQ/TW', '2024-12-22']]);
    // (A number ending a sentence before capitals that make no type code stays a number.)
    expect(extractReferences(lines('Tổng số 57. UBND/TW đã nhận.')).map((r) => r.number)).toEqual([]);
  });
  it('joins a Party symbol\'s body code OCR split after its first letter, its next dash read as a space', () => {
    const refs = extractReferences(lines('Thực hiện Chương trình số 25-CTr/T PTN VP ngày 20/12/2025 của Ban Thường vụ Tỉnh Đoàn Thanh Hóa.'));
    expect(refs.map((r) => [r.number, r.date])).toEqual([['25-CTr/TĐTN-VP', '2025-12-20']]);
    // (Capitals after a whole code are the sentence's.)
    expect(extractReferences(lines('Thực hiện Kế hoạch số 12-KH/TU NĂM 2025.')).map((r) => r.number)).toEqual(['12-KH/TU']);
  });
  it('sets apart a commune word OCR ran into the commune\'s name in the header', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `ĐẢNG BỘ TỈNH GIA LAI ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XAPHUMY Phú Mỹ, ngày 22 tháng 10 năm 2025
*
Số 07-NQ/ĐU
NGHỊ QUYẾT
về đẩy mạnh chuyển đổi số trong hệ thống chính trị xã

Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.place)]).toEqual(['Đảng ủy xã Phù Mỹ', 'Phù Mỹ']);
  });
});

describe('set-31 shapes, the 2025 units', () => {
  it('takes the date line\'s commune a letter from the header\'s where only it lies in the text\'s provinces', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    // (Hạ Hòa became a commune of Phú Thọ in 2025; Hải Hòa is Hải Hậu's, Nam Định's.)
    const text = `ĐẢNG BỘ HUYỆN HẢI HẬU ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ HẠ HÒA ~~ Hải Hòa, ngày 20 tháng 11 năm 2025
Số 41-BC/ĐU
BÁO CÁO
kết quả công tác xây dựng Đảng năm 2025`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.place)]).toEqual(['Đảng ủy xã Hải Hòa', 'Hải Hòa']);
  });
  it('keeps a village\'s name the header names as the date line spells it', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    // (Đồng Châu is a commune of Hưng Yên; the header names thôn Đông Châu of a commune of Hà Tĩnh.)
    const text = `ĐẢNG BỘ XÃ THẠCH LẠC       ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN ĐÔNG CHÂU . Đông Châu, ngày 28 tháng 12 năm 2025
Số 08-NQ/CB
NGHỊ QUYẾT
về lãnh đạo thực hiện nhiệm vụ năm 2026`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.place)]).toEqual(['Chi bộ thôn Đông Châu', 'Đông Châu']);
  });
});

describe('set-31 shapes, set 160', () => {
  it('reads a title beside Nơi nhận whose first word OCR printed in mixed case, and a station head\'s title', () => {
    const s = extractSigner(lines('Nơi nhận: Chỉ HUY TRƯỞNG\n- UBND xã (b/c);\n- Lưu: VT.\n\n. Nguyễn Văn Lực'));
    expect([s?.title, s?.name]).toEqual(['Chỉ huy trưởng', 'Nguyễn Văn Lực']);
    const t = extractSigner(lines('Nơi nhận:           |                                   TRẠM TRƯỞNG\n- Như trên;\n\nHoàng Thị Ngọc Mai -'));
    expect([t?.title, t?.name]).toEqual(['Trạm trưởng', 'Hoàng Thị Ngọc Mai']);
    // (A Title-case word before a caps pair makes no title: 'Lưu VT'.)
    expect(extractSigner(lines('Nơi nhận:\n- Lưu VT.'))).toBeNull();
  });
});

describe('set-31 shapes, set 161', () => {
  it('reads a number line whose S OCR read as an 8 before the restored ố, and a committee OCR ran into its unit word', () => {
    const text = `“UBNDTỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

BAN QUẢN LÝ DỰ ÁN ĐẦU               NĂM
TƯ XÂY DỰNG                      Độc lập - Tự do - Hạnh phúc

KHU VỤC HOÀNG MAI       Hoàng Mai, ngày 08 tháng 12 năm 2025
'„ 8ố: 77/TB-BQLDA              s

THÔNG BÁO                      |
Kết quả lựa chọn nhà thầu gói thầu xây lắp đường nội thị`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.number), v(f.issuerParent)]).toEqual(['77/TB-BQLDA', 'Ủy ban nhân dân tỉnh Nghệ An']);
  });
  it('reads who drew up a cited record past a comma in its name, and a minister\'s ministry whose name OCR dashed', () => {
    const refs = extractReferences(lines('Căn cứ Biên bản vi phạm hành chính số 118/BB-VPHC ngày 18/11/2025 do Phòng Kinh tế, Hạ tầng và Đô thị lập.'));
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['118/BB-VPHC', 'Phòng Kinh tế, Hạ tầng và Đô thị']]);
    expect(canonicalIssuer('Bộ trưởng Bộ Y-tế')).toBe('Bộ trưởng Bộ Y tế');
  });
});

describe('set-31 shapes, set 163', () => {
  it('reads a military region whose name and number OCR ran together', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `QUANKHU4 = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

BỘ CHỈ HUY QUÂN SỰ" | NAM
TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc

Số: 2650/BCH-TM Hà Tĩnh, ngày 15 tháng 12 năm 2025
V/v chuẩn bị huấn luyện dân
quân tự vệ năm 2026`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh', 'Quân khu 4']);
  });
});

describe('set-31 shapes, set 164', () => {
  it('takes no speck for PHÒNG on a line that goes on with a centre\'s name', () => {
    const text = `UBND XÃ DIỄN CHÂU        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

TRUNG TÂM DỊCH VỤ.                           NAM
': NÔNG NGHIỆP           Độc lập - Tự do - Hạnh phúc
Số: 11/QĐ-TTDVNN.           Diễn Châu, ngày 08 tháng 01 năm 2026
QUYẾT ĐỊNH

về việc thành lập Tổ chỉ đạo sản xuất vụ Xuân năm 2026`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Trung tâm Dịch vụ nông nghiệp', 'Ủy ban nhân dân xã Diễn Châu']);
  });
  it('reads no code group with a marked letter: the own number ending a line before the title', () => {
    expect(extractReferences(lines('Số 01-NQ/CB-\nNGHỊ QUYẾT\nvề lãnh đạo thực hiện nhiệm vụ năm 2026'), '01-NQ/CB').map((r) => r.number)).toEqual([]);
    // (The Prime Minister's TTg and a Tờ trình's TTr keep their small letters.)
    expect(extractReferences(lines('Căn cứ Quyết định số 12/QĐ-TTg ngày 01/02/2025 và Tờ trình số 5/TTr-UBND ngày 03/4/2025.')).map((r) => r.number))
      .toEqual(['12/QĐ-TTg', '5/TTr-UBND']);
    // (A group OCR specked, no word, is still the code's: 'QĐ- BTỨC'.)
    expect(extractReferences(lines('Thực hiện Quyết định số 2140/QĐ- BTỨC ngày 30 tháng 6 năm 2025\n. của Bộ trưởng Bộ Tài chính')).map((r) => r.number))
      .toEqual(['2140/QĐ-BTC']);
  });
});

describe('set-32 shapes, set 165', () => {
  it('takes no addressee of signs alone after Kính gửi', () => {
    expect(extractRecipients(lines('Kính gửi:       !\n\n- Ủy ban nhân dân các xã, phường;\n\n_- Chi cục Chăn nuôi, Thú y và Thủy sản.\n\nThực hiện Công điện số 03/CĐ-UBND ngày 13/01/2026')))
      .toEqual(['Ủy ban nhân dân các xã, phường', 'Chi cục Chăn nuôi, Thú y và Thủy sản']);
  });
});

describe('set-32 shapes, set 166', () => {
  it('spells TP and TX out in a state body\'s header line, not in a university\'s chartered name', () => {
    expect(expandAbbreviations('CÔNG AN TP CẦN THƠ')).toBe('CÔNG AN THÀNH PHỐ CẦN THƠ');
    expect(expandAbbreviations('UBND TX. Kỳ Anh')).toBe('Ủy ban nhân dân thị xã Kỳ Anh');
    expect(expandAbbreviations('TRƯỜNG ĐẠI HỌC NÔNG LÂM TP. HỒ CHÍ MINH')).toBe('TRƯỜNG ĐẠI HỌC NÔNG LÂM TP. HỒ CHÍ MINH');
  });
  it('drops a colon set apart and the specks after it ending a title', () => {
    expect(subjectText(['tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt', 'Nam : - Có']))
      .toBe('tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam');
    // (At any line's end: 'quản lý hoạt : Co' / 'động du lịch'.)
    expect(subjectText(['tăng cường quản lý hoạt : Cơ', 'động du lịch dịp Tết Dương', 'lịch năm 2026']))
      .toBe('tăng cường quản lý hoạt động du lịch dịp Tết Dương lịch năm 2026');
  });
});

describe('set-32 shapes, set 167', () => {
  it('keeps a unit name\'s second word whose capital OCR read small, and drops a digit before a committee\'s ủy', () => {
    const text = `ĐẢNG BỘ XÃ BA Vì ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN ĐÔNG LAO Ba Vì, ngày 28 tháng 12 năm 2025
.

Số 09-BC/CB
BÁO CÁO
tổng kết công tác năm 2025`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Chi bộ thôn Đông Lao', 'Đảng bộ xã Ba Vì']);
    // (Not when the next line goes on with the name's own end in caps.)
    const wrapped = `ĐẢNG BỘ TỈNH QUẢNG ĐẢNG CỘNG SẢN VIỆT NAM
NINH Hạ Long, ngày 16 tháng 12 năm 2025
ĐẢNG ỦY PHƯỜNG HẠ Lở
LONG
ỦY BAN KIỂM TRA
*
Số 45-BC/UBKT
BÁO CÁO
kết quả kiểm tra năm 2025`;
    expect(v(extractAll({ pages: [page(wrapped)] }).fields.issuerParent)).toBe('Đảng ủy phường Hạ Long');
    expect(canonicalIssuer('Đảng 0 ủy xã')).toBe('Đảng ủy xã');
  });
});
describe('set-32 shapes, year spans', () => {
  it('writes a period\'s span of years with spaces, as most 2025 documents do, and a school year\'s as OCR left it', () => {
    expect(subjectText(['về đẩy mạnh chuyển đổi số giai đoạn 2025-2030'])).toBe('về đẩy mạnh chuyển đổi số giai đoạn 2025 - 2030');
    expect(subjectText(['Nhiệm vụ năm học 2025-2026'])).toBe('Nhiệm vụ năm học 2025-2026');
  });
});

describe('set-32 shapes, set 168', () => {
  it('reads a cited body past a line of specks, and drops a lone digit between an addressee\'s commas', () => {
    const refs = extractReferences(lines('Căn cứ Hướng dẫn số 22/HD-HPN ngày 25/11/2025 của Ban\n\n^ +  e\n\n. Thường vụ Hội Liên hiệp Phụ nữ tỉnh, Ban Chấp hành Hội Liên'));
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['22/HD-HPN', 'Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh']]);
    expect(extractRecipients(lines('Kính gửi:\n- Ủy ban nhân dân các xã, 5, phường, đặc khu;\n- Các doanh nghiệp du lịch trên địa bàn tỉnh.\nThực hiện Công văn số 4120/UBND-VX')))
      .toEqual(['Ủy ban nhân dân các xã, phường, đặc khu', 'Các doanh nghiệp du lịch trên địa bàn tỉnh']);
  });
});

describe('set-32 shapes, set 169', () => {
  it('reads a two-letter word opening a title before việc as Về', () => {
    expect(subjectText(['Là việc khen thưởng công đoàn cơ sở vững mạnh năm 2025'])).toBe('Về việc khen thưởng công đoàn cơ sở vững mạnh năm 2025');
    expect(subjectText(['về việc thành lập Tổ công tác'])).toBe('về việc thành lập Tổ công tác');
  });
});

describe('set-32 shapes, set 170', () => {
  it('reads two small letters before Thường vụ as the standing body\'s Ban', () => {
    expect(subjectText(['của in Thường vụ Đảng ủy xã về công tác cán bộ năm 2026'])).toBe('của Ban Thường vụ Đảng ủy xã về công tác cán bộ năm 2026');
    expect(canonicalIssuer('an Thường vụ Tỉnh ủy')).toBe('Ban Thường vụ Tỉnh ủy');
    // (do is a word there.)
    expect(subjectText(['Hội nghị do Thường trực Tỉnh ủy chủ trì'])).toBe('Hội nghị do Thường trực Tỉnh ủy chủ trì');
  });
});

describe('set-32 shapes, set 171', () => {
  it('reads Tết Nguyên đán whatever OCR made of its middle word, and ends a cited body before the next clause', () => {
    expect(subjectText(['Cao điểm bảo đảm trật tự, an toàn giao thông Tết N quyên đán Bính Ngọ năm 2026']))
      .toBe('Cao điểm bảo đảm trật tự, an toàn giao thông Tết Nguyên đán Bính Ngọ năm 2026');
    expect(subjectText(['Tình hình cung ứng hàng hóa phục vụ Tốt Noten đán Bính Ngọ năm 2026']))
      .toBe('Tình hình cung ứng hàng hóa phục vụ Tết Nguyên đán Bính Ngọ năm 2026');
    expect(subjectText(['Tổ chức "Tết Nguyên đán sum vầy" năm 2026'])).toBe('Tổ chức "Tết Nguyên đán sum vầy" năm 2026');
    const refs = extractReferences(lines('Căn cứ Nghị định số 13/2016/NĐ-CP ngày 19/02/2016 của Chính\nTheo đề Hộ của Chỉ huy trưởng Tế Chỉ huy Quân sự phường.'));
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([['13/2016/NĐ-CP', 'Chính phủ']]);
  });
});

describe('set-32 shapes, set 171 places', () => {
  it('takes the header unit two letters from a date line\'s place that names no unit', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `ĐẢNG BỘ TỈNH LẠNG SƠN ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG KỲ LỪA Ký Lira, ngày 13 tháng 01 năm 2026
*
Số 35-GM/ĐU
GIẤY MỜI
Dự hội nghị sơ kết công tác năm 2025`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.place)]).toEqual(['Đảng ủy phường Kỳ Lừa', 'Kỳ Lừa']);
  });
});

describe('set-32 shapes, set 172', () => {
  it('reads a term\'s 1 as the Roman I, and keeps a joining dash before the motto\'s NAM', () => {
    expect(subjectText(['Triệu tập kỳ họp thứ năm Hội đồng nhân dân phường khóa 1'])).toBe('Triệu tập kỳ họp thứ năm Hội đồng nhân dân phường khóa I');
    const text = `UBND XÃ YÊN ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

TRUNG TÂM VĂN HÓA - ~~ NAM
THỂ THAO Độc lập - Tự do - Hạnh phúc
- Số: 03/KH-TTVHTT Yên Định, ngày 07 tháng 01 năm 2026
KẾ HOẠCH

Tổ chức Giải bóng đá thanh niên`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Trung tâm Văn hóa - Thể thao', 'Ủy ban nhân dân xã Yên Định']);
    // (A dash right before NAM is the cut motto's speck.)
    const school = `UBND XÃ THANH CHƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

TRƯỜNG THCS ĐẶNG THAI - NAM
MAI Độc lập - Tự do - Hạnh phúc
Số: 45/TB-THCS Thanh Chương, ngày 07 tháng 01 năm 2026
THÔNG BÁO

Lịch nghỉ Tết`;
    expect(v(extractAll({ pages: [page(school)] }).fields.issuer)).toBe('Trường THCS Đặng Thai Mai');
  });
});

describe('set-32 shapes, set 173', () => {
  it('reads a symbol of a legal type\'s code without a year as a body\'s, and an addressee wrapped after a joining word', () => {
    expect(numberParts('28/TTLT-NV')?.parts.typeCode).toBeNull();
    expect(numberParts('28/2014/TTLT-BTC-BNV')?.parts.typeCode).toBe('TTLT');
    expect(extractRecipients(lines('Kính gửi: Các cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu vào\nLưu trữ lịch sử tỉnh.\n\nThực hiện Kế hoạch số 12/KH-SNV')))
      .toEqual(['Các cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu vào Lưu trữ lịch sử tỉnh']);
    // (Past a blank line, and a speck read as a list mark.)
    expect(extractRecipients(lines('Kính gửi: Các cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu vào\n\n~ Lưu trữ lịch sử tỉnh. | | |\n\nThực hiện Kế hoạch số 12/KH-SNV')))
      .toEqual(['Các cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu vào Lưu trữ lịch sử tỉnh']);
    // (A body's name with a comma goes on past it after its head's title too.)
    expect(extractReferences(lines('Căn cứ Quyết định số 2150/QĐ-SVHTTDL ngày 30/12/2025 của Giám đốc Sở Văn hóa, Thể thao và Du lịch về kế hoạch')).map((r) => r.issuer))
      .toEqual(['Giám đốc Sở Văn hóa, Thể thao và Du lịch']);
  });
});

describe('set-33 shapes, set 174', () => {
  it('reads a region\'s garbled VỰC and number run into the date line as the issuer\'s, and the place after them', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `TÒA ÁN NHÂN DÂN TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

“THANH HÓA NAM
~ TÒA ÁN NHÂN DÂN KHU - Độc'lập - Tự do - Hạnh phúc
VvUC 2 Bỉm Sơn, ngày 12 tháng 01 năm 2026
Số: 37/TB-TA. |
THÔNG BÁO

Lịch xét xử lưu động các vụ án hình sự quý I năm 2026`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent), v(f.place)]).toEqual(['Tòa án nhân dân khu vực 2', 'Tòa án nhân dân tỉnh Thanh Hóa', 'Bỉm Sơn']);
  });

  it('splits a province OCR ran into a field\'s abbreviation, and lets it decide the place between namesakes', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    // (The restorer's reading and the letters OCR printed.)
    const text = ['SỐ GD&PTHATINH ~~ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', 'TRƯỜNG THPT CẨM BÌNH | NAM |', 'Số: 86/THPTCB-CM. ~~ Độc lập - Tự do.- Hạnh phúc:', '',
      'V/v thực hiện quy định về dây = Cầm Bình, ngày 03 tháng 02 năm 2026', 'thêm, học thêm |'].join('\n');
    const rawText = ['SO GD&PTHATINH ~~ CONG HOA XA HOI CHU NGHIA VIET', 'TRUONG THPT CAM BiNH | NAM |', 'S6: 86/THPTCB-CM. ~~ Poc 14p - Tw do.- Hanh phic:', '',
      'V/v thuc hién quy dinh vé day = C&m Binh, ngay 03 thang 02 nam 2026', 'thém, hoc thém |'].join('\n');
    const f = extractAll({ pages: [{ ...page(text), rawText }] }, { places: loadDefaultPlaces() }).fields;
    // (Cam Bình is a commune of Khánh Hòa, Cẩm Bình one of Hà Tĩnh.)
    expect([v(f.issuer), v(f.issuerParent), v(f.place)]).toEqual(['Trường THPT Cẩm Bình', 'Sở Giáo dục và Đào tạo Hà Tĩnh', 'Cẩm Bình']);
  });

  it('keeps a cited code after a spaced dash as OCR printed it when the restorer gave it a mark', () => {
    const at = (text: string, raw: string) => [{ page: 1, line: 1, text, raw }];
    expect(extractReferences(at('Thực hiện Kế hoạch số 05/KH- TẢ ngày 06/01/2026 của Tòa án', 'Thuc hién Ké hoach so 05/KH- TA ngay 06/01/2026 cua Toa an'), null)
      .map((r) => r.number)).toEqual(['05/KH-TA']);
    // (A word the restorer read as OCR printed it is still no code: the title after a number cut at its dash.)
    expect(extractReferences(at('Căn cứ Nghị quyết số 01-NQ/CB- NGHỊ QUYẾT ngày 06/01/2026', 'Can cu Nghi quyet so 01-NQ/CB- NGHI QUYET ngay 06/01/2026'), null)
      .map((r) => r.number)).toEqual(['01-NQ/CB']);
  });

  it('reads a name OCR merged onto the wrapped end of an addressee item', async () => {
    const { mergedNameTail, surname } = await mergedNameTools();
    expect(mergedNameTail('phường; : : ~ Lê Trọng Khiêm', surname)).toBe('Lê Trọng Khiêm');
    expect(mergedNameTail('phường trên địa bàn Lê Trọng Khiêm', surname)).toBeNull();
  });
});

describe('set-33 shapes, set 176', () => {
  it('puts back the dash OCR lost between the issuer\'s initials and a known department\'s code in the own number', () => {
    const text = `VIỆN KHOA HỌC NÔNG NGHIỆP VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VIỆN CÂY LƯƠNG THỰC VÀ CÂY THỰC PHẨM Độc lập - Tự do - Hạnh phúc
Số: 118/VCLTKHTH Hải Dương, ngày 18 tháng 11 năm 2025
V/v đăng ký nhu cầu giống lúa vụ Xuân năm 2026`;
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.number)).toBe('118/VCLT-KHTH');
    // (A code that is the initials whole, or with no known code after them, stays.)
    expect(v(extractAll({ pages: [page(text.replace('VCLTKHTH', 'VCLTQX'))] }).fields.number)).toBe('118/VCLTQX');
  });
});

describe('session-34 shapes, set 178 and the whole gold', () => {
  it('reads the title in the caps words ending a Nơi nhận line when no wide gap sets the column apart', () => {
    const s = extractSigner(lines('Nơi nhận: E - TRƯỜNG THUỘC CƠ SỞ\n- Như Điều 1;\n- Lưu: VT, QLN.\nVõ Đình Quang'));
    expect([s?.title, s?.name]).toEqual(['Trưởng Thuế cơ sở', 'Võ Đình Quang']);
    // (A shorter tail that is a title as read is that title, whole: a speck leads it.)
    expect(extractSigner(lines('Nơi nhận: Cơ TRƯỞNG CÔNG AN XÃ\n- Như trên;\n- Lưu: VT.\nLê Văn Hùng'))?.title).toBe('Trưởng Công an xã');
    // (Caps words naming no title stay none: 'Nơi nhận: - UBND TỈNH'.)
    expect(extractSigner(lines('Nơi nhận: - UBND TỈNH\n- Lưu: VT.\nVõ Đình Quang'))).toBeNull();
  });

  it('reads a name whose spaces OCR lost at the end of a filing item', async () => {
    const { mergedNameTail, surname } = await mergedNameTools();
    expect(mergedNameTail('-Lưu: VT, KD. ~~. LéThiThuHa', surname)).toBe('Lé Thi Thu Ha');
    // (Title-case pieces that are no syllables are a word of their own: 'McDonaldTest'.)
    expect(mergedNameTail('-Lưu: VT, KD. ~~. McDonaldTest', surname)).toBeNull();
  });

  it('completes a list of unit words whose last word OCR garbled', () => {
    const r = extractRecipients(lines('Kính gửi:\n- Ủy ban nhân dân các xã, phường, đặc tại;\n- Ủy ban nhân dân các huyện, thị xã, thành ELS;\n- Các thành viên Ban Chỉ đạo.'));
    expect(r).toEqual(['Ủy ban nhân dân các xã, phường, đặc khu', 'Ủy ban nhân dân các huyện, thị xã, thành phố', 'Các thành viên Ban Chỉ đạo']);
  });

  it('spells a header\'s ward as the 2025 reform\'s list does, for a document dated after it', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    // (Vĩnh Phú was a ward of Bình Dương before the reform; the list of 2025 has one ward with those letters, Nghệ An's Vinh Phú.)
    const text = (year: number) => `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG VĨNH PHÚ Độc lập - Tự do - Hạnh phúc
Số: 341/KH-UBND Vĩnh Phú, ngày 02 tháng 12 năm ${year}

KẾ HOẠCH
Tổng vệ sinh môi trường`;
    const after = extractAll({ pages: [page(text(2025))] }, { places }).fields;
    expect([v(after.issuer), v(after.place)]).toEqual(['Ủy ban nhân dân phường Vinh Phú', 'Vinh Phú']);
    const before = extractAll({ pages: [page(text(2024))] }, { places }).fields;
    expect([v(before.issuer), v(before.place)]).toEqual(['Ủy ban nhân dân phường Vĩnh Phú', 'Vĩnh Phú']);
    // (A name the list has at that level stays; two of the list with its letters leave it open.)
    expect(places.reformNameByLetters('Đồng Tiến', 'xã', new Set(['Thanh Hóa']))).toBeNull();
    expect(places.reformNameByLetters('Cẩm Giảng', 'xã', new Set(['Hải Phòng']))).toBeNull();
    expect(places.reformNameByLetters('Thạch Hạ', 'xã', new Set(['Hà Tĩnh']))).toBe('Thạch Hà');
  });
});

describe('session-34 shapes, set 179', () => {
  it('reads a committee\'s unit word OCR glued to its name, a dot below read as Q', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = `UBND XADUCTHQ ~~ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT

VĂN PHÒNG HĐND VÀ ~~ NAM
UBND : Độc lập - Tự do - Hạnh phúc
Số: 45/TB-VP ~~ Đức Thọ, ngày 29 tháng 12 năm 2025`;
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Ủy ban nhân dân xã Đức Thọ']);
  });

  it('passes over a cited date OCR wrecked into short words to read its issuer', () => {
    const r = extractReferences(lines('Xét Tờ trình số 215/TTr-UBND ngày =a ZALZE, của Ủy ban nhân\ndân xã về kế hoạch đầu tư công năm 2026.'), null);
    expect(r.map((x) => [x.number, x.date, x.issuer])).toEqual([['215/TTr-UBND', null, 'Ủy ban nhân dân xã']]);
  });

  it('drops a dash glued before a wrapped subject line\'s first word, and joins a year OCR split', () => {
    expect(subjectText(['Tổ chức các hoạt động chào mừng kỷ niệm 95 năm Ngày thành lập', '-Đoàn TNCS Hồ Chí Minh (26/3/1 931 - 26/3/2026)']))
      .toBe('Tổ chức các hoạt động chào mừng kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026)');
    // (A dash inside a line, and digits that make no year, stay.)
    expect(subjectText(['Phát triển Thể thao -Du lịch', 'giai đoạn 26/3/1 93'])).toBe('Phát triển Thể thao -Du lịch giai đoạn 26/3/1 93');
  });

  it('drops a letter or two with signs far right of a subject line, the empty column\'s speck', () => {
    const text = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ THẠCH KHÊ Độc lập - Tự do - Hạnh phúc
Số: 88/GM-UBND Thạch Khê, ngày 08 tháng 12 năm 2025

GIẤY MỜI
Dự Hội nghị tổng kết công tác phòng, chống thiên tai và tìm kiếm
cứu nạn năm 2025       mi.”

Kính gửi: Các thành viên Ban Chỉ huy.`;
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toBe('Dự Hội nghị tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025');
  });
});

describe('session-34 shapes, set 180', () => {
  it('reads a company\'s CP as its form, cổ phần', () => {
    expect(expandAbbreviations('CÔNG TY CP CẤP NƯỚC QUẢNG TRỊ')).toBe('CÔNG TY CỔ PHẦN CẤP NƯỚC QUẢNG TRỊ');
    // (Elsewhere CP is the government's.)
    expect(expandAbbreviations('THỦ TƯỚNG CP')).toContain('Chính phủ');
  });

  it('reads a semicolon inside an addressee\'s line before a small word as a comma', () => {
    expect(extractRecipients(lines('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Giám đốc các sở; ban, ngành của tỉnh;\n- Chủ tịch Ủy ban nhân dân các xã, phường.')))
      .toEqual(['Giám đốc các sở, ban, ngành của tỉnh', 'Chủ tịch Ủy ban nhân dân các xã, phường']);
  });
});

describe('session-34 shapes, set 181', () => {
  it('ends a left column\'s name with VIỆT NAM beside the motto\'s NAM and a speck the restorer made a word of', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    // (The restorer's reading and the letters OCR printed.)
    const text = ['- HỘI CỰU CHIẾN BINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', '~ VIỆT NAM | NAM BỘ', 'BCH HOẶC CCB TÍNH Độc lập - Tự do - Hạnh phúc', '',
      'THANH HÓA Thanh Hóa, ngày 12 tháng 01 năm 2026', 'Số: 08-HD/CCB |', '| | HƯỚNG DẪN |', '~ Tổ chức đại hội Hội Cựu chiến binh cơ sở nhiệm kỳ 2026 - 2031'].join('\n');
    const rawText = ['- HOI CUU CHIEN BINH CONG HOA XA HOI CHU NGHIA VIET', '', '~ VIETNAM | NAM BE', 'BCH HOI CCB TINH Poe lap - Ty do - Hanh phiic', '',
      'THANH HOA Thanh Héa, ngay 12 thang 01 nam 2026', 'S6: 08-HD/CCB |', '| | HUONG DAN |', '~ T6 chic dai hoi Hoi Cuu chién binh co sé nhiém ky 2026 - 2031'].join('\n');
    const f = extractAll({ pages: [{ ...page(text), rawText }] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Ban Chấp hành Hội Cựu chiến binh tỉnh Thanh Hóa', 'Hội Cựu chiến binh Việt Nam']);
  });

  it('reads a cited issuer whose first words OCR glued, and passes over a quote speck before the words that end it', () => {
    const r = extractReferences(lines('Căn cứ Thông tư số 23/2024/TT-BYT ngày 18/10/2024 của BOY tờ\nquy ‘định đào tạo chuyên khoa cấp I, Trường Đại học Y khoa Vinh'), null);
    expect(r.map((x) => x.issuer)).toEqual(['Bộ Y tế']);
  });
});

describe('session-34 shapes, set 182', () => {
  // A page from the restorer's lines and the lines OCR printed.
  const read = (text: string[], raw: string[]) => ({ pages: [{ ...page(text.join('\n')), rawText: raw.join('\n') }] });

  it('drops a run of o\'s the restorer made a word of at a V/v line\'s end', () => {
    const f = extractAll(read(['UBND TỈNH LẠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', 'SỞ CÔNG THƯƠNG | NAM', 'Số: 2045/SCT-QLTM Độc lập - Tự do - Hạnh phúc',
      'V/v bảo đảm cân đối cung cầu, Lạng Sơn, ngày 15 tháng 12 năm 2025', 'bình ổn thị trường hàng hóa ở', 'dịp Tết Nguyên đán Bính Ngọ', '2026', '', 'Kính gửi: Các sở.'],
    ['UBND TINH LANG SON CONG HOA XA HOI CHU NGHIA VIET', 'SO CONG THUONG | NAM', 'S6: 2045/SCT-QLTM Doc lap - Tw do - Hanh phic',
      'V/v bao dam can déi cung cau, Lang Son, ngay 15 thang 12 nam 2025', 'binh 6n thi truong hang hoa oo', 'dip Tét Nguyén dan Binh Ngo', '2026', '', 'Kinh gui: Cac so.'])).fields;
    expect(v(f.subject)).toBe('bảo đảm cân đối cung cầu, bình ổn thị trường hàng hóa dịp Tết Nguyên đán Bính Ngọ 2026');
  });

  it('drops a dash and short words after a title\'s year, the other column\'s specks', () => {
    const title = ['KẾ HOẠCH |', 'Xây dựng mô hình "Gia đình học tập", "Dòng họ học tập" năm', '2026 - Có | a', 'Thực hiện Hướng dẫn số 02/HD-HKH.'];
    const raw = ['KE HOACH |', 'Xay dung mo hinh "Gia dinh hoc tap", "Dong ho hoc tap" nam', '2026 - Co | a', 'Thyc hién Huéng dan s6 02/HD-HKH.'];
    const head = ['HỘI KHUYẾN HỌC XÃ YÊN THÀNH', 'Số: 05/KH-HKH Yên Thành, ngày 08 tháng 01 năm 2026', ''];
    expect(v(extractAll(read([...head, ...title], [...head, ...raw])).fields.subject)).toBe('Xây dựng mô hình "Gia đình học tập", "Dòng họ học tập" năm 2026');
    // (A word of three letters or more after the year is the title's.)
    const more = (t: string[]) => t.map((l) => l.replace('2026 - Có | a', '2026 - Đợt I').replace('2026 - Co | a', '2026 - Đợt I'));
    expect(v(extractAll(read([...head, ...more(title)], [...head, ...more(raw)])).fields.subject)).toBe('Xây dựng mô hình "Gia đình học tập", "Dòng họ học tập" năm 2026 - Đợt I');
  });

  it('ends the issuer\'s name with a short caps word alone on its line that the document writes after that name', () => {
    const text = ['UBND PHƯỜNG THÀNH VINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TRƯỜNG MẦM NON SƠN Độc lập - Tự do - Hạnh phúc', 'CA .', '',
      'Thành Vinh, ngày 06 tháng 01 năm 2026', 'Số: 12/QĐ-MNSC', '', 'QUYẾT ĐỊNH', 'Về việc thành lập Ban kiểm tra nội bộ', 'HIỆU TRƯỞNG TRƯỜNG MẦM NON SƠN CA'].join('\n');
    expect(v(extractAll({ pages: [page(text)] }).fields.issuer)).toBe('Trường Mầm non Sơn Ca');
    // (Not one the document does not write so.)
    expect(v(extractAll({ pages: [page(text.replace('SƠN CA', 'SƠN'))] }).fields.issuer)).toBe('Trường Mầm non Sơn');
  });

  it('drops a lone word right of the issuer column that no syllable or abbreviation is', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = ['ĐẢNG BỘ PHƯỜNG HÀ .      . - ĐẢNG CỘNG SẢN VIỆT NAM', 'HUY TẬP        . Hà Huy Tập, ngày 18 tháng 12 năm 2025',
      'BAN DÂN VẬN                ƯƯÖNG                            _—', 'là.', '', 'Số 07-TB/BDV', '', 'THÔNG BÁO'].join('\n');
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Ban Dân vận', 'Đảng bộ phường Hà Huy Tập']);
  });
});

describe('session-34 shapes, the whole gold', () => {
  it('keeps a joining dash OCR printed twice before the cut motto\'s NAM', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const places = loadDefaultPlaces();
    const twice = ['- UBND XÃ NGHI XUÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', 'TRUNG TÂM VĂN HÓA - - ~~ NAM', 'THỂ THAO - Độc lập - Tự do - Hạnh phúc',
      'VÀ TRUYỀN THÔNG Nghi Xuân, ngày 22 tháng 12 năm 2025', '', 'Số: 12/KH-TTVH'].join('\n');
    expect(v(extractAll({ pages: [page(twice)] }, { places }).fields.issuer)).toBe('Trung tâm Văn hóa - Thể thao và Truyền thông');
  });
});

describe('session-35 shapes, set 183', () => {
  it('reads a legal type code whose Q OCR read O, the restorer having marked it as a word', () => {
    expect(normalizeNumber('96/2025/NỔ- HĐND')).toBe('96/2025/NQ-HĐND');
    expect(normalizeNumber('12/2025/NO-CP')).toBe('12/2025/NQ-CP');
    // (A known legal type stays, and the one D that makes one is still Đ.)
    expect(normalizeNumber('07/2025/TT-BTC')).toBe('07/2025/TT-BTC');
    expect(normalizeNumber('118/2025/NP-CP')).toBe('118/2025/NĐ-CP');
    const r = extractReferences(lines('Căn cứ Nghị quyết số 96/2025/NỔ- HDND ngày 08 tháng 12 năm\n2025 của Hội đồng nhân dân tỉnh Hà Tĩnh về dự toán;'), null);
    expect(r.map((x) => x.number)).toEqual(['96/2025/NQ-HĐND']);
  });

  it('drops a degree sign set apart at a wrapped citation\'s line end', () => {
    const r = extractReferences(lines('Thực hiện Hướng dẫn số 25-HD/BTCTW ngày 25/10/2025 của Ban °\nTổ chức Trung ương về kiểm điểm và đánh giá;'), null);
    expect(r.map((x) => x.issuer)).toEqual(['Ban Tổ chức Trung ương']);
  });

  it('writes a school\'s số small before its name as after it', () => {
    expect(nameCase('CHI BỘ TRƯỜNG TIỂU HỌC SỐ 1 HOÀN LÃO')).toBe('Chi bộ Trường Tiểu học số 1 Hoàn Lão');
    expect(nameCase('TRƯỜNG THCS SỐ 2 NAM LÝ')).toBe('Trường THCS số 2 Nam Lý');
    expect(nameCase('TRƯỜNG THPT QUẾ VÕ SỐ 1')).toBe('Trường THPT Quế Võ số 1');
  });
});

describe('session-35 shapes, set 184', () => {
  it('reads a name OCR merged onto the filing item whose dash it read as a quote', async () => {
    const { mergedNameTail, surname, names } = await mergedNameTools();
    expect(mergedNameTail('“Lưu: VT. oo ~ Nguyễn Thị Hải Yến', surname)).toBe('Nguyễn Thị Hải Yến');
    const s = extractSigner(lines('Nơi nhận: : | CHÁNH VĂN PHÒNG\n- Chủ tịch, các PCT UBND phường;\n~~ Các phòng, ban liên quan;\n“Lưu: VT. oo ~ Nguyễn Thị Hải Yến'), names);
    expect([s?.name, s?.title]).toEqual(['Nguyễn Thị Hải Yến', 'Chánh Văn phòng']);
  });
});

describe('session-35 shapes, set 185', () => {
  // A page from the restorer's lines and the lines OCR printed.
  const read = (text: string[], raw: string[]) => ({ pages: [{ ...page(text.join('\n')), rawText: raw.join('\n') }] });

  it('takes the cut motto\'s NAM off an issuer line when a small letter before a capital follows it', () => {
    const f = extractAll(read(['UBND XÃ ĐÔ LƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', 'TRƯỜNG THCS LÝ NHẬT NAM đến', 'QUANG Độc lập - Tự do - Hạnh phúc',
      'Số: 28/KH-THCS Đô Lương, ngày 12 tháng 01 năm 2026', 'KẾ HOẠCH'],
    ['UBND XA PO LUONG CONG HOA XA HOI CHU NGHIA VIET', '', 'TRUONG THCS LY NHAT NAM nN', 'QUANG boc lap - Ty do - Hanh phic',
      '$6: 28/KH-THCS P6 Luong, ngay 12 thang 01 nam 2026', 'KE HOACH'])).fields;
    expect(v(f.issuer)).toBe('Trường THCS Lý Nhật Quang');
  });

  it('ends an invitation\'s subject at its first sentence when a colon follows kính mời', () => {
    const text = ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'XÃ TRIỆU SƠN Độc lập - Tự do - Hạnh phúc', 'Số: 412/GM-UBND Triệu Sơn, ngày 26 tháng 12 năm 2025', '',
      'GIẤY MỜI', 'Dự Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm', '2026.                   !                                  :',
      'Ủy ban nhân dân xã trân trọng kính mời: Trưởng. các thôn trên địa', 'bàn xã.', 'Thời gian: 08 giờ 00, ngày 30/12/2025:'].join('\n');
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toBe('Dự Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026');
  });

  it('reads a cited date whose month has a digit and a dash set apart after it', () => {
    expect(findDate('ngày 17 tháng 6 6-\nnăm 2010;')?.iso).toBe('2010-06-17');
    const r = extractReferences(lines('Căn cứ Luật An toàn thực phẩm số 55/2010/QH12 ngày 17 tháng 6 6-\nnăm 2010;'), null);
    expect(r.map((x) => x.date)).toEqual(['2010-06-17']);
  });
});

describe('session-35 shapes, set 186', () => {
  it('takes the motto\'s NAM off an issuer line whose right column is a short small word alone, a speck', () => {
    const text = ['UBND XÃ THẠCH KHÊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', 'BAN CHỈ HUY QUÂN SỰ NAM | cơ', 'Số: 04/KH-BCHQS Độc lập - Tự do - Hạnh phúc',
      '| Thạch Khê, ngày 09 tháng 01 năm 2026', '', 'KẾ HOẠCH', 'Huấn luyện dân quân năm 2026'];
    const raw = ['UBND XA THACH KHE CONG HOA XA HOI CHU NGHIA VIET', 'BAN CHI HUY QUAN SU NAM | oo', 'S6: 04/KH-BCHQS Doc 1ap - Tw do - Hanh phic',
      '| Thach Khé, ngay 09 thang 01 nam 2026', '', 'KE HOACH', 'Huan luyén dan quan nam 2026'];
    const f = extractAll({ pages: [{ ...page(text.join('\n')), rawText: raw.join('\n') }] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Ban Chỉ huy Quân sự', 'Ủy ban nhân dân xã Thạch Khê']);
  });
});

describe('session-35 shapes, the whole gold', () => {
  it('reads an addressee\'s first word by the small word after it: heads of units, the courtesy Quý', () => {
    expect(extractRecipients(lines('Kính gửi: Trường các xóm trên địa bàn xã.'))).toEqual(['Trưởng các xóm trên địa bàn xã']);
    expect(extractRecipients(lines('Kính gửi: Quỹ phụ huynh học sinh.'))).toEqual(['Quý phụ huynh học sinh']);
    // (A fund names itself in Title case; schools are listed as các trường.)
    expect(extractRecipients(lines('Kính gửi:\n- Quỹ Bảo trợ trẻ em tỉnh;\n- Các trường học trên địa bàn.'))).toEqual(['Quỹ Bảo trợ trẻ em tỉnh', 'Các trường học trên địa bàn']);
  });
});

describe('session-36 shapes, set 188', () => {
  it('spells an own code as the issuer\'s initials when each of several Đ was read as one or two letters', () => {
    const n = withIssuerInitials({ value: '1408/VPPKDDP-PKCG', parts: { bodyCode: 'VPPKDDP-PKCG' } }, 'Văn phòng Đăng ký đất đai', true);
    expect(n.value).toBe('1408/VPĐKĐĐ-PKCG');
    // (Not a code that is some other body's: the letters must be the initials.)
    expect(withIssuerInitials({ value: '15/VPPKDD', parts: { bodyCode: 'VPPKDD' } }, 'Văn phòng Ủy ban nhân dân', true).value).toBe('15/VPPKDD');
  });

  it('keeps a school\'s level and number whole in its code, and reads the number wrapped alone under its name', () => {
    const n = withIssuerInitials({ value: '27/TB-THPTPL1', parts: { bodyCode: 'THPTPL1' } }, 'Trường THPT Đô Lương 1', true);
    expect(n.value).toBe('27/TB-THPTĐL1');
    const text = ['SỞ GD&ĐT NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', 'TRƯỜNG THPT ĐÔ LƯƠNG © NAM oo', '1 Độc lập - Tự do - Hạnh phúc',
      'Số: 27/TB-THPTPL1 Đô Lương, ngày 05 tháng 01 năm 2026', 'THÔNG BÁO', 'Lịch nghỉ Tết năm 2026', '',
      'Trường THPT Đô Lương 1 thông báo lịch nghỉ Tết như sau.'].join('\n');
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuer), v(f.number)]).toEqual(['Trường THPT Đô Lương 1', '27/TB-THPTĐL1']);
    // (A lone digit there that the document never writes after the name is a speck.)
    const speck = extractAll({ pages: [page(text.replace('Đô Lương 1 thông', 'thông'))] }).fields;
    expect(v(speck.issuer)).toBe('Trường THPT Đô Lương');
  });

  it('reads a branch (Chi nhánh) as a body of its own, not a garbled Phó Chánh Văn phòng', () => {
    expect(extractRecipients(lines('Kính gửi: Các Chi nhánh Văn phòng Đăng ký đất đai khu vực.'))).toEqual(['Các Chi nhánh Văn phòng Đăng ký đất đai khu vực']);
    expect(canonicalIssuer('Phó Chanh Văn phòng')).toBe('Phó Chánh Văn phòng');
  });

  it('reads a cited date\'s của that OCR made a speck at the line\'s end before a body\'s name', () => {
    const r = extractReferences(lines('Thực hiện Công văn số 5126/SNNMT-QLDD ngày 10/12/2025 e\nSở Nông nghiệp và Môi trường về việc đẩy nhanh tiến độ;'), null);
    expect(r.map((x) => x.issuer)).toEqual(['Sở Nông nghiệp và Môi trường']);
  });
});

describe('session-36 shapes, set 189', () => {
  it('drops a speck of the seal between a header pair\'s words at the issuer line\'s end', () => {
    const text = ['SỞ Y TẾ NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', 'BỆNH VIỆN ĐA KHOA KHU BE © NAM',
      'VỰC TÂY BẮC NGHỆ AN ~~ Độc lập - Tự do - Hạnh phúc', 'Số: 824/BVTB-KHTH ~~ Thái Hòa, ngày 30 tháng 12 năm 2025', '',
      'V/v thực hiện khám bệnh, chữa', 'bệnh bảo hiểm y tế', '', 'Kính gửi: Trạm Y tế các xã, phường trong khu vực.'].join('\n');
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Bệnh viện Đa khoa khu vực Tây Bắc Nghệ An');
  });

  it('takes the place from the one header unit the gazetteer knows when the date line\'s reading is no unit', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = ['BCH ĐOÀN TỈNH HÀ TĨNH = Đất Thơ, ngày 10 tháng 01 năm 2026', 'BCH ĐOÀN XÃ ĐỨC THỌ | |', 'oo kkk', 'Số: 09-KH/ĐTN',
      'ĐOÀN TNCS HỒ CHÍ MINH', '', 'KẾ HOẠCH', 'Tổ chức ra quân Tháng Thanh niên năm 2026'].join('\n');
    const f = extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields;
    expect(v(f.place)).toBe('Đức Thọ');
  });

  it('reads the issuer after a cited date with a « speck before của', () => {
    const r = extractReferences(lines('Thực hiện Kế hoạch số 118-KH/TĐTN-PT ngày 02/01/2026 « của\n\nBan Thường vụ Tỉnh Đoàn Hà Tĩnh về tổ chức Tháng Thanh niên'), null);
    expect(r.map((x) => x.issuer)).toEqual(['Ban Thường vụ Tỉnh Đoàn Hà Tĩnh']);
  });
});

describe('session-36 shapes, set 190', () => {
  it('keeps a VÀ that ends an issuer line before the pair it joins, a word of the name', () => {
    const text = ['UBND HUYỆN THẠCH HÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', 'PHÒNG VĂN HÓA VÀ NAM', 'THÔNG TIN Độc lập - Tự do - Hạnh phúc',
      'Số: 15/BC-VHTT Thạch Hà, ngày 05 tháng 01 năm 2026', '', 'BÁO CÁO', 'Kết quả công tác năm 2025'].join('\n');
    expect(v(extractAll({ pages: [page(text)] }).fields.issuer)).toBe('Phòng Văn hóa và Thông tin');
  });

  it('expands a project board\'s QLDA and reads an apostrophe speck between caps words as their space', () => {
    const text = ['| UBND TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', 'BAN QLDA ĐẦU TƯ\'XÂY NAM |', 'DỰNG CÔNG TRÌNH DÂN Độc lập - Tự do - Hạnh phúc', '',
      'DỤNG VÀ CÔNG NGHIỆP Nghệ An, ngày 24 tháng 12 năm 2025', 'Số: 1126/BQLDD-KHTH |', 'V/v đôn đốc hoàn thiện hồ sơ'].join('\n');
    expect(v(extractAll({ pages: [page(text)] }).fields.issuer)).toBe('Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp');
  });

  it('reads the place of a place-date line whose day OCR made letters, the date left unread', () => {
    expect(findDate('Sơn Tây, ngày LỄ tháng 01 năm 2026')?.iso).toBeNull();
    expect(findDate('Sơn Tây, ngày LỄ tháng 01 năm 2026')?.warnings[0]).toMatch(/unreadable day/);
    // (Only after a place's comma.)
    expect(findDate('vào ngày LỄ tháng 01 năm 2026')).toBeNull();
    const text = ['UBND XÃ SƠN TÂY | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', 'TRƯỜNG TIỂU HỌC SƠN TÂY NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/BC-THST Sơn Tây, ngày LỄ tháng 01 năm 2026', 'BÁO CÁO', 'Công tác bảo đảm an toàn cho học sinh'].join('\n');
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.place), v(f.date)]).toEqual(['Sơn Tây', null]);
  });

  it('reads a space OCR put for the dash between a cited Công văn\'s body code and its department\'s', () => {
    const r = extractReferences(lines('Thực hiện Công văn số 42/UBND VHXH ngày 09/01/2026 của Ủy ban nhân dân xã về việc bảo đảm an toàn;'), null);
    expect(r.map((x) => x.number)).toEqual(['42/UBND-VHXH']);
  });
});

describe('session-36 shapes, set 191', () => {
  it('reads a cited law\'s number OCR misread a digit of as the number of the law its name and date say', async () => {
    const { loadDefaultLaws } = await import('../../src/extract/laws.js');
    const laws = loadDefaultLaws();
    const text = 'Căn cứ Luật Xây dựng số 20/2014/QH13 ngày 18 tháng 6 năm\n2014;\nCăn cứ Nghị định số 10/2021/NĐ-CP ngày 09/02/2021 của Chính phủ;';
    expect(extractReferences(lines(text), null, null, laws).map((r) => r.number)).toEqual(['50/2014/QH13', '10/2021/NĐ-CP']);
    // (Not on another date: the table's law is passed on 18 June.)
    expect(extractReferences(lines(text.replace('18 tháng 6', '19 tháng 6')), null, null, laws).map((r) => r.number)[0]).toBe('20/2014/QH13');
  });

  it('reads a second của, the restorer\'s reading of a speck, as none of the cited issuer', () => {
    const r = extractReferences(lines('Căn cứ Quyết định số 36/2025/QĐ-UBND ngày 12/5/2025 của của Ủy\nban nhân dân tỉnh quy định chức năng;'), null);
    expect(r.map((x) => x.issuer)).toEqual(['Ủy ban nhân dân tỉnh']);
  });

  it('drops a semicolon set apart between two small words of a subject', () => {
    const text = ['HỢP TÁC XÃ NÔNG NGHIỆP AN BÌNH', 'Số: 14/BC-HTX', 'An Bình, ngày 20 tháng 12 năm 2025', '', 'BÁO CÁO',
      'Kết quả sản xuất kinh doanh ; năm 2025 và phương hướng nhiệm', 'vụ năm 2026', '', 'Thực hiện Công văn số 215/UBND-KT ngày 10/12/2025.'].join('\n');
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toBe('Kết quả sản xuất kinh doanh năm 2025 và phương hướng nhiệm vụ năm 2026');
  });
});

describe('session-36 shapes, set 192', () => {
  it('reads a region\'s Roman numeral that OCR read in Title case with an H for its I', () => {
    expect(canonicalIssuer('Bảo hiểm xã hội khu vực Xvihi')).toBe('Bảo hiểm xã hội khu vực XVIII');
    expect(canonicalIssuer('Kho bạc Nhà nước khu vực XIH')).toBe('Kho bạc Nhà nước khu vực XIII');
    expect(canonicalIssuer('Kho bạc Nhà nước khu vực VII')).toBe('Kho bạc Nhà nước khu vực VII');
  });

  it('reads a region\'s numeral with an H for an I in a header wrapped after KHU', () => {
    const text = ['BẢO HIỂM XÃ HỘI KHU      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT.', '', '|             VỤC XVIHI                               NAM',
      'BẢO HIỂM XÃ HỘI CƠ SỞ... Độc lập - Tự do - Hạnh phúc', 'CAN LỘC                    Can Lộc, ngày 06 tháng 01 năm 2026', 'Số: 41/BHXH-CL', '',
      'V/v vận động người dân gia hạn thẻ bảo hiểm y tế'].join('\n');
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Bảo hiểm xã hội cơ sở Can Lộc', 'Bảo hiểm xã hội khu vực XVIII']);
  });

  it('reads a minister\'s trưởng OCR garbled past reading between Bộ and the ministry', () => {
    expect(canonicalIssuer('Bộ rv Bộ Giáo dục và Đào tạo')).toBe('Bộ trưởng Bộ Giáo dục và Đào tạo');
  });
});

describe('session-37 shapes, set 194', () => {
  it('reads an O before a unit number\'s zero as the zero\'s ghost, not another zero', () => {
    expect(normalizeNumber('215/KH-PCO08')).toBe('215/KH-PC08');
    expect(normalizeNumber('12/KH-PCO8')).toBe('12/KH-PC08');
    expect(normalizeNumber('08/KH-CAT-PV01')).toBe('08/KH-CAT-PV01');
  });

  it('keeps a tax office\'s NVDTPC department as printed', () => {
    expect(normalizeNumber('3580/TGL-NVDTPC')).toBe('3580/TGL-NVDTPC');
    expect(normalizeNumber('15/QLDT')).toBe('15/QLĐT');
  });
});

describe('session-37 shapes, header', () => {
  it('reads a unit\'s number under its name with SỐ as OCR left it and a speck after it', () => {
    const text = ['CHI CỤC QUẢN LÝ THỊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT |', '', 'TRƯỜNG NAM', 'TỈNH BẮC NINH © Độc lập - Tự do - Hạnh phúc',
      'ĐỘI QUẢN LÝ THỊ TRƯỜNG Bắc Ninh, ngày 05 tháng 12 năm 2025', 'SO 3 -', '', 'Số: 112/KH-ĐQLTT3', '', 'KẾ HOẠCH', 'Kiểm tra thị trường dịp cuối năm'].join('\n');
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Đội Quản lý thị trường số 3', 'Chi cục Quản lý thị trường tỉnh Bắc Ninh']);
  });

  it('reads the SỐ of chuyển đổi số wrapped onto the place-date line\'s head as the issuer\'s, when the document writes the name so', () => {
    const lines = ['ỦY BAN NHÂN DÂN XÃ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', 'KIẾN XƯƠNG | NAM', 'BAN CHỈ ĐẠO CHUYỂN ĐỔI ~~ Độc lập - Tự do - Hạnh phúc', '',
      'số Kiến Xương, ngày 18 tháng 12 năm 2025', 'Số: 03/BB-BCĐ', '', 'BIÊN BẢN'];
    const f = extractAll({ pages: [page([...lines, 'Họp Ban Chỉ đạo chuyển đổi số xã quý IV năm 2025'].join('\n'))] }).fields;
    expect([v(f.issuer), v(f.place), v(f.date)]).toEqual(['Ban Chỉ đạo chuyển đổi số', 'Kiến Xương', '2025-12-18']);
    // (Not when the document never writes the name with it.)
    const g = extractAll({ pages: [page([...lines, 'Họp Ban Chỉ đạo xã quý IV năm 2025'].join('\n'))] }).fields;
    expect(v(g.issuer)).toBe('Ban Chỉ đạo chuyển đổi');
  });
});

describe('session-37 shapes, set 195', () => {
  const party = (header: string) => extractAll({ pages: [page(`${header}\n*\nSố 31-HD/BTGDVTU\nĐẢNG CỘNG SẢN VIỆT NAM\nNghệ An, ngày 19 tháng 01 năm 2026\n\nHƯỚNG DẪN\ntuyên truyền cuộc bầu cử`)] }).fields;

  it('reads a Party committee alone under a board of it as the board\'s name\'s end', () => {
    const f = party('ĐẢNG BỘ TỈNH NGHỆ AN\nBAN TỔ CHỨC\nTỈNH ỦY');
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Ban Tổ chức Tỉnh ủy', 'Đảng bộ tỉnh Nghệ An']);
    // (Its last word wrapped onto a line of its own between.)
    const g = party('ĐẢNG BỘ TỈNH NGHỆ AN\nBAN TUYÊN GIÁO VÀ DÂN\nVẬN\nTỈNH ỦY');
    expect([v(g.issuer), v(g.issuerParent)]).toEqual(['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Đảng bộ tỉnh Nghệ An']);
    // (A committee over its board stays the parent.)
    const h = party('TỈNH ỦY NGHỆ AN\nBAN TỔ CHỨC');
    expect([v(h.issuer), v(h.issuerParent)]).toEqual(['Ban Tổ chức', 'Tỉnh ủy Nghệ An']);
  });

  it('puts back the Đ of the ministry\'s higher education department', () => {
    expect(normalizeNumber('210/BGDPT-GDPH')).toBe('210/BGDĐT-GDĐH');
  });
});

describe('session-37 shapes, set 196', () => {
  it('reads ĐBQH with its Đ read as P, though PB and QH are codes as read', () => {
    const text = ['ĐOÀN PBQH VÀ HĐND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', 'TỈNH HÀ TĨNH NAM', 'VĂN PHÒNG Độc lập - Tự do - Hạnh phúc',
      'Số: 65/VP-CTQH Hà Tĩnh, ngày 27 tháng 01 năm 2026', 'V/v tổ chức tiếp xúc cử tri'].join('\n');
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Văn phòng', 'Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hà Tĩnh']);
  });

  it('reads an office\'s field by its letters, a Đ read as P and a space lost, and the THỊ of Đô thị read THÌ', () => {
    const text = ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', 'PHƯỜNG BỒNG SƠN ~~ NAM.', 'PHÒNG KINH TẾ, HẠ TẦNG Độc lập - Tự do - Hạnh phúc ~~',
      ' VAPO THÌ = Bồng Sơn, ngày 22 tháng 01 năm 2026', '', 'Số: 17/TTr-KTHTĐT', '', 'TỜ TRÌNH', 'Về việc chỉnh trang vỉa hè'].join('\n');
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(v(f.issuer)).toBe('Phòng Kinh tế, Hạ tầng và Đô thị');
  });

  it('reads a school head\'s title that came nearest Thứ trưởng by its letters as Hiệu trưởng', () => {
    const text = ['UBND XÃ LÝ VĂN LÂM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TRƯỜNG TIỂU HỌC LÝ VĂN LÂM Độc lập - Tự do - Hạnh phúc',
      'Số: 11/KH-THLVL Lý Văn Lâm, ngày 06 tháng 03 năm 2026', '', 'KẾ HOẠCH', 'Tổ chức Ngày hội đọc sách năm 2026', '', 'Thời gian: ngày 21/4/2026.', '',
      'Nơi nhận: . | | | TU TRƯỞNG...', '- Phòng VH-XH xã (b/o); |', '- Lưu: VT. :', '', 'Lâm Thị Bích Ngọc'].join('\n');
    const f = extractAll({ pages: [page(text)] }).fields;
    expect(f.signer?.title).toBe('Hiệu trưởng');
  });
});

describe('session-38 shapes', () => {
  it('writes the dash of Văn hóa - Thể thao that a column\'s edge took, not a comma OCR would have printed', () => {
    const text = ['ỦY BAN NHÂN DÂN XÃ = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', '“QUỲNH LƯU NAM', 'TRUNG TÂM VĂN HÓA - Độc lập - Tự do - Hạnh phúc',
      'THỂ THAO =~ Quỳnh Lưu, ngày 12 tháng 12 năm 2025', '', 'Số: 27/KH-TTVHTT', '', 'KẾ HOẠCH', 'Tổ chức Giải bóng đá'].join('\n');
    expect(v(extractAll({ pages: [page(text)] }).fields.issuer)).toBe('Trung tâm Văn hóa - Thể thao');
    const comma = text.replace('VĂN HÓA - Độc', 'VĂN HÓA, Độc').replace('THỂ THAO =~', 'THỂ THAO VÀ TRUYỀN THANH');
    expect(v(extractAll({ pages: [page(comma)] }).fields.issuer)).toBe('Trung tâm Văn hóa, Thể thao và Truyền thanh');
  });

  it('drops specks set apart after a comma from a recipient', () => {
    const text = ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CHI CỤC THỦY LỢI Độc lập - Tự do - Hạnh phúc',
      'Số: 412/CCTL-QLCT Thanh Hóa, ngày 14 tháng 01 năm 2026', 'V/v kiểm tra an toàn hồ, đập', '', 'Kính gửi:', '- Ủy ban nhân dân các xã, . phường; |',
      '- Công ty TNHH một thành viên Sông Chu.'].join('\n');
    expect(extractAll({ pages: [page(text)] }).fields.recipients).toEqual(['Ủy ban nhân dân các xã, phường', 'Công ty TNHH một thành viên Sông Chu']);
    expect(extractAll({ pages: [page(text.replace(', . phường', ', \\, phường'))] }).fields.recipients?.[0]).toBe('Ủy ban nhân dân các xã, phường');
  });

  it('keeps a unit\'s number after its unit word when specks follow it', () => {
    const text = ['ĐẢNG BỘ PHƯỜNG VĨNH ĐẢNG CỘNG SẢN VIỆT NAM', 'TRƯỜNG Vĩnh Trường, ngày 28 tháng 12 năm 2025', 'CHI BỘ KHU PHỐ 2 I oo', '', '*', '',
      'Số: 12-BC/CB', '', 'BÁO CÁO', 'Kết quả'].join('\n');
    expect(v(extractAll({ pages: [page(text)] }).fields.issuer)).toBe('Chi bộ khu phố 2');
  });

  it('reads a cited body\'s first word OCR garbled into capitals before its place (SG Y tế tỉnh …)', () => {
    const refs = extractAll({ pages: [page('Thực hiện Công văn số 45/SYT-NVY ngày 05/01/2026 của SG Y tế tỉnh Quảng Ninh về bảo đảm.')] }).fields.references;
    expect(refs.map((r) => r.issuer)).toEqual(['Sở Y tế tỉnh Quảng Ninh']);
  });

  it('ends a board\'s name with a village-level unit and its number on the line under it', () => {
    const text = ['UBMTTQ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', 'PHƯỜNG VĨNH PHÚ NAM', 'BAN CÔNG TÁC MẶT TRẬN Độc lập - Tự do - Hạnh phúc',
      '© KHỐI 5 Có Vĩnh Phú, ngày 02 tháng 11 năm 2025', '', 'Số: 05/KH-BCTMT', '', 'KẾ HOẠCH', 'Tổ chức'].join('\n');
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Ban Công tác Mặt trận khối 5', 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Vĩnh Phú']);
  });
});

describe('session-39 shapes', () => {
  it('reads a province after TỈNH whose space OCR lost with a letter misread (GIAIAI: Gia Lai)', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = ['HỘI LHPN TỈNH GIAIAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', 'HỘI LHPN PHƯỜNG AN -. NAM', 'KHÊ . Độc lập - Tự do - Hạnh phúc .',
      'Số: 27/KH-HPN An Khê, ngày 05 tháng 02 năm 2026', 'KẾ HOẠCH', '', 'Tổ chức các hoạt động'].join('\n');
    expect(v(extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields.issuerParent)).toBe('Hội Liên hiệp Phụ nữ tỉnh Gia Lai');
  });

  it('drops a lone letter after Kính gửi as a speck', () => {
    const text = ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Số: 312/SNNMT-CNTY Lai Châu, ngày 09 tháng 12 năm 2025', 'V/v chủ động phòng, chống đói, rét', '',
      'Kính gửi: a |', '', '- Ủy ban nhân dân các xã, phường;', '', '- Trung tâm Dịch vụ nông nghiệp tỉnh. |', '', 'Thực hiện Công điện'].join('\n');
    expect(extractAll({ pages: [page(text)] }).fields.recipients).toEqual(['Ủy ban nhân dân các xã, phường', 'Trung tâm Dịch vụ nông nghiệp tỉnh']);
  });

  it('gives a cited body its symbol\'s name when OCR cut or garbled the stated one', () => {
    const refs = extractAll({ pages: [page(['Thực hiện Công điện số 18/CĐ-BNNMT ngày 05/12/2025 của BỘ', 'Nông nghiệp và. Môi trường về chủ động ứng phó với rét đậm.',
      'Xét Tờ trình số 37/TTr-TTHĐND ngày 18/12/2025 của MEG trực', 'Hội đồng nhân dân xã;'].join('\n'))] }).fields.references;
    expect(refs.map((r) => r.issuer)).toEqual(['Bộ Nông nghiệp và Môi trường', 'Thường trực Hội đồng nhân dân xã']);
  });

  it('reads a department word OCR glued to its field\'s initials as a word of its own (SỞGD&ĐT)', async () => {
    const { loadDefaultPlaces } = await import('../../src/restore/index.js');
    const text = ['SỞGD&ĐT HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', 'TRƯỜNG THPT PHAN ĐÌNH          |         . NAM       |',
      'PHÙNG              . „ Độc lập - Tự do - Hạnh phúc...', 'Số: 142/BC-THPTPĐP            Hà Tĩnh, ngày 16 tháng 01 năm 2026', 'BÁO CÁO', '',
      'Sơ kết học kỳ I năm học 2025-2026'].join('\n');
    expect(v(extractAll({ pages: [page(text)] }, { places: loadDefaultPlaces() }).fields.issuerParent)).toBe('Sở Giáo dục và Đào tạo Hà Tĩnh');
  });

  it('goes on with a subject past a blank line to a small-letter line that ends on no stop, a heading after it', () => {
    const text = ['ỦY BAN NHÂN DÂN', 'XÃ ĐIỆN BÀN BẮC', 'Số: 318/QĐ-UBND', 'Điện Bàn Bắc, ngày 29 tháng 12 năm 2025', '', 'QUYẾT ĐỊNH', '',
      'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc', '', 'trong phong trào thi đua năm 2025',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐIỆN BÀN BẮC', '', 'Căn cứ Luật Thi đua, khen thưởng;'].join('\n');
    expect(v(extractAll({ pages: [page(text)] }).fields.subject)).toBe('Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2025');
    // (Not a body paragraph's first line, small letters going on under it.)
    const body = text.replace('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐIỆN BÀN BẮC', 'các cơ quan, đơn vị thực hiện.');
    expect(v(extractAll({ pages: [page(body)] }).fields.subject)).toBe('Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc');
  });

  it('reads a cited date whose second slash OCR read as a 1 glued to the year (15/1 212025)', () => {
    const refs = extractAll({ pages: [page('Thực hiện Thông báo số 4105/TB-UBND ngày 15/1 212025 của Ủy ban nhân dân tỉnh Hà Tĩnh về nghỉ Tết.')] }).fields.references;
    expect(refs.map((r) => [r.date, r.issuer])).toEqual([['2025-12-15', 'Ủy ban nhân dân tỉnh Hà Tĩnh']]);
  });

  it('reads a cited issuer after a date whose ngày OCR read as specks', () => {
    const refs = extractAll({ pages: [page('Thực hiện Kế hoạch số 30/KH-HND _~ 25/11/2025 của Ban\nThường vụ Hội Nông dân xã về tổ chức hội nghị.')] }).fields.references;
    expect(refs.map((r) => [r.date, r.issuer])).toEqual([['2025-11-25', 'Ban Thường vụ Hội Nông dân xã']]);
  });

  it('reads a region\'s VỰC OCR garbled under a line ending in KHU, its numeral after it', () => {
    const text = ['KHO BẠC NHÀ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', '', ' KHO BẠC NHÀ NƯỚC KHU NAM', 'VvuUC IV | Độc lập - Tự do - Hạnh phúc',
      'Số: 1532/KBKV4-KSC Thanh Hóa, ngày 15 tháng 12 năm 2025', '', 'V/v đối chiếu số dư tài khoản'].join('\n');
    const f = extractAll({ pages: [page(text)] }).fields;
    expect([v(f.issuer), v(f.issuerParent)]).toEqual(['Kho bạc Nhà nước khu vực IV', 'Kho bạc Nhà nước']);
  });
});

