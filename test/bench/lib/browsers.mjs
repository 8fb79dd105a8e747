// The two browsers of a run: Chromium with the built extension (the e2e harness) and the same Chromium, same
// flags, without it (the baseline). Pages of both get the replica at the real portal URL and the bench probe.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, launchChromium, PORTAL, servePortal } from '../../e2e/harness.mjs';
import { installProbe } from './probe.mjs';

const VIEWPORT = { width: 1280, height: 900 };

/** Chromium with the extension: { kind: 'ours', browser, extensionId, close }. */
export const launchOurs = async (ext) => {
  const ctx = await launchChromium(ext ? { ext } : {});
  return { kind: 'ours', ...ctx };
};

/** The same Chromium and flags, extensions enabled but none installed: { kind: 'baseline', browser, close }. */
export const launchBaseline = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'carm-bench-baseline-'));
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir: dir,
    enableExtensions: true,
    args: CHROMIUM_ARGS,
    defaultViewport: VIEWPORT,
  });
  return {
    kind: 'baseline',
    browser,
    extensionId: null,
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** CDP Performance.getMetrics as an object (seconds for durations, bytes, counts). */
export const metrics = async (cdp) => {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
};

/**
 * A new tab on the replica with the probe installed before any page script and a CDP session with the Performance
 * domain on. Returns { page, cdp, close }.
 */
export const openReplica = async (side, path, { waitUntil = 'load', trace = null } = {}) => {
  const page = await side.browser.newPage();
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await installProbe(page, side.extensionId);
  await servePortal(page);
  if (trace) await page.tracing.start({ categories: trace });
  await page.goto(PORTAL + path, { waitUntil });
  return {
    page,
    cdp,
    close: async () => {
      await cdp.detach().catch(() => {});
      await page.close();
    },
  };
};

/** Waits (polling in the page) until the probe has a mark, or fails with the marks it has. */
export const waitForMark = async (page, name, timeout = 10_000) => {
  try {
    await page.waitForFunction(
      (n) => window.__bench?.marks[n] !== undefined,
      { timeout, polling: 'raf' },
      name,
    );
  } catch (e) {
    const marks = await page.evaluate(() => window.__bench?.marks).catch(() => null);
    throw new Error(`No "${name}" mark within ${timeout} ms; marks: ${JSON.stringify(marks)} (${e.message})`);
  }
  return page.evaluate((n) => window.__bench.marks[n], name);
};

/** Waits until the page's clock (ms since navigation start) reaches `t`. */
export const waitUntilPageTime = async (page, t) => {
  const now = await page.evaluate(() => performance.now());
  if (now < t) await new Promise((r) => setTimeout(r, t - now));
};

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
