// The project's WXT config, built into the bench's own folder so that a build by someone else (into .output/)
// cannot change or remove the extension under measurement mid-run. BENCH_OUT_DIR picks the folder (absolute or
// relative to the project root); BENCH_SOURCEMAP=1 adds source maps (for the size breakdown only).
import base from '../../wxt.config';

const userVite = base.vite;

export default {
  ...base,
  root: new URL('../..', import.meta.url).pathname,
  outDir: process.env.BENCH_OUT_DIR ?? 'test/.cache/bench/output',
  vite: (env: Parameters<NonNullable<typeof userVite>>[0]) => {
    const v = (userVite?.(env) ?? {}) as Record<string, unknown> & { build?: Record<string, unknown> };
    return process.env.BENCH_SOURCEMAP ? { ...v, build: { ...(v.build ?? {}), sourcemap: true } } : v;
  },
};
