import type { Text } from '../i18n/text';
import type { PageId } from './ids';

/** What each portal page is called in the overlay ("Now on: …") and in outlines; plain names, not the portal's titles. */
export const PAGE_NAMES: Record<PageId, Text> = {
  'sign-in': { en: 'Sign in', fr: 'Ouverture de session' },
  'mfa-setup': { en: 'Multi-factor authentication', fr: 'Authentification à facteurs multiples' },
  'user-profile': { en: 'Your user profile', fr: "Votre profil d'utilisateur" },
  'first-time-setup': { en: 'First time setup', fr: 'Première configuration' },
  'business-identifiers': {
    en: 'Business Number and program account',
    fr: "Numéro d'entreprise et compte de programme",
  },
  'business-information': { en: 'Legal name and address', fr: 'Nom légal et adresse' },
  'business-verification': { en: 'Verification questions', fr: 'Questions de vérification' },
  'nri-documents': {
    en: 'Documents for non-resident importers',
    fr: 'Documents des importateurs non résidents',
  },
  'business-review': { en: 'Review and submit', fr: 'Vérifier et soumettre' },
  'business-linked': { en: 'Business linked', fr: 'Entreprise liée' },
  'employee-access-request': { en: 'Employee access request', fr: "Demande d'accès d'employé" },
  'portal-home': { en: 'Portal home', fr: 'Accueil du portail' },
  'third-party-requests': { en: 'Pending third-party requests', fr: 'Demandes de tiers en attente' },
  'business-relationships': { en: 'Business relationships', fr: "Relations d'affaires" },
  'relationship-details': { en: 'Request details', fr: 'Détails de la demande' },
  'delegation-approved': { en: 'Delegation approved', fr: 'Délégation approuvée' },
  'program-account-profile': { en: 'Program account profile', fr: 'Profil du compte de programme' },
  'rpp-enrolment': { en: 'Enrol in Release Prior to Payment', fr: 'Adhérer à la mainlevée avant paiement' },
  'rpp-security': { en: 'Submit financial security', fr: 'Soumettre une garantie financière' },
  unknown: { en: 'Another portal page', fr: 'Autre page du portail' },
};
