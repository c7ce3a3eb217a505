/**
 * Build the table of laws cited by name (dictionaries/vn-laws.json): each law's name, its số và ký
 * hiệu and the date it was passed, as the corpus cites them ('Luật Ngân sách nhà nước số 83/2015/QH13
 * ngày 25 tháng 6 năm 2015').
 *   npm run build:laws [-- --corpus DIR --out dictionaries/vn-laws.json]
 * The extractor looks a law up by its name and year where OCR destroyed the number of a citation
 * ('Luật Ngân sách nhà nước số S5 ..... ngày 25 tháng 6 năm 2015'). Held-out documents are skipped,
 * as for the other models. A (name, number) pair cited once only is left out: one-off citations
 * hold the corpus's own slips ('83/2015/QH14').
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DEFAULT_CORPUS, HELD_OUT_RULE, corpusFiles, isHeldOut, readCorpus } from './corpus.js';
import { findDate } from '../extract/dates.js';
import type { LawsFile } from '../extract/laws.js';
import { arg } from './args.js';

const CORPUS = arg('--corpus', DEFAULT_CORPUS);
const OUT = arg('--out', 'dictionaries/vn-laws.json');
const MIN_CITATIONS = 2;

// 'Luật <name of one to fifteen words> số <n>/<year>/QH<k>'; the date, when stated, follows.
const CITATION = /(?<![\p{L}])Luật ((?:\p{L}+,? ){0,14}?\p{L}+) số (\d{1,3}\/(?:19|20)\d{2}\/QH\d{1,2})(?![\p{L}\d])/gu;

async function main() {
  const counts = new Map<string, { name: Map<string, number>; number: string; dates: Map<string, number>; n: number }>();
  let docs = 0;
  for await (const d of readCorpus(CORPUS)) {
    if (isHeldOut(d.id)) continue;
    docs++;
    for (const m of d.text.normalize('NFC').matchAll(CITATION)) {
      const name = m[1];
      // (Not a list of laws run together: 'Luật Đất đai số 31/2024/QH15 và Luật …' is read from its own Luật.)
      if (/(?:^|\s)(?:số|và Luật)(?:\s|$)/u.test(name)) continue;
      const key = `${name.toLowerCase()}|${m[2]}`;
      const e = counts.get(key) ?? { name: new Map(), number: m[2], dates: new Map(), n: 0 };
      e.n++;
      e.name.set(name, (e.name.get(name) ?? 0) + 1);
      const date = findDate(d.text.slice(m.index! + m[0].length, m.index! + m[0].length + 40), true);
      if (date?.iso && date.index < 8 && date.iso.startsWith(m[2].split('/')[1])) e.dates.set(date.iso, (e.dates.get(date.iso) ?? 0) + 1);
      counts.set(key, e);
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const laws = [...counts.values()].filter((e) => e.n >= MIN_CITATIONS)
    .map((e) => ({ name: top(e.name)!, number: e.number, date: top(e.dates), citations: e.n }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.number.localeCompare(b.number));
  const out: LawsFile = {
    format: 'vanban-laws-1',
    source: { files: corpusFiles(CORPUS).map((f) => basename(f)), heldOutRule: HELD_OUT_RULE, documents: docs, minCitations: MIN_CITATIONS },
    laws,
  };
  // (One law a line: a rebuild's diff reads law by law.)
  writeFileSync(OUT, `${JSON.stringify({ ...out, laws: [] }, null, 1).replace(/"laws": \[\]/, `"laws": [\n${laws.map((l) => `  ${JSON.stringify(l)}`).join(',\n')}\n ]`)}\n`);
  console.log(`${laws.length} laws (of ${counts.size} cited name-number pairs) from ${docs} documents → ${OUT}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
