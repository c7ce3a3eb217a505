import { toUnicode } from 'vietnamese-conversion';
import { syllableShare } from '../restore/layer-quality.js';

export interface LegacyConversion {
  text: string;
  encoding: 'TCVN3' | 'VNI';
}

// Characters that Unicode Vietnamese text almost never contains but TCVN3/VNI text is full of.
// (Only characters that Unicode Vietnamese never uses, so ordinary text is not converted on suspicion.)
const LEGACY_HINT = /[µ¸¶·¹¨»¾¼½Æ©ÇË®ÎÏÑª×ØÜÞßäåæçëîïñö÷øûüþ¡¢§£¤¥¦«¬]|[aAeEoOuUyY][øûïöØÛÏÖäÄ]/u;

/**
 * Text typed with legacy Vietnamese fonts (TCVN3/ABC, VNI) reads as Latin-1 junk once the font is
 * gone. Convert it when the conversion turns far more tokens into Vietnamese syllables.
 */
export function convertLegacyVietnamese(text: string): LegacyConversion | null {
  if (!LEGACY_HINT.test(text)) return null;
  const sample = text.slice(0, 20000);
  const before = syllableShare(sample);
  let best: LegacyConversion | null = null;
  let bestShare = before + 0.15;
  for (const encoding of ['TCVN3', 'VNI'] as const) {
    let converted: string;
    try {
      converted = toUnicode(sample, encoding === 'TCVN3' ? 'tcvn3' : 'vni');
    } catch {
      continue;
    }
    const share = syllableShare(converted);
    if (share > bestShare) {
      bestShare = share;
      best = { text: '', encoding };
    }
  }
  if (!best) return null;
  best.text = toUnicode(text, best.encoding === 'TCVN3' ? 'tcvn3' : 'vni').normalize('NFC');
  return best;
}
