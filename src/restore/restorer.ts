import { layerVerdict, measureLayer } from './layer-quality.js';
import { CandidateGenerator, type Candidate } from './candidates.js';
import { PROFILES, type Profile } from './channel.js';
import type { LanguageModel } from './language-model.js';
import { asMisreadD, MISREAD_D_COST, type OcrChannel } from './ocr-channel.js';
import { placeRuns, respellPlaceNames, type Gazetteer } from './place-names.js';
import { nameLines, underSignature, type NameModel, type NameRole } from './person-names.js';
import { applyCase, couldBeSyllable, isSyllable, LONE_CONSONANTS, normalizeTonePlacement, skeleton, type ToneStyle } from './orthography.js';
import { BOS, COMMA, UNK, lmUnits } from './tokens.js';
import { joinSplitSymbols, splitSymbolTail } from './symbols.js';
import { editDistance } from './edit-distance.js';
import { doubledVowelReadings, NUMBERED, splitMerged, splitRunTogether, tokenize, twoLetterD, type Token } from './tokenize.js';

export interface RestoreOptions {
  toneStyle?: ToneStyle;
  /** Force a channel profile; by default chosen from how Vietnamese the text reads. */
  profile?: Profile;
  beam?: number;
}

const NAME_EDIT_FACTOR = 1.8;
/** How much likelier (log10) a word pair is when the document's own text holds it. */
const CONTEXT_PAIR_BONUS = 1;
/** Key of a pair of language-model ids (more than any vocabulary's size). */
const PAIR_KEY = 1 << 20;
/** log10 share of a word's followers a collocation takes (a third). */
const COLLOCATION = Math.log10(1 / 3);
/** A division of a caps word that makes a place name outweighs any difference in word frequency (log10). */
const PLACE_SPLIT_BONUS = 5;
/** Beam width per profile: OCR damage needs the widest search; marks-only restoration less. */
const BEAM: Record<Profile, number> = { clean: 8, unaccented: 6, damaged: 16 };
/** A name word whose every listed reading costs more than this (log10) to have been printed so is kept as written. */
const FOREIGN_NAME_COST = 4;
/** How much costlier than a damaged word's cheapest reading a surname reading of it may be, for its line to read as a name. */
const DAMAGED_SURNAME_MARGIN = 1;
// And how much dearer, for a Title-case line where a signer's name stands (under a title in capitals or the filing line).
const SIGNATURE_SURNAME_MARGIN = 1.5;
// A Roman two whose second I OCR read as T, l or L ('loai IT', 'quy Il'): after a word that a numeral
// follows (quý, loại, khu vực, hạng, giai đoạn, khóa, đợt, phần), as OCR leaves those words' letters.
const ROMAN_TWO = /(?<=(?<!\p{L})(?:[qQ]u[yýỳ]|[lL]o[aạ]i|[vV][uư][cứ]|[hH][aạ]ng|[đdĐD]o[aạ]n|[kK]h[oó]a|[đdĐD][oợơ]t|[pP]h[aầâ]n)\s)I[TlL](?=[\s.,;:)]|$)/gmu;

interface Slot {
  token: number;            // index into tokens
  part?: number;            // which piece of a token OCR had merged from several words
  observed?: string;        // what was read, when it spans more than the token ('B)')
  cands: Candidate[];       // one fixed candidate for protected units and boundaries
}

/**
 * Restores Vietnamese text: tokens → candidate lattice → beam search with the trigram model →
 * the original text with restored words, case pattern re-applied and NFC.
 */
export class Restorer {
  private gen: CandidateGenerator;
  // Documents repeat their words; candidates depend only on the word and the channel.
  private cache = new Map<string, Candidate[]>();

  constructor(private lm: LanguageModel, private opts: RestoreOptions = {}, private channel: OcrChannel | null = null,
    private places: Gazetteer | null = null, private names: NameModel | null = null) {
    this.gen = new CandidateGenerator(lm, channel);
  }

  /** The language model's log10 score of a run of words (as one stretch of a sentence, no ends). */
  phraseScore(words: string[]): number {
    const ids = words.map((w) => this.lm.id(w.toLowerCase()) ?? UNK);
    let score = 0;
    for (let k = 2; k < ids.length; k++) score += this.lm.score(ids[k - 2], ids[k - 1], ids[k]);
    return score;
  }

  /** The model's log10 score of words read as a run from no context, each after the ones before it. */
  private runScore(words: string[]): number {
    const ids = words.map((w) => this.lm.id(w.toLowerCase()) ?? UNK);
    return ids.reduce((sum, id, k) => sum + (k === 0 ? this.lm.unigram(id) : this.lm.score(k >= 2 ? ids[k - 2] : UNK, ids[k - 1], id)), 0);
  }

  profileFor(text: string): Profile {
    if (this.opts.profile) return this.opts.profile;
    const q = measureLayer(text);
    // Mostly marked words come from a reader that knows Vietnamese, even where names and foreign
    // words lower the valid share (English-model OCR leaves 20–35% marked).
    if (layerVerdict(q).usable || (q.tokens >= 5 && q.diacriticShare >= 0.55 && q.junkShare <= 0.03)) return 'clean';
    if (q.diacriticShare < 0.05 && q.junkShare < 0.01 && q.validSyllableShare > 0.3) return 'unaccented';
    return 'damaged';
  }

