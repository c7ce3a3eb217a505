import { PATTERNS, SYMBOL_LETTERS, editFactor, type ChannelCosts } from './channel.js';
import type { LanguageModel } from './language-model.js';
import type { OcrChannel } from './ocr-channel.js';
import { couldBeSyllable, hasVietnameseDiacritic, isSyllable, normalizeTonePlacement, skeleton } from './orthography.js';
import { NUM, UNK } from './tokens.js';

export interface Candidate {
  text: string; // lowercase syllable (old tone style) or the observed token
  id: number;   // language-model unit
  cost: number; // channel cost, log10 units
}

const MAX_CANDIDATES = 16;
const MAX_SYMBOL_VARIANTS = 8;
const REVERSE_MAX = 2;   // emissions dearer than this do not propose candidates
const LEARNED_BEAM = 24;

/** What keeping a number of metres as written costs, in a text read as damaged (log10 units, as the channel). */
const METRES_KEPT_COST = 0.5;

/** Candidates for one observed word from its letter skeleton, OCR confusions and letter edits. */
export class CandidateGenerator {
  private bySkeleton = new Map<string, number[]>();
  private byDeletion = new Map<string, string[]>();

  // Learned channel reversed: observed segment → skeleton letters that often print as it, with cost.
  private reverse = new Map<string, Array<[string, number]>>();

  constructor(private lm: LanguageModel, private channel: OcrChannel | null = null) {
    if (channel) {
      for (const [letter, row] of Object.entries(channel.file.emit)) {
        for (const [seg, cost] of Object.entries(row)) {
          if (!seg || cost > REVERSE_MAX) continue;
          const list = this.reverse.get(seg) ?? [];
          const sk = skeleton(letter);
          const at = list.findIndex(([l]) => l === sk);
          if (at < 0) list.push([sk, cost]); else list[at][1] = Math.min(list[at][1], cost);
          this.reverse.set(seg, list);
        }
      }
    }
    lm.vocab.forEach((unit, id) => {
      if (!/^\p{Ll}+$/u.test(unit) || !isSyllable(unit)) return;
      const sk = skeleton(unit);
      const list = this.bySkeleton.get(sk);
      if (list) list.push(id);
      else this.bySkeleton.set(sk, [id]);
    });
    // Symmetric-delete index (SymSpell) finds every skeleton one edit away without scanning.
    for (const sk of this.bySkeleton.keys()) {
      for (const d of deletions(sk)) {
        const l = this.byDeletion.get(d);
        if (l) { if (!l.includes(sk)) l.push(sk); } else this.byDeletion.set(d, [sk]);
      }
    }
  }

  generate(observed: string, damaged: boolean, costs: ChannelCosts): Candidate[] {
    const obs = normalizeTonePlacement(observed.toLowerCase(), 'old');
    const obsId = this.lm.id(obs);
    const validObs = obsId !== undefined && isSyllable(obs);
    const marked = hasVietnameseDiacritic(obs) && isSyllable(obs);
    const skeletons = new Map<string, number>(); // skeleton → channel cost so far
    const add = (sk: string, cost: number) => {
      if (!this.bySkeleton.has(sk)) return;
      const prev = skeletons.get(sk);
      if (prev === undefined || cost < prev) skeletons.set(sk, cost);
    };
    const variants = symbolVariants(skeleton(obs));
    if (costs.learned && this.channel) for (const v of this.learnedVariants(obs)) add(v, 0);
    // Letter edits for damaged tokens, unknown words, or any word when the profile allows it.
    const allowEdits = damaged || !validObs || costs.editValidWords;
    for (const v of variants) {
      add(v, 0);
      if (!allowEdits) continue;
      for (const [from, to] of PATTERNS) {
        for (let i = v.indexOf(from); i >= 0; i = v.indexOf(from, i + 1)) add(v.slice(0, i) + to + v.slice(i + from.length), costs.pattern);
      }
      for (const n of this.neighbours(v)) add(n, costs.edit * editFactor(v, n));
    }
    const out: Candidate[] = [];
    for (const [sk, base] of skeletons) {
      for (const id of this.bySkeleton.get(sk)!) {
        const text = this.lm.vocab[id];
        if (text === obs) continue;
        const markCost = marked ? costs.markConfusions?.[obs]?.[text] ?? costs.markedChange : costs.unmarkedChange;
        out.push({ text, id, cost: base + markCost });
      }
    }
    const learned = costs.learned && this.channel ? this.channel : null;
    // Unknown as written but a syllable with other marks ('huyen'): its marks were lost or garbled,
    // as sure a sign of damage as a digit inside. Only what cannot be a syllable may be a name.
    let obsCost = validObs ? 0 : damaged || couldBeSyllable(obs) ? costs.unknownDamaged : costs.unknownObserved;
    let rank = (c: Candidate) => c.cost - this.lm.unigram(c.id) * 0.5;
    if (learned) {
      // What training saw this token stand for, then every candidate priced by the learned channel.
      for (const text of learned.seenTruths(obs)) {
        const id = this.lm.id(text);
        if (id !== undefined && text !== obs && !out.some((c) => c.id === id)) out.push({ text, id, cost: 0 });
      }
      const w = costs.learned!;
      for (const c of out) c.cost = w * learned.cost(obs, c.text);
      if (validObs) obsCost = w * learned.cost(obs, obs);
      rank = (c) => c.cost - this.lm.unigram(c.id);
    }
    out.sort((a, b) => rank(a) - rank(b));
    // The observed token always stays a candidate; candidates far behind the best of all (the
    // observed word included) cannot win on context, and dropping them keeps the beam cheap.
    // (A number of metres kept as written is a number to the model, and no sign of damage: 'dài 16m' stays,
    // where OCR's 'mưa 16m' is lớn.)
    const metres = /^\d+m$/.test(obs);
    const asSeen: Candidate = { text: obs, id: validObs ? obsId! : metres ? NUM : UNK, cost: metres ? Math.min(obsCost, METRES_KEPT_COST) : obsCost };
    const bar = Math.min(out.length ? rank(out[0]) : Infinity, validObs ? rank(asSeen) : Infinity) + costs.prune;
    // A token without a vowel ('Ph', 'ch') lost it: no reading is near, so context chooses among more.
    const wide = !/[aeiouy]/.test(skeleton(obs)) && /\p{L}/u.test(obs);
    const kept = out.slice(0, wide ? 2 * MAX_CANDIDATES : MAX_CANDIDATES).filter((c) => rank(c) <= bar + (wide ? 1 : 0));
    kept.push(asSeen);
    return kept;
  }

