import { z } from 'zod';
import type { StepId } from '../guide/ids';
import { CONFIRMATION_PAGES, type ConfirmationPage } from './confirmation-pages';

export { CONFIRMATION_PAGES, type ConfirmationPage } from './confirmation-pages';

export const confirmationPageSchema = z.enum(
  Object.keys(CONFIRMATION_PAGES) as [ConfirmationPage, ...ConfirmationPage[]],
);

/**
 * Default id of a step's final checklist item, the one a confirmation page ticks. The guide data names that item
 * `<step>-confirmed`, or the background passes its own `finalItemOf` to handleMessage.
 */
export const finalItemId = (step: StepId): string => `${step}-confirmed`;
