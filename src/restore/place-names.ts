import { readModelJson } from '../pipeline/model-file.js';
import { editDistance } from './edit-distance.js';
import { asMisreadD, MISREAD_D_COST } from './ocr-channel.js';
import { applyCase, skeleton } from './orthography.js';
import { doubledVowelReadings, type Token } from './tokenize.js';

/** One administrative unit of the gazetteer (dictionaries/vn-places.json, npm run build:places). */
export interface PlaceUnit {
  name: string;     // 'Vĩnh Bảo'
  level: string;    // the unit word: 'huyện', 'thành phố', 'xã' …
  province: string; // 'Hải Phòng'
}

export interface PlacesFile {
  format: string;
  source: string;
  units: string[]; // 'name|level|province'
  /** The rows of `units` that the 07/2025 reform's list holds (absent from files built before it was kept apart). */
  reform?: string[];
}

// (The special zones of the 2025 reform, đặc khu, replaced island districts and one city: Phú Quốc,
// Côn Đảo, Vân Đồn; the gazetteer, older, lists them at those levels, the district tier.)
export const UNIT_LEVELS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu'];
// Levels whose seat is named in a document's date line more often than a commune's.
const MAJOR = new Set(['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã']);

/** Letters only, no marks, lower case, single spaces: 'PHỤ LÝ' and 'Phủ Lý' share 'phu ly'. */
export const placeKey = (s: string): string => skeleton(s).toLowerCase().replace(/\s+/g, ' ').trim();

const sameWord = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The names of Vietnam's provinces, districts and communes. The language model barely knows them
 * (Phủ Lý, An Lão are rare in any corpus), so a name restored without its marks or with wrong ones
 * is respelled from here: same letters, the unit level it was named with, the province the
 * document mentions, and the marks the restorer did get right.
 */
export class Gazetteer {
  private byKey = new Map<string, PlaceUnit[]>();
  private provinces: Array<{ name: string; key: RegExp }> = [];
  private known = new Set<string>();
  private bySize = new Map<string, PlaceUnit[]>(); // 'level|words' and '*|words'
  private bySpaceless = new Map<string, PlaceUnit[]>(); // names of two or more words, their spaces dropped
  private nameWords = new Set<string>(); // every word of every name, lower case
  private openers = new Map<string, number>(); // first words of names, lower case: how many names each opens
  private wordCounts = new Map<string, number>(); // every word of every name, lower case: in how many names
  private wordTotal = 0;
  private reform = new Map<string, PlaceUnit[]>(); // the reform's units by key

  constructor(file: PlacesFile) {
    for (const row of file.reform ?? []) {
      const [name, level, province] = row.split('|');
      const list = this.reform.get(placeKey(name));
      if (list) list.push({ name, level, province }); else this.reform.set(placeKey(name), [{ name, level, province }]);
    }
    for (const row of file.units) {
      const [name, level, province] = row.split('|');
      const unit = { name, level, province };
      const key = placeKey(name);
      const list = this.byKey.get(key);
      if (list) list.push(unit); else this.byKey.set(key, [unit]);
      this.known.add(name.toLowerCase());
      for (const w of name.toLowerCase().split(' ')) {
        this.nameWords.add(w);
        this.wordCounts.set(w, (this.wordCounts.get(w) ?? 0) + 1);
        this.wordTotal++;
      }
      const first = name.toLowerCase().split(' ')[0];
      this.openers.set(first, (this.openers.get(first) ?? 0) + 1);
      if (key.includes(' ')) {
        const joined = key.replace(/ /g, '');
        const list3 = this.bySpaceless.get(joined);
        if (list3) list3.push(unit); else this.bySpaceless.set(joined, [unit]);
      }
      const size = name.split(' ').length;
      for (const k of [`${level}|${size}`, `*|${size}`]) {
        const list2 = this.bySize.get(k);
        if (list2) list2.push(unit); else this.bySize.set(k, [unit]);
      }
      if (level === 'tỉnh' || (level === 'thành phố' && name === province)) {
        this.provinces.push({ name, key: new RegExp(`(?<![a-z])${placeKey(name)}(?![a-z])`) });
      }
    }
  }

  static load(path: string): Gazetteer {
    return new Gazetteer(readModelJson<PlacesFile>(path, 'gazetteer', 'build:places'));
  }

  /** Is this spelling (any case) a unit of this level? */
  isNameAt(name: string, level: string): boolean {
    const n = name.toLowerCase();
    return (this.byKey.get(placeKey(name)) ?? []).some((u) => u.level === level && u.name.toLowerCase() === n);
  }

  /** Is this spelling a unit of this level in one of these provinces? */
  isNameIn(name: string, level: string, provinces: Set<string>): boolean {
    const n = name.toLowerCase();
    return (this.byKey.get(placeKey(name)) ?? []).some((u) => u.level === level && u.name.toLowerCase() === n && provinces.has(u.province));
  }

