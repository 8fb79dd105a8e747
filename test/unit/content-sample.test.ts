import { describe, expect, it } from 'vitest';
import { drawSample } from './content-sample';

describe('content sample', () => {
  it('draws the same entries for the same seed, and different ones for another', () => {
    const a = drawSample(20261204, 20).map((e) => e.id);
    expect(drawSample(20261204, 20).map((e) => e.id)).toEqual(a);
    expect(new Set(a).size).toBe(20);
    expect(drawSample(7, 20).map((e) => e.id)).not.toEqual(a);
  });

  const seed = Number(process.env.CONTENT_SAMPLE_SEED);
  it.runIf(Number.isInteger(seed))('prints the sample for CONTENT_SAMPLE_SEED', () => {
    for (const [i, e] of drawSample(seed, 20).entries()) {
      const sources = [e.source, ...(e.extraSources ?? [])]
        .map((s) => `${s.url} (${s.certainty})`)
        .join(' ; ');
      console.log(
        `${i + 1}. ${e.id}\n   EN: ${e.texts.map((t) => t.en).join(' | ')}\n   FR: ${e.texts.map((t) => t.fr).join(' | ')}\n   SRC: ${sources}`,
      );
    }
  });
});
