import { CONTENT, type ContentEntry } from './content-corpus';
import { prng } from './seeded-random';

/**
 * A seeded random sample of guide content for re-checking against its sources by hand (issue 14). Print one with
 *   CONTENT_SAMPLE_SEED=20261204 npx vitest run test/unit/content-sample.test.ts
 * The same seed always draws the same entries (partial Fisher–Yates over CONTENT's order).
 */
export function drawSample(
  seed: number,
  n: number,
  entries: readonly ContentEntry[] = CONTENT,
): ContentEntry[] {
  const rand = prng(seed);
  const pool = [...entries];
  const out: ContentEntry[] = [];
  while (out.length < n && pool.length > 0) {
    const i = Math.floor(rand() * pool.length);
    out.push(pool.splice(i, 1)[0] as ContentEntry);
  }
  return out;
}
