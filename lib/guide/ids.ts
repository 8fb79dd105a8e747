import { z } from 'zod';
import { PAGE_STEP } from './pages/rules';

// Stable ids from the guide map (docs/facts.md §8): code, tests, stored progress and the overlay's data attributes use them.

export const ROLE_IDS = ['importer', 'nri', 'employee', 'broker'] as const;
export const roleIdSchema = /* @__PURE__ */ z.enum(ROLE_IDS);
export type RoleId = z.infer<typeof roleIdSchema>;

export const STEP_IDS = [
  'prepare',
  'account',
  'link-business',
  'delegate',
  'rpp',
  'employee-access',
  'client-requests',
] as const;
export const stepIdSchema = /* @__PURE__ */ z.enum(STEP_IDS);
export type StepId = z.infer<typeof stepIdSchema>;

export const PAGE_IDS = [
  'sign-in',
  'mfa-setup',
  'user-profile',
  'first-time-setup',
  'business-start',
  'business-identifiers',
  'business-information',
  'business-verification',
  'nri-documents',
  'business-review',
  'business-linked',
  'employee-access-request',
  'portal-home',
  'third-party-requests',
  'business-relationships',
  'relationship-details',
  'delegation-approved',
  'program-account-profile',
  'rpp-enrolment',
  'rpp-security',
  'unknown',
] as const;
export const pageIdSchema = /* @__PURE__ */ z.enum(PAGE_IDS);
export type PageId = z.infer<typeof pageIdSchema>;
export type KnownPageId = Exclude<PageId, 'unknown'>;

// Each page's step lives in its page module (lib/guide/pages/); the registry's light half derives this table.
export { PAGE_STEP } from './pages/rules';

/** Each role's path through the steps (guide map, "Who uses it"). */
export const ROLE_PATH: Record<RoleId, readonly StepId[]> = {
  importer: ['prepare', 'account', 'link-business', 'delegate', 'rpp'],
  nri: ['prepare', 'account', 'link-business', 'delegate', 'rpp'],
  employee: ['prepare', 'account', 'employee-access'],
  broker: ['prepare', 'account', 'link-business', 'client-requests'],
};

export const stepOfPage = (page: PageId): StepId | undefined =>
  page === 'unknown' ? undefined : PAGE_STEP[page];

/** Portal error messages the guide explains (guide map: recognised wherever they appear, on top of the page id). */
export const ERROR_IDS = [
  'name-address-mismatch',
  'bn-not-accepted',
  'registration-failed',
  'manual-registration',
  'register-unavailable',
  'program-account-problem',
  'error-code',
] as const;
export const errorIdSchema = /* @__PURE__ */ z.enum(ERROR_IDS);
export type ErrorId = z.infer<typeof errorIdSchema>;
