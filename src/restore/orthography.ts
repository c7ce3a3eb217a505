/**
 * Vietnamese orthography as code: split a syllable into onset, medial, nucleus, coda and tone,
 * compose it back with one consistent tone placement, and test validity.
 * Works on lowercase NFC strings; callers re-apply case.
 */

export type Tone = 0 | 1 | 2 | 3 | 4 | 5; // ngang, huyền, sắc, hỏi, ngã, nặng
export type ToneStyle = 'old' | 'new';

// Combining marks for tones, in Tone order (index 0 unused).
const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const TONE_OF_MARK = new Map<string, Tone>([
  ['\u0300', 1], ['\u0301', 2], ['\u0309', 3], ['\u0303', 4], ['\u0323', 5],
]);

export interface Syllable {
  onset: string;   // '', 'b', 'ch', 'gi', 'qu', 'ngh' ...
  rhyme: string;   // vowels + coda without tone, e.g. 'uyên', 'ương', 'oa'
  tone: Tone;
}

const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
];

// Rhymes (vần) without tone. Medial o/u are part of the rhyme here; after 'qu' the rhyme starts
// without the u (qua → qu + a).
const RHYMES_LIST = (
  'a ai ao au ay ac ach am an ang anh ap at ' +
  'ăc ăm ăn ăng ăp ăt ' +
  'âc âm ân âng âp ât âu ây ' +
  'e eo ec em en eng ep et ' +
  'ê êch êm ên ênh êp êt êu ' +
  'i ia ich im in inh ip it iu ' +
  'iêc iêm iên iêng iêp iêt iêu ' +
  'o oi oc om on ong op ot ooc oong ' +
  'ô ôi ôc ôm ôn ông ôp ôt ' +
  'ơ ơi ơm ơn ơp ơt ơc ' +
  'u ua ui uc um un ung up ut ' +
  'uôc uôi uôm uôn uông uôt ' +
  'ư ưa ưi ưc ưng ưt ưu ưm ưn ' +
  'ươc ươi ươm ươn ương ươp ươt ươu ' +
  'y yêm yên yêt yêu ' +
  'oa oai oay oac oach oam oan oang oanh oap oat ' +
  'oăc oăm oăn oăng oăt oe oeo oen oet ' +
  'uê uêch uên uênh uêt uân uâng uât uây uy uya uych uyên uyêt uynh uyt uyu uơ uyn uêu'
).split(' ');
const RHYMES = new Set(RHYMES_LIST);

// After qu the medial u is spelled by the onset: qua, quy, quyên, quân, quê, quơ...
const QU_RHYMES = new Set([
  'a', 'ai', 'ay', 'ac', 'ach', 'am', 'an', 'ang', 'anh', 'ap', 'at', 'ăc', 'ăm', 'ăn', 'ăng', 'ăt',
  'ân', 'âng', 'ât', 'ây', 'e', 'eo', 'en', 'et', 'ê', 'êch', 'ên', 'ênh', 'êt', 'y', 'ych', 'ynh', 'yt',
  'yên', 'yêt', 'yêu', 'ơ', 'ơn', 'i', 'it', 'in', 'inh', 'ich', 'ôc', 'ang', 'oc', 'yu',
]);

const STOP_CODAS = /(c|ch|p|t)$/;

export function decomposeTone(word: string): { base: string; tone: Tone; marks: number } {
  let tone: Tone = 0;
  let base = '';
  let marks = 0;
  for (const ch of word.normalize('NFD')) {
    const t = TONE_OF_MARK.get(ch);
    if (t !== undefined) { tone = t; marks++; } else base += ch;
  }
  return { base: base.normalize('NFC'), tone, marks };
}

/** Parse a lowercase syllable; null if it is not a valid Vietnamese syllable. */
export function parseSyllable(word: string): Syllable | null {
  const { base, tone, marks } = decomposeTone(word);
  if (base.length === 0 || base.length > 7 || marks > 1) return null;
  let onset = '';
  for (const o of ONSETS) {
    if (base.startsWith(o)) { onset = o; break; }
  }
  let rhyme = base.slice(onset.length);
  // 'gi' before a consonant or at the end is g + i (gì, gìn); 'qu' needs a vowel after it.
  if (onset === 'gi' && (rhyme === '' || !/^[aăâeêioôơuưy]/.test(rhyme))) {
    onset = 'g'; rhyme = base.slice(1);
  }
  if (onset === 'gi' && rhyme.startsWith('ê') ) { /* giê: gi + ê (giêng) is fine */ }
  if (rhyme === '') return null;
  if (onset === 'qu') {
    if (!QU_RHYMES.has(rhyme)) return null;
  } else if (onset === 'gi') {
    // giữa, giường, giêng: gi absorbs i of iê → accept ê-initial rhymes and ordinary ones.
    if (!RHYMES.has(rhyme) && !RHYMES.has('i' + rhyme)) return null;
  } else if (!RHYMES.has(rhyme)) {
    return null;
  }
  if (STOP_CODAS.test(rhyme) && tone !== 2 && tone !== 5) return null;
  // Spelling rules: k/gh/ngh only before front vowels, c/g/ng never before them.
  const front = /^[ieêy]/.test(rhyme);
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !front) return null;
  if ((onset === 'c' || onset === 'ng') && front) return null;
  if (onset === 'g' && /^[eê]/.test(rhyme)) return null;
  if (onset === 'gh' && rhyme.startsWith('y')) return null;
  if (rhyme.startsWith('y') && rhyme.length > 1 && onset !== '' && onset !== 'qu' && /^yê/.test(rhyme)) return null;
  return { onset, rhyme, tone };
}