  /** Is this (any case) a word of some unit's name ('mil' of Đắk Mil)? */
  isNameWord(word: string): boolean {
    return this.nameWords.has(word.toLowerCase());
  }

  /**
   * −log10 of a word's share of the words of all unit names (any case; `fallback`, a probability, stands in
   * for words no name holds): how likely a place's name is to hold it, for places the list lacks (villages).
   */
  nameWordCost(word: string, fallback: number): number {
    return -Math.log10(((this.wordCounts.get(word.toLowerCase()) ?? 0) + fallback) / (this.wordTotal + 1));
  }

  /** How many units' names (any level) open with this word (any case). */
  namesOpenedBy(word: string): number {
    return this.openers.get(word.toLowerCase()) ?? 0;
  }

  /** Is this spelling a known unit name? */
  isName(name: string): boolean {
    return this.known.has(name.toLowerCase());
  }

  /** Units of a level (any level for null) whose name has this many words. */
  unitsOf(level: string | null, words: number): PlaceUnit[] {
    return this.bySize.get(`${level ?? '*'}|${words}`) ?? [];
  }

  /** The province (or centrally-run city) whose name has these letters, in its spelling; or null. */
  provinceByLetters(name: string): string | null {
    const key = placeKey(name);
    return this.provinces.find((p) => placeKey(p.name) === key)?.name ?? null;
  }

  /** The one province whose name opens with these words and goes on past them ('Thanh' → Thanh Hóa); else null. */
  provinceOpeningWith(words: string): string | null {
    const key = placeKey(words);
    // (A province is listed once as a province and once as its city of that name.)
    const found = new Set(this.provinces.filter((p) => placeKey(p.name).startsWith(`${key} `)).map((p) => p.name));
    return found.size === 1 ? [...found][0] : null;
  }

  /** The province whose name has these letters with its spaces lost to OCR ('NGHEAN' → Nghệ An); else null. */
  provinceByGluedLetters(word: string): string | null {
    const key = placeKey(word);
    return this.provinces.find((p) => placeKey(p.name).replace(/ /g, '') === key)?.name ?? null;
  }

  /** The one province whose letters, its spaces dropped, are one edit from a word of six letters or more; else null. */
  provinceByNearGluedLetters(word: string): string | null {
    const key = placeKey(word);
    if (key.length < 6) return null;
    const near = new Set(this.provinces.filter((p) => editDistance(placeKey(p.name).replace(/ /g, ''), key) === 1).map((p) => p.name));
    return near.size === 1 ? [...near][0] : null;
  }

  /**
   * The unit of one of these provinces whose name is nearest to `name` by letters, when it is within
   * two edits (one for short names) and no other name is as near; else null. For a place OCR damaged
   * beyond its marks ('Budén Ma Thuột' in Đắk Lắk → Buôn Ma Thuột).
   */
  nearestIn(name: string, provinces: Set<string>): string | null {
    const key = placeKey(name);
    const limit = key.replace(/ /g, '').length >= 8 ? 2 : 1;
    let best: string | null = null, bestD = limit + 1, tie = false;
    for (const [k, units] of this.byKey) {
      if (Math.abs(k.length - key.length) > limit) continue;
      const n = units.find((u) => provinces.has(u.province))?.name;
      if (!n) continue;
      const d = editDistance(k, key);
      if (d < bestD) { best = n; bestD = d; tie = false; } else if (d === bestD && n !== best) tie = true;
    }
    return best && !tie ? best : null;
  }

  /**
   * The one unit of this level (of these provinces below province level, or of any when the text
   * names none and the level is above the commune) whose letters are one edit
   * from `name`'s, when no unit of that level has `name`'s letters; else null. For a unit name whose
   * end OCR wrapped and the restorer misread alone ('TỈNH QUẢNG' / 'NGAI' read NGA).
   */
  nearestAt(name: string, level: string, provinces: Set<string>): string | null {
    const key = placeKey(name);
    if (key.replace(/ /g, '').length < 6) return null;
    // (Any province's, above commune level, when the text names none.)
    const anywhere = level === 'tỉnh' || (!provinces.size && MAJOR.has(level));
    const units = this.unitsOf(level, name.split(/\s+/).length).filter((u) => anywhere || provinces.has(u.province));
    // (A name some unit of any level has the letters of is another reading's to settle: huyện Đức
    // Phổ is a thị xã in the list, not huyện Đức Thọ a letter away.)
    if (this.byKey.has(key)) return null;
    // (Letters one edit away differ in length by one at most: the cheap test first.)
    const near = new Set(units.filter((u) => Math.abs(u.name.length - name.length) <= 2 && editDistance(placeKey(u.name), key) === 1).map((u) => u.name));
    return near.size === 1 ? [...near][0] : null;
  }