  /**
   * The restored text; `profile` forces one (a span of a document restored as the document was).
   * `context`, restored text of the same document, makes the word pairs it holds likelier: a
   * document repeats its own phrases ('các chi bộ'), which a model of other texts may not favour.
   */
  restore(text: string, profile?: Profile, context?: string): string {
    const pairs = context ? this.wordPairs(context) : null;
    // 'T™.': OCR's reading of the authority mark TM. as the trademark sign.
    // Ÿ is no Vietnamese letter: OCR's reading of Ý. Nor is Ï: a speck over an I ('học kỳ Ï').
    // 'V/vtang': OCR lost the space after V/v, which left the word unread (or read a dash there, 'V/v-dé nghi');
    // 'Viv' opening a line is V/v with its slash read as a letter (the model would make a word of it: Và), also
    // after a quote speck ('"Viv huéng dan').)
    const nfc = text.normalize('NFC').replace(/T?™/gu, 'TM').replace(/Ÿ/gu, 'Ý').replace(/ÿ/gu, 'ý').replace(/Ï/gu, 'I').replace(/ï/gu, 'i').replace(/(?<![\p{L}\d/])V\/v(?=\p{Ll})/gu, 'V/v ').replace(/(?<![\p{L}\d/])V\/v[-–](?=\p{L})/gu, 'V/v ')
      .replace(/(?<=^|\n)([ \t]*["“‘']?)V[il|1I]v(?=[ \t])/gu, '$1V/v').replace(ROMAN_TWO, 'II');
    profile ??= this.profileFor(nfc);
    // (In OCR'd text a dash joining a small word to the number after it is a space misread: 'giao ban thang-12'.)
    const spaced = profile === 'damaged' ? nfc.replace(WORD_DASH_NUMBER, (m, w: string) => (couldBeSyllable(w) ? `${w} ` : m)) : nfc;
    const tokens = stutters(tokenize(this.closingBracketL(spaced)));
    if (profile === 'damaged') joinSplitLetters(tokens);
    const out = tokens.map((t) => t.text);
    const slots: Slot[] = [];
    // Tokens split back into words (UYBANNHANDAN): their pieces, restored one by one.
    const pieces = new Map<number, string[]>();
    // A Party document (its motto, ĐẢNG CỘNG SẢN VIỆT NAM, however OCR read its Đ) writes Đảng far oftener than the legal
    // texts the sentence model learned from, where 'xây dựng bảng giá' outnumbers 'xây dựng Đảng': the word is cheaper
    // there ('xay dung bang' is xây dựng Đảng; English-model OCR reads its capital Đ as b).
    const party = profile === 'damaged' && this.isPartyDocument(context ?? nfc);
    const flush = () => {
      if (slots.length) this.decode(party ? slots.map(partyWords) : slots, tokens, out, pieces, this.opts.beam ?? BEAM[profile], pairs);
      slots.length = 0;
    };
    const names = this.nameRoles(tokens, profile);
    // A speck between two words of a name, their space lost ("Thi'Thu"), is that space.
    // (Not a Central Highlands name's apostrophe after one capital: H'Ly.)
    names.forEach((_, i) => { if (names.has(i + 2) && tokens[i + 1].kind === 'punct' && [...tokens[i].text].length >= 2) out[i + 1] = ' '; });
    const villages = this.places && profile !== 'clean' ? villageNames(tokens) : { units: new Map<number, string>(), names: new Set<number>() };
    const seasons = profile !== 'clean' ? seasonNames(tokens, (w) => this.seasonOf(w, profile)) : new Map<number, string>();
    const caseBreaks = capsLineBreaks(tokens);
    // (In text read with its marks, a place name the gazetteer knows as written is kept as written:
    // 'XÃ HỢP THANH' is no 'hợp thành' however much likelier the sentence model finds that.)
    const places = this.places
      ? placeRuns(tokens, this.places, profile === 'clean' ? null : (w) => this.placeCosts(w, profile))
      : new Map<number, string>();
    tokens.forEach((t, i) => {
      const season = seasons.get(i);
      if (season) {
        // A crop season and its vụ: fixed (a place's or a person's name of its letters is none, 'vụ Đông Xuân' is no
        // Đồng Xuân); the words around them still read them as context.
        out[i] = applyCase(t.text, season);
        slots.push({ token: -1, cands: [{ text: season, id: this.lm.id(season) ?? UNK, cost: 0 }] });
        return;
      }
      const place = places.get(i);
      if (place) {
        // A place name read from the gazetteer, fixed; the words around it still read it as context.
        out[i] = place;
        slots.push({ token: -1, cands: [{ text: place, id: this.lm.id(place.toLowerCase()) ?? UNK, cost: 0 }] });
        return;
      }
      const role = names.get(i);
      if (role) {
        // A person's name: its own decision, outside the sentence model.
        flush();
        const highland = highlandWord(tokens, i, role);
        if (highland) { out[i] = highland; return; }
        const cands = this.nameCandidates(t.text, role, profile);
        // A name word that can be no Vietnamese syllable and that no listed name is near is another
        // language's (Khmer 'Thạch Sô Phal'): kept as written, not forced into the likeliest list name.
        // (Letters only, a vowel among them: 'M§', 'Pttc' are Vietnamese names OCR damaged.)
        const far = /^\p{L}*[aeiouy]\p{L}*$/u.test(t.text) && !couldBeSyllable(t.text.toLowerCase()) &&
          cands.slice(0, -1).every((c) => c.cost > FOREIGN_NAME_COST || !this.names!.lists(role, c.text));
        if (far) { out[i] = t.text; return; }
        // (A given name after its middle names as read: Thị or Văn says whose name it is.)
        const middles: string[] = [];
        for (let j = i - 1; j >= 0 && (tokens[j].kind === 'space' ? !tokens[j].text.includes('\n') : names.get(j) === 'middle'); j--) {
          if (tokens[j].kind !== 'space') middles.push(out[j].toLowerCase());
        }
        const chosen = this.names!.choose(role, cands, role === 'given' ? middles : []);
        out[i] = applyCase(t.text[0] === t.text[0].toLowerCase() ? 'Aa' : t.text, chosen.text);
        return;
      }
      const unit = villages.units.get(i);
      if (unit) {
        // The unit word before a village's name is likelier that word ('Chi bộ ap Bình Thắng' is ấp, not áp); the
        // sentence still decides ('Ngày thanh ap Hội Liên hiệp' is thành lập).
        const cands = this.candidates(t.text, true, profile);
        slots.push({ token: i, cands: cands.map((c) => (c.text === unit ? { ...c, cost: c.cost - VILLAGE_UNIT_BONUS } : c)) });
        return;
      }
      if (villages.names.has(i)) {
        // A village's name: no unit of the gazetteer, but named as its communes are ('thôn Tan Thanh' is Tân
        // Thành, not the verb tán thành): read by the OCR channel and how often unit names hold each word; fixed,
        // the words around it still read it as context.
        const cands = this.candidates(t.text, true, profile);
        const prior = (c: Candidate) => this.places!.nameWordCost(c.text, c.id !== UNK ? 10 ** this.lm.unigram(c.id) : 1e-7);
        const chosen = cands.reduce((a, b) => (b.cost + prior(b) < a.cost + prior(a) ? b : a));
        out[i] = applyCase(t.text, chosen.text);
        slots.push({ token: -1, cands: [{ text: out[i], id: chosen.id, cost: 0 }] });
        return;
      }
      if (profile === 'damaged' && this.readDamage(tokens, i, out, pieces, slots)) return;
      // In text read with its marks, a name word the name lists hold as written, on a name line (Title-case
      // words only, a listed surname first), is the name's own spelling: 'Hoàng Duy Chinh' is no Chính.
      if (profile === 'clean' && this.keptName(tokens, i)) {
        slots.push({ token: -1, cands: [{ text: t.text, id: this.lm.id(t.text.toLowerCase()) ?? UNK, cost: 0 }] });
        return;
      }
      // Text read with its marks may still have lost a space ('đềxuất', 'QUẬNNINHKIỀU': caps that
      // are no acronym once marked); of the ways to divide it, the one whose words are commonest, or
      // in capitals, one that makes a place name ('XÃ TÀNUNG': Tà Nung, not Tàn Ung).
      const caps = t.kind === 'protected' && t.unit === t.text;
      // (Not a word of a line of Title-case words only, a name: 'Y Kim Êban'.)
      const split = profile === 'clean' && (t.kind === 'word' || caps) ? splitRunTogether(t.text) : null;
      const runTogether = split && !inNameLine(tokens, i) ? split : null;
      const score = (parts: string[]) => parts.reduce((sum, p) => sum + this.lm.unigram(this.lm.id(p.toLowerCase()) ?? UNK), 0) +
        (caps && this.places && namesPlace(parts, this.places) ? PLACE_SPLIT_BONUS : 0);
      const together = runTogether?.reduce((a, b) => (score(b) > score(a) ? b : a));
      // (Or read one vowel twice, its marks split between them: 'KHU VỤỰC' is vực, not vụ ực, where the model knows
      // the one syllable better than the words of any division: 'TRẺEM' is trẻ em.)
      const doubled = profile === 'clean' && (t.kind === 'word' || caps) ? doubledVowelReadings(t.text)?.filter((r) => this.lm.id(r.toLowerCase()) !== undefined) : null;
      const single = doubled?.length ? doubled.reduce((a, b) => (score([b]) > score([a]) ? b : a)) : null;
      if (single && (!together || this.runScore([single]) > this.runScore(together))) {
        slots.push({ token: i, observed: single, cands: this.candidates(single, false, profile) });
        return;
      }
      if (together) {
        pieces.set(i, [...together]);
        together.forEach((p, part) => slots.push({ token: i, part, cands: this.candidates(p, false, profile) }));
        return;
      }
      // A single letter before ')' or '.' is a list marker (a), b), đ.); in text that already reads
      // as Vietnamese a lone letter is a point label (điểm c khoản 1). Neither is restored.
      // (So are the last letters OCR split off a symbol, which joinSplitSymbols puts back: '57-NQ/T w',
    // '214/2025/ND- Cp'.)
      const marker = (t.kind === 'word' && [...t.text].length === 1 &&
        (/^[).]/.test(tokens[i + 1]?.text ?? '') || profile !== 'damaged' || this.initialAfterSurname(tokens, i))) ||
        (t.kind === 'word' && tokens[i - 1]?.text === ' ' && tokens[i - 2]?.kind === 'protected' && splitSymbolTail(tokens[i - 2].text, t.text)) ||
        (t.kind === 'word' && tokens[i - 2]?.text === '-' && splitSymbolTail(symbolBefore(tokens, i), t.text));
      if ((t.kind === 'word' || t.kind === 'damaged') && !marker) {
        const cands = this.candidates(t.text, t.kind === 'damaged', profile);
        const titled = profile === 'damaged' && midSentenceTitle(tokens, i) ? capitalizedWords(cands) : cands;
        slots.push({ token: i, cands: beforeYear(tokens, i) ? yearNam(t.text, titled) : titled });
      } else if (t.kind === 'protected' && t.unit === '<num>' && /\P{N}/u.test(t.text) && !NUMBERED.test(t.text)) {
        // A symbol or a date reads to the model as its training read it, unit by unit ('256-KH/TU' is
        // <num> KH tu, '05/12/2024' three numbers): as one number, what follows it had the context of
        // a bare number ('số <num> ngày' is rare in training, where a symbol's codes stand between).
        for (const u of lmUnits(t.text)) slots.push({ token: -1, cands: [{ text: u, id: this.lm.id(u) ?? UNK, cost: 0 }] });
      } else if (t.kind === 'protected' || marker) {
        slots.push({ token: -1, cands: [{ text: t.text, id: this.unitId(t), cost: 0 }] });
      } else if (t.boundary === 'comma') {
        // (A comma OCR printed twice, a speck beside the second, is one: 'các xa, \\, phuimg'.)
        const last = slots[slots.length - 1];
        if (!(last && last.token < 0 && last.cands[0].id === COMMA)) slots.push({ token: -1, cands: [{ text: ',', id: COMMA, cost: 0 }] });
      } else if ((t.boundary === 'sentence' || t.boundary === 'paragraph') && !(profile === 'damaged' && this.isSpeckStop(tokens, i))) {
        flush(); // context restarts after a sentence: decode what we have
      } else if (caseBreaks.has(i)) {
        flush();
      }
    });
    flush();
    for (const [i, p] of pieces) out[i] = p.join(' ');
    const style = this.opts.toneStyle ?? 'old';
    let restored = joinSplitSymbols(out.join('').normalize('NFC'));
    // Place names the model cannot know, respelled from the gazetteer; text that came with its
    // marks keeps the author's spelling.
    if (this.places && profile !== 'clean') restored = respellPlaceNames(restored, this.places);
    if (profile !== 'clean') restored = healthBodies(mottoNam(restored));
    return restored.replace(/\S+/g, (w) => (style === 'new' ? restyle(w) : w));
  }

  /**
   * Shapes of English-model OCR damage that the tokenizer, which does not know how damaged the
   * text is, leaves as markers, abbreviations or acronyms. When token i is one, its slots are
   * pushed and true is returned.
   */
  private readDamage(tokens: Token[], i: number, out: string[], pieces: Map<number, string[]>, slots: Slot[]): boolean {
    const t = tokens[i];
    // 'của B)' mid-line: a marked vowel read as a bracket (Bộ), not a list marker (those are
    // lowercase, at the start of a line). The bracket joins the observed word.
    const next = tokens[i + 1]?.text ?? '';
    if (t.kind === 'word' && [...t.text].length === 1 && /\p{Lu}/u.test(t.text) && next.startsWith(')') &&
        tokens[i - 1]?.kind === 'space' && !tokens[i - 1].text.includes('\n') && tokens[i - 2]?.kind === 'word') {
      const observed = `${t.text})`;
      out[i + 1] = next.slice(1);
      slots.push({ token: i, observed, cands: this.candidates(observed, true, 'damaged') });
      return true;
    }
    // 'số 5' read with its space lost ('bão s65'): the word, then the number.
    // ('S68:' opening a header line is the number line's 'Số:', read with a speck; and so is 'S68 21-HD/BTCTU',
    // a number after it.)
    const numberAfter = /^[ \t]+$/.test(tokens[i + 1]?.text ?? '') && /^\d/.test(tokens[i + 2]?.text ?? '');
    // (And a symbol after it, the tokenizer's: 'Thông tư $617/2023/TT-BGDĐT' is số 17/2023/TT-BGDĐT.)
    const so = t.kind !== 'protected' ? null : (!/^\s*:/.test(tokens[i + 1]?.text ?? '') && !numberAfter ? /^([sS])6(\d{1,3})$/u.exec(t.text) : null) ??
      /^([sS$])6(\d{1,4}[/-]\S+)$/u.exec(t.text);
    const numId = this.lm.id('<num>');
    if (so && numId !== undefined) {
      pieces.set(i, [so[1] === 'S' ? 'Số' : 'số', so[2]]);
      slots.push({ token: -1, cands: [{ text: 'số', id: this.lm.id('số') ?? 1, cost: 0 }] });
      slots.push({ token: -1, cands: [{ text: so[2], id: numId, cost: 0 }] });
      return true;
    }
    // 'Sở' read as S& with the space after it lost ('S&Y tế'): the word, then the capital's word.
    // (Y, or a word in Title case after it: S&T stays an abbreviation.)
    const glued = /^(S&)(Y|\p{Lu}\p{Ll}+)$/u.exec(t.text);
    if (glued && (t.kind === 'damaged' || t.kind === 'protected')) {
      pieces.set(i, [glued[1], glued[2]]);
      [glued[1], glued[2]].forEach((p, part) => slots.push({ token: i, part, cands: this.candidates(p, true, 'damaged') }));
      return true;
    }
    // A lone '&' between lowercase words is how English-model OCR reads 'ở' ('nhà & cho hộ': 132 of the
    // 150 lone '&' in the channel's pages), occasionally another word with that vowel. (Also with a speck glued
    // before it: 'nhà .& cho hộ nghèo'.)
    const lower = (k: number) => (tokens[k]?.kind === 'word' || tokens[k]?.kind === 'damaged') && /^\p{Ll}/u.test(tokens[k].text);
    const inLine = (k: number) => tokens[k]?.kind === 'space' && !tokens[k].text.includes('\n');
    const speck = () => tokens[i - 1]?.kind === 'punct' && /^[.,'`]$/u.test(tokens[i - 1].text) && inLine(i - 2) && lower(i - 3);
    if (t.kind === 'punct' && t.text === '&' && inLine(i + 1) && lower(i + 2) && (speck() || (inLine(i - 1) && lower(i - 2)))) {
      if (tokens[i - 1].kind === 'punct') out[i - 1] = '';
      slots.push({ token: i, observed: 'ở', cands: this.candidates('ở', true, 'damaged') });
      return true;
    }
    // A lone 6 between small words on its line may be a number or a word whose ô OCR read as 6 ('xe 6 t6' is xe ô tô,
    // 'xu ly 6 dich' xử lý ổ dịch): the sentence decides, a word costing more, as most such 6s are numbers ('6 thang dau').
    if (t.kind === 'protected' && t.text === '6' && inLine(i - 1) && inLine(i + 1) && lower(i - 2) && lower(i + 2)) {
      const words = this.candidates('6', true, 'damaged').slice(0, -1).filter((c) => c.cost <= LONE_SIX_MAX_COST)
        .map((c) => ({ ...c, cost: c.cost + LONE_SIX_WORD_COST }));
      slots.push({ token: i, cands: [...words, { text: '6', id: this.unitId(t), cost: 0 }] });
      return true;
    }
    // Two capitals OCR read for a capitalised word whose vowel it lost ('TS chic' Tổ chức): an acronym
    // to the tokenizer, but before a small-letter word on its line that some reading of it is
    // commonly followed by ('tổ' by 'chức' in a third of the model's cases), a damaged word.
    // (Not after a dash set apart: a symbol's last code, '45-CTr/TWDTN- PT ngày'. An opening quote glued
    // before it leaves it a word's start: '"TG chic các lớp'.)
    const quoted = tokens[i - 1]?.kind === 'punct' && /^["“‘(]$/u.test(tokens[i - 1].text) && (i === 1 || tokens[i - 2].kind === 'space');
    if (t.kind === 'protected' && /^\p{Lu}[\p{Lu}\d]$/u.test(t.text) && (i === 0 || tokens[i - 1].kind === 'space' || quoted) && tokens[i - 2]?.text !== '-' &&
      inLine(i + 1) && lower(i + 2) && this.collocates(t.text, tokens[i + 2].text)) {
      // (Read in Title case: the capitals were a word's first letter and its damaged vowel.)
      slots.push({ token: i, observed: `${t.text[0]}${t.text.slice(1).toLowerCase()}`, cands: this.candidates(t.text, true, 'damaged') });
      return true;
    }
    // Case mixed inside a word ('tAim', 'DPoc') is damage, unless the model knows the word as an
    // abbreviation (TTg), or it is a symbol's last code set apart after its dash ('214/2025/ND- cP'),
    // which joinSplitSymbols puts back.
    if (t.kind === 'protected' && /^\p{L}+$/u.test(t.text) && t.text !== t.text.toUpperCase() && this.lm.id(t.text) === undefined) {
      if (splitSymbolTail(symbolBefore(tokens, i), t.text)) {
        slots.push({ token: -1, cands: [{ text: t.text, id: this.unitId(t), cost: 0 }] });
        return true;
      }
      slots.push({ token: i, cands: this.candidates(t.text, true, 'damaged') });
      return true;
    }
    // Words run together in a letter-spaced header (UYBANNHANDAN): restored piece by piece.
    // Caps words the model does not know as acronyms may be as short as two syllables (UYNGHE).
    // (Not a small-letter word: in the samples and seeds every long one that is no syllable was one
    // syllable with letters for its vowels, 'thirong' thưởng, 'trudong' trường, never two run together.)
    const caps = t.text === t.text.toUpperCase() && this.lm.id(t.text) === undefined;
    const merged = (t.kind === 'word' || t.kind === 'protected') && /\p{Lu}/u.test(t.text) ? splitMerged(t.text, caps ? 5 : undefined) : null;
    if (merged) {
      pieces.set(i, merged);
      merged.forEach((p, part) => slots.push({ token: i, part, cands: this.candidates(p, twoLetterD(p), 'damaged') }));
      return true;
    }
    return false;
  }

  /** Whether some reading of `word` is followed by some cheap reading of `next` in a third of the model's cases or more. */
  private collocates(word: string, next: string): boolean {
    const seconds = this.candidates(next, true, 'damaged').filter((c) => c.cost <= 2 && c.id !== UNK);
    return this.candidates(word, true, 'damaged').some((a) => a.id !== UNK && isSyllable(a.text) &&
      seconds.some((b) => this.lm.bigram(a.id, b.id) >= COLLOCATION));
  }

  /**
   * A full stop between two lowercase words on one line ('dé. nghi'): in OCR damage, a speck, not the
   * end of a sentence (a Vietnamese sentence starts with a capital), so the context runs on.
   */
  private isSpeckStop(tokens: Token[], i: number): boolean {
    // (A quote speck may sit before the next word: 'xuat. ‘huyet'.)
    const quoted = tokens[i + 2]?.kind === 'punct' && /^[‘'"“`]$/u.test(tokens[i + 2].text);
    const prev = tokens[i - 1], space = tokens[i + 1], next = tokens[quoted ? i + 3 : i + 2];
    if (tokens[i].text !== '.' || !prev) return false;
    // (Or one after a comma, the comma's own speck: 'các xa, . phuong'.)
    const afterComma = prev.kind === 'space' && prev.text === ' ' && tokens[i - 2]?.kind === 'punct' && tokens[i - 2].text === ',';
    if (prev.kind !== 'word' && prev.kind !== 'damaged' && !afterComma) return false;
    // (Or one glued between two small words: 'vốn đầu tu.cong những'; not an initial's, 'v.v'.)
    if ((space?.kind === 'word' || space?.kind === 'damaged') && /\p{Ll}{2}$/u.test(prev.text) && /^\p{Ll}{2}/u.test(space.text)) return true;
    return space?.kind === 'space' && !space.text.includes('\n') && !!next && /^\p{Ll}/u.test(next.text);
  }

  /**
   * A capital letter alone after a Title-case surname is a name's initial or a one-letter given name
   * ('Phó Chủ tịch Phạm S', 'ông Nguyễn Văn A'), not a word OCR lost the rest of.
   */
  private initialAfterSurname(tokens: Token[], i: number): boolean {
    const space = tokens[i - 1], prev = tokens[i - 2];
    return !!this.names && /^\p{Lu}$/u.test(tokens[i].text) && space?.kind === 'space' && space.text === ' ' &&
      prev?.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && this.names.isSurnameSkeleton(skeleton(prev.text.toLowerCase()));
  }

  /** Whether token i is a word the name lists hold as written, on a name line opened by a listed surname. */
  private keptName(tokens: Token[], i: number): boolean {
    const t = tokens[i], names = this.names;
    // (The cheap tests first: this runs for every word of text read with its marks.)
    if (!names || t.kind !== 'word' || !/^\p{Lu}\p{Ll}*$/u.test(t.text) || !inNameLine(tokens, i)) return false;
    let first = i;
    for (let k = i - 1; k >= 0 && !(tokens[k].kind === 'space' && tokens[k].text.includes('\n')); k--) if (tokens[k].kind === 'word') first = k;
    // (The surname itself too, when listed as written and no other surname has its letters: 'Lang Văn Chung', a Thái
    // name, is no Làng; a Ma may be a Mã whose mark OCR lost, and is left to the sentence model.)
    if (!names.isSurname(tokens[first].text)) return false;
    return first === i ? names.listedAlone('surname', t.text) : names.lists('given', t.text) || names.lists('middle', t.text);
  }

  /** A word's reading as a crop season, the cheapest the OCR channel allows, or null. */
  private seasonOf(word: string, profile: Profile): string | null {
    const seasons = this.candidates(word, true, profile).filter((c) => SEASONS.has(c.text) && c.cost <= SEASON_MAX_COST);
    return seasons.length ? seasons.reduce((a, b) => (b.cost < a.cost ? b : a)).text : null;
  }

  /** Words of name lines (signatures) and their role; none in text that came with its marks. */
  private nameRoles(tokens: Token[], profile: Profile): Map<number, NameRole> {
    const roles = new Map<number, NameRole>();
    if (!this.names || profile === 'clean') return roles;
    const names = this.names;
    // The first word reads as a surname by its letters, or the OCR channel's likeliest reading is one
    // ('Muc Tieu Chung', a heading, is not a name: its likeliest 'mục' is no surname).
    const canBeSurname = (w: string, at: number) => {
      if (names.isSurnameSkeleton(skeleton(w.toLowerCase())) || opensClan(w)) return true;
      // A small b or p opening a name line is Đ as English-model OCR reads it ('bo Minh Tuan': Đỗ).
      const asD = asMisreadD(w);
      if (asD && names.isSurnameSkeleton(skeleton(asD))) return true;
      const cands = this.candidates(w, true, profile);
      const cheapest = cands.reduce((a, b) => (b.cost < a.cost ? b : a), cands[cands.length - 1]);
      const surnameWithin = (margin: number) => cands.some((c) => c.cost <= cheapest.cost + margin && names.isSurname(c.text));
      // (A word with a digit or glyph OCR made of its vowel leaves the mark open: 'H6' is hổ, hố or Hồ,
      // nearly as cheap.)
      if (/[^\p{L}]/u.test(w)) return surnameWithin(DAMAGED_SURNAME_MARGIN);
      // (So does a line where a signer's name stands, under a title, its place saying more: 'Hb Sy Quyét' is Hồ
      // Sỹ Quyết, not hổ.)
      if (underSignature(tokens, at)) return surnameWithin(SIGNATURE_SURNAME_MARGIN);
      return names.isSurname(cheapest.text);
    };
    for (const line of nameLines(tokens, canBeSurname)) {
      line.forEach((t, k) => roles.set(t, k === 0 ? 'surname' : k === line.length - 1 ? 'given' : 'middle'));
    }
    // (And the surname before an initial, in running text: 'Pham S' is Phạm, not phẩm.)
    tokens.forEach((_, i) => { if (!roles.has(i - 2) && this.initialAfterSurname(tokens, i)) roles.set(i - 2, 'surname'); });
    return roles;
  }

  /**
   * What reading an OCR'd word as a place-name syllable costs: its candidates' costs, or for
   * syllables the candidates lack (Đắk, which the sentence model may not even know) the OCR
   * channel's price when the letters are within two edits.
   */
  private placeCosts(word: string, profile: Profile): (syllable: string) => number {
    const known = new Map(this.candidates(word, true, profile).map((c) => [c.text.toLowerCase(), c.cost]));
    const obs = word.toLowerCase(), obsKey = skeleton(obs);
    // (The word as written, when it is no syllable the sentence model knows ('Mil' of Đắk Mil), is
    // among the candidates only at the price of an unknown word: the channel prices it as a name.)
    const asSeen = known.get(obs);
    if (asSeen !== undefined) known.set(obs, Math.min(asSeen, this.channelPrice(obs, obs, profile)));
    return (syllable) => {
      const c = known.get(syllable);
      if (c !== undefined) return c;
      if (Math.abs(skeleton(syllable).length - obsKey.length) > 2 || editDistance(skeleton(syllable), obsKey) > 2) return Infinity;
      const cost = this.channelPrice(obs, syllable, profile);
      known.set(syllable, cost);
      return cost;
    };
  }

  /** The learned OCR channel's price of reading `truth` as `obs`, weighted for the profile (Infinity without it). */
  private channelPrice(obs: string, truth: string, profile: Profile): number {
    const weight = PROFILES[profile].learned;
    return this.channel && weight ? weight * this.channel.cost(obs, truth) : Infinity;
  }

  /**
   * A name word's readings: the sentence model's candidates, and every syllable the name lists hold
   * for its role priced by the OCR channel ('bo' → Đỗ, which no common word near 'bo' suggests).
   */
  private nameCandidates(word: string, role: NameRole, profile: Profile): Candidate[] {
    const cands = this.candidates(word, true, profile);
    if (!this.channel || !PROFILES[profile].learned) return cands;
    const obs = word.toLowerCase();
    // A name word starting with a small b or p, where a capital belongs, is most likely Đ misread
    // ('Vu buc Thanh'): priced also as if OCR had read a d there. So is a capital P before any letter
    // but h, which opens no Vietnamese syllable ('Hoang Minh Ptrc': Đức).
    const asD = asMisreadD(word) ?? (/^P[^\P{Ll}h]/u.test(word) ? `d${word.slice(1).toLowerCase()}` : null);
    // (As a d read for the Đ only: a syllable opening with d is read from the b as it was printed, 'biép' no Diệp.)
    const price = (syllable: string) => Math.min(this.channelPrice(obs, syllable, profile),
      asD && syllable.startsWith('đ') ? this.channelPrice(asD, syllable, profile) + MISREAD_D_COST : Infinity);
    const seen = new Set(cands.map((c) => c.text));
    const extra: Candidate[] = [];
    for (const syllable of this.names!.syllables(role)) {
      if (seen.has(syllable)) continue;
      // Names the sentence model never saw (Thào, Nhựt) are offered too: a name is decided by the
      // name lists, not by that model (-1: no id).
      extra.push({ text: syllable, id: this.lm.id(syllable) ?? -1, cost: price(syllable) });
    }
    // A listed name among the sentence model's candidates is priced as the listed names it did not offer
    // are, by the channel: kept at the generator's price, the name as read lost to a common word ('Giàng
    // Seo Chứ': seo, no word of running text, cost 6 there and 0.02 by the channel, and became sổ).
    // (Copies: the candidate lists are cached and shared with running text.)
    const own = cands.map((c) => ((asD && c.text.startsWith('đ')) || this.names!.lists(role, c.text) ? { ...c, cost: Math.min(c.cost, price(c.text)) } : c));
    // The observed word stays last (the decoders' convention for 'keep as written').
    return [...own.slice(0, -1), ...extra, own[own.length - 1]];
  }

  private candidates(word: string, damaged: boolean, profile: Profile): Candidate[] {
    // Capitalized words are often names: their letters are changed only on stronger evidence.
    const capital = /^\p{Lu}/u.test(word);
    const key = `${profile}${damaged ? '!' : ':'}${capital ? 'C' : 'c'}${word.toLowerCase()}`;
    let c = this.cache.get(key);
    if (!c) {
      const base = PROFILES[profile];
      // In text read with its marks, a capitalized word's marks are the name's own ('Ka Sô Liễng').
      const marked = profile === 'clean' ? NAME_EDIT_FACTOR : 1;
      const costs = capital
        ? { ...base, edit: base.edit * NAME_EDIT_FACTOR, pattern: base.pattern * NAME_EDIT_FACTOR, markedChange: base.markedChange * marked }
        : base;
      c = this.gen.generate(word, damaged, costs);
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(key, c);
    }
    return c;
  }

  private unitId(t: Token): number {
    return this.lm.id(t.unit ?? '') ?? UNK;
  }

  /**
   * Beam search over one sentence; writes the chosen words into `out`. Hypotheses live in flat
   * typed arrays (no object per hypothesis, no Map): this loop runs ~100 times per syllable.
   * A hypothesis's state is its last two words (u, v); expanding it with candidate k gives state
   * (v, k), so hypotheses sharing v compete for the same K states of a small table.
   */
  /**
   * OCR reads a word's final l as ']' ('Đắk Mi]'): read back where no '[' opens a bracket on the line
   * and the word with an l is a word of a place name (no Vietnamese syllable ends in l).
   */
  private closingBracketL(text: string): string {
    const places = this.places;
    if (!places || !text.includes(']')) return text;
    return text.split('\n').map((line) => (line.includes('[') ? line
      : line.replace(/(\p{L}+)\]+(?![\p{L}\d])/gu, (all, w: string) => (places.isNameWord(`${w}l`) ? `${w}l` : all)))).join('\n');
  }

  /**
   * Whether a text bears the Party motto. (The extractor restores many spans of one document with that document as
   * context: its answer is kept for the last text asked about, not sought again in the whole text per span.)
   */
  private isPartyDocument(text: string): boolean {
    if (text !== this.partyText) { this.partyText = text; this.party = PARTY_MOTTO.test(skeleton(text).toUpperCase()); }
    return this.party;
  }
  private partyText: string | null = null;
  private party = false;

  /** Consecutive word pairs of a text, as language-model ids (v · PAIR_KEY + w). */
  private wordPairs(text: string): Set<number> {
    const pairs = new Set<number>();
    for (const chunk of text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M} ]+/u)) {
      const ids = chunk.split(' ').filter(Boolean).map((w) => this.lm.id(w) ?? UNK);
      for (let k = 1; k < ids.length; k++) if (ids[k - 1] !== UNK && ids[k] !== UNK) pairs.add(ids[k - 1] * PAIR_KEY + ids[k]);
    }
    return pairs;
  }

  private decode(slots: Slot[], tokens: Token[], out: string[], pieces: Map<number, string[]>, B: number, pairs: Set<number> | null = null): void {
    const n = slots.length;
    const lm = this.lm;
    const hu = new Int32Array((n + 1) * B), hv = new Int32Array((n + 1) * B);
    const hs = new Float64Array((n + 1) * B), back = new Int32Array((n + 1) * B), cand = new Int32Array((n + 1) * B);
    const count = new Int32Array(n + 1);
    hu[0] = BOS; hv[0] = BOS; hs[0] = 0; back[0] = -1; count[0] = 1;
    let maxK = 1;
    for (const s of slots) if (s.cands.length > maxK) maxK = s.cands.length;
    // State table for one column: [group of v][candidate] → best score and the hypothesis it came from.
    const ss = new Float64Array(B * maxK), sh = new Int32Array(B * maxK);
    // Back-off score of (v, candidate), shared by the hypotheses that end in v; NaN until needed.
    const bo = new Float64Array(B * maxK);
    const group = new Int32Array(B), groupV = new Int32Array(B);
    // Top-B of the column, kept sorted by insertion.
    const topS = new Float64Array(B), topI = new Int32Array(B);
    // An unknown code after a word read as itself, unknown too, is scored as if it had no context: the
    // model saw unknowns (names, codes) run together often, so its odds for them would keep a damaged
    // word unread before an unknown code ('ctia SG'Y tế' stayed, though 'của' fits).
    const unkAfterUnk = lm.contextFree(UNK);
    const fixed = (col: number) => col >= 0 && slots[col].token < 0;
    for (let col = 0; col < n; col++) {
      const cands = slots[col].cands;
      // (A word in a word's case only: a code's piece read apart, 'CTr' of '45-CTr/ TWDTN', is no damaged word.)
      const prev = col > 0 ? slots[col - 1] : null;
      const codeAfterWord = fixed(col) && !!prev && prev.token >= 0 && prev.part === undefined && /^\p{Lu}?\p{Ll}+$/u.test(tokens[prev.token].text);
      const K = cands.length;
      const base = col * B, nh = count[col];
      let groups = 0;
      for (let h = 0; h < nh; h++) {
        const v = hv[base + h];
        let g = 0;
        while (g < groups && groupV[g] !== v) g++;
        if (g === groups) groupV[groups++] = v;
        group[h] = g;
      }
      ss.fill(-Infinity, 0, groups * K);
      bo.fill(NaN, 0, groups * K);
      for (let h = 0; h < nh; h++) {
        const u = hu[base + h], v = hv[base + h], sc = hs[base + h], row = group[h] * K;
        const weight = lm.historyBackoff(u, v);
        for (let k = 0; k < K; k++) {
          const c = cands[k];
          let p = codeAfterWord && v === UNK && c.id === UNK ? unkAfterUnk : lm.trigram(u, v, c.id);
          if (p !== p) {
            p = bo[row + k];
            if (p !== p) p = bo[row + k] = lm.backedOff(v, c.id);
            p += weight;
          }
          if (pairs !== null && pairs.has(v * PAIR_KEY + c.id)) p += CONTEXT_PAIR_BONUS;
          const score = sc + p - c.cost;
          if (score > ss[row + k]) { ss[row + k] = score; sh[row + k] = h; }
        }
      }
      let keep = 0;
      for (let i = 0, m = groups * K; i < m; i++) {
        const score = ss[i];
        if (score === -Infinity || (keep === B && score <= topS[B - 1])) continue;
        let j = keep < B ? keep++ : B - 1;
        while (j > 0 && topS[j - 1] < score) { topS[j] = topS[j - 1]; topI[j] = topI[j - 1]; j--; }
        topS[j] = score; topI[j] = i;
      }
      const nb = (col + 1) * B;
      for (let i = 0; i < keep; i++) {
        const st = topI[i], k = st % K, h = sh[st];
        hu[nb + i] = hv[base + h]; hv[nb + i] = cands[k].id; hs[nb + i] = topS[i]; back[nb + i] = h; cand[nb + i] = k;
      }
      count[col + 1] = keep;
    }
    // Close the sentence: the end boundary scores the last two words too.
    let best = 0, bestScore = -Infinity;
    for (let h = 0; h < count[n]; h++) {
      const sc = hs[n * B + h] + lm.score(hu[n * B + h], hv[n * B + h], BOS);
      if (sc > bestScore) { bestScore = sc; best = h; }
    }
    for (let col = n, h = best; col >= 1; col--) {
      const slot = slots[col - 1];
      const at = col * B + h;
      if (slot.token >= 0) {
        const chosen = slot.cands[cand[at]];
        const split = slot.part !== undefined ? pieces.get(slot.token)! : null;
        const original = split ? split[slot.part!] : slot.observed ?? tokens[slot.token].text;
        // The observed word chosen as itself keeps its exact spelling.
        let word = chosen === slot.cands[slot.cands.length - 1] ? original : applyCase(original, chosen.text);
        // English-model OCR reads a capital Đ as a small b ('biéu 1' is Điều 1, 'boan Thanh nién' Đoàn):
        // of 90 such words in the samples, every one whose case the truth settles was a capital.
        if (word.startsWith('đ') && /^b\p{Ll}/u.test(original)) word = `Đ${word.slice(1)}`;
        if (split) split[slot.part!] = word; else out[slot.token] = word;
      }
      h = back[at];
    }
  }
}

/**
 * A lone small consonant before a word it begins, or after one it ends ('Quy d dinh muc', 'viéc c
 * thanh lap': OCR read the letter twice) is a speck, kept as written: the sentence model would make a
 * word of it (định định, việc được thành lập). Other lone consonants are mostly words whose vowels
 * OCR lost ('Pang b phuong', 'chuyén dbi s'), and are read as such.
 */
function stutters(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.kind !== 'word' || t.text.length !== 1 || !LONE_CONSONANTS.includes(t.text)) return t;
    const next = tokens[i + 2], prev = tokens[i - 2];
    const word = (w: Token | undefined) => !!w && (w.kind === 'word' || w.kind === 'damaged') && w.text.length >= 2;
    const before = word(next) && tokens[i + 1].text === ' ' && next.text[0].toLowerCase() === t.text;
    const after = word(prev) && tokens[i - 1].text === ' ' && prev.text[prev.text.length - 1].toLowerCase() === t.text;
    return before || after ? { kind: 'punct', text: t.text } : t;
  });
}

