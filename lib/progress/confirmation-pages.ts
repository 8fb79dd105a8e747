// No zod here: the content script imports this table.
import type { KnownPageId, StepId } from '../guide/ids';

/**
 * Portal pages that prove a step is done (guide map, "done when"). Steps whose confirmation screen has no page id
 * yet (rpp, employee-access, client-requests) are ticked by the user until the recogniser learns that screen.
 */
export const CONFIRMATION_PAGES = {
  // The signed-in home or first-time setup only appear once MFA and the user profile are done.
  'first-time-setup': 'account',
  'portal-home': 'account',
  'business-linked': 'link-business',
  'delegation-approved': 'delegate',
} as const satisfies Partial<Record<KnownPageId, StepId>>;

export type ConfirmationPage = keyof typeof CONFIRMATION_PAGES;

export const isConfirmationPage = (page: string): page is ConfirmationPage =>
  Object.hasOwn(CONFIRMATION_PAGES, page);
