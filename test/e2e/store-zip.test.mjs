// Issue 15, store-ready: `npm run zip` makes the Chrome, Firefox and sources zips, and the sources zip, unpacked in a
// clean directory, builds the very files of the Firefox zip (what addons.mozilla.org reviewers do). No browser.
// node_modules is linked, not installed: the only network here is the npm registry, and CI has 2 cores.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { ROOT } from './harness.mjs';

const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const zipPath = (kind) => join(ROOT, '.output', `${name}-${version}-${kind}.zip`);
const load = async (path) => JSZip.loadAsync(readFileSync(path));
const filesOf = (zip) =>
  Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();

describe('store zips', () => {
  let clean;
  before(() => {
    const zipped = spawnSync('npm', ['run', 'zip'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(zipped.status, 0, `npm run zip failed:\n${zipped.stdout}\n${zipped.stderr}`);
  });
  after(() => {
    if (clean) rmSync(clean, { recursive: true, force: true });
  });

  it(`npm run zip makes the Chrome, Firefox and sources zips of version ${version}`, async () => {
    assert.equal(version, '0.2.0');
    for (const kind of ['chrome', 'firefox', 'sources']) assert.ok(existsSync(zipPath(kind)), zipPath(kind));
    const chrome = await load(zipPath('chrome'));
    const firefox = await load(zipPath('firefox'));
    const chromeManifest = JSON.parse(await chrome.file('manifest.json').async('string'));
    const firefoxManifest = JSON.parse(await firefox.file('manifest.json').async('string'));
    assert.equal(chromeManifest.version, version);
    assert.equal(chromeManifest.manifest_version, 3);
    assert.equal(firefoxManifest.version, version);
    assert.equal(firefoxManifest.browser_specific_settings.gecko.id, 'carm-guide@carm-guide.invalid');
    assert.ok(filesOf(chrome).includes('privacy.html'), 'the privacy policy page is in the extension');
    const sources = filesOf(await load(zipPath('sources')));
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'README.md',
      'docs/privacy.md',
    ]) {
      assert.ok(sources.includes(needed), `${needed} is in the sources zip`);
    }
    const leaked = sources.filter((f) => /^(node_modules|\.output|\.git|test\/\.artifacts)\//.test(f));
    assert.deepEqual(leaked, [], 'build output, dependencies or git data in the sources zip');
  });

  it('the sources zip, unpacked in a clean directory, builds the same files as the Firefox zip', async () => {
    clean = mkdtempSync(join(tmpdir(), 'carm-amo-'));
    const sources = await load(zipPath('sources'));
    for (const file of Object.values(sources.files)) {
      if (file.dir) continue;
      const target = join(clean, file.name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await file.async('nodebuffer'));
    }
    // What `npm ci` would install, without the network: the same packages, linked.
    symlinkSync(join(ROOT, 'node_modules'), join(clean, 'node_modules'), 'dir');
    const built = spawnSync('npm', ['run', 'build:firefox'], { cwd: clean, encoding: 'utf8' });
    assert.equal(built.status, 0, `build from the sources failed:\n${built.stdout}\n${built.stderr}`);
    const firefox = await load(zipPath('firefox'));
    const out = join(clean, '.output/firefox-mv2');
    const differ = [];
    for (const path of filesOf(firefox)) {
      const rebuilt = join(out, path);
      if (!existsSync(rebuilt)) differ.push(`${path}: missing from the rebuild`);
      else if (!Buffer.from(await firefox.file(path).async('nodebuffer')).equals(readFileSync(rebuilt)))
        differ.push(`${path}: differs`);
    }
    assert.deepEqual(differ, [], 'the rebuilt extension differs from the Firefox zip');
  });
});
