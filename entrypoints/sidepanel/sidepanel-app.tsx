import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { copyText, saveText } from '@/components/report/report-actions';
import type { ReportStatus } from '@/components/report/report-outline';
import { type PanelState, SidePanel } from '@/components/sidepanel/side-panel';
import type { RoleId } from '@/lib/guide/ids';
import type { Lang } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/ui-strings';
import { type OverlayViewRequest, overlayViewRequestSchema } from '@/lib/messages/overlay-view';
import { sendMessage } from '@/lib/messages/send-message';
import { PAGE_OUTLINE, PAGE_STATE, pageStateReplySchema } from '@/lib/messages/tab-messages';
import type { OverlayView } from '@/lib/overlay/overlay-view';
import { REPORT_TO } from '@/lib/report/report-to';
import { PORTAL_ORIGIN } from '@/lib/sidepanel/portal-origin';

const WATCHED_KEYS = ['progress', 'settings'];

const isPortalUrl = (url: string | undefined) => !!url && url.startsWith(`${PORTAL_ORIGIN}/`);

/**
 * Wires the side panel to the browser: follows the active tab of its window (or the tab named by `?tab=`, when the
 * page is opened in a tab of its own), asks that tab's content script what page it is on, hears its page changes,
 * and asks the background for the view. Nothing here reads the portal's page itself.
 */
export const SidePanelApp = ({ search }: { search: string }) => {
  const uiLang: Lang = browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const [state, setState] = useState<PanelState>({ kind: 'loading' });
  const [announcement, setAnnouncement] = useState('');
  const [report, setReport] = useState<string | null>(null);
  const [reportStatus, setReportStatus] = useState<ReportStatus>('');
  const tabId = useRef<number | undefined>(undefined);
  const request = useRef<OverlayViewRequest | null>(null);
  const shown = useRef<OverlayView | null>(null);
  const ticket = useRef(0);

  const refreshView = async () => {
    const req = request.current;
    if (!req) return;
    const mine = ++ticket.current;
    let reply: { ok?: boolean; view?: OverlayView } | undefined;
    try {
      reply = (await browser.runtime.sendMessage(req)) as typeof reply;
    } catch {
      reply = undefined;
    }
    if (mine !== ticket.current) return; // A newer page or tab superseded this answer.
    if (!reply?.ok || !reply.view) {
      setState({ kind: 'failed' });
      return;
    }
    const view = reply.view;
    const before = shown.current;
    shown.current = view;
    // Said once per page or step change (and errors), never on a tick or a storage refresh.
    const errorsKey = (v: OverlayView | null) => v?.errors.map((e) => e.id + (e.code ?? '')).join() ?? '';
    if (
      !before ||
      before.page !== view.page ||
      before.step?.label !== view.step?.label ||
      before.lang !== view.lang ||
      errorsKey(before) !== errorsKey(view)
    ) {
      setAnnouncement(
        [
          t(view.lang, 'onPortalPage', { page: view.pageName }),
          view.step?.label,
          ...view.errors.map((e) => e.title),
        ]
          .filter(Boolean)
          .join('. '),
      );
    }
    setState({ kind: 'ready', view });
  };

  const follow = async (id: number | undefined) => {
    if (id !== tabId.current) {
      setReport(null);
      shown.current = null;
    }
    tabId.current = id;
    const mine = ++ticket.current;
    const tab = id === undefined ? undefined : await browser.tabs.get(id).catch(() => undefined);
    if (mine !== ticket.current) return;
    // Without the portal's host permission a tab's URL is not even visible to us: that is "not the portal" too.
    if (!tab || !isPortalUrl(tab.url)) {
      request.current = null;
      setState({ kind: 'not-portal' });
      setAnnouncement(t(uiLang, 'notPortal'));
      return;
    }
    const raw = await browser.tabs.sendMessage(tab.id as number, { type: PAGE_STATE }).catch(() => undefined);
    if (mine !== ticket.current) return;
    const parsed = pageStateReplySchema.safeParse(raw);
    if (!parsed.success) {
      request.current = null;
      setState({ kind: 'no-script' });
      return;
    }
    request.current = parsed.data;
    await refreshView();
  };

  useEffect(() => {
    const pinned = Number(new URLSearchParams(search).get('tab'));
    const pinnedTab = Number.isInteger(pinned) && pinned > 0 ? pinned : undefined;
    let windowId: number | undefined;
    const start = async () => {
      if (pinnedTab) return follow(pinnedTab);
      windowId = (await browser.windows.getCurrent()).id;
      const [active] = await browser.tabs.query({ active: true, windowId });
      return follow(active?.id);
    };
    void start();

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (!pinnedTab && info.windowId === windowId) void follow(info.tabId);
    };
    const onUpdated = (id: number, change: { url?: string; status?: string }) => {
      if (id === tabId.current && (change.url !== undefined || change.status === 'complete')) void follow(id);
    };
    // The content script's own request to the background (one per page, language or error change) reaches every
    // extension page too: the panel follows it without asking again.
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (sender.tab?.id === undefined || sender.tab.id !== tabId.current) return undefined;
      const parsed = overlayViewRequestSchema.safeParse(message);
      if (parsed.success) {
        request.current = parsed.data;
        void refreshView();
      }
      return undefined;
    };
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && WATCHED_KEYS.some((k) => k in changes)) void refreshView();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, []);

  const lang = state.kind === 'ready' ? state.view.lang : uiLang;
  useEffect(() => {
    document.documentElement.lang = lang === 'fr' ? 'fr-CA' : 'en-CA';
    document.title = t(lang, 'productName');
  }, [lang]);

  return (
    <SidePanel
      lang={uiLang}
      state={state}
      announcement={announcement}
      report={report}
      reportStatus={reportStatus}
      onRole={(role: RoleId) => void sendMessage({ type: 'set-role', role })}
      onChangeRole={() => void sendMessage({ type: 'set-role', role: null })}
      onTick={(itemId, done) => void sendMessage({ type: 'tick', itemId, done })}
      onReport={async () => {
        const id = tabId.current;
        const reply =
          id === undefined ? undefined : await browser.tabs.sendMessage(id, { type: PAGE_OUTLINE });
        const outline = (reply as { outline?: unknown } | undefined)?.outline;
        setReport(typeof outline === 'string' ? outline : '');
        setReportStatus('');
      }}
      reportTo={REPORT_TO}
      onCopyReport={async () =>
        setReportStatus((await copyText(window, report ?? '')) ? 'copied' : 'copy-failed')
      }
      onSaveReport={() =>
        setReportStatus(
          saveText(document.body, report ?? '', t(lang, 'reportFileName')) ? 'saved' : 'save-failed',
        )
      }
      onCloseReport={() => setReport(null)}
    />
  );
};
