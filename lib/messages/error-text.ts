import type { Text } from '../i18n/text';
import type { ErrorCode, ErrorReply } from './schema';

/** Why a request failed, finer than the code, so each case gets its own plain-language sentence. */
export type ErrorReason =
  | 'invalid-message'
  | 'profile-not-found'
  | 'deadline-not-found'
  | 'last-profile'
  | 'profile-limit'
  | 'deadline-limit'
  | 'unknown-item'
  | 'too-large'
  | 'import-too-large'
  | 'internal';

const REASONS: Record<ErrorReason, { code: ErrorCode; message: Text }> = {
  'invalid-message': {
    code: 'invalid-message',
    message: {
      en: 'CARM Guide received a request it could not understand. Nothing was changed. Reload the page and try again.',
      fr: "Le Guide GCRA a reçu une demande qu'il n'a pas pu comprendre. Rien n'a été modifié. Rechargez la page et réessayez.",
    },
  },
  'profile-not-found': {
    code: 'not-found',
    message: {
      en: 'This business profile no longer exists. It may have been deleted in another tab. Nothing was changed.',
      fr: "Ce profil d'entreprise n'existe plus. Il a peut-être été supprimé dans un autre onglet. Rien n'a été modifié.",
    },
  },
  'deadline-not-found': {
    code: 'not-found',
    message: {
      en: 'This deadline no longer exists. It may have been deleted in another tab. Nothing was changed.',
      fr: "Cette échéance n'existe plus. Elle a peut-être été supprimée dans un autre onglet. Rien n'a été modifié.",
    },
  },
  'last-profile': {
    code: 'last-profile',
    message: {
      en: 'You cannot delete your only business profile. To start over, reset its progress instead.',
      fr: "Vous ne pouvez pas supprimer votre seul profil d'entreprise. Pour recommencer, réinitialisez plutôt sa progression.",
    },
  },
  'profile-limit': {
    code: 'limit-reached',
    message: {
      en: 'You already have 50 business profiles, the most CARM Guide keeps. Delete one you no longer need first.',
      fr: "Vous avez déjà 50 profils d'entreprise, le maximum que le Guide GCRA conserve. Supprimez d'abord un profil dont vous n'avez plus besoin.",
    },
  },
  'deadline-limit': {
    code: 'limit-reached',
    message: {
      en: 'You already have 100 deadlines, the most CARM Guide keeps. Delete a past one first.',
      fr: "Vous avez déjà 100 échéances, le maximum que le Guide GCRA conserve. Supprimez d'abord une échéance passée.",
    },
  },
  'unknown-item': {
    code: 'not-found',
    message: {
      en: 'This checklist item is not in this version of the guide. Nothing was changed. Reload the page and try again.',
      fr: "Cet élément de la liste de vérification n'existe pas dans cette version du guide. Rien n'a été modifié. Rechargez la page et réessayez.",
    },
  },
  'too-large': {
    code: 'too-large',
    message: {
      en: 'CARM Guide received a request far too large to be one of its own. Nothing was changed.',
      fr: "Le Guide GCRA a reçu une demande beaucoup trop volumineuse pour être l'une des siennes. Rien n'a été modifié.",
    },
  },
  'import-too-large': {
    code: 'too-large',
    message: {
      en: 'This file is too large to be a CARM Guide progress file (more than 2 MB). Choose a file you exported from CARM Guide. Nothing was changed.',
      fr: "Ce fichier est trop volumineux pour être un fichier de progression du Guide GCRA (plus de 2 Mo). Choisissez un fichier exporté depuis le Guide GCRA. Rien n'a été modifié.",
    },
  },
  internal: {
    code: 'internal',
    message: {
      en: 'Something went wrong and your change may not have been saved. Try again. If it keeps happening, export your progress from the options page.',
      fr: "Un problème est survenu et votre modification n'a peut-être pas été enregistrée. Réessayez. Si le problème persiste, exportez votre progression depuis la page des options.",
    },
  },
};

export const errorReply = (reason: ErrorReason): ErrorReply => ({
  ok: false,
  error: { code: REASONS[reason].code, message: REASONS[reason].message },
});
