// The markdown table of a bench report: one row per measurement, ours beside the same-run baseline.
import { kb } from './size.mjs';

const ms = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const mp = (s, d = 1) => (s ? `${ms(s.median, d)} / ${ms(s.p95, d)}` : '–');
const signed = (x, d = 1) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${x.toFixed(d)}` : '–');
const smp = (s, d = 1) => (s ? `${signed(s.median, d)} / ${signed(s.p95, d)}` : '–');
const mb = (bytes) => `${bytes >= 0 ? '+' : ''}${(bytes / 1024 / 1024).toFixed(2)} MB`;
const met = (ok) => (ok === undefined || ok === null ? '' : ok ? '✅ yes' : '❌ no');

/** Rows [metric, ours, baseline, added, target, met, runs] from the report; missing scenarios are left out. */
export const tableRows = (r) => {
  const rows = [];
  const t = r.targets;
  if (r.size) {
    const z = r.size;
    rows.push([
      `1 · Content script at first paint, gzip (${z.firstPaintFiles.join(', ')}, ${z.firstPaintRunAt}; EN + FR)`,
      kb(z.firstPaint),
      '–',
      '–',
      `≤ ${kb(t.contentScriptGzip)}`,
      met(z.firstPaint <= t.contentScriptGzip),
      'deterministic',
    ]);
    if (z.contentScripts.length > 1) {
      rows.push([
        `1 · All content scripts, gzip (${z.contentScripts.map((c) => `${c.files.map((f) => f.file.split('/').pop()).join('+')} ${c.runAt}`).join(', ')})`,
        kb(z.allContentScripts),
        '–',
        '–',
        '–',
        '',
        'deterministic',
      ]);
    }
    rows.push([
      `1 · Whole extension, sum of gzip (${z.extension.files} files)`,
      kb(z.extension.gzip),
      '–',
      '–',
      `≤ ${kb(z.budget.extension)} (budget)`,
      met(z.extension.gzip <= z.budget.extension),
      'deterministic',
    ]);
  }
  if (r.loadCost) {
    const c = r.loadCost;
    const m = c.mainThread;
    const n = `${c.runs} rounds of 3`;
    rows.push([
      '2 · Page load + 1.5 s after load: main-thread task time (CDP TaskDuration), ms',
      mp(m.ours),
      mp(m.baseline),
      smp(m.oursAdded),
      '–',
      '',
      n,
    ]);
    rows.push([
      '2 · Same, a do-nothing extension (content script that only marks the page), ms',
      mp(m.calibration),
      mp(m.baseline),
      smp(m.calibrationAdded),
      '–',
      '',
      n,
    ]);
    rows.push([
      '2 · Ours minus the do-nothing extension, ms',
      smp(m.oursOverCalibration),
      '–',
      '–',
      `≤ ${t.loadOverCalibrationMs} (median)`,
      met(m.oursOverCalibration.median <= t.loadOverCalibrationMs),
      n,
    ]);
    rows.push([
      "2 · Delay to the page's own paint (its render → the frame that shows it), ms",
      mp(c.pagePaint.ours),
      mp(c.pagePaint.baseline),
      smp(c.pagePaint.oursAdded),
      `≤ ${t.pagePaintAddedMs} added (median)`,
      met(c.pagePaint.oursAdded.median <= t.pagePaintAddedMs),
      n,
    ]);
  }
  if (r.pageLoad) {
    const p = r.pageLoad;
    rows.push([
      '2 · Page load: main-thread time, ms',
      mp(p.mainThread.ours),
      mp(p.mainThread.baseline),
      smp(p.mainThread.added),
      '–',
      '',
      `${p.runs} pairs`,
    ]);
    rows.push([
      "2 · Page load: the page's own render → its paint, ms",
      mp(p.pageRenderedToPainted.ours),
      mp(p.pageRenderedToPainted.baseline),
      smp(p.pageRenderedToPainted.added),
      '–',
      '',
      `${p.runs} pairs`,
    ]);
    rows.push([
      '2 · Content-script start → overlay painted, ms (trace)',
      mp(p.traced.startToPainted),
      '–',
      '–',
      `≤ ${t.overlayPaintMs} (median)`,
      met(p.traced.startToPainted.median <= t.overlayPaintMs),
      `${p.traced.runs}`,
    ]);
    rows.push([
      '2 · Content-script main() → overlay painted, ms (no trace)',
      mp(p.ctxToPainted),
      '–',
      '–',
      '(same, from main())',
      '',
      `${p.runs}`,
    ]);
    if (p.coldWorker?.runs) {
      rows.push([
        '2 · Same, service worker asleep before the load, ms (no trace)',
        mp(p.coldWorker.ctxToPainted),
        '–',
        '–',
        '(same)',
        '',
        `${p.coldWorker.runs}`,
      ]);
    }
  }
  if (r.recognition) {
    const { largest, synthetic, runs } = r.recognition;
    rows.push([
      `3 · One recognition, largest replica page (${largest.key}, ${largest.elements} elements), ms`,
      mp(largest.evaluation, 2),
      '–',
      '–',
      '–',
      '',
      `${runs}`,
    ]);
    rows.push([
      `3 · One recognition, synthetic page (${synthetic.elements} elements), ms`,
      mp(synthetic.evaluation, 2),
      '–',
      '–',
      `≤ ${t.recognitionMs} (median)`,
      met(synthetic.evaluation.median <= t.recognitionMs),
      `${runs}`,
    ]);
  }
  if (r.navigation) {
    const n = r.navigation;
    rows.push([
      '4 · Navigation: pushState → data-page updated, ms (baseline: page rendered)',
      mp(n.ours),
      mp(n.baseline),
      smp(n.added),
      `p95 ≤ ${t.navigationP95Ms}`,
      met(n.ours.p95 <= t.navigationP95Ms && n.timedOut === 0),
      `${n.ours.n}${n.timedOut ? ` (${n.timedOut} timed out)` : ''}`,
    ]);
  }
  if (r.churn) {
    const c = r.churn;
    rows.push([
      `5 · Churn (${c.nodes.toLocaleString('en')} nodes, ${c.batches} batches): main-thread time, ms`,
      mp(c.mainThread.ours),
      mp(c.mainThread.baseline),
      `${smp(c.mainThread.added)} (${signed(c.overheadPct.median)} %)`,
      `≤ ${t.churnOverheadPct} % (median)`,
      met(c.overheadPct.median <= t.churnOverheadPct),
      `${c.runs} pairs`,
    ]);
    rows.push([
      '5 · Churn: long tasks over 50 ms (count, all runs)',
      `${c.longTasks.ours}`,
      `${c.longTasks.baseline}`,
      signed(c.longTasks.ours - c.longTasks.baseline, 0),
      'none of ours',
      met(c.longTasks.ours <= c.longTasks.baseline),
      `${c.runs} pairs`,
    ]);
  }
  if (r.memory) {
    const m = r.memory;
    rows.push([
      `6 · JS heap growth, 10 → ${m.navigations} navigations (after GC)`,
      mb(m.ours.heapGrowth),
      mb(m.baseline.heapGrowth),
      mb(m.addedHeapGrowth),
      `≤ ${(t.heapGrowthBytes / 1024 / 1024).toFixed(1)} MB (added)`,
      met(m.addedHeapGrowth <= t.heapGrowthBytes),
      '1',
    ]);
    rows.push([
      `6 · Event listeners, 10 → ${m.navigations} navigations`,
      `${m.ours.at10.listeners} → ${m.ours.atEnd.listeners}`,
      `${m.baseline.at10.listeners} → ${m.baseline.atEnd.listeners}`,
      signed(m.addedListenerGrowth, 0),
      'no growth',
      met(m.addedListenerGrowth <= 0),
      '1',
    ]);
  }
  if (r.popup) {
    rows.push([
      '7 · Popup: open → first countdown rendered, ms',
      mp(r.popup.countdown),
      '–',
      '–',
      `≤ ${t.popupMs} (median)`,
      met(r.popup.countdown.median <= t.popupMs),
      `${r.popup.runs}`,
    ]);
  }
  if (r.peer) {
    const p = r.peer;
    rows.push([
      '8 · Peer: one tip beside the BN field, shown, ms (ours: on focus; driver.js: highlight())',
      `${mp(p.ours.shown)}`,
      `driver.js ${p.driver.version}: ${mp(p.driver.shown)}`,
      '–',
      '–',
      '',
      `${p.runs} each`,
    ]);
    rows.push([
      '8 · Peer: same tip, painted (next frame), ms',
      mp(p.ours.painted),
      mp(p.driver.painted),
      '–',
      '–',
      '',
      `${p.runs} each`,
    ]);
    rows.push([
      '8 · Peer: size, gzip',
      `${kb(p.ours.gzip)} (all our content scripts)`,
      `${kb(p.driver.gzip)} (driver.js + css)`,
      '–',
      '–',
      '',
      'deterministic',
    ]);
  }
  if (r.hostile) {
    const h = r.hostile;
    const n = h.nested;
    rows.push([
      `9 · Nested interactive elements (${n.depth} deep): long tasks, count / total ms, ${n.watchMs / 1000} s after`,
      `${n.ours.longTasks.median} / ${ms(n.ours.longTotal.median, 0)}`,
      `${n.baseline.longTasks.median} / ${ms(n.baseline.longTotal.median, 0)}`,
      `${signed(n.ours.longTasks.median - n.baseline.longTasks.median, 0)} / ${signed(n.ours.longTotal.median - n.baseline.longTotal.median, 0)}`,
      'bounded (finding 6: +16 / +3,300 before)',
      met(n.ours.longTotal.median - n.baseline.longTotal.median < 200),
      `${n.ours.longTasks.n} pairs`,
    ]);
    rows.push([
      `9 · Nested: main-thread time, ms (longest task ours ${ms(n.ours.longMax.median, 0)})`,
      mp(n.ours.task, 0),
      mp(n.baseline.task, 0),
      signed(n.ours.task.median - n.baseline.task.median, 0),
      '–',
      '',
      `${n.ours.task.n} pairs`,
    ]);
    const st = h.storm;
    rows.push([
      `9 · pushState storm, ${st.ms / 1000} s: navigations the page made (storage writes, ours)`,
      `${st.ours.navigations.median} (${st.ours.writes.median} writes)`,
      `${st.baseline.navigations.median}`,
      `${signed((100 * (st.ours.navigations.median - st.baseline.navigations.median)) / st.baseline.navigations.median, 0)} %`,
      'writes coalesced (34 before)',
      met(st.ours.writes.median <= 5),
      `${st.ours.navigations.n} pairs`,
    ]);
  }
  return rows;
};

export const markdownTable = (r) => {
  const head = ['metric', 'ours (median / p95)', 'baseline', 'added', 'target', 'met?', 'runs'];
  const esc = (s) => String(s).replaceAll('|', '\\|');
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...tableRows(r).map((row) => `| ${row.map(esc).join(' | ')} |`),
  ].join('\n');
};

/** The content script's size breakdown as a markdown table (largest first). */
export const breakdownTable = (b, file) =>
  [
    `| part of ${file} | minified | gzip alone | gzip saved without it |`,
    '| --- | --- | --- | --- |',
    ...b.rows.map((x) => `| ${x.group} | ${kb(x.raw)} | ${kb(x.gzipAlone)} | ${kb(x.gzipMarginal)} |`),
    `| **total** | ${kb(b.total.raw)} | ${kb(b.total.gzip)} | |`,
  ].join('\n');
