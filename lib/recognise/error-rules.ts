import type { ErrorId } from '../guide/ids';
import type { Phrases } from './rules';

/**
 * Known portal error messages. The help tool's categories are documented (docs/facts.md §5); the portal's exact
 * wording is not, so phrases are the key words of each category in both languages.
 */
export interface ErrorRule {
  id: ErrorId;
  phrases: Phrases;
}

export const ERROR_RULES: readonly ErrorRule[] = [
  {
    id: 'name-address-mismatch',
    phrases: {
      en: [
        'legal name or address',
        'name and address do not match',
        'does not match our records',
        'do not match our records',
      ],
      fr: [
        "nom legal ou l'adresse",
        'nom legal ou adresse',
        "denomination sociale ou l'adresse",
        'ne correspond pas aux renseignements',
        'ne correspond pas a nos dossiers',
        'ne correspondent pas a nos dossiers',
      ],
    },
  },
  {
    id: 'bn-not-accepted',
    phrases: {
      en: [
        'business number not accepted',
        'business number was not accepted',
        'business number is not valid',
        'invalid business number',
      ],
      fr: [
        "numero d'entreprise n'est pas accepte",
        "numero d'entreprise non accepte",
        "numero d'entreprise n'est pas valide",
        "numero d'entreprise invalide",
      ],
    },
  },
  {
    id: 'manual-registration',
    phrases: {
      en: ['must be manually registered', 'manual registration'],
      fr: ['doit etre enregistre manuellement', 'enregistrement manuel', 'inscription manuelle'],
    },
  },
  {
    id: 'register-unavailable',
    phrases: {
      en: ['register my business option is unavailable', 'register my business is unavailable'],
      fr: [
        "option enregistrer mon entreprise n'est pas disponible",
        "enregistrer mon entreprise n'est pas disponible",
      ],
    },
  },
  {
    id: 'program-account-problem',
    phrases: {
      en: ['problem adding cra program accounts', 'program account could not be added'],
      fr: ["probleme lors de l'ajout des comptes de programme", "compte de programme n'a pas pu etre ajoute"],
    },
  },
  {
    id: 'registration-failed',
    phrases: {
      en: ['registration failed', 'registration was not successful', 'could not complete your registration'],
      fr: [
        "echec de l'inscription",
        "echec de l'enregistrement",
        "l'inscription a echoue",
        "l'enregistrement a echoue",
      ],
    },
  },
];

/** CBSA help-tool codes look like EC-1012 (docs/facts.md §5); their meanings are not published. */
export const ERROR_CODE = /\bec[-\s]?(\d{4})\b/i;
