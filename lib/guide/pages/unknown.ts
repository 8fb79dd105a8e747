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
        en: 'CARM helpdesk: 1-800-461-9999, or 1-204-983-3500 or 1-506-636-5064 from outside Canada and the US. Press 2 for CARM.',
        fr: "Centre d'assistance de la GCRA : 1-800-461-9999, ou 1-204-983-3500 ou 1-506-636-5064 de l'extérieur du Canada et des États-Unis. Faites le 2 pour la GCRA.",
      },
      source: SRC.helpdesk,
    },
    {
      id: 'unknown-contact-form',
      kind: 'next',
      text: {
        en: "Not urgent? Use CBSA's online client support contact form: expect a reply within 2 business days, Monday to Friday.",
        fr: "Pas urgent? Utilisez le formulaire de contact en ligne de l'ASFC : comptez une réponse dans les 2 jours ouvrables, du lundi au vendredi.",
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
