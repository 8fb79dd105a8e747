// The shipped recogniser (lib/recognise: readSignals + recognise, and findField/normalise for the breakdown) as a
// small IIFE, bundled with Vite (rolldown) into a temporary folder, to be evaluated in a page's isolated world. It is
// the same source the content script bundles, so the timing is that of the shipped code path.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../../e2e/harness.mjs';

export const bundleRecogniser = async (dir) => {
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'recogniser-entry.ts');
  const file = join(dir, 'recogniser.iife.js');
  const lib = join(ROOT, 'lib/recognise');
  writeFileSync(
    entry,
    [
      `import { readSignals } from ${JSON.stringify(join(lib, 'page-signals.ts'))};`,
      `import { recognise } from ${JSON.stringify(join(lib, 'recognise-page.ts'))};`,
      `import { findField } from ${JSON.stringify(join(lib, 'find-field.ts'))};`,
      `import { normalise } from ${JSON.stringify(join(lib, 'normalise.ts'))};`,
      'globalThis.__carmRecogniser = { readSignals, recognise, findField, normalise };',
      '',
    ].join('\n'),
  );
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: true,
      write: true,
      lib: { entry, formats: ['iife'], name: '__carmRecogniserLib', fileName: () => 'recogniser.iife.js' },
    },
  });
  return readFileSync(file, 'utf8');
};
