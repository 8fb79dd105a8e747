import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupActions, type PopupState } from '@/components/popup/popup';
import { msToNextMinute } from '@/components/popup/popup-model';
import { pageLang } from '@/lib/i18n/page-lang';
import { t } from '@/lib/i18n/ui-strings';
import { sendMessage } from '@/lib/messages/send-message';
import { watchSnapshot } from '@/lib/messages/watch-snapshot';
import { openGuide } from '@/lib/sidepanel/open-guide';

type AppState = { status: 'loading' } | { status: 'error' } | Extract<PopupState, { status: 'ready' }>;

/** Ticks once a minute, on the minute of `clock`, until `signal` aborts (the popup closes). */
const everyMinute = (clock: () => Date, onTick: () => void, signal: AbortSignal) => {
  let interval: ReturnType<typeof setInterval> | undefined;
  const first = setTimeout(() => {
    onTick();
    interval = setInterval(onTick, 60_000);
  }, msToNextMinute(clock()));
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(first);
      clearInterval(interval);
    },
    { once: true },
  );
};

const download = (fileName: string, text: string, type: string) => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; free it a little later, not synchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** Wires the popup to the extension: state from the background, live storage updates, the clock, tabs. */
export const PopupApp = ({ clock }: { clock: () => Date }) => {
  const [state, setState] = useState<AppState>({ status: 'loading' });
  const [, setMinute] = useState(0);
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const snapshot = state.status === 'ready' ? state.snapshot : null;
  const lang = pageLang(snapshot, browser.i18n.getUILanguage());

  const load = async () => {
    const reply = await sendMessage({ type: 'get-state' });
    // The background's own message speaks of "your change"; on opening, say plainly that nothing could be read.
    setState(reply.ok ? { status: 'ready', snapshot: reply.state } : { status: 'error' });
  };

  // Set up once per popup.
  useEffect(() => {
    const run = new AbortController();
    void load();
    watchSnapshot((next) => setState({ status: 'ready', snapshot: next }), run.signal);
    everyMinute(clock, () => setMinute((m) => m + 1), run.signal);
    browser.permissions
      .contains({ permissions: ['notifications'] })
      .then(setAllowed, () => setAllowed(false));
    // Opened as a page (tests, or a pinned tab) rather than from the toolbar: follow the window's width.
    browser.tabs.getCurrent().then(
      (tab) => {
        if (tab) document.documentElement.classList.add('pp-in-tab');
      },
      () => undefined,
    );
    const close = () => run.abort();
    window.addEventListener('pagehide', close, { once: true });
    return close;
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'fr' ? 'fr-CA' : 'en-CA';
    document.title = t(lang, 'popupTitle');
  }, [lang]);

  const actions: PopupActions = {
    send: async (message) => {
      const reply = await sendMessage(message);
      if (reply.ok) setState({ status: 'ready', snapshot: reply.state });
      return reply;
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    // The side panel of this window (Chrome) or the sidebar (Firefox): no await before it, or the click no longer
    // counts as the user's gesture.
    openGuide: () => {
      void openGuide({ windowId: browser.windows.WINDOW_ID_CURRENT }).then((ok) => {
        if (ok) window.close();
      });
    },
    openTab: (url) => void browser.tabs.create({ url }),
    download,
    retry: () => {
      setState({ status: 'loading' });
      void load();
    },
  };

  const popupState: PopupState =
    state.status === 'error' ? { status: 'error', message: t(lang, 'loadError') } : state;
  return (
    <Popup lang={lang} clock={clock} state={popupState} notificationsAllowed={allowed} actions={actions} />
  );
};
