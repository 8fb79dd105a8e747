import { SRC } from '../sources';
import type { UnknownPageModule } from './page-module';

/** The guide's help on any portal page it does not recognise. */
export const page = (): UnknownPageModule => ({
  id: 'unknown',
  name: {
    en: 'Another portal page',
    fr: 'Autre page du portail',
  },
  tips: [
    {
      id: 'unknown-help-tool',
      kind: 'next',
      text: {
        en: "Stuck? CBSA's help tool, Get help with the CARM Client Portal, covers common problems.",
        fr: "Un problème? L'outil d'aide de l'ASFC pour le portail client de la GCRA traite les problèmes courants.",
      },
      source: SRC.helpTool,
    },
    {
      id: 'unknown-helpdesk',
      kind: 'next',
      text: {
        en: 'CARM helpdesk: 1-800-461-9999, choose your language, then press 2. Monday to Friday, 7 am to 7 pm Eastern time.',
        fr: "Centre d'assistance de la GCRA : 1-800-461-9999, choisissez votre langue, puis faites le 2. Du lundi au vendredi, de 7 h à 19 h, heure de l'Est.",
      },
      source: SRC.helpdesk,
    },
    {
      id: 'unknown-maintenance',
      kind: 'pitfall',
      text: {
        en: 'Portal not responding? CBSA announces scheduled maintenance in bulletins.',
        fr: "Le portail ne répond pas? L'ASFC annonce les périodes de maintenance prévues dans des bulletins.",
      },
      source: SRC.maintenance,
    },
  ],
  sources: [SRC.helpTool, SRC.helpdesk, SRC.maintenance],
});