  /**
   * The unit of the 07/2025 reform's list at this level with `name`'s letters, other marks (of these provinces
   * when any are given), when no unit of the list at that level there has `name` as written and one name fits; else
   * null. A document dated after the reform is issued by such a unit: 'PHƯỜNG VINH PHÚ', its marks lost and
   * guessed Vĩnh Phú (Bình Dương's former ward), is Nghệ An's Vinh Phú.
   */
  reformNameByLetters(name: string, level: string, provinces: Set<string>): string | null {
    const units = (this.reform.get(placeKey(name)) ?? []).filter((u) => u.level === level && (!provinces.size || provinces.has(u.province)));
    if (units.some((u) => u.name === name)) return null;
    const names = new Set(units.map((u) => u.name));
    return names.size === 1 ? [...names][0] : null;
  }

  /** The provinces that have a unit of this level with this name (any case). */
  provincesOf(name: string, level: string): Set<string> {
    const n = name.toLowerCase();
    return new Set((this.byKey.get(placeKey(name)) ?? []).filter((u) => u.level === level && u.name.toLowerCase() === n).map((u) => u.province));
  }

  /** Provinces a text names (accent-insensitive): the context that decides between namesakes. */
  provincesIn(text: string): Set<string> {
    const key = placeKey(text);
    return new Set(this.provinces.filter((p) => p.key.test(key)).map((p) => p.name));
  }

  /**
   * The gazetteer's spelling of a name read as `name` (any case), or null when the name is known
   * as written, unknown, or its namesakes tie. `level` is the unit word printed before it.
   */
  respell(name: string, level: string | null, provinces: Set<string>): string | null {
    // A name known as written is kept, unless a province or district word names it and it is known
    // only below that ('thị xã Tú Sơn': the town with those letters is Từ Sơn; 'tỉnh Thành Hòa' is
    // Thanh Hóa). (After a commune word a district's name stays: since 2025 many communes bear one.)
    const above = level === 'tỉnh' ? ['tỉnh'] : level && DISTRICT_TIER.includes(level) ? DISTRICT_TIER : null;
    if (above ? above.some((l) => this.isNameAt(name, l)) : this.isName(name)) {
      // (Unless it lies in none of the provinces the text names and one name with its letters does:
      // 'Đại Hùng' is a xã of Hà Nội, Đại Hưng one of Hưng Yên, whose Khoái Châu the text names.)
      if (!provinces.size || UNIT_LEVELS.some((l) => this.isNameIn(name, l, provinces))) return null;
      const there = new Set((this.byKey.get(placeKey(name)) ?? []).filter((u) => provinces.has(u.province) && (!level || sameTier(u.level, level))).map((u) => u.name));
      return there.size === 1 ? [...there][0] : null;
    }
    // One word may be a name whose spaces OCR lost ('HUYỆN TUKY': Tứ Kỳ).
    // (Or a name of one word: Vinh.)
    let units = /\s/.test(name.trim()) ? this.byKey.get(placeKey(name)) : this.bySpaceless.get(placeKey(name)) ?? this.byKey.get(placeKey(name));
    // (Or, after a province's word, the one province whose letters are one edit from the word's, its space lost
    // and a letter misread with it: 'TỈNH GIAIAI' is Gia Lai.)
    if (!units && level === 'tỉnh' && !/\s/.test(name.trim())) return this.provinceByNearGluedLetters(name);
    if (!units) return null;
    // (A commune or ward of the text's provinces that no unit with its letters lies in is one the list predates, as
    // written: 'PHƯỜNG VINH LỘC' under CÔNG AN TỈNH NGHỆ AN is a 2025 ward, not Thanh Hóa's Vĩnh Lộc.)
    if (level && COMMUNE_TIER.includes(level) && provinces.size &&
      !units.some((u) => provinces.has(u.province) || provinces.has(MERGED_INTO.get(u.province) ?? ''))) return null;
    if (level) {
      // A unit of that level, else of its tier (the unit may have been upgraded since: huyện Đức
      // Phổ is a thị xã in the list; backlogs keep the old word).
      const atLevel = units.filter((u) => u.level === level);
      const inTier = units.filter((u) => sameTier(u.level, level));
      // (A commune may bear a district's name since the 2025 reform, which the list predates: xã Nghi Lộc.)
      const districts = COMMUNE_TIER.includes(level) ? units.filter((u) => DISTRICT_TIER.includes(u.level)) : [];
      if (!atLevel.length && !inTier.length && !districts.length) return null;
      // (A unit of the tier in a province the text names before one of the level elsewhere: since the
      // list was made, communes became wards and back.)
      const named = inTier.filter((u) => provinces.has(u.province));
      // (And a district of such a province before a commune elsewhere: 'XÃ HOĂNG HÓA' under TỈNH
      // THANH HÓA is Hoằng Hóa, the district's name a 2025 commune took, not xã Hoàng Hoa of Vĩnh Phúc.)
      const namedDistricts = districts.filter((u) => provinces.has(u.province));
      units = named.length ? named : namedDistricts.length ? namedDistricts : atLevel.length ? atLevel : inTier.length ? inTier : districts;
    }
    const words = name.split(/\s+/);
    const score = (u: PlaceUnit) => (provinces.has(u.province) ? 3 : 0) + (MAJOR.has(u.level) ? 0.5 : 0) +
      u.name.split(' ').filter((w, i) => sameWord(w, words[i] ?? '')).length;
    let best: string | null = null, bestScore = -1, tie = false;
    for (const u of units) {
      const s = score(u);
      if (s > bestScore) { best = u.name; bestScore = s; tie = false; } else if (s === bestScore && u.name !== best) tie = true;
    }
    return tie ? null : best;
  }
}