  /**
   * Skeletons the observed token may have been printed from, reading each observed character (or
   * pair) back through the learned channel: 'img' → 'ung' (ứ prints as i, n as m). Best few only.
   */
  private learnedVariants(obs: string): string[] {
    const chars = [...obs];
    const n = chars.length;
    // at[j]: the best partial skeletons having read j observed characters.
    const at: Array<Map<string, number>> = Array.from({ length: n + 1 }, () => new Map());
    at[0].set('', 0);
    const push = (j: number, sk: string, cost: number) => { if (cost < (at[j].get(sk) ?? Infinity)) at[j].set(sk, cost); };
    for (let j = 0; j < n; j++) {
      const beam = [...at[j]].sort((x, y) => x[1] - y[1]).slice(0, LEARNED_BEAM);
      const one = this.reverse.get(chars[j]) ?? [];
      const two = j + 1 < n ? this.reverse.get(chars[j] + chars[j + 1]) ?? [] : [];
      for (const [sk, cost] of beam) {
        for (const [letter, c] of one) push(j + 1, sk + letter, cost + c);
        for (const [letter, c] of two) push(j + 2, sk + letter, cost + c);
        push(j + 1, sk, cost + this.channel!.file.floor.ins); // a stray mark
      }
    }
    return [...at[n]].sort((x, y) => x[1] - y[1]).slice(0, LEARNED_BEAM)
      .filter(([sk]) => sk && this.bySkeleton.has(sk)).map(([sk]) => sk);
  }

  private neighbours(sk: string): string[] {
    const found = new Set<string>();
    const push = (list?: string[]) => list?.forEach((s) => found.add(s));
    push(this.byDeletion.get(sk));                    // one insertion in the observed
    for (const d of deletions(sk)) {
      if (this.bySkeleton.has(d)) found.add(d);        // one deletion
      push(this.byDeletion.get(d));                    // one substitution (or transposition)
    }
    found.delete(sk);
    return [...found].filter((s) => Math.abs(s.length - sk.length) <= 1);
  }
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** Expand digits and symbols to the letters they stand for: 's6' → ['so'], 'd6i' → ['doi']. */
function symbolVariants(sk: string): string[] {
  let acc = [''];
  for (const ch of sk) {
    const opts = SYMBOL_LETTERS[ch] ?? (/[a-z]/.test(ch) ? [ch] : []);
    if (opts.length === 0) continue; // stray mark (’, “) inside a word: drop it
    acc = acc.flatMap((p) => opts.map((o) => p + o)).slice(0, MAX_SYMBOL_VARIANTS);
  }
  return acc.filter((s) => s.length > 0);
}
