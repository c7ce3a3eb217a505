import type { ExtractResult } from '../extract/index.js';
import type { Evidence } from '../extract/types.js';

const DEFAULT_RULES: Record<string, string> = {
  documentType: 'caps type title after the header',
  number: "'Số:' line in the left header column",
  issuer: 'caps lines above Số (generic body + unit line joined)',
  issuerParent: 'caps line above the issuer',
  place: 'text before ", ngày" on the place-date line',
  date: 'ngày DD tháng MM năm YYYY on the place-date line',
  subject: 'lines under the type title, or the V/v line',
  urgency: 'urgency mark in the header',
  confidentiality: 'confidentiality mark in the header',
};

const ev = (e?: Evidence) => (e ? `page ${e.page} line ${e.line}: "${e.text}"` : '');

/** Human-readable account of how each field was found, for `vanban extract --explain`. */
export function formatExplanation(path: string, r: ExtractResult): string {
  const out = [`── ${path}`];
  const f = r.fields as Record<string, { value?: string; confidence?: number; evidence?: Evidence } | null>;
  for (const key of Object.keys(DEFAULT_RULES)) {
    const field = f[key];
    const notes = r.explain.filter((e) => e.field === key);
    if (!field) { out.push(`  ${key}: — (not found)`); continue; }
    const rule = notes.length ? notes.map((n) => n.rule).join('; ') : DEFAULT_RULES[key];
    out.push(`  ${key}: ${JSON.stringify(field.value)} (confidence ${field.confidence})`);
    out.push(`      rule: ${rule}`);
    out.push(`      evidence: ${ev(field.evidence)}`);
    const rejected = notes.flatMap((n) => n.rejected);
    if (rejected.length) out.push(`      rejected: ${rejected.map((x) => JSON.stringify(x)).join(', ')}`);
  }
  const refs = (r.fields.references as Array<{ number: string; type: string | null; evidence: Evidence }>) ?? [];
  out.push(`  references: ${refs.length} (rule: document symbol in running text, type from the words before it or its type code)`);
  for (const ref of refs) out.push(`      ${ref.number} ${ref.type ?? '?'} — ${ev(ref.evidence)}`);
  const s = r.fields.signer as { name: string | null; authority: string | null; evidence: Evidence } | null;
  out.push(s ? `  signer: ${s.authority ?? ''} ${s.name ?? '?'} — rule: authority/title lines and the name below them; ${ev(s.evidence)}` : '  signer: — (not found)');
  return out.join('\n') + '\n';
}
