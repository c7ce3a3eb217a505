import { nameCase } from './casing.js';
import { clean, evidenceOf } from './lines.js';
import { isSyllable } from '../restore/orthography.js';
import type { Line, Signer } from './types.js';

const AUTHORITY = /(?:^|\s)(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)[.,:]?\s+(\p{Lu}[\p{Lu}\s.,]*\p{Lu})\s*$/u;
const TITLE = /^(PHÓ\s+)?(CHỦ TỊCH|GIÁM ĐỐC|BÍ THƯ|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|TỔNG BÍ THƯ|CHỦ NHIỆM|TRƯỞNG PHÒNG|VỤ TRƯỞNG|HIỆU TRƯỞNG|CHÁNH THANH TRA|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG)(\s+[\p{Lu}\s]+)?$/u;

/** Right-hand part of a footer line where OCR merged 'Nơi nhận' and the signature columns. */
function rightPart(text: string): string {
  const parts = text.split(/\s{3,}/);
  return clean(parts[parts.length - 1]);
}

function isName(s: string): boolean {
  const words = s.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isSyllable(w.toLowerCase()));
}

/** Signature block: authority lines (TM./KT./T/M …), the title, and the signer's name below. */
export function extractSigner(lines: Line[]): Signer | null {
  const from = Math.max(0, lines.length - 40);
  const auths: Array<{ kind: string; of: string; line: Line }> = [];
  let title: { text: string; line: Line } | null = null;
  let name: { text: string; line: Line } | null = null;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    const candidates = [clean(l.text), rightPart(l.text)];
    for (const c of candidates) {
      const a = AUTHORITY.exec(c);
      if (a && !auths.some((x) => x.line === l)) {
        auths.push({ kind: a[1].includes('/') ? a[1] : `${a[1]}.`, of: a[2].replace(/[.,]\s*$/, ''), line: l });
        title = null; name = null;
        break;
      }
      if (TITLE.test(c) && c.length < 60) { title = { text: c, line: l }; name = null; break; }
      if ((title || auths.length) && isName(c)) { name = { text: c, line: l }; break; }
    }
  }
  if (!auths.length && !title) return null;
  // Nested authority (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH): all of them, outermost first.
  const authority = auths.length ? auths.map((a) => `${a.kind} ${nameCase(a.of)}`).join('; ') : null;
  const t = title ? nameCase(title.text) : auths.length ? nameCase(auths[auths.length - 1].of) : null;
  const ev = name?.line ?? title?.line ?? auths[0].line;
  return {
    name: name?.text ?? null,
    title: t,
    authority,
    onBehalfOf: auths.length ? nameCase(auths[0].of) : null,
    confidence: name ? 0.85 : 0.6,
    evidence: evidenceOf(ev),
  };
}
