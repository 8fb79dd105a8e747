/**
 * Opening the full guide beside the page: Chrome's side panel (`sidePanel.open`, Chrome 116+) or Firefox's sidebar
 * (`sidebarAction.open`). Both browsers allow it only in answer to a user action, so this is called synchronously
 * from a click or shortcut handler, before any await: an await in between loses the gesture
 * (GoogleChrome/chrome-extensions-samples#1477). Resolves false where the browser refused; the caller then says how.
 */
interface SidePanelApi {
  open(target: { tabId?: number; windowId?: number }): Promise<void>;
}
interface SidebarApi {
  open(): Promise<void>;
}

const api = () => {
  const g = globalThis as unknown as {
    chrome?: { sidePanel?: SidePanelApi };
    browser?: { sidebarAction?: SidebarApi };
  };
  return { sidePanel: g.chrome?.sidePanel, sidebar: g.browser?.sidebarAction };
};

export const openGuide = (target: { tabId?: number; windowId?: number }): Promise<boolean> => {
  const { sidePanel, sidebar } = api();
  try {
    if (sidePanel)
      return sidePanel.open(target).then(
        () => true,
        () => false,
      );
    if (sidebar)
      return sidebar.open().then(
        () => true,
        () => false,
      );
  } catch {
    // A synchronous refusal (no gesture) is the same answer as a rejected promise.
  }
  return Promise.resolve(false);
};

/** The in-page bar's request: open the guide for the tab the click happened in. */
export const isOpenGuideRequest = (raw: unknown): boolean =>
  typeof raw === 'object' &&
  raw !== null &&
  (raw as { type?: unknown }).type === 'open-guide' &&
  Object.keys(raw).length === 1;

/** The keyboard shortcut (manifest `commands`) Chrome hands to the background; Firefox uses _execute_sidebar_action. */
export const OPEN_GUIDE_COMMAND = 'open-guide';
