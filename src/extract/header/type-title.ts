import { clean, evidenceOf } from '../lines.js';
import { looseKey, similarity } from '../text-match.js';
import { DOC_TYPES, type DocType } from '../vocabulary.js';
import type { DocumentFamily, Line } from '../types.js';
import { splitColumns } from './columns.js';
import { isCaps, letterCount, type Segment } from './segments.js';
import { unitParts } from './units.js';
import type { HeaderFields } from './fields.js';

/**
 * The type title, fuzzily: the restored segment and the raw line (restoration may have made a
 * garbled title worse: 'QUYET PIN H' → 'QUYẾT PIN Họ'), each also without specks at its ends ('Co BAO CAO').
 */
function matchType(...texts: string[]): DocType | null {
  const tries = texts.flatMap((s) => {
    // Specks of two letters or fewer at either end ('Co BAO CAO', '| TỜ TRÌNH Có'), cut at one end
    // or both (a type name may itself begin with a short word: TỜ TRÌNH).
    const w = s.split(/\s+/).filter(Boolean);
    let a = 0, b = w.length;
    while (b - a > 1 && letterCount(w[a]) <= 2) a++;
    while (b - a > 1 && letterCount(w[b - 1]) <= 2) b--;
    return [s, w.slice(a, b).join(' '), w.slice(a).join(' '), w.slice(0, b).join(' ')];
  });
  let best: DocType | null = null, bestSim = 0.8;
  for (const s of tries) {
    const key = looseKey(s);
    if (key.length < 4 || key.length > 24) continue;
    // (One word is no title of two run together: OCR keeps a title's spaces, and 'DUẨN', the end of a name
    // wrapped under its line, is near DỰ ÁN by its letters.)
    const oneWord = !/\s/.test(s.trim());
    for (const t of DOC_TYPES) {
      if (oneWord && t.name.includes(' ')) continue;
      const sim = similarity(s, t.name, bestSim);
      if (sim > bestSim) { bestSim = sim; best = t; }
    }
  }
  return best;
}

/**
 * The caps type title a header segment is ('KẾ HOẠCH'), or null. Before the number and the date
 * only a title spelled out is one: a near miss there is more likely a header line than a garbled title.
 */
export function typeTitle(seg: Segment, numberOrDateSeen: boolean): DocType | null {
  const line = seg.line;
  // The raw line helps only when it is this segment alone (a centred title line).
  const raw = clean(line.raw);
  // A unit line ('PHƯỜNG TÂN AN') is no garbled type title, however near its letters ('PHƯƠNG ÁN').
  const unitLine = (unitParts(seg.text)?.name.split(' ').length ?? 0) >= 2;
  // (Specks at its ends, two letters or fewer not in capitals, do not count: 'KẾ HOẠCH Có', 'TỜ TRÌNH oo'.)
  const unspecked = (x: string) => x.split(/\s+/).filter((w, k, all) =>
    !((k === 0 || k === all.length - 1) && letterCount(w) <= 2 && w !== w.toUpperCase())).join(' ');
  const core = unspecked(seg.text);
  const rawAlone = splitColumns(line.raw).length === 1 && isCaps(raw);
  // (Or the raw line alone, when the restorer made a word of a speck before the title: 'N BAO CAO' → 'Nộp BÁO CÁO'.)
  let t = unitLine ? null : isCaps(core) ? matchType(core, ...(rawAlone ? [raw] : [])) : rawAlone ? matchType(raw) : null;
  // After the number or date, a title of two words or more and a word or two naming its kind ('KẾT LUẬN
  // THANH TRA', 'KẾ HOẠCH LIÊN TỊCH') is that type, spelled out.
  if (!t && !unitLine && numberOrDateSeen && isCaps(core)) {
    const words = core.split(' ');
    t = DOC_TYPES.find((d) => {
      const k = d.name.split(' ').length;
      return k >= 2 && words.length > k && words.length - k <= 2 && looseKey(words.slice(0, k).join(' ')) === looseKey(d.name);
    }) ?? null;
  }
  const spelled = (x: string) => looseKey(unspecked(x));
  if (t && !numberOrDateSeen && ![looseKey(seg.text), spelled(seg.text)].includes(looseKey(t.name))) t = null;
  return t;
}

/**
 * Type, code and family: the title, else the symbol's type code, else (a number without a type
 * code) a Công văn.
 */
export function documentTypeField(title: { type: DocType; line: Line } | null, number: HeaderFields['number'], symbolType: DocType | undefined,
  family: DocumentFamily): { field: HeaderFields['documentType']; rule: string | null } {
  const type = title?.type ?? symbolType ?? (number && !symbolType ? DOC_TYPES.find((t) => t.name === 'Công văn') : undefined);
  if (!type) return { field: null, rule: null };
  const ev = title ? evidenceOf(title.line) : number!.evidence;
  const code = type.name === 'Công văn' ? null : type.codes[0];
  return {
    field: { value: type.name, confidence: title ? 0.95 : 0.7, evidence: ev, code, family: type.family ?? family },
    rule: title ? null : symbolType ? 'type code in the symbol' : 'no type title and no type code: Công văn',
  };
}
