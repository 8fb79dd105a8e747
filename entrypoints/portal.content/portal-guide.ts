import { type BarModel, createBar } from '@/components/bar/guide-bar';
import type { Lang } from '@/lib/i18n/text';
import { isOverlayRelevant, type StorageChange } from '@/lib/messages/overlay-relevant';
import type { PageView } from '@/lib/overlay/bar-view';
import { type TipsApi, whenTips } from '@/lib/overlay/tips-api';
import { findField } from '@/lib/recognise/find-field';
import { readSignals } from '@/lib/recognise/page-signals';
import { portalLang } from '@/lib/recognise/portal-lang';
import { type Recognition, recognise } from '@/lib/recognise/recognise-page';
import { watchPage } from '@/lib/recognise/watch-page';
import { REPORT_TO } from '@/lib/report/report-to';
import { watchFocus } from './focus-watch';
import { type Contract, HOST_ATTR, type Host } from './mount-host';
import { ext } from './native-browser';

// The side panel's questions (lib/messages/tab-messages.ts); spelled out here so the page loads no schema code.
const PAGE_STATE = 'carm-page-state';
const PAGE_OUTLINE = 'carm-outline';

/**
 * One portal tab's guide: recognises the page, keeps <carm-guide>'s attributes true, draws the slim bar, opens field
 * tips on focus and closes them when focus leaves, and answers the side panel, which shows the full guide.
 */
export class PortalGuide {
  private host: HTMLElement | undefined;
  private setContract: ((attrs: Contract) => void) | undefined;
  private bar: ReturnType<typeof createBar> | undefined;
  /** Where field-tip bubbles go: a sibling of the bar in our shadow root. */
  private layer: HTMLElement | undefined;
  private tips: TipsApi | undefined;
  /** The portal field whose tip is open. */
  private tipField: HTMLElement | null = null;
  private openTipId: string | null = null;
  private recognition: Recognition | undefined;
  private lang: Lang = 'en';
  private view: PageView | null = null;
  private failed = false;
  private folded: boolean | undefined;
  private showHow = false;
  private request = 0;
  /** The Esc that closed a tip: the bar must not fold on the same key press (one Esc, one layer). */
  private tipEscape: Event | null = null;

