import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CHECKLIST, type StepId } from '@/lib/guide';
import { handleMessage, refuseOversized } from '@/lib/messages/handle-message';
import { handleOverlayView, isOverlayViewRequest } from '@/lib/messages/overlay-view';
import { finalItemId } from '@/lib/progress/portal-confirmations';
import { startReminders } from '@/lib/reminders/reminder-worker';
import { isOpenGuideRequest, OPEN_GUIDE_COMMAND, openGuide } from '@/lib/sidepanel/open-guide';

/** The item a confirmation page ticks: the step's final checklist item in the guide data. */
const finalItemOf = (step: StepId): string =>
  CHECKLIST.find((i) => i.step === step && i.final)?.id ?? finalItemId(step);

// The only writer of progress. Listeners are registered synchronously at start-up so a woken MV3 worker sees the
// message that woke it; no state lives in memory between events (storage is the source of truth).
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own pages and content scripts talk to us; runtime messages cannot come from web pages.
    if (sender.id !== browser.runtime.id) return undefined;
    // The in-page bar's "Open the guide": opened synchronously, while the click's user gesture still counts.
    if (isOpenGuideRequest(message)) {
      const tabId = sender.tab?.id;
      return openGuide(tabId === undefined ? {} : { tabId }).then((ok) => ({ ok }));
    }
    // Refused by size before any parsing: a huge message cannot block the worker (issue 15, finding 7).
    const refused = refuseOversized(message);
    if (refused) return Promise.resolve(refused);
    if (isOverlayViewRequest(message)) return handleOverlayView(message, new Date(), { finalItemOf });
    return handleMessage(message, { now: () => new Date(), finalItemOf });
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });

  // Chrome's keyboard shortcut for the side panel (Firefox's is the built-in _execute_sidebar_action).
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== OPEN_GUIDE_COMMAND) return;
    void openGuide(tab?.windowId === undefined ? {} : { windowId: tab.windowId });
  });

  // Opt-in deadline reminders: alarms re-planned from storage, notifications when they fire.
  startReminders();
});