const VILLAGE_WORDS = new Set(['thôn', 'xóm']);
const UNIT_WORD = new RegExp(`^(${UNIT_LEVELS.join('|')})$`);
const COMMITTEE_UNITS = new Map([['thi', 'thị xã'], ['thanh', 'thành phố'], ['tinh', 'tỉnh'], ['quan', 'quận']]);

// Levels of one tier: a unit moves between them when it is upgraded (huyện → thị xã, xã → phường).
export const DISTRICT_TIER = ['huyện', 'thị xã', 'quận', 'thành phố', 'đặc khu'], COMMUNE_TIER = ['xã', 'phường', 'thị trấn'];

/**
 * The provinces the 07/2025 reform (Nghị quyết 202/2025/QH15) merged into each of the 34, which the
 * list predates: a document of that time naming Tuyên Quang may name a commune of the former Hà Giang.
 */
export const MERGED_2025: Record<string, string[]> = {
  'Tuyên Quang': ['Hà Giang'], 'Lào Cai': ['Yên Bái'], 'Thái Nguyên': ['Bắc Kạn'], 'Phú Thọ': ['Vĩnh Phúc', 'Hòa Bình'],
  'Bắc Ninh': ['Bắc Giang'], 'Hưng Yên': ['Thái Bình'], 'Hải Phòng': ['Hải Dương'], 'Ninh Bình': ['Hà Nam', 'Nam Định'],
  'Quảng Trị': ['Quảng Bình'], 'Đà Nẵng': ['Quảng Nam'], 'Quảng Ngãi': ['Kon Tum'], 'Gia Lai': ['Bình Định'],
  'Khánh Hòa': ['Ninh Thuận'], 'Lâm Đồng': ['Đắk Nông', 'Bình Thuận'], 'Đắk Lắk': ['Phú Yên'],
  'Hồ Chí Minh': ['Bình Dương', 'Bà Rịa - Vũng Tàu'], 'Đồng Nai': ['Bình Phước'], 'Tây Ninh': ['Long An'],
  'Cần Thơ': ['Sóc Trăng', 'Hậu Giang'], 'Vĩnh Long': ['Bến Tre', 'Trà Vinh'], 'Đồng Tháp': ['Tiền Giang'],
  'Cà Mau': ['Bạc Liêu'], 'An Giang': ['Kiên Giang'],
};
/** Each merged province's province of 2025 (Hà Giang → Tuyên Quang). */
const MERGED_INTO = new Map(Object.entries(MERGED_2025).flatMap(([into, from]) => from.map((p) => [p, into] as const)));
/** The day the merged provinces began. */
export const REFORM_2025 = '2025-07-01';

/** The provinces with those merged into them in 2025. */
export function withMerged(provinces: Set<string>): Set<string> {
  return new Set([...provinces, ...[...provinces].flatMap((p) => MERGED_2025[p] ?? [])]);
}
const TIERS = [DISTRICT_TIER, COMMUNE_TIER];
function sameTier(a: string, b: string): boolean {
  return a === b || TIERS.some((t) => t.includes(a) && t.includes(b));
}
/** Units of other levels of a tier cost this much more to read a name as (log10 units). */
const OTHER_LEVEL_COST = 0.5;
/** A commune read as a district's name costs this much more instead (log10 units). */
const OTHER_TIER_COST = 1;

/**
 * Respell place names in restored text: a run of capitalized words after a unit word ('huyện An
 * Lao', 'HUYỆN VĨNH BÁO', 'Huyện ủy Án Lào') or before the date ('Phụ Lý, ngày …'). Runs of two to
 * four words, longest known name first; the run keeps its case pattern.
 */
