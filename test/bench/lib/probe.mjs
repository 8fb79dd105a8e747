// The bench's main-world probe, installed before any page script (evaluateOnNewDocument). It only observes:
// marks (performance.now(), ms since navigation start) for the moments the bench times, long tasks and long
// animation frames. Nothing in it touches the extension; it sees the extension's DOM like the page does.

/* global document, window, performance, requestAnimationFrame, MessageChannel, MutationObserver, PerformanceObserver */
function probe(extensionId) {
  const B = {
    marks: {},
    longtasks: [],
    loafs: [],
    rendered: 0,
  };
  window.__bench = B;
  const mark = (name) => {
    if (B.marks[name] !== undefined) return;
    B.marks[name] = performance.now();
    performance.mark(`bench:${name}`);
  };
  B.mark = mark;
  /**
   * "Painted": after the next frame's rendering. A task posted from requestAnimationFrame runs once that frame's
   * style, layout, paint and commit are done, one frame earlier than the usual double rAF.
   */
  const afterPaint = (cb) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(0);
    });
  B.afterPaint = afterPaint;

  // WXT's ContentScriptContext dispatches this event synchronously when the content script's main() starts.
  if (extensionId) {
    document.addEventListener(`${extensionId}:portal:wxt:content-script-started`, () => mark('ctx'));
  }
  document.addEventListener('replica:rendered', () => {
    B.rendered++;
    if (B.marks.rendered === undefined) {
      mark('rendered');
      afterPaint(() => mark('renderedPainted'));
    }
  });

  // The bar: its host (<div data-carm-guide-host>, holding the <carm-guide> marker) inserted, then the bar
  // inside the (open) shadow root, then painted.
  const watchShadow = (host) => {
    const sr = host.shadowRoot;
    if (!sr) {
      requestAnimationFrame(() => watchShadow(host));
      return;
    }
    const check = () => {
      if (!sr.querySelector('.cg-bar')) return false;
      mark('panel');
      afterPaint(() => mark('painted'));
      return true;
    };
    if (!check()) {
      const mo = new MutationObserver(() => {
        if (check()) mo.disconnect();
      });
      mo.observe(sr, { childList: true, subtree: true });
    }
  };
  const hostObserver = new MutationObserver(() => {
    const host = document.querySelector('[data-carm-guide-host]');
    if (!host) return;
    hostObserver.disconnect();
    mark('host');
    watchShadow(host);
  });
  hostObserver.observe(document, { childList: true, subtree: true });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        B.longtasks.push({
          start: e.startTime,
          duration: e.duration,
          attribution: e.attribution?.map((a) => ({
            name: a.name,
            containerType: a.containerType,
            containerSrc: a.containerSrc,
          })),
        });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        B.loafs.push({
          start: e.startTime,
          duration: e.duration,
          blockingDuration: e.blockingDuration,
          scripts: e.scripts?.map((s) => ({
            sourceURL: s.sourceURL,
            invoker: s.invoker,
            invokerType: s.invokerType,
            duration: s.duration,
            forcedStyleAndLayoutDuration: s.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
}

export const installProbe = (page, extensionId) => page.evaluateOnNewDocument(probe, extensionId ?? null);
