import { describe, it, expect } from 'vitest';
import {
  parseSyllable, composeSyllable, isSyllable, couldBeSyllable, normalizeTonePlacement, skeleton, applyCase,
} from '../../src/restore/orthography.js';
import { loadDefaultModel } from '../../src/restore/index.js';

describe('syllable parse and compose', () => {
  it('splits onset, rhyme and tone', () => {
    expect(parseSyllable('nghiệp')).toEqual({ onset: 'ngh', rhyme: 'iêp', tone: 5 });
    expect(parseSyllable('quyết')).toEqual({ onset: 'qu', rhyme: 'yêt', tone: 2 });
    expect(parseSyllable('giữa')).toEqual({ onset: 'gi', rhyme: 'ưa', tone: 4 });
    expect(parseSyllable('gì')).toEqual({ onset: 'g', rhyme: 'i', tone: 1 });
    expect(parseSyllable('ủy')).toEqual({ onset: '', rhyme: 'uy', tone: 3 });
  });

  it('rejects what Vietnamese spelling forbids', () => {
    for (const w of ['ctia', 'chirc', 'ubnd', 'cà́', 'kan', 'ghô', 'ngi', 'tàc']) {
      expect(isSyllable(w), w).toBe(false);
    }
    expect(isSyllable('thẻ')).toBe(true);
    expect(isSyllable('bác')).toBe(true);
    expect(isSyllable('bàc')).toBe(false); // stop coda takes only sắc or nặng
  });

  it('places tones in the government style by default and the new style on request', () => {
    expect(normalizeTonePlacement('hoà')).toBe('hòa');
    expect(normalizeTonePlacement('thuỷ')).toBe('thủy');
    expect(normalizeTonePlacement('Uỷ')).toBe('Ủy');
    expect(normalizeTonePlacement('hòa', 'new')).toBe('hoà');
    expect(normalizeTonePlacement('người', 'new')).toBe('người');
    expect(normalizeTonePlacement('quả', 'new')).toBe('quả');
    expect(normalizeTonePlacement('hoàng', 'old')).toBe('hoàng');
  });

  it('round-trips every syllable of the model inventory', () => {
    const lm = loadDefaultModel();
    let n = 0;
    for (const unit of lm.vocab) {
      if (!/^\p{Ll}+$/u.test(unit) || !isSyllable(unit)) continue;
      const s = parseSyllable(unit)!;
      expect(composeSyllable(s, 'old'), unit).toBe(unit);
      expect(couldBeSyllable(skeleton(unit)), unit).toBe(true);
      n++;
    }
    expect(n).toBeGreaterThan(3500); // the model's syllable inventory (other units are acronyms, <num> …)
  });
});

describe('helpers', () => {
  it('skeleton strips every mark and đ', () => {
    expect(skeleton('Nghị quyết Đảng ủy')).toBe('Nghi quyet Dang uy');
  });
  it('applyCase keeps the case pattern', () => {
    expect(applyCase('S6', 'số')).toBe('Số');
    expect(applyCase('KE', 'kế')).toBe('KẾ');
    expect(applyCase('ctia', 'của')).toBe('của');
    expect(applyCase('Nghi', 'nghị')).toBe('Nghị');
    // Mixed OCR case becomes the nearest valid pattern; an OCR capital I for l stays lower.
    expect(applyCase('PiCH', 'đích')).toBe('ĐÍCH');
    expect(applyCase('PAu', 'đầu')).toBe('Đầu');
    expect(applyCase('Iy', 'lý')).toBe('lý');
    expect(applyCase('Iy', 'ý')).toBe('Ý');
  });
});
