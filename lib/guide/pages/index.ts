// The page registry: one module per portal page, in journey order. The recogniser, the overlay view and progress
// read pages from here (the content script from rules.ts, its light half); no other file lists page ids, except
// the id vocabulary in ../ids.ts that stored progress and messages validate against.
import type { Text } from '../../i18n/text';
import type { PageId } from '../ids';
import { type FieldTip, fieldTipSchema, type PageTip, pageTipSchema } from '../schema';
import { page as businessIdentifiers } from './business-identifiers';
import { page as businessInformation } from './business-information';
import { page as businessLinked } from './business-linked';
import { page as businessRelationships } from './business-relationships';
import { page as businessReview } from './business-review';
import { page as businessStart } from './business-start';
import { page as businessVerification } from './business-verification';
import { page as delegationApproved } from './delegation-approved';
import { page as employeeAccessRequest } from './employee-access-request';
import { page as firstTimeSetup } from './first-time-setup';
import { page as mfaSetup } from './mfa-setup';
import { page as nriDocuments } from './nri-documents';
import type { PageModule, UnknownPageModule } from './page-module';
import { page as portalHome } from './portal-home';
import { page as programAccountProfile } from './program-account-profile';
import { page as relationshipDetails } from './relationship-details';
import { page as rppEnrolment } from './rpp-enrolment';
import { page as rppSecurity } from './rpp-security';
import { page as signIn } from './sign-in';
import { page as thirdPartyRequests } from './third-party-requests';
import { page as unknown } from './unknown';
import { page as userProfile } from './user-profile';

export type { PageBasics, PageModule, UnknownPageModule } from './page-module';
export { CONFIRMATION_PAGES, type ConfirmationPage, PAGE_BASICS, PAGE_STEP } from './rules';

/** Every known portal page, in journey order. */
export const PAGES: readonly PageModule[] = [
  signIn(),
  mfaSetup(),
  userProfile(),
  firstTimeSetup(),
  businessStart(),
  businessIdentifiers(),
  businessInformation(),
  businessVerification(),
  nriDocuments(),
  businessReview(),
  businessLinked(),
  employeeAccessRequest(),
  portalHome(),
  thirdPartyRequests(),
  businessRelationships(),
  relationshipDetails(),
  delegationApproved(),
  programAccountProfile(),
  rppEnrolment(),
  rppSecurity(),
];

/** The help shown on a page the recogniser does not know. */
export const UNKNOWN_PAGE: UnknownPageModule = unknown();

const BY_ID = new Map<PageId, PageModule | UnknownPageModule>([...PAGES, UNKNOWN_PAGE].map((p) => [p.id, p]));

/** A page's module; `unknown` has one too (its name and tips). */
export const pageModule = (id: PageId): PageModule | UnknownPageModule => {
  const found = BY_ID.get(id);
  // PageId is a closed enum and the meta-test checks every id has a module, so a miss is a programming error.
  if (!found) throw new Error(`No page module for "${id}"`);
  return found;
};

/** Every page tip, with its page, in journey order (checked once here: ids, both languages, a source). */
export const PAGE_TIPS: readonly PageTip[] = pageTipSchema
  .array()
  .parse([...PAGES, UNKNOWN_PAGE].flatMap((p) => p.tips.map((tip) => ({ ...tip, page: p.id }))));

/** Every field tip, with its page. */
export const FIELD_TIPS: readonly FieldTip[] = fieldTipSchema
  .array()
  .parse(PAGES.flatMap((p) => p.fieldTips.map((tip) => ({ ...tip, page: p.id }))));

/** What each portal page is called in the overlay ("Now on: …") and in outlines. */
export const PAGE_NAMES = Object.fromEntries([...PAGES, UNKNOWN_PAGE].map((p) => [p.id, p.name])) as Record<
  PageId,
  Text
>;
