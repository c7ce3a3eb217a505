import type { LayerQuality } from '../pipeline/document.js';
import { hasVietnameseDiacritic, isSyllable } from './orthography.js';

const WORD = /[\p{L}\p{N}&¥§$@'’]+/gu;
const LETTERS_ONLY = /^\p{L}+$/u;
const HAS_LETTER = /\p{L}/u;

/**
 * How Vietnamese a text layer looks. English-model OCR of Vietnamese leaves most syllables
 * without their diacritics and many with digits or symbols inside them (s6, ctia, S&).
 */
export function measureLayer(text: string): LayerQuality {
  let tokens = 0, valid = 0, marked = 0, junk = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (!HAS_LETTER.test(w)) continue;
    // All-caps short tokens are acronyms and symbols (UBND, KH), not syllables.
    if (w.length <= 5 && w === w.toUpperCase() && !hasVietnameseDiacritic(w)) continue;
    tokens++;
    if (!LETTERS_ONLY.test(w)) { junk++; continue; }
    if (isSyllable(w)) valid++;
    if (hasVietnameseDiacritic(w)) marked++;
  }
  const d = Math.max(tokens, 1);
  return {
    tokens,
    validSyllableShare: round(valid / d),
    diacriticShare: round(marked / d),
    junkShare: round(junk / d),
  };
}

export function syllableShare(text: string): number {
  return measureLayer(text).validSyllableShare;
}

/**
 * A layer is usable when it reads as Vietnamese: real Vietnamese prose has ≥ 90% valid syllables
 * and roughly 60–80% of them marked; English-model OCR of it has about 20–35% marked.
 */
export function layerVerdict(q: LayerQuality): { usable: boolean; reason: string } {
  if (q.tokens < 5) return { usable: false, reason: `text layer has ${q.tokens} words` };
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const facts = `${pct(q.validSyllableShare)} valid syllables, ${pct(q.diacriticShare)} with diacritics, ${pct(q.junkShare)} damaged tokens`;
  if (q.validSyllableShare >= 0.85 && q.diacriticShare >= 0.4 && q.junkShare <= 0.03) {
    return { usable: true, reason: `text layer reads as Vietnamese (${facts})` };
  }
  return { usable: false, reason: `text layer looks damaged (${facts})` };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
