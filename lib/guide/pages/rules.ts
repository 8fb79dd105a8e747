// The light half of the page registry: each page's id, step, confirmation role and recognition rule, without the
// tips, so the first-paint content script stays small. Same order as index.ts (the meta-test checks it).
import type { KnownPageId, StepId } from '../ids';
import { basics as businessIdentifiers } from './business-identifiers';
import { basics as businessInformation } from './business-information';
import { basics as businessLinked } from './business-linked';
import { basics as businessRelationships } from './business-relationships';
import { basics as businessReview } from './business-review';
import { basics as businessStart } from './business-start';
import { basics as businessVerification } from './business-verification';
import { basics as delegationApproved } from './delegation-approved';
import { basics as employeeAccessRequest } from './employee-access-request';
import { basics as firstTimeSetup } from './first-time-setup';
import { basics as mfaSetup } from './mfa-setup';
import { basics as nriDocuments } from './nri-documents';
import { basics as portalHome } from './portal-home';
import { basics as programAccountProfile } from './program-account-profile';
import { basics as relationshipDetails } from './relationship-details';
import { basics as rppEnrolment } from './rpp-enrolment';
import { basics as rppSecurity } from './rpp-security';
import { basics as signIn } from './sign-in';
import { basics as thirdPartyRequests } from './third-party-requests';
import { basics as userProfile } from './user-profile';

/** Every known portal page's basics, in journey order. */
export const PAGE_BASICS = [
  signIn,
  mfaSetup,
  userProfile,
  firstTimeSetup,
  businessStart,
  businessIdentifiers,
  businessInformation,
  businessVerification,
  nriDocuments,
  businessReview,
  businessLinked,
  employeeAccessRequest,
  portalHome,
  thirdPartyRequests,
  businessRelationships,
  relationshipDetails,
  delegationApproved,
  programAccountProfile,
  rppEnrolment,
  rppSecurity,
] as const;

type Basics = (typeof PAGE_BASICS)[number];

/** The step each portal page belongs to (guide map, "Portal pages"). */
export const PAGE_STEP = Object.fromEntries(PAGE_BASICS.map((b) => [b.id, b.step])) as Record<
  KnownPageId,
  StepId
>;

/** A page whose appearance proves a step is done (guide map, "done when"). */
export type ConfirmationPage = Extract<Basics, { confirms: StepId }>['id'];

/**
 * Confirmation pages and the step each one completes. Steps whose confirmation screen has no page id yet (rpp,
 * employee-access, client-requests) are ticked by the user until the recogniser learns that screen.
 */
export const CONFIRMATION_PAGES = Object.fromEntries(
  PAGE_BASICS.flatMap((b) => ('confirms' in b ? [[b.id, b.confirms]] : [])),
) as Record<ConfirmationPage, StepId>;