/**
 * A lone consonant letter OCR set apart from the rest of its word inside its initial consonant pair
 * ('T8 chic N gay hoi': Ngày; 'N ghi quyét') is joined to it when the two make a possible syllable.
 * Others stay apart: a speck ('viéc c thanh'), or a word whose vowels OCR lost ('Pang b phuong',
 * 'dép g yéu cu': đáp ứng yêu cầu).
 */
function joinSplitLetters(tokens: Token[]): void {
  for (let i = tokens.length - 3; i >= 0; i--) {
    const t = tokens[i], space = tokens[i + 1], next = tokens[i + 2];
    if (t.kind !== 'word' || t.text.length !== 1 || !LONE_CONSONANTS.includes(t.text.toLowerCase()) || space.text !== ' ' ||
      (next.kind !== 'word' && next.kind !== 'damaged') || !/^\p{Ll}/u.test(next.text)) continue;
    const joined = `${t.text}${next.text}`.toLowerCase();
    if (!/^(?:ng|nh|th|ch|ph|kh|gh|gi|qu|tr)/u.test(joined) || !couldBeSyllable(joined)) continue;
    tokens.splice(i, 3, { kind: next.kind, text: `${t.text}${next.text}` });
  }
}

// Clan names of the Central Highlands peoples (Ê Đê, Jrai, M'Nông) that close a name after Y or H'.
const CLANS = ['Niê', 'Mlô', 'Êban', 'Byă', 'Hđơk', 'Adrơng', 'Ayŭn', 'Ênuôl', 'Êya', 'Kbuôr', 'Knul', 'Ksơr', 'Ksor', 'Mjâo', 'Kpă', 'Rcom', 'Siu', 'Nay'];
const CLAN_BY_LETTERS = new Map(CLANS.map((c) => [skeleton(c.toLowerCase()), c]));
// Jrai and Bahnar clans that open a name, some of two words ('Rah Lan Chung', 'Rơ Châm Hiếu'): a Kinh
// given name follows them, but their own words are no Kinh name's (Lan read Lần, Châm read Cẩm).
const clanKey = (w: string) => skeleton(w.toLowerCase());
const OPENING_CLANS = ['Rah Lan', 'Rơ Lan', 'Rơ Châm', 'Rơ Mah', 'Rơ Ô', 'Ksor', 'Siu', 'Kpă', 'Rcom', 'Puih', 'Nay']
  .map((c) => ({ words: c.split(' '), keys: c.split(' ').map(clanKey) }));
