import { describe, expect, it } from 'vitest';
import {
  checklistFor,
  errorCodeHelp,
  errorHelp,
  fieldTipsFor,
  fieldTipsForLabel,
  nextStep,
  RESOURCES,
  resourceLink,
  resourcesFor,
  stepProgressLabel,
  stepsForRole,
  tipsFor,
} from './index';

describe('query helpers', () => {
  it('labels progress as "Step n of total · short title" in both languages', () => {
    expect(stepProgressLabel('importer', 'link-business', 'en')).toBe('Step 3 of 5 · Link your business');
    expect(stepProgressLabel('importer', 'link-business', 'fr')).toBe(
      'Étape 3 sur 5 · Associer votre entreprise',
    );
    expect(stepProgressLabel('broker', 'client-requests', 'en')).toBe(
      'Step 4 of 4 · Request client delegation',
    );
    expect(stepProgressLabel('employee', 'employee-access', 'fr')).toBe("Étape 3 sur 3 · Demander l'accès");
  });

  it('gives just the short title for a step off the role’s path', () => {
    expect(stepProgressLabel('employee', 'rpp', 'en')).toBe('Post your security');
  });

  it('follows each role’s own path', () => {
    expect(stepsForRole('employee').map((s) => s.id)).toEqual(['prepare', 'account', 'employee-access']);
    expect(nextStep('importer', 'link-business')?.id).toBe('delegate');
    expect(nextStep('broker', 'link-business')?.id).toBe('client-requests');
    expect(nextStep('employee', 'account')?.id).toBe('employee-access');
    expect(nextStep('nri', 'rpp')).toBeUndefined();
    expect(nextStep('employee', 'rpp')).toBeUndefined();
  });

  it('filters checklist items by role', () => {
    const nri = checklistFor('nri', 'prepare').map((i) => i.id);
    const importer = checklistFor('importer', 'prepare').map((i) => i.id);
    const employee = checklistFor('employee', 'prepare').map((i) => i.id);
    expect(nri).toContain('prepare-nri-bsf900');
    expect(importer).not.toContain('prepare-nri-bsf900');
    expect(employee).toContain('prepare-employer-bn9');
    expect(employee).not.toContain('prepare-legal-name');
    expect(checklistFor('employee', 'rpp')).toEqual([]);
    expect(checklistFor('nri', 'link-business').map((i) => i.id)).toContain('link-business-nri-documents');
  });

  it('shows role-specific tips only once a role is chosen', () => {
    const anyone = tipsFor('first-time-setup');
    expect(anyone.every((t) => t.roles === undefined)).toBe(true);
    expect(tipsFor('first-time-setup', 'employee').map((t) => t.id)).toContain('first-time-setup-employee');
    expect(tipsFor('first-time-setup', 'importer').map((t) => t.id)).not.toContain(
      'first-time-setup-employee',
    );
  });

  it('finds field tips by label, ignoring accents, case and apostrophes', () => {
    expect(fieldTipsFor('business-identifiers').map((t) => t.format)).toEqual(['bn9', 'program-account']);
    expect(
      fieldTipsForLabel('business-identifiers', 'Numéro d’entreprise (NE9)', 'fr').map((t) => t.id),
    ).toEqual(['field-bn9']);
    expect(
      fieldTipsForLabel('business-identifiers', 'Program Reference Number', 'en').map((t) => t.id),
    ).toEqual(['field-program-account']);
    expect(fieldTipsForLabel('employee-access-request', 'Business number', 'en').map((t) => t.id)).toEqual([
      'field-employer-bn9',
    ]);
  });

  it('links resources in the page language with their certainty', () => {
    expect(resourcesFor('account').map((r) => r.id)).toContain('video-sign-in');
    const video2 = RESOURCES.find((r) => r.id === 'video-link-business');
    expect(video2 && resourceLink(video2, 'fr').url).toMatch(/r1-2-fra\.html$/);
    const video4 = RESOURCES.find((r) => r.id === 'video-third-party-delegation');
    expect(video4 && resourceLink(video4, 'fr').certainty).toBe('uncertain');
    expect(video4 && resourceLink(video4, 'en').certainty).toBe('confirmed');
  });

  it('explains errors and error codes', () => {
    expect(errorHelp('name-address-mismatch').meaning.en).toMatch(/exactly/);
    expect(errorCodeHelp('EC-1012')?.code).toBe('EC-1012');
    expect(errorCodeHelp('ec 1023')?.code).toBe('EC-1023');
    const unlisted = errorCodeHelp('EC-4242');
    expect(unlisted?.meaning.en).toBe(
      "EC-4242 is not one of the codes CBSA's help tool lists (EC-1012, EC-1023, EC-1029).",
    );
    expect(unlisted?.action.en).toMatch(/choose Error code, then Other/);
    expect(unlisted?.action.en).toMatch(/1-800-461-9999/);
    expect(errorCodeHelp('not a code')).toBeUndefined();
  });
});
