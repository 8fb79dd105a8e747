// No zod here: the content script imports this. Which pages confirm a step is page data (lib/guide/pages/).
import { CONFIRMATION_PAGES, type ConfirmationPage } from '../guide/pages/rules';

export { CONFIRMATION_PAGES, type ConfirmationPage } from '../guide/pages/rules';

export const isConfirmationPage = (page: string): page is ConfirmationPage =>
  Object.hasOwn(CONFIRMATION_PAGES, page);
