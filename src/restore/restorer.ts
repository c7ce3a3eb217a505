import { layerVerdict, measureLayer } from './layer-quality.js';
import { CandidateGenerator, type Candidate } from './candidates.js';
import { PROFILES, type Profile } from './channel.js';
import type { LanguageModel } from './language-model.js';
import { applyCase, normalizeTonePlacement, type ToneStyle } from './orthography.js';
import { BOS, COMMA, UNK } from './tokens.js';
import { tokenize, type Token } from './tokenize.js';

export interface RestoreOptions {
  toneStyle?: ToneStyle;
  /** Force a channel profile; by default chosen from how Vietnamese the text reads. */
  profile?: Profile;
  beam?: number;
}

const NAME_EDIT_FACTOR = 1.8;

interface Slot {
  token: number;            // index into tokens
  cands: Candidate[];       // one fixed candidate for protected units and boundaries
}

interface Hyp {
  u: number;
  v: number;
  score: number;
  back: number; // index of previous hyp in the previous column, -1 at start
  cand: number; // candidate index in this column
}

/**
 * Restores Vietnamese text: tokens → candidate lattice → beam search with the trigram model →
 * the original text with restored words, case pattern re-applied and NFC.
 */
export class Restorer {
  private gen: CandidateGenerator;
  // Documents repeat their words; candidates depend only on the word and the channel.
  private cache = new Map<string, Candidate[]>();

  constructor(private lm: LanguageModel, private opts: RestoreOptions = {}) {
    this.gen = new CandidateGenerator(lm);
  }

  profileFor(text: string): Profile {
    if (this.opts.profile) return this.opts.profile;
    const q = measureLayer(text);
    if (layerVerdict(q).usable) return 'clean';
    if (q.diacriticShare < 0.05 && q.junkShare < 0.01 && q.validSyllableShare > 0.3) return 'unaccented';
    return 'damaged';
  }

  restore(text: string): string {
    const nfc = text.normalize('NFC');
    const profile = this.profileFor(nfc);
    const tokens = tokenize(nfc);
    const out = tokens.map((t) => t.text);
    const slots: Slot[] = [];
    const flush = () => {
      if (slots.length) this.decode(slots, tokens, out);
      slots.length = 0;
    };
    tokens.forEach((t, i) => {
      if (t.kind === 'word' || t.kind === 'damaged') {
        slots.push({ token: i, cands: this.candidates(t.text, t.kind === 'damaged', profile) });
      } else if (t.kind === 'protected') {
        slots.push({ token: -1, cands: [{ text: t.text, id: this.unitId(t), cost: 0 }] });
      } else if (t.boundary === 'comma') {
        slots.push({ token: -1, cands: [{ text: ',', id: COMMA, cost: 0 }] });
      } else if (t.boundary === 'sentence' || t.boundary === 'paragraph') {
        flush(); // context restarts after a sentence: decode what we have
      }
    });
    flush();
    const style = this.opts.toneStyle ?? 'old';
    return out.join('').normalize('NFC').replace(/\S+/g, (w) => (style === 'new' ? restyle(w) : w));
  }

  private candidates(word: string, damaged: boolean, profile: Profile): Candidate[] {
    // Capitalized words are often names: their letters are changed only on stronger evidence.
    const capital = /^\p{Lu}/u.test(word);
    const key = `${profile}${damaged ? '!' : ':'}${capital ? 'C' : 'c'}${word.toLowerCase()}`;
    let c = this.cache.get(key);
    if (!c) {
      const base = PROFILES[profile];
      const costs = capital ? { ...base, edit: base.edit * NAME_EDIT_FACTOR, pattern: base.pattern * NAME_EDIT_FACTOR } : base;
      c = this.gen.generate(word, damaged || profile === 'damaged', costs);
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(key, c);
    }
    return c;
  }

  private unitId(t: Token): number {
    return this.lm.id(t.unit ?? '') ?? UNK;
  }

  /** Beam search over one sentence; writes the chosen words into `out`. */
  private decode(slots: Slot[], tokens: Token[], out: string[]): void {
    const beam = this.opts.beam ?? 8;
    const columns: Hyp[][] = [];
    let prev: Hyp[] = [{ u: BOS, v: BOS, score: 0, back: -1, cand: -1 }];
    for (const slot of slots) {
      const next = new Map<number, Hyp>();
      prev.forEach((h, hi) => {
        slot.cands.forEach((c, ci) => {
          const score = h.score + this.lm.score(h.u, h.v, c.id) - c.cost;
          const key = h.v * 65536 + c.id;
          const old = next.get(key);
          if (!old || score > old.score) next.set(key, { u: h.v, v: c.id, score, back: hi, cand: ci });
        });
      });
      prev = [...next.values()].sort((a, b) => b.score - a.score).slice(0, beam);
      columns.push(prev);
    }
    // Close the sentence: the end boundary scores the last two words too.
    let best = 0, bestScore = -Infinity;
    prev.forEach((h, i) => {
      const s = h.score + this.lm.score(h.u, h.v, BOS);
      if (s > bestScore) { bestScore = s; best = i; }
    });
    for (let col = columns.length - 1, hi = best; col >= 0; col--) {
      const h = columns[col][hi];
      const slot = slots[col];
      if (slot.token >= 0) {
        const chosen = slot.cands[h.cand];
        const original = tokens[slot.token].text;
        // The observed word chosen as itself keeps its exact spelling.
        if (chosen === slot.cands[slot.cands.length - 1]) {
          out[slot.token] = original;
        } else {
          out[slot.token] = applyCase(original, chosen.text);
        }
      }
      hi = h.back;
    }
  }
}

function restyle(word: string): string {
  return /\p{L}/u.test(word) ? normalizeTonePlacement(word, 'new') : word;
}