/** Whether a word spells the first word of an opening clan by its letters. */
const opensClan = (w: string) => OPENING_CLANS.some((c) => c.keys[0] === clanKey(w));
/** The opening clan a line's first words spell by their letters ('Rah Lan', read 'Rah Lan'), or null. */
function openingClan(first: string, second: string | undefined): string[] | null {
  const [k1, k2] = [clanKey(first), clanKey(second ?? '')];
  return OPENING_CLANS.find((c) => c.keys[0] === k1 && (c.keys.length === 1 || c.keys[1] === k2))?.words ?? null;
}
/**
 * A word of a Central Highlands name (the line opens with Y, or H' or K', as Ê Đê and K'Ho names do): a clan name
 * by its letters takes its spelling ('Y Bhin Nié' → Niê), a word that can be no Vietnamese syllable
 * is kept as written ('Bhin'); the Kinh name lists would make Kinh names of them (Y Hán Nhi). Null
 * for other words and other lines.
 */
function highlandWord(tokens: Token[], i: number, role: NameRole): string | null {
  // (The name's opening capital before its apostrophe, H' or K', is kept as written.)
  const prefix = (j: number) => /^\p{Lu}$/u.test(tokens[j]?.text ?? '') && /^['’]/u.test(tokens[j + 1]?.text ?? '');
  let k = i - 1;
  while (k >= 0 && !tokens[k].text.includes('\n')) k--;
  const nameWord = (t: Token) => t.kind === 'word' || t.kind === 'protected' || t.kind === 'damaged';
  // A name opened by a Jrai or Bahnar clan: the clan's words in its spelling.
  // (The line's first three words, read from its start: not the whole text for every name word.)
  const words: number[] = [];
  for (let j = k + 1; j < tokens.length && words.length < 3 && !tokens[j].text.includes('\n'); j++) if (nameWord(tokens[j])) words.push(j);
  const opening = words.length >= 2 ? openingClan(tokens[words[0]].text, tokens[words[1]]?.text) : null;
  const inClan = opening ? words.indexOf(i) : -1;
  if (opening && inClan >= 0 && inClan < opening.length && words.length > opening.length) return opening[inClan];
  // (Wherever it stands: after a clan, 'Rơ Châm H'Ly'.)
  if (prefix(i)) return tokens[i].text;
  if (role === 'surname') return null;
  // (The line's first word, when it stands before this one.)
  const at = words.length && words[0] < i ? words[0] : -1;
  const first = tokens[at];
  if (at < 0 || !(first.text === 'Y' || prefix(at))) return null;
  const w = tokens[i].text;
  const clan = CLAN_BY_LETTERS.get(skeleton(w.toLowerCase()));
  if (clan && role === 'given') return clan;
  return couldBeSyllable(w.toLowerCase()) ? null : w;
}

/** The symbol ending in a dash right before token i and one space ('214/2025/ND-' of 'ND- cP'), or ''. */
function symbolBefore(tokens: Token[], i: number): string {
  if (tokens[i - 1]?.text !== ' ' || tokens[i - 2]?.text !== '-') return '';
  let k = i - 2;
  while (k > 0 && tokens[k - 1].kind !== 'space') k--;
  return tokens.slice(k, i - 1).map((t) => t.text).join('');
}

/**
 * Whether token i stands on a line of two or more words, all in Title case (a person's name). Specks
 * of a scan at the line's ends do not count ('. Lò Văn Chinh').
 */
function inNameLine(tokens: Token[], i: number): boolean {
  const title = /^\p{Lu}\p{Ll}*$/u;
  let words = 0;
  for (const step of [-1, 1]) {
    let specks = false;
    for (let k = step < 0 ? i : i + 1; k >= 0 && k < tokens.length; k += step) {
      const t = tokens[k];
      if (t.kind === 'space') { if (t.text.includes('\n')) break; continue; }
      // (A Central Highlands name's apostrophe after one capital, 'H'Lan', is the name's, no speck.)
      if (t.kind === 'punct' && /^['’]$/u.test(t.text) && /^\p{Lu}$/u.test(tokens[k - 1]?.text ?? '') && tokens[k + 1]?.kind === 'word') continue;
      if (t.kind === 'punct' && LINE_END_SPECK.test(t.text)) { specks = true; continue; }
      if (specks || t.kind !== 'word' || !title.test(t.text)) return false;
      words++;
    }
  }
  return words >= 2;
}
const PARTY_MOTTO = /(?<![A-Z])[DPB]ANG\s+CONG\s+SAN\s+VIET\W{0,3}\s*NAM(?![A-Z])/u;
/** How much cheaper (log10) Đảng is to read in a Party document. */
const PARTY_WORD_BONUS = 2;
/** A slot with Đảng among its readings made that much cheaper (the candidate lists are shared: a copy). */
function partyWords(slot: Slot): Slot {
  if (slot.token < 0 || !slot.cands.some((c) => c.text === 'đảng')) return slot;
  return { ...slot, cands: slot.cands.map((c) => (c.text === 'đảng' ? { ...c, cost: c.cost - PARTY_WORD_BONUS } : c)) };
}
/** The dearest reading of a lone 6 as a word (ở 0.31, ô 0.11 by the channel; có, tổ and số cost over 1.7). */
const LONE_SIX_MAX_COST = 0.5;
/** What a lone 6 costs more to read as a word than as the number (log10): most are numbers, 'thiểu số 6 tháng đầu năm'. */
const LONE_SIX_WORD_COST = 2.5;
const WORD_DASH_NUMBER = /(?<![\p{L}\d/.-])(\p{Ll}{2,7})-(?=\d{1,4}(?![\p{L}\d/-]))/gu;
const LINE_END_SPECK = /^[.,'`‘’"“”|¦~*•·]+$/u;

/**
 * Line breaks before a line in capitals after one in small letters (a type title under the date
 * line): the title does not go on with that line, so the context restarts there ('… năm 2025' /
 * 'BAO CAO' read 'bao' as in 'năm 2025 bao gồm'). (Not after it: the subject under a title reads
 * better with the title before it, 'KẾ HOẠCH' / 'T6 chic' → Tổ chức.)
 */
function capsLineBreaks(tokens: Token[]): Set<number> {
  const breaks = new Set<number>();
  const kind: Array<'caps' | 'small' | null> = [];
  const at: number[] = []; // the newline token after each line
  let letters = '';
  const close = (i: number) => {
    const l = letters.replace(/[^\p{L}]/gu, '');
    kind.push(l.length < 3 ? null : /\p{Ll}/u.test(l) ? 'small' : 'caps');
    at.push(i);
    letters = '';
  };
  tokens.forEach((t, i) => {
    if (t.kind === 'space' && t.text.includes('\n')) close(i);
    else letters += t.text;
  });
  close(tokens.length);
  for (let k = 0; k + 1 < kind.length; k++) {
    if (kind[k] === 'small' && kind[k + 1] === 'caps') breaks.add(at[k]);
  }
  return breaks;
}

/** Whether token i, in small letters, stands right before a year ('nam 2026'; a speck may stand between: 'nam. 2025'). */
function beforeYear(tokens: Token[], i: number): boolean {
  const k = /^[.,]$/.test(tokens[i + 1]?.text ?? '') ? i + 1 : i;
  return /^\p{Ll}+$/u.test(tokens[i].text) && tokens[k + 1]?.kind === 'space' && !tokens[k + 1].text.includes('\n') &&
    tokens[k + 2]?.kind === 'protected' && /^(?:19|20)\d{2}$/.test(tokens[k + 2].text);
}

/**
 * A word with the letters of năm before a year is năm ('trung học phổ thông nam 2026'): the model
 * knows 'phổ thông nam' from other texts, and OCR's nam costs nothing to keep. (In capitals it may
 * be the country's: 'VIỆT NAM 2025'; only small letters are read so.)
 */
function yearNam(word: string, cands: Candidate[]): Candidate[] {
  // (Its letters as the date patterns take them: n, up to two letters OCR made of ă, m.)
  // (The observed word stays last, the decoder's 'as written', out of reach.)
  const nam = cands.filter((c) => c.text === 'năm');
  return nam.length && /^n\S{0,2}m$/u.test(skeleton(word)) ? [...nam, { ...cands[cands.length - 1], cost: Infinity }] : cands;
}

/**
 * Sở Y tế and Bộ Y tế with the space before their Y lost ('SOY tế các tỉnh', 'BOY TE'): no word is
 * spelled SOY or BOY, and before tế they are those bodies, in the letter case of the tế.
 */
export function healthBodies(text: string): string {
  // (Its tế may be left as OCR printed it, the restorer not reading a word after SOY: 'SOY TE TỈNH NGHỆ AN'.)
  return text.replace(/(?<![\p{L}\d])([SB])[OƠÔ0]Y\s+([Tt][eéếêEÉẾÊ])(?![\p{L}\d])/gu, (_, head: string, te: string) => {
    const body = head === 'S' ? 'Sở' : 'Bộ';
    return te === te.toUpperCase() ? `${body.toUpperCase()} Y TẾ` : `${body} Y tế`;
  })
    // (And with both spaces lost, in a caps header: 'SOYTE TỈNH HÀ TĨNH'; or all of them, the province's name
    // run on, which the header's reader spells: 'SOYTENGHEAN'.)
    // (Read with their marks, as a scan's OCR reads: 'SỞYTẾHÀIĨNH'.)
    .replace(/(?<![\p{L}\d])([SB])[OƠÔ0ỞỘ]YT[EÉẾÊ](\p{Lu}{4,})?(?![\p{L}\d])/gu, (_, head: string, rest?: string) =>
      `${head === 'S' ? 'SỞ Y TẾ' : 'BỘ Y TẾ'}${rest ? ` ${rest}` : ''}`)
    // (And Y tế alone with its space lost, in a caps header: 'TRƯỜNG CAO ĐẲNG YTE'; no word is spelled so.)
    .replace(/(?<![\p{L}\d])YT[EÉẾÊ](?![\p{L}\d])/gu, 'Y TẾ')
    // (And with its Y read as a small one the restorer took for the mark of Sở: 'Soy té' read Sở tế, no phrase of
    // the language; 'SoY' / 'té' across a line's end.)
    .replace(/(?<![\p{L}\d])(Sở|Bộ|SỞ|BỘ)( |\n)(tế|TẾ)(?![\p{L}\d])/gu, '$1 Y$2$3');
}

/**
 * The NAM of VIỆT NAM that a header wrapped onto the next line ('… CHỦ NGHĨA VIỆT' / 'HUYỆN NÚI
 * THÀNH NAM'), read there without its context as the commoner NĂM: a caps NĂM with no number after
 * it, on the first line with words after one ending in VIỆT, or right after VIỆT.
 */
export function mottoNam(text: string): string {
  let afterViet = false;
  return text.split('\n').map((line) => {
    const words = line.match(/\p{L}+/gu);
    if (!words) return line;
    let prev = '';
    const out = line.replace(/\p{L}+/gu, (w, at: number) => {
      const motto = w === 'NĂM' && (afterViet || prev === 'VIỆT') && !/^[\s|:.~]*\d/u.test(line.slice(at + w.length, at + w.length + 8));
      prev = w;
      return motto ? 'NAM' : w;
    });
    afterViet = words[words.length - 1] === 'VIỆT';
    return out;
  }).join('\n');
}

// Words the language writes with a capital wherever they stand ('dịp Tết Nguyên đán', 'xây dựng Đảng'): a Title-case word
// amid small ones is likelier one of them than the commoner word of its letters the sentence model prefers (tốt, bảng).
const CAPITALIZED = new Set(['tết', 'đảng']);
/** What such a reading of a Title-case word mid-sentence gains (log10 units). */
const CAPITALIZED_BONUS = 2;
/** Whether token i is a Title-case word after a small word on its line: no sentence or line starts there. */
function midSentenceTitle(tokens: Token[], i: number): boolean {
  return /^\p{Lu}\p{Ll}/u.test(tokens[i].text) && tokens[i - 1]?.text === ' ' && (tokens[i - 2]?.kind === 'word' || tokens[i - 2]?.kind === 'damaged') &&
    /^\p{Ll}/u.test(tokens[i - 2].text);
}
/** Candidates with the capitalized words' readings made cheaper (copies: the lists are cached and shared). */
function capitalizedWords(cands: Candidate[]): Candidate[] {
  return cands.some((c) => CAPITALIZED.has(c.text)) ? cands.map((c) => (CAPITALIZED.has(c.text) ? { ...c, cost: c.cost - CAPITALIZED_BONUS } : c)) : cands;
}

// A crop season is named by a Title-case word after vụ ('vụ Đông Xuân', 'vụ Hè Thu', 'vụ Mùa'), which the sentence model,
// trained on legal text, reads as the commoner word of its letters (Đồng, Hệ, Mua) and vụ itself as vũ. Such words after
// a small vụ say the season, so both are read so outright.
const SEASONS = new Set(['đông', 'xuân', 'hè', 'thu', 'mùa']);
/** The channel cost up to which a Title-case word after vụ reads as a season ('Péng' is Đông at 3.9: ô read é, Đ read P). */
const SEASON_MAX_COST = 4;
// (Not after the words vụ ends: 'nhiệm vụ', 'dịch vụ', 'nghiệp vụ', 'phục vụ', 'chức vụ', 'nghĩa vụ', 'công vụ'.)
const VU_COMPOUNDS = new Set(['nhiem', 'dich', 'nghiep', 'phuc', 'chuc', 'nghia', 'cong']);
/**
 * The tokens of vụ and of the one or two Title-case words after it (on its line or wrapped to the next) that read as
 * seasons, where no further Title-case word follows (then it is a place: 'nhiệm vụ Đồng Nai'), with their readings.
 */
function seasonNames(tokens: Token[], seasonOf: (word: string) => string | null): Map<number, string> {
  const out = new Map<number, string>();
  const word = (k: number) => tokens[k]?.kind === 'word' || tokens[k]?.kind === 'damaged';
  const gap = (k: number) => tokens[k]?.kind === 'space' && /^[ \t]*\n?[ \t]*$/.test(tokens[k].text);
  const title = (k: number) => word(k) && /^\p{Lu}\p{Ll}*$/u.test(tokens[k].text);
  tokens.forEach((t, i) => {
    // (The cheap tests first: every word of every text passes here. A small v: 'Vụ Pháp chế' is a department.)
    if (!gap(i + 1) || !title(i + 2) || !word(i) || skeleton(t.text) !== 'vu') return;
    if (gap(i - 1) && word(i - 2) && VU_COMPOUNDS.has(skeleton(tokens[i - 2].text).toLowerCase())) return;
    const words: number[] = [];
    for (let k = i + 2; title(k) && words.length <= 2; k += 2) {
      words.push(k);
      if (!gap(k + 1)) break;
    }
    const readings = words.length <= 2 ? words.map((k) => seasonOf(tokens[k].text)) : [null];
    if (readings.some((r) => !r)) return;
    out.set(i, 'vụ');
    words.forEach((k, n) => out.set(k, readings[n]!));
  });
  return out;
}

// Words for a unit below the commune, by their letters, that a village's name follows ('thon', 'xom', 'ap'), and how
// they are spelled. (Not the Khmer sóc, whose letters open Sóc Trăng, nor làng, whose letters are also lăng's: 'viếng
// Lăng Chủ tịch'.)
/** What reading a unit word before a village's name as that word gains (log10 units). */
const VILLAGE_UNIT_BONUS = 2;
const VILLAGE_WORDS = new Map([['thon', 'thôn'], ['xom', 'xóm'], ['ap', 'ấp'], ['buon', 'buôn']]);
/**
 * The Title-case words (up to three, on the unit word's line) naming a village after its unit word: 'Chi bo
 * thon Tan Thanh', 'xóm Dong Tam'; and those unit words, spelled. (Not after 'ban', which is as often a board,
 * Ban Chấp hành.)
 */
function villageNames(tokens: Token[]): { units: Map<number, string>; names: Set<number> } {
  const out = new Set<number>(), units = new Map<number, string>();
  const word = (k: number) => tokens[k]?.kind === 'word' || tokens[k]?.kind === 'damaged';
  const gap = (k: number) => tokens[k]?.kind === 'space' && tokens[k].text === ' ';
  tokens.forEach((t, i) => {
    // (The cheap tests first: every word of every text passes here.)
    const named = gap(i + 1) && word(i + 2) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 2].text);
    const unit = named && word(i) ? VILLAGE_WORDS.get(skeleton(t.text).toLowerCase()) : undefined;
    if (!unit) return;
    for (let k = i + 2, n = 0; n < 3 && gap(k - 1) && word(k) && /^\p{Lu}\p{Ll}/u.test(tokens[k].text); k += 2, n++) {
      out.add(k);
      units.set(i, unit);
    }
  });
  return { units, names: out };
}

/** Whether two or more consecutive pieces of a divided caps word make a known place name. */
function namesPlace(parts: string[], places: Gazetteer): boolean {
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 2; j <= parts.length; j++) if (places.isName(parts.slice(i, j).join(' '))) return true;
  }
  return false;
}

function restyle(word: string): string {
  return /\p{L}/u.test(word) ? normalizeTonePlacement(word, 'new') : word;
}
