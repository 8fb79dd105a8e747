import { overlayViewRequestSchema } from './overlay-view';

/*
 * What the side panel asks the content script of the tab it follows (browser.tabs.sendMessage). The content script
 * answers its page state as the very `overlay-view` request it sends the background, so the side panel forwards it
 * unchanged; it carries ids only, never page text.
 */
export const PAGE_STATE = 'carm-page-state';
export const PAGE_OUTLINE = 'carm-outline';

export const pageStateReplySchema = overlayViewRequestSchema;
