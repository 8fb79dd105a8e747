import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Overlay } from '@/components/overlay/overlay';
import { copyText, saveText } from '@/components/report/report-actions';
import type { ReportStatus } from '@/components/report/report-outline';
import type { RoleId } from '@/lib/guide/ids';
import type { Lang } from '@/lib/i18n/text';
import type { OverlayView } from '@/lib/overlay/overlay-view';
import { type TipsApi, whenTips } from '@/lib/overlay/tips-api';
import { isConfirmationPage } from '@/lib/progress/confirmation-pages';
import { findField } from '@/lib/recognise/find-field';
import { readSignals } from '@/lib/recognise/page-signals';
import { portalLang } from '@/lib/recognise/portal-lang';
import { type Recognition, recognise } from '@/lib/recognise/recognise-page';
import { watchPage } from '@/lib/recognise/watch-page';
import { REPORT_TO } from '@/lib/report/report-to';
import { watchFocus } from './focus-watch';
import type { Contract, Host } from './mount-host';

const WATCHED_KEYS = ['progress', 'settings'];

/** One portal tab's guide: recognises the page, keeps <carm-guide>'s attributes true, renders the overlay. */
export class PortalGuide {
  private host: HTMLElement | undefined;
  private setContract: ((attrs: Contract) => void) | undefined;
  private container: HTMLElement | undefined;
  /** Where field-tip bubbles go: a sibling of the panel in our shadow root. */
  private layer: HTMLElement | undefined;
  private tips: TipsApi | undefined;
  /** The portal field the open tip points at (null: docked in the panel). */
  private tipField: HTMLElement | null = null;
  private recognition: Recognition | undefined;
  private lang: Lang = 'en';
  private view: OverlayView | null = null;
  private failed = false;
  private collapsed: boolean | undefined;
  private announcement = '';
  private report: string | null = null;
  private reportStatus: ReportStatus = '';
  private fieldPresent: Record<string, boolean> = {};
  private openTipId: string | null = null;
  /** Folded to its bar while the user fills in a field it would cover; not saved. */
  private tucked = false;
  private panelRect: DOMRect | undefined;
  private request = 0;
  /** The Esc that closed a tip: the panel must not fold on the same key press (one Esc, one layer). */
  private tipEscape: Event | null = null;
  /** Where keyboard focus goes once the next render has removed the control that had it. */
  private refocus: string | null = null;