  constructor(
    private readonly win: Window,
    private readonly signal: AbortSignal,
  ) {
    watchFocus(win.document, signal, () => (this.openTipId ? this.tipField : null), {
      onFocus: (el) => this.onFieldFocus(el),
      onLeave: () => this.leaveTip(),
      onEscape: (e) => {
        this.tipEscape = e;
        this.closeTip();
      },
      onInput: () => this.tips?.refreshHint(),
    });
    whenTips((api) => {
      this.tips = api;
      this.drawTip();
    });
    const onMessage = (message: unknown, _sender: unknown, reply: (answer: unknown) => void) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (type === PAGE_STATE) reply(this.viewRequest());
      else if (type === PAGE_OUTLINE) reply({ outline: this.outline() });
      return undefined;
    };
    ext.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => ext.runtime.onMessage.removeListener(onMessage), { once: true });
  }

  attach({ host, container, layer, setContract }: Host) {
    this.host = host;
    this.setContract = setContract;
    this.layer = layer;
    this.bar = createBar(container, {
      onOpenGuide: () => void this.openGuide(),
      onToggle: () => this.toggle(),
      onEscape: (e) => {
        if (e === this.tipEscape || this.folded) return;
        this.toggle();
        this.bar?.focusToggle();
      },
    });
    this.evaluate();
    // Paint at once (name and "Open the guide") rather than after the background's reply: the worker may be asleep.
    this.draw();
  }

  detach() {
    if (this.layer) this.tips?.show(this.layer, null, null, () => undefined);
    this.bar?.remove();
    this.bar = undefined;
    this.host = undefined;
    this.setContract = undefined;
    this.layer = undefined;
  }

  start(onCheck: () => void) {
    watchPage(
      this.win,
      () => {
        onCheck();
        this.evaluate();
      },
      { signal: this.signal, ignore: () => this.host },
    );
    // Progress or settings changed in another tab, the popup, the options page or the side panel: a fresh view,
    // unless only the last visit moved (every page change in any tab writes it; nothing here shows it).
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && isOverlayRelevant(changes as Record<string, StorageChange>))
        void this.refreshView();
    };
    ext.storage.onChanged.addListener(onStorage);
    this.signal.addEventListener('abort', () => ext.storage.onChanged.removeListener(onStorage), {
      once: true,
    });
  }

  /** Reads the page, updates the contract attributes in place, and asks for a view only when something changed. */
  evaluate() {
    const url = new URL(this.win.location.href);
    const lang = portalLang(url, this.win.document);
    // A close call on a re-render keeps the page already shown (lib/recognise/recognise-page.ts).
    const next = recognise(readSignals(this.win.document, url, this.host), this.recognition?.page);
    const previous = this.recognition;
    const errorsKey = (r: Recognition | undefined) =>
      r?.errors.map((e) => e.id + (e.code ?? '')).join() ?? '';
    const pageChanged = !previous || previous.page !== next.page;
    const changed = pageChanged || lang !== this.lang || errorsKey(previous) !== errorsKey(next);
    this.recognition = next;
    this.lang = lang;
    this.syncAttributes();
    // The portal may have replaced the node the open tip points at: find it again.
    if (this.openTipId) this.relocateTip();
    if (!changed) return;
    if (pageChanged) this.closeTip();
    // One request per page change: the background records the visit (and a confirmation page) and answers with
    // the view.
    void this.refreshView(pageChanged);
  }

  /** The request for this page's view; the side panel gets the very same one when it asks what page this is. */
  private viewRequest() {
    const r = this.recognition;
    if (!r) return undefined;
    return {
      type: 'overlay-view',
      page: r.page,
      lang: this.lang,
      errors: r.errors.map((e) => (e.code ? { id: e.id, code: e.code } : { id: e.id })),
    };
  }

  private async refreshView(visit = false) {
    const request = this.viewRequest();
    if (!request) return;
    const message = visit ? { ...request, visit: true } : request;
    const id = ++this.request;
    const reply = (await this.send(message)) as { ok?: boolean; view?: PageView } | undefined;
    if (id !== this.request) return; // A newer request superseded this one.
    if (reply?.ok && reply.view) {
      // Another tab's change that alters nothing shown here: no redraw.
      if (!this.failed && this.view && JSON.stringify(this.view) === JSON.stringify(reply.view)) return;
      this.view = reply.view;
      this.failed = false;
      if (this.folded === undefined) this.folded = reply.view.collapsed;
      this.syncAttributes();
    } else {
      this.failed = true;
    }
    this.draw();
    // A field focused before this page's view arrived (or by the portal itself, on load) still gets its tip.
    if (!this.failed) this.tipForFocusedField();
  }

  private tipForFocusedField() {
    const el = this.win.document.activeElement;
    if (this.openTipId === null && el instanceof HTMLElement && !el.matches(`[${HOST_ATTR}]`))
      this.onFieldFocus(el);
  }

  private syncAttributes() {
    const r = this.recognition;
    if (!r) return;
    const role = this.view?.role ?? undefined;
    this.setContract?.({
      'data-page': r.page,
      'data-lang': this.lang,
      ...(r.step ? { 'data-step': r.step } : {}),
      ...(role ? { 'data-role': role } : {}),
    });
  }

  private onFieldFocus(el: HTMLElement) {
    if (el === this.tipField) return;
    const view = this.view;
    if (!view?.help.fieldTips || !el.matches('input,select,textarea')) return;
    const tip = view.fieldTips.find((f) => findField(this.win.document, f.field, this.host) === el);
    if (!tip) return;
    this.openTipId = tip.id;
    this.tipField = el;
    // Said once by the live region: the bubble itself is not focusable.
    this.bar?.announce(`${view.ui.fieldTipFor}: ${tip.text}`);
    this.drawTip();
  }

  /** Focus left the tip's field: the tip closes, and its format check (if any) is said now, not while typing. */
  private leaveTip() {
    const said = this.tips?.leave() ?? null;
    this.closeTip();
    if (said) this.bar?.announce(said);
  }

  private relocateTip() {
    const tip = this.view?.fieldTips.find((f) => f.id === this.openTipId);
    const el = tip ? findField(this.win.document, tip.field, this.host) : null;
    if (el === this.tipField) return;
    this.tipField = el;
    if (!el) this.openTipId = null;
    this.drawTip();
  }

  private closeTip() {
    if (this.openTipId === null) return;
    this.openTipId = null;
    this.tipField = null;
    this.drawTip();
  }

  /** The bubble beside the open tip's field, drawn by the field-tips script once it is loaded. */
  private drawTip() {
    const view = this.view;
    const tip = view?.fieldTips.find((f) => f.id === this.openTipId);
    if (!this.tips || !this.layer) return;
    this.tips.show(
      this.layer,
      tip ? this.tipField : null,
      tip && view
        ? {
            text: tip.text,
            ...(tip.format ? { format: tip.format } : {}),
            lang: view.lang,
            showHints: view.help.formatHints,
            ui: view.ui,
          }
        : null,
      () => this.closeTip(),
    );
  }

  private model(): BarModel {
    return {
      lang: this.view?.lang ?? this.lang,
      view: this.view,
      failed: this.failed,
      folded: this.folded ?? false,
      showHow: this.showHow,
    };
  }

  private draw() {
    this.bar?.draw(this.model());
  }

  private toggle() {
    this.folded = !this.folded;
    this.draw();
    void this.send({ type: 'settings-update', patch: { overlay: { collapsed: this.folded } } });
  }

  /** Asks the background to open the side panel for this tab; where the browser refuses, the bar says how. */
  private async openGuide() {
    const reply = (await this.send({ type: 'open-guide' })) as { ok?: boolean } | undefined;
    const refused = reply?.ok !== true;
    if (refused !== this.showHow) {
      this.showHow = refused;
      this.draw();
    }
    if (refused && this.view) this.bar?.announce(this.view.ui.openGuideHow);
  }

  /** The redacted "Report this page" outline for the side panel (lib/recognise/page-outline.ts). */
  private outline(): string {
    const r = this.recognition;
    if (!r || !this.tips) return '';
    const url = new URL(this.win.location.href);
    const signals = readSignals(this.win.document, url, this.host, { exhaustive: true });
    const meta = { lang: this.lang, version: ext.runtime.getManifest().version, reportTo: REPORT_TO };
    return this.tips.outline(signals, r, meta);
  }

  private async send(message: unknown): Promise<unknown> {
    if (this.signal.aborted) return undefined;
    try {
      return await ext.runtime.sendMessage(message);
    } catch {
      // The extension was reloaded or the worker is restarting: the next change asks again.
      return undefined;
    }
  }
}
