import { type Role, roleSchema } from './schema';

/** The four roles of the guide map; the user picks one, the guide never guesses. */
export const ROLES: readonly Role[] = roleSchema.array().parse([
  {
    id: 'importer',
    title: { en: 'Importer', fr: 'Importateur' },
    description: {
      en: 'A business in Canada that registers itself in the CARM Client Portal and works with a customs broker.',
      fr: "Une entreprise au Canada qui s'enregistre dans le portail client de la GCRA et fait affaire avec un courtier en douane.",
    },
  },
  {
    id: 'nri',
    title: { en: 'Non-resident importer (NRI)', fr: 'Importateur non résident' },
    description: {
      en: 'A business outside Canada that imports into Canada. It first needs a Business Number from the Canada Revenue Agency (CRA) and an approved BSF900 records agreement.',
      fr: "Une entreprise située hors du Canada qui importe au Canada. Elle doit d'abord obtenir un numéro d'entreprise de l'Agence du revenu du Canada (ARC) et une entente BSF900 approuvée sur la tenue des registres.",
    },
  },
  {
    id: 'employee',
    title: {
      en: 'Employee of a registered business',
      fr: "Membre du personnel d'une entreprise enregistrée",
    },
    description: {
      en: 'You work for a business that is already registered and need your own access to its account.',
      fr: 'Vous travaillez pour une entreprise déjà enregistrée et avez besoin de votre propre accès à son compte.',
    },
  },
  {
    id: 'broker',
    title: { en: 'Customs broker or service provider', fr: 'Courtier en douane ou fournisseur de services' },
    description: {
      en: 'You register your own firm, then ask your importer clients to delegate authority to you.',
      fr: 'Vous enregistrez votre propre entreprise, puis demandez à vos clients importateurs de vous déléguer des pouvoirs.',
    },
  },
]);