  constructor(
    private readonly win: Window,
    private readonly signal: AbortSignal,
  ) {
    watchFocus(win.document, signal, () => (this.openTipId ? this.tipField : null), {
      onFocus: (el) => this.onFieldFocus(el),
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
  }

  attach({ host, container, layer, setContract }: Host) {
    this.host = host;
    this.setContract = setContract;
    this.container = container;
    this.layer = layer;
    this.evaluate();
    // Paint at once (the "loading" state, folded to its bar until the settings arrive) rather than after the
    // background's reply: the worker may be asleep.
    if (!this.view) this.draw();
  }

  detach() {
    if (this.layer) this.tips?.show(this.layer, null, null, () => undefined);
    this.host = undefined;
    this.setContract = undefined;
    this.container = undefined;
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
    // Progress or settings changed in another tab, the popup or the options page: ask for a fresh view.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && WATCHED_KEYS.some((k) => k in changes)) void this.refreshView();
    };
    browser.storage.onChanged.addListener(onStorage);
    this.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage), {
      once: true,
    });
  }

  /** Reads the page, updates the contract attributes in place, and re-renders only when something changed. */
  evaluate() {
    const url = new URL(this.win.location.href);
    const lang = portalLang(url, this.win.document);
    const next = recognise(readSignals(this.win.document, url, this.host));
    const previous = this.recognition;
    const errorsKey = (r: Recognition | undefined) =>
      r?.errors.map((e) => e.id + (e.code ?? '')).join() ?? '';
    const pageChanged = !previous || previous.page !== next.page;
    const changed = pageChanged || lang !== this.lang || errorsKey(previous) !== errorsKey(next);
    this.recognition = next;
    this.lang = lang;
    this.syncAttributes();
    // The portal may have replaced the nodes a tip points at: find the fields again on every evaluation.
    this.locateFields();
    if (!changed) return;
    if (pageChanged) this.onPageChange(next);
    void this.refreshView();
  }

  private onPageChange(r: Recognition) {
    this.tucked = false;
    this.closeTip();
    this.report = null;
    void this.send({ type: 'visit', page: r.page, lang: this.lang });
    if (isConfirmationPage(r.page)) void this.send({ type: 'portal-confirmed', page: r.page });
  }

  private async refreshView() {
    const r = this.recognition;
    if (!r) return;
    const id = ++this.request;
    const reply = (await this.send({
      type: 'overlay-view',
      page: r.page,
      lang: this.lang,
      errors: r.errors.map((e) => (e.code ? { id: e.id, code: e.code } : { id: e.id })),
    })) as { ok?: boolean; view?: OverlayView } | undefined;
    if (id !== this.request) return; // A newer request superseded this one.
    if (reply?.ok && reply.view) {
      const before = this.view;
      this.view = reply.view;
      this.failed = false;
      if (this.collapsed === undefined) this.collapsed = reply.view.collapsed;
      if (!before || before.page !== reply.view.page || before.step?.label !== reply.view.step?.label) {
        this.announcement = [reply.view.pageName, reply.view.step?.label].filter(Boolean).join('. ');
      }
      this.syncAttributes();
      this.locateFields();
    } else {
      this.failed = true;
    }
    this.draw();
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

  private locateFields() {
    const view = this.view;
    // Folded with no tip open, nothing shows whether a field is on screen: skip the search (render storms).
    if (view && (this.collapsed || this.tucked) && !this.openTipId) return;
    if (!view?.help.fieldTips) {
      this.fieldPresent = {};
      return;
    }
    const present: Record<string, boolean> = {};
    for (const tip of view.fieldTips) {
      const el = findField(this.win.document, tip.field, this.host);
      present[tip.id] = !!el;
      if (tip.id === this.openTipId && el !== this.tipField) {
        this.tipField = el;
        this.drawTip();
      }
    }
    const changed = JSON.stringify(present) !== JSON.stringify(this.fieldPresent);
    this.fieldPresent = present;
    if (changed) this.draw();
  }

  private onFieldFocus(el: HTMLElement) {
    this.dodge(el);
    if (el === this.tipField || !el.matches('input,select,textarea')) return;
    const view = this.view;
    if (!view?.help.fieldTips) return;
    const tip = view.fieldTips.find((f) => findField(this.win.document, f.field, this.host) === el);
    if (tip && tip.id !== this.openTipId) this.openTip(tip.id, el);
  }

  /**
   * The panel never sits on the field being filled in: while a field it would cover has focus, it folds to its
   * bar (the tip bubble still helps beside the field), and unfolds once focus moves elsewhere.
   */
  private dodge(field: HTMLElement) {
    if (this.collapsed) return;
    const panel = this.container?.querySelector('.cg-panel');
    if (!this.tucked && panel) this.panelRect = panel.getBoundingClientRect();
    const b = this.panelRect;
    if (!b) return;
    const a = field.getBoundingClientRect();
    const overlaps = a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    if (overlaps !== this.tucked) {
      this.tucked = overlaps;
      this.draw();
    }
    // Folded to its bar, the panel can still sit on the field (small windows, 200 % zoom): lift the field above it.
    const bar = this.tucked ? this.container?.querySelector('.cg-panel')?.getBoundingClientRect() : undefined;
    if (bar && a.left < bar.right && a.right > bar.left && a.top < bar.bottom && a.bottom > bar.top) {
      this.win.scrollBy({ top: a.bottom - bar.top + 16, behavior: 'instant' });
    }
  }

  private openTip(tipId: string, el?: HTMLElement | null) {
    const tip = this.view?.fieldTips.find((f) => f.id === tipId);
    if (!tip) return;
    this.openTipId = tipId;
    const field = el ?? findField(this.win.document, tip.field, this.host);
    this.tipField = field;
    if (field && !el) field.scrollIntoView({ block: 'center', behavior: 'auto' });
    // Said once by the live region: the bubble itself is not focusable and not announced.
    this.announcement = `${this.view?.ui.fieldTipFor ?? ''}: ${tip.text}`;
    this.draw();
  }

  private closeTip() {
    if (this.openTipId === null) return;
    this.openTipId = null;
    this.tipField = null;
    this.draw();
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

  private draw() {
    if (!this.container || !this.recognition) return;
    const view = this.view;
    const lang = view?.lang ?? this.lang;
    const tipOpen = view?.fieldTips.some((f) => f.id === this.openTipId) ?? false;
    render(
      <Overlay
        lang={lang}
        view={view}
        failed={this.failed}
        collapsed={(this.collapsed ?? true) || this.tucked}
        announcement={this.announcement}
        fieldPresent={this.fieldPresent}
        openTipId={tipOpen && !this.tipField ? this.openTipId : null}
        report={this.report}
        reportStatus={this.reportStatus}
        onToggle={() => this.toggle()}
        onRole={(role: RoleId) => {
          this.refocus = '.cg-meta .cg-link';
          void this.send({ type: 'set-role', role });
        }}
        onChangeRole={() => {
          this.refocus = 'input[name="cg-role"]';
          void this.send({ type: 'set-role', role: null });
        }}
        onEscape={(e) => this.escapeInPanel(e)}
        onTick={(itemId, done) => void this.send({ type: 'tick', itemId, done })}
        onShowField={(id) => this.openTip(id)}
        onReport={() => this.openReport()}
        onCopyReport={() => void this.copyReport()}
        onSaveReport={() => this.saveReport()}
        onCloseReport={() => {
          this.report = null;
          this.draw();
        }}
      />,
      this.container,
    );
    this.drawTip();
    const target = this.refocus ? this.container.querySelector<HTMLElement>(this.refocus) : null;
    if (target) {
      this.refocus = null;
      target.focus();
    }
  }

  /** Esc inside the panel folds it (unless that Esc just closed a tip) and puts focus on the toggle, which stays. */
  private escapeInPanel(e: KeyboardEvent) {
    if (e === this.tipEscape || this.collapsed || this.tucked || this.report !== null) return;
    this.toggle();
    this.container?.querySelector<HTMLElement>('.cg-toggle')?.focus();
  }

  private toggle() {
    if (this.tucked) {
      this.tucked = false;
      this.draw();
      return;
    }
    this.collapsed = !this.collapsed;
    this.locateFields();
    this.draw();
    void this.send({ type: 'settings-update', patch: { overlay: { collapsed: this.collapsed } } });
  }

  private openReport() {
    const r = this.recognition;
    if (!r) return;
    const url = new URL(this.win.location.href);
    const signals = readSignals(this.win.document, url, this.host);
    // The outline code comes with the field-tips script (document_idle), long loaded by the time anyone clicks.
    const meta = { lang: this.lang, version: browser.runtime.getManifest().version, reportTo: REPORT_TO };
    this.report = this.tips?.outline(signals, r, meta) ?? '';
    this.reportStatus = '';
    this.draw();
  }

  private async copyReport() {
    this.reportStatus = (await copyText(this.win, this.report ?? '')) ? 'copied' : 'copy-failed';
    this.draw();
  }

  private saveReport() {
    const name = this.view?.ui.reportFileName ?? 'carm-guide-page-outline.txt';
    const saved = this.layer ? saveText(this.layer, this.report ?? '', name) : false;
    this.reportStatus = saved ? 'saved' : 'save-failed';
    this.draw();
  }

  private async send(message: unknown): Promise<unknown> {
    if (this.signal.aborted) return undefined;
    try {
      return await browser.runtime.sendMessage(message);
    } catch {
      // The extension was reloaded or the worker is restarting: the next change asks again.
      return undefined;
    }
  }
}