export function respellPlaceNames(text: string, gaz: Gazetteer, provinces = gaz.provincesIn(text), villages = true): string {
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  const spaced = (i: number) => i + 1 < words.length && /^[ \t]+$/.test(text.slice(words[i].end, words[i + 1].start));
  const capital = (i: number) => i < words.length && /^\p{Lu}/u.test(words[i].text);
  /** How many capitalized words, up to four, run from word j with single spaces between them. */
  const capitalRun = (j: number) => {
    let run = 0;
    while (run < 4 && capital(j + run) && (run === 0 || spaced(j + run - 1))) run++;
    return run;
  };
  const edits: Array<{ start: number; end: number; text: string }> = [];
  /** Try the name words[from..to] (inclusive); true when it is settled (respelled or known). */
  const tryName = (from: number, to: number, level: string | null): boolean => {
    const seen = text.slice(words[from].start, words[to].end).replace(/\s+/g, ' ');
    const name = gaz.respell(seen, level, provinces);
    if (name === null) return gaz.isName(seen);
    edits.push({ start: words[from].start, end: words[to].end, text: seen === seen.toUpperCase() ? name.toUpperCase() : name });
    return true;
  };
  let done = -1; // words up to here are settled
  for (let i = 0; i < words.length; i++) {
    if (i <= done) continue;
    // After a unit word: 'huyện An Lao', 'HUYỆN VĨNH BÁO', 'Huyện ủy Án Lào'.
    const lower = words[i].text.toLowerCase();
    const two = spaced(i) ? `${lower} ${words[i + 1].text.toLowerCase()}` : '';
    // (A Party committee names its unit: 'Thị ủy Từ Sơn' is the thị xã's, 'Thành ủy' the city's.)
    // (By its letters: the restorer may have given the word other marks, 'Thì ủy'.)
    const committee = spaced(i) && words[i + 1].text.toLowerCase() === 'ủy' ? COMMITTEE_UNITS.get(skeleton(lower)) : undefined;
    const level = committee ?? (UNIT_WORD.test(two) ? two : UNIT_WORD.test(lower) ? lower : null);
    // (Or after a village's word: villages the gazetteer does not list mostly bear names its communes do, so a
    // name no unit has whose letters are one unit name's is that name — 'thôn Tần Phục' is Tân Phúc. A name
    // any unit has is kept. The extractor, respelling a header's body, asks for none: 'CHI BỘ THÔN ĐÔNG CHÂU'.)
    if (villages && !level && VILLAGE_WORDS.has(lower) && spaced(i)) {
      const run = capitalRun(i + 1);
      if (run >= 2) {
        const seen = text.slice(words[i + 1].start, words[i + run].end);
        // (Not a caps header's village, whose marks OCR reads better and which the extractor reads with its unit:
        // 'CHI BỘ THÔN ĐÔNG CHÂU' is no commune Đồng Châu.)
        const name = /\s\s|\n/.test(seen) || seen === seen.toUpperCase() || gaz.isName(seen) ? null : gaz.respell(seen, null, provinces);
        if (name && name.split(' ').length === run) {
          edits.push({ start: words[i + 1].start, end: words[i + run].end, text: name });
          done = i + run;
        }
      }
      continue;
    }
    if (level) {
      let j = i + (level === two ? 2 : 1);
      if (j < words.length && words[j].text.toLowerCase() === 'ủy' && spaced(j - 1)) j++;
      if (!spaced(j - 1)) continue;
      const run = capitalRun(j);
      for (let n = run; n >= 2; n--) {
        if (tryName(j, j + n - 1, level)) { done = j + n - 1; break; }
      }
      // (One word: a name whose spaces OCR lost, 'HUYỆN TUKY'; or of three letters when the name has
      // exactly them, 'THÀNH PHỐ HUE' → Huế.)
      const short = (w: string) => [...w].length === 3 && skeleton(gaz.respell(w, level, provinces)?.toLowerCase() ?? '') === skeleton(w.toLowerCase());
      if (run === 1 && ([...words[j].text].length >= 4 || short(words[j].text)) && tryName(j, j, level)) done = j;
      continue;
    }
    // Before the date: 'Phụ Lý, ngày 08 tháng 9 …' (the name ends here; try it growing leftwards).
    if (capital(i) && /^,\s*ng\S{1,3}y\b/u.test(text.slice(words[i].end))) {
      for (let n = 2; n <= 4 && i - n + 1 > done; n++) {
        const from = i - n + 1;
        if (!capital(from) || !spaced(from)) break;
        if (tryName(from, i, null)) break;
      }
    }
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const UNIT_SKELETONS = new Map(UNIT_LEVELS.map((u) => [skeleton(u), u]));
const UNIT_INITIALS = new Set(UNIT_LEVELS.map((u) => skeleton(u)[0]));
/** Average channel cost per word up to which an OCR'd run is read as a gazetteer name. */
const MAX_WORD_COST = 1.2;
const PROVINCE_WORD_COST = 1.5;
/** How much cheaper the best name must be than the next different one. */
const MARGIN = 0.3;
/** How much costlier a reading may be of a name read clearly elsewhere in the same text. */
const SEEN_FACTOR = 2;
/** How much cheaper (log10) a name is that the text has already read clearly. */
const SEEN_BONUS = 1;
/** A province the text names makes its units this much cheaper (log10 units). */
const PROVINCE_BONUS = 1;
/** A name's first word read with a small letter, as written, costs this much more (log10 units). */
const LOST_CAPITAL_COST = 1;
/** A text that names provinces makes the units of the others this much dearer (log10 units). */
const UNNAMED_PROVINCE_COST = 0.3;

/**
 * Place names read straight from the OCR'd words, before the sentence model sees them: after a unit
 * word ('huyén Vu Thu', 'HUYEN BA TRI') or before the date ('Phi Ly, ngay …'), the run of
 * capitalized words is matched against the gazetteer's names of that level, each name priced by the
 * OCR channel (`pricing(word)(syllable)`: the cost of reading that syllable as the word, Infinity when
 * out of reach). The language model knows few place names
 * and would make words of them ('Bố Trí', 'Về Thuế'). Returns token index → restored word.
 * Without `pricing` (text read with its marks), only names the gazetteer knows as written are pinned.
 */
export function placeRuns(tokens: Token[], gaz: Gazetteer, pricing: ((word: string) => (syllable: string) => number) | null): Map<number, string> {
  const pinned = new Map<number, string>();
  // (Each word's prices made once: a word is priced for every name it might be.)
  const priced = new Map<string, (syllable: string) => number>();
  const costs = pricing && ((word: string) => {
    let f = priced.get(word);
    if (!f) priced.set(word, (f = pricing(word)));
    return f;
  });
  // (Only priced readings weigh the provinces the text names.)
  const provinces = costs ? gaz.provincesIn(tokens.map((t) => t.text).join('')) : new Set<string>();
  // Word tokens, and whether the next word follows on the same line after plain spaces.
  const words = tokens.flatMap((t, i) => (t.kind === 'word' || t.kind === 'damaged' || t.kind === 'protected') && /^\p{L}+$/u.test(t.text) ? [i] : []);
  // (The plain space after a word before the next one, or undefined; 'wrapped': one line break in it.)
  const gap = (w: number) => (w + 1 < words.length && words[w + 1] === words[w] + 2 && tokens[words[w] + 1].kind === 'space' ? tokens[words[w] + 1].text : undefined);
  const joined = (w: number) => gap(w)?.includes('\n') === false;
  const wrapped = (w: number) => /^[ \t]*\n[ \t]*$/.test(gap(w) ?? '');
  // (Memoized: every word is looked up as a possible unit word.)
  const keys = new Map<string, string>();
  const key = (w: number) => {
    const text = tokens[words[w]].text;
    let k = keys.get(text);
    // (A vowel OCR printed twice is one: 'KHU VỤỰC' is khu vực.)
    if (k === undefined) keys.set(text, (k = skeleton(doubledVowelReadings(text)?.[0] ?? text).toLowerCase()));
    return k;
  };
  const capital = (w: number) => w < words.length && /^\p{Lu}/u.test(tokens[words[w]].text);

  /** Pin the gazetteer name words[from..from+n-1] read most cheaply as, if it is clear; true when pinned. */
  const pin = (from: number, n: number, level: string | null): boolean => {
    if (!costs) {
      // Text read with its marks: a name the gazetteer knows as written is kept so.
      const seen = Array.from({ length: n }, (_, k) => tokens[words[from + k]].text).join(' ');
      const known = level ? (TIERS.find((t) => t.includes(level)) ?? [level]).some((l) => gaz.isNameAt(seen, l)) : gaz.isName(seen);
      if (known) write(from, n, seen.toLowerCase());
      return known;
    }
    // A small b or p opening the name is the capital Đ as English-model OCR reads it ('huyén buc
    // Pho'), and so is a capital one in a name in capitals ('XA PAK MIL'): priced also as a d there.
    const table = Array.from({ length: n }, (_, k) => {
      const seen = tokens[words[from + k]].text;
      const plain = costs(seen);
      const misread = k === 0 ? asMisreadD(seen, true) : null;
      if (!misread) return plain;
      const asD = costs(misread);
      // (A name opens with a capital: read as written, a small b or p is a capital OCR lost, dearer than
      // the Đ it reads so: 'KHU ba Nang, ngày' is Đà Nẵng, not the commune Ba Nang.)
      const lost = /^\p{Ll}/u.test(seen) ? LOST_CAPITAL_COST : 0;
      return (syllable: string) => Math.min(plain(syllable) + lost, asD(syllable) + MISREAD_D_COST);
    });
    // (A name several units of a level bear is likelier by as much: their chances summed, Phong Nẫm, three
    // provinces' communes, before Phong Nậm of one, the letters the same. Units read at another level's price
    // are summed apart and the name takes its likelier level: xã Thạch Hạ is no Thạch Hà for the district
    // and the town of that name together.)
    const chance = new Map<string, Map<number, number>>();
    const tier = level ? (TIERS.find((t) => t.includes(level)) ?? [level]) : [null];
    // Since the 2025 reform many communes bear the name of the district they replaced (xã Nam Trực),
    // which a gazetteer of the older units lists only as a district: read at a price.
    const older = level && COMMUNE_TIER.includes(level) ? DISTRICT_TIER : [];
    for (const u of [...tier, ...older].flatMap((l) => gaz.unitsOf(l, n))) {
      // (A name read clearly earlier in the text is the likelier reading of another copy of it.)
      const levelCost = older.includes(u.level) ? OTHER_TIER_COST : level && u.level !== level ? OTHER_LEVEL_COST : 0;
      let cost = (provinces.has(u.province) ? -PROVINCE_BONUS : provinces.size ? UNNAMED_PROVINCE_COST : 0) + levelCost - (named.has(u.name) ? SEEN_BONUS : 0);
      const parts = u.name.toLowerCase().split(' ');
      for (let k = 0; k < n && cost < Infinity; k++) cost += table[k](parts[k]);
      if (cost === Infinity) continue;
      const byLevel = chance.get(u.name) ?? new Map<number, number>();
      chance.set(u.name, byLevel.set(levelCost, (byLevel.get(levelCost) ?? 0) + 10 ** -cost));
    }
    let best: { name: string; cost: number } | null = null, second = Infinity;
    for (const [name, byLevel] of chance) {
      const cost = -Math.log10(Math.max(...byLevel.values()));
      if (!best || cost < best.cost) {
        if (best) second = best.cost;
        best = { name, cost };
      } else if (cost < second) second = cost;
    }
    // Few provinces, so a looser reading of one is still unambiguous.
    const bar = (level === 'tỉnh' ? PROVINCE_WORD_COST : MAX_WORD_COST) * n;
    // (Names near alike, each cheap enough, leave the name open but still say the run is one.)
    if (best && second - best.cost < MARGIN && best.cost <= bar) tied = true;
    if (!best || second - best.cost < MARGIN) return false;
    if (best.cost > bar) {
      // Too costly, unless the text names it clearly elsewhere (read after the scan).
      if (best.cost <= bar * SEEN_FACTOR) unsure.push({ from, n, name: best.name });
      return false;
    }
    write(from, n, best.name);
    return true;
  };
  const unsure: Array<{ from: number; n: number; name: string }> = [];
  let tied = false;
  const named = new Set<string>();
  const write = (from: number, n: number, name: string) => {
    named.add(name);
    // Each word of a name is capitalized: OCR may have read a capital as a small letter ('Lam bong').
    // (Its case from a word of the run that kept a capital: 'Lam bong', 'buc Pho'.)
    const texts = Array.from({ length: n }, (_, k) => tokens[words[from + k]].text);
    const model = texts.find((t) => /^\p{Lu}/u.test(t)) ?? texts[0];
    name.split(' ').forEach((part, k) => {
      const seen = texts[k];
      pinned.set(words[from + k], applyCase(/^\p{Ll}+$/u.test(seen) ? model : seen, part));
    });
  };

  for (let w = 0; w < words.length; w++) {
    // (Most words neither open a unit word nor stand before ', ngày': passed over cheaply.)
    if (!UNIT_INITIALS.has(key(w)[0]) && key(w) !== 'khu' && tokens[words[w] + 1]?.text !== ',') continue;
    const two = joined(w) ? `${key(w)} ${key(w + 1)}` : '';
    // The regions of 2025's offices are named for the districts they serve ('Chi cục Thuế khu vực Quảng
    // Trạch - Ba Đồn'): each name after khu vực, and after a dash, is read as a district's.
    if (two === 'khu vuc' && joined(w + 1)) {
      let from = w + 2;
      while (from < words.length && capital(from)) {
        let run = 1;
        while (run < 4 && joined(from + run - 1) && capital(from + run)) run++;
        let n = run;
        while (n >= 2 && !pin(from, n, 'huyện')) n--;
        // (A name not read so leaves its words to the sentence model; the one after the dash is tried.)
        if (n < 2) n = run;
        w = from + n - 1;
        // (A dash set apart, and the next name.)
        const next = words[from + n];
        const gap = next === undefined ? '' : tokens.slice(words[w] + 1, next).map((t) => t.text).join('');
        if (!/^[ \t]*[-–][ \t]*$/u.test(gap)) break;
        from += n;
      }
      continue;
    }
    // (ĐẶC KHU's Đ read as P, as English-model OCR reads a capital Đ: 'PAC KHU PHU QUOC'.)
    const pair = UNIT_SKELETONS.get(two) ?? (two === 'pac khu' && capital(w) ? 'đặc khu' : undefined);
    const level = pair ?? UNIT_SKELETONS.get(key(w));
    if (level) {
      let from = w + (pair ? 2 : 1);
      if (from < words.length && key(from) === 'uy' && joined(from - 1)) from++; // Huyện ủy X
      // 'XÃ HỘI CHỦ NGHĨA' is the motto, not a commune.
      if (!joined(from - 1) || (level === 'xã' && key(from) === 'hoi')) continue;
      // Longest run of capitalized words first.
      let run = 1;
      const opens = (w: number) => capital(w) || (w < words.length && /^[bp]\p{Ll}+$/u.test(tokens[words[w]].text));
      // (A name may wrap at a line's end, in running text: 'huyện Ninh' / 'Giang về …'.)
      while (run < 4 && opens(from + run - 1) && (joined(from + run - 1) || wrapped(from + run - 1)) && capital(from + run)) run++;
      if (!opens(from)) continue;
      // A province's second word may have lost its capital to OCR ('tinh Lam bong': Đ read as b);
      // there are few provinces, so that reading is tried too.
      if (run === 1 && (level === 'tỉnh' || level === 'thành phố') && joined(from)) run = 2;
      // The word before a name the gazetteer confirmed is its unit word ('huyén Ky Anh' is huyện,
      // which the sentence model had read 'chuyên' after 'Giáo dục và Đào tạo').
      // (So it is before names near alike that leave the name open: 'PHUONG THANH VINH' is a phường whether
      // Thanh Vinh or the 2025 ward Thành Vinh; the sentence model, left to itself, read Phùng.)
      const pinUnit = () => level.split(' ').forEach((part, k) => {
        const t = words[w + k];
        if (!pinned.has(t) && k < from - w) pinned.set(t, applyCase(tokens[t].text, part));
      });
      tied = false;
      let found = false;
      for (let n = run; n >= 2; n--) {
        if (!pin(from, n, level)) continue;
        pinUnit();
        w = from + n - 1;
        found = true;
        break;
      }
      if (!found && tied) pinUnit();
      continue;
    }
    // The place before the date: 'Phi Ly, ngay 08 …', the run ending at this word.
    const after = () => tokens.slice(words[w] + 1, words[w] + 5).map((t) => t.text).join('');
    if (tokens[words[w] + 1]?.text === ',' && capital(w) && !pinned.has(words[w]) && /^,\s*ng\S{1,3}y\b/u.test(after())) {
      for (let n = 2; n <= 4; n++) {
        const from = w - n + 1;
        // (Its first word may open with the b or p English-model OCR makes of Đ: 'x bong Héi, ngay'.)
        const misreadD = from >= 0 && /^[bp]\p{Ll}+$/u.test(tokens[words[from]].text);
        if (from < 0 || !(capital(from) || misreadD) || !joined(from) || pinned.has(words[from])) break;
        if (pin(from, n, null)) break;
        if (misreadD) break;
      }
    }
  }
  // A worse-damaged copy of a name the text names clearly elsewhere is that name, the likeliest
  // reading of it ('huyện Bac Som' after 'huyện Bac Son').
  for (const u of unsure) {
    const span = words.slice(u.from, u.from + u.n);
    if (named.has(u.name) && !span.some((t) => pinned.has(t))) write(u.from, u.n, u.name);
  }
  // And a name of two words or more read after its unit word is that name wherever the text prints it
  // again in capitals or Title case, with no unit word before it ('XÃ EA SÚP' … 'rừng phòng hộ Ea
  // Sup': the sentence model would make Gà Sắp of it). Only with the OCR channel at hand.
  if (costs) {
    // (Its letters, or a reading the channel prices as cheaply as a name's is taken after its unit word: 'Ea Sip'.)
    const keys = [...named].filter((n) => n.includes(' ')).map((n) => ({ name: n, parts: n.toLowerCase().split(' ') }));
    const near = (w: number, part: string) => key(w) === skeleton(part) || costs(tokens[words[w]].text)(part) <= MAX_WORD_COST;
    for (let w = 0; w < words.length && keys.length; w++) {
      if (pinned.has(words[w]) || !capital(w)) continue;
      const hit = keys.find((k) => k.parts.every((p, j) => w + j < words.length && capital(w + j) && !pinned.has(words[w + j]) &&
        near(w + j, p) && (j === 0 || joined(w + j - 1))));
      if (hit) { write(w, hit.parts.length, hit.name); w += hit.parts.length - 1; }
    }
  }
  return pinned;
}