const SKELETON_RHYMES = new Set(RHYMES_LIST.map((r) => skeleton(r)));
const SKELETON_QU = new Set([...QU_RHYMES].map((r) => skeleton(r)));
const SKELETON_ONSETS = ONSETS.filter((o) => o !== 'đ');

/** Could some choice of diacritics make this a valid syllable? ('nguoi' → yes, 'ubnd' → no) */
export function couldBeSyllable(word: string): boolean {
  const base = skeleton(word.toLowerCase());
  if (!/^[a-z]{1,7}$/.test(base)) return false;
  let onset = SKELETON_ONSETS.find((o) => base.startsWith(o)) ?? '';
  let rhyme = base.slice(onset.length);
  if (onset === 'gi' && !/^[aeiouy]/.test(rhyme)) { onset = 'g'; rhyme = base.slice(1); }
  if (!rhyme) return false;
  if (onset === 'qu') return SKELETON_QU.has(rhyme);
  if (onset === 'gi') return SKELETON_RHYMES.has(rhyme) || SKELETON_RHYMES.has('i' + rhyme);
  return SKELETON_RHYMES.has(rhyme);
}

export function isSyllable(word: string): boolean {
  return parseSyllable(word.toLowerCase()) !== null;
}

const MARKED = 'ăâêôơư';
const VOWELS = 'aăâeêioôơuưy';

/** Index (within `rhyme`) of the vowel that carries the tone mark. */
export function toneIndex(onset: string, rhyme: string, style: ToneStyle = 'old'): number {
  let vEnd = 0;
  while (vEnd < rhyme.length && VOWELS.includes(rhyme[vEnd])) vEnd++;
  const vowels = rhyme.slice(0, vEnd);
  const hasConsonantCoda = vEnd < rhyme.length;
  if (vowels.length === 0) return 0;
  // The vowel with a quality mark wins; in ươ the second one.
  let marked = -1;
  for (let i = 0; i < vowels.length; i++) if (MARKED.includes(vowels[i])) marked = i;
  if (marked >= 0) return marked;
  if (vowels.length === 1) return 0;
  if (hasConsonantCoda) return vowels.length - 1;
  if (vowels.length >= 3) return 1;
  // Two vowels, open syllable: old style hòa/thủy, new style hoà/thuỷ for oa, oe, uy only.
  if (style === 'new' && onset !== 'qu' && (vowels === 'oa' || vowels === 'oe' || vowels === 'uy')) return 1;
  return 0;
}

export function composeSyllable(s: Syllable, style: ToneStyle = 'old'): string {
  const base = s.onset + s.rhyme;
  if (s.tone === 0) return base;
  const idx = s.onset.length + toneIndex(s.onset, s.rhyme, style);
  const chars = [...base];
  chars[idx] = (chars[idx] + TONE_MARKS[s.tone]).normalize('NFC');
  return chars.join('');
}

/** Re-place the tone of a valid syllable in one style; other strings pass through unchanged. */
export function normalizeTonePlacement(word: string, style: ToneStyle = 'old'): string {
  const lower = word.toLowerCase();
  const s = parseSyllable(lower);
  if (!s) return word;
  const out = composeSyllable(s, style);
  return applyCase(word, out);
}

const SKELETON_MAP: Record<string, string> = { 'đ': 'd', 'Đ': 'D' };
/** Small consonant letters that are no Vietnamese word alone: one set apart before a word it begins is OCR's double reading. */
export const LONE_CONSONANTS = 'bcdghklmnpqrstvx';

/** Letters without their vowels' marks, đ kept (codes and initials are written with Đ): 'NỔ' → 'NO', 'Án' → 'An'. */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/** Letters with every diacritic removed: 'Nghị quyết' → 'Nghi quyet'. */
export function skeleton(text: string): string {
  return withoutMarks(text).replace(/[đĐ]/g, (c) => SKELETON_MAP[c]);
}

/** The small letters of Vietnamese that carry a mark (a vowel's, or đ's stroke), for character classes. */
export const MARKED_LETTERS = 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ';
/** A regex lookahead: a word of small letters, one of them marked, comes next ('năm' after '50', 'nghiệp' after 'Nông.'). */
export const MARKED_WORD_AHEAD = `(?=\\p{Ll}*[${MARKED_LETTERS}]\\p{Ll}*(?!\\p{L}))`;

export function hasVietnameseDiacritic(word: string): boolean {
  return skeleton(word) !== word;
}

/**
 * Give `word` the case of `pattern`, the observed spelling. A Vietnamese syllable is written
 * lower, Title or UPPER, never mixed, so mixed OCR case is read as the nearest of the three:
 * 'PiCH' → UPPER, 'PAu' → Title. An observed capital I where the word has l is OCR's l.
 */
export function applyCase(pattern: string, word: string): string {
  const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
  const letters = [...pattern].filter((c) => c.toLowerCase() !== c.toUpperCase());
  if (letters.length === 0) return word;
  const upper = letters.filter(isUpper).length;
  if (letters[0] === 'I' && upper === 1 && word[0] === 'l') return word.toLowerCase();
  if (letters.length > 1 && (upper === letters.length || (upper >= 3 && upper >= letters.length - 1))) return word.toUpperCase();
  if (isUpper(letters[0])) return [...word][0].toUpperCase() + [...word].slice(1).join('').toLowerCase();
  return word.toLowerCase();
}
