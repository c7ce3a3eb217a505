/** Character error rate after whitespace collapse, the way ../shared/tools/score-text counts it. */
export function cer(truth: string, hyp: string): number {
  const t = [...truth.normalize('NFC').replace(/\s+/g, ' ').trim()];
  const h = [...hyp.normalize('NFC').replace(/\s+/g, ' ').trim()];
  let prev = Array.from({ length: h.length + 1 }, (_, j) => j);
  for (let i = 1; i <= t.length; i++) {
    const cur = [i];
    for (let j = 1; j <= h.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (t[i - 1] === h[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[h.length] / Math.max(t.length, 1);
}
