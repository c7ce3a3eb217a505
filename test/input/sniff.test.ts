import { describe, it, expect } from 'vitest';
import { sniffKind } from '../../src/input/sniff.js';
import { decodeText } from '../../src/input/decode-text.js';

describe('sniffKind', () => {
  it('reads magic bytes, not names', () => {
    expect(sniffKind(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(sniffKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffKind(Buffer.from([0x49, 0x49, 0x2a, 0x00]))).toBe('tiff');
    expect(sniffKind(Buffer.from([0x4d, 0x4d, 0x00, 0x2a]))).toBe('tiff');
    expect(sniffKind(Buffer.from('Số: 12/QĐ-UBND\n'))).toBe('text');
    expect(sniffKind(Buffer.from([0xff, 0xfe, 0x53, 0x00]))).toBe('text');
    expect(sniffKind(Buffer.from([0, 1, 2, 3, 250, 7, 0, 9]))).toBeNull();
    expect(sniffKind(Buffer.alloc(0))).toBeNull();
  });
});

describe('decodeText', () => {
  const s = 'Cộng hòa xã hội chủ nghĩa Việt Nam';
  it('decodes UTF-8, UTF-8 with BOM and UTF-16 with BOM to NFC', () => {
    expect(decodeText(Buffer.from(s)).text).toBe(s);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)])).text).toBe(s);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])).text).toBe(s);
    const be = Buffer.from(s, 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: s, encoding: 'utf-16be' });
    expect(decodeText(Buffer.from(s.normalize('NFD'))).text).toBe(s);
  });
  it('converts TCVN3 and VNI legacy-font text', () => {
    expect(decodeText(Buffer.from('Céng hoµ x· héi chñ nghÜa ViÖt Nam, ®éc lËp tù do h¹nh phóc')).text)
      .toBe('Cộng hoà xã hội chủ nghĩa Việt Nam, độc lập tự do hạnh phúc');
    const vni = decodeText(Buffer.from('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM'));
    expect(vni.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(vni.encoding).toMatch(/VNI/);
  });
  it('leaves ordinary Vietnamese with Latin-1 letters alone', () => {
    expect(decodeText(Buffer.from('Café và bánh mì')).encoding).toBe('utf-8');
  });
});
