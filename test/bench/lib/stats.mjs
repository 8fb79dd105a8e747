// Summaries of repeated measurements: median and p95 (nearest rank), with the number of runs.

const sorted = (xs) => [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);

/** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export const percentile = (xs, p) => {
  const s = sorted(xs);
  if (s.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1];
};

export const median = (xs) => {
  const s = sorted(xs);
  if (s.length === 0) return Number.NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const mean = (xs) => {
  const s = sorted(xs);
  return s.length ? s.reduce((a, b) => a + b, 0) / s.length : Number.NaN;
};

/** { median, p95, min, max, mean, n } of the samples. */
export const summary = (xs) => {
  const s = sorted(xs);
  return {
    median: median(s),
    p95: percentile(s, 95),
    min: s[0] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
    mean: mean(s),
    n: s.length,
  };
};

/**
 * Paired differences (ours[i] - baseline[i]), for runs interleaved ours/baseline so that drift of the machine hits
 * both sides alike.
 */
export const pairedDiff = (ours, base) => {
  const n = Math.min(ours.length, base.length);
  const out = [];
  for (let i = 0; i < n; i++) out.push(ours[i] - base[i]);
  return out;
};

export const round = (x, digits = 1) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);
