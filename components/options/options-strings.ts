import { fill } from '@/lib/i18n/boot-strings';
import type { Lang, Text } from '@/lib/i18n/text';
import { typeset } from '@/lib/i18n/typography';

/** Strings of the options page only, in both official languages (shared ones live in lib/i18n/ui-strings.ts). */
export const OPTIONS = {
  privacyLead: { en: 'Your privacy:', fr: 'Votre vie privée :' },
  privacyText: {
    en: 'Your progress stays in this browser. CARM Guide sends nothing anywhere. It never reads or stores what you type in the portal. The only exception is a format hint (for example, “9 digits expected”), worked out on the spot and never saved.',
    fr: 'Votre progression reste dans ce navigateur. Le Guide GCRA n’envoie rien nulle part. Il ne lit ni n’enregistre ce que vous tapez dans le portail. Seule exception : une indication de format (par exemple, « 9 chiffres attendus »), calculée sur place et jamais enregistrée.',
  },
  firstRunNext: {
    en: 'You are ready. On the portal, the full guide opens in your browser’s side panel (in Firefox, the sidebar), beside the portal’s pages, never on top of them.',
    fr: 'Vous êtes prêt. Sur le portail, l’aide complète du Guide GCRA s’ouvre dans le panneau latéral de votre navigateur (dans Firefox, la barre latérale), à côté des pages du portail, jamais par-dessus.',
  },
  privacyPolicy: { en: 'Privacy policy', fr: 'Politique de confidentialité' },
  welcome: {
    en: 'Welcome to CARM Guide. Start by choosing who you are registering as. The guide then shows the steps for that role on the CARM Client Portal.',
    fr: 'Bienvenue dans le Guide GCRA. Commencez par choisir à quel titre vous vous inscrivez. Il affiche ensuite les étapes de ce rôle dans le portail client de la GCRA.',
  },
  roleHeading: { en: 'Your role', fr: 'Votre rôle' },
  roleLegend: {
    en: 'Who are you registering as for “{label}”?',
    fr: 'À quel titre vous inscrivez-vous pour « {label} »?',
  },
  roleSaved: { en: 'Saved. Role: {role}.', fr: 'Enregistré. Rôle : {role}.' },

  profilesHeading: { en: 'Business profiles', fr: 'Profils d’entreprise' },
  profilesIntro: {
    en: 'Keep separate progress for each business you register, for example if you help several clients. The active profile is the one the guide uses on the portal.',
    fr: 'Gardez une progression distincte pour chaque entreprise que vous inscrivez, par exemple si vous aidez plusieurs clients. Le profil actif est celui que le Guide GCRA utilise dans le portail.',
  },
  active: { en: 'Active', fr: 'Actif' },
  roleNone: { en: 'Role: not chosen yet', fr: 'Rôle : pas encore choisi' },
  roleIs: { en: 'Role: {role}', fr: 'Rôle : {role}' },
  lastVisit: { en: 'Last portal visit: {date}', fr: 'Dernière visite du portail : {date}' },
  noVisit: {
    en: 'No portal visit recorded yet for this profile.',
    fr: 'Aucune visite du portail n’est encore enregistrée pour ce profil.',
  },
  inactivityLeft: {
    en: 'Portal profiles are deactivated after 180 days without sign-in: {days} left. Sign in before {date}.',
    fr: 'Les profils du portail sont désactivés après 180 jours sans connexion : il reste {days}. Connectez-vous avant le {date}.',
  },
  inactivityPassed: {
    en: 'More than 180 days without sign-in: the portal may have deactivated this profile.',
    fr: 'Plus de 180 jours sans connexion : le portail a peut-être désactivé ce profil.',
  },
  makeActive: { en: 'Make active', fr: 'Rendre actif' },
  makeActiveFor: { en: 'Make active: “{label}”', fr: 'Rendre actif : « {label} »' },
  switched: { en: '“{label}” is now the active profile.', fr: '« {label} » est maintenant le profil actif.' },
  rename: { en: 'Rename', fr: 'Renommer' },
  renameFor: { en: 'Rename “{label}”', fr: 'Renommer « {label} »' },
  renameLabel: { en: 'New name for “{label}”', fr: 'Nouveau nom pour « {label} »' },
  labelHint: {
    en: '1 to 60 characters. The name is stored in this browser only. Use a name you will recognise, such as a trade name. You do not need to type your Business Number.',
    fr: '1 à 60 caractères. Le nom est enregistré dans ce navigateur seulement. Utilisez un nom que vous reconnaîtrez, comme un nom commercial. Vous n’avez pas besoin d’inscrire votre numéro d’entreprise.',
  },
  labelInvalid: {
    en: 'Enter a name of 1 to 60 characters.',
    fr: 'Inscrivez un nom de 1 à 60 caractères.',
  },
  save: { en: 'Save', fr: 'Enregistrer' },
  cancel: { en: 'Cancel', fr: 'Annuler' },
  renamed: {
    en: 'Saved. The profile is now called “{label}”.',
    fr: 'Enregistré. Le profil s’appelle maintenant « {label} ».',
  },
  delete: { en: 'Delete', fr: 'Supprimer' },
  deleteFor: { en: 'Delete “{label}”', fr: 'Supprimer « {label} »' },
  deleteConfirm: {
    en: 'Delete “{label}” and its progress? This cannot be undone.',
    fr: 'Supprimer « {label} » et sa progression? Cette action est irréversible.',
  },
  deleteYes: { en: 'Yes, delete “{label}”', fr: 'Oui, supprimer « {label} »' },
  deleted: { en: '“{label}” was deleted.', fr: '« {label} » a été supprimé.' },
  lastProfile: {
    en: 'This is your only business profile, so it cannot be deleted: the guide always needs one. To start over, reset its progress under “Your data”.',
    fr: 'C’est votre seul profil d’entreprise, il ne peut donc pas être supprimé : le Guide GCRA en a toujours besoin d’un. Pour recommencer, réinitialisez sa progression sous « Vos données ».',
  },
  createHeading: { en: 'Add a business profile', fr: 'Ajouter un profil d’entreprise' },
  createLabel: { en: 'Name of the business profile', fr: 'Nom du profil d’entreprise' },
  createRole: { en: 'Role for this business', fr: 'Rôle pour cette entreprise' },
  chooseLater: { en: 'Choose later', fr: 'Choisir plus tard' },
  create: { en: 'Add and make active', fr: 'Ajouter et rendre actif' },
  created: {
    en: '“{label}” was added and is now the active profile.',
    fr: '« {label} » a été ajouté et est maintenant le profil actif.',
  },

  languageHeading: { en: 'Language', fr: 'Langue' },
  languageLegend: { en: 'Language of the guide', fr: 'Langue du Guide GCRA' },
  languagePortal: {
    en: 'Follow the portal’s language (default)',
    fr: 'Suivre la langue du portail (par défaut)',
  },
  languageSaved: { en: 'Saved. Language: {language}.', fr: 'Enregistré. Langue : {language}.' },

  helpHeading: { en: 'Help to show', fr: 'Aide à afficher' },
  helpLegend: { en: 'Show on the portal', fr: 'Afficher dans le portail' },
  help_pageTips: { en: 'Tips for each page', fr: 'Conseils pour chaque page' },
  help_fieldTips: { en: 'Tips next to fields', fr: 'Conseils à côté des champs' },
  help_checklist: { en: 'Checklist for each step', fr: 'Liste de vérification de chaque étape' },
  help_formatHints: {
    en: 'Format hints while you type (checked on the spot, never saved)',
    fr: 'Indications de format pendant la saisie (vérifiées sur place, jamais enregistrées)',
  },
  sideLegend: { en: 'Side of the screen for the guide', fr: 'Côté de l’écran pour le Guide GCRA' },
  side_right: { en: 'Right', fr: 'Droite' },
  side_left: { en: 'Left', fr: 'Gauche' },
  saved: { en: 'Saved.', fr: 'Enregistré.' },

  remindersHeading: { en: 'Reminders', fr: 'Rappels' },
  remindersIntro: {
    en: 'CARM Guide can show a browser notification before a deadline. It needs your permission to show notifications.',
    fr: 'Le Guide GCRA peut afficher une notification du navigateur avant une échéance. Il lui faut votre permission pour afficher des notifications.',
  },
  remindersEnable: { en: 'Remind me before deadlines', fr: 'Me rappeler les échéances' },
  remindersAsking: {
    en: 'Asking the browser for permission to show notifications…',
    fr: 'Demande de permission au navigateur pour afficher des notifications…',
  },
  remindersOn: { en: 'Reminders are on.', fr: 'Les rappels sont activés.' },
  remindersRefused: {
    en: 'Reminders stay off: permission to show notifications was not given. To use reminders, turn them on again and allow notifications.',
    fr: 'Les rappels restent désactivés : la permission d’afficher des notifications n’a pas été donnée. Pour utiliser les rappels, activez-les de nouveau et autorisez les notifications.',
  },
  remindersOff: { en: 'Reminders are off.', fr: 'Les rappels sont désactivés.' },
  remindersNoPermission: {
    en: 'Reminders are on, but the browser no longer allows CARM Guide to show notifications. Turn reminders off and on again to give permission.',
    fr: 'Les rappels sont activés, mais le navigateur ne permet plus au Guide GCRA d’afficher des notifications. Désactivez puis réactivez les rappels pour donner la permission.',
  },
  removePermission: {
    en: 'Also remove the permission to show notifications',
    fr: 'Retirer aussi la permission d’afficher des notifications',
  },
  permissionRemoved: {
    en: 'Permission to show notifications removed.',
    fr: 'Permission d’afficher des notifications retirée.',
  },
  permissionNotRemoved: {
    en: 'The permission could not be removed. You can remove it in the browser’s extension settings.',
    fr: 'La permission n’a pas pu être retirée. Vous pouvez la retirer dans les paramètres des extensions du navigateur.',
  },
  daysLegend: { en: 'When to remind you', fr: 'Quand vous le rappeler' },
  daysHint: { en: 'Choose up to 5.', fr: 'Choisissez-en jusqu’à 5.' },
  dayOne: { en: '1 day before', fr: '1 jour avant' },
  dayMany: { en: '{n} days before', fr: '{n} jours avant' },
  kindsLegend: { en: 'What to remind you about', fr: 'Sur quoi vous le rappeler' },
  kind_payment: { en: 'Payment due dates', fr: 'Dates d’échéance des paiements' },
  kind_soa: { en: 'Statement of Account (SOA) dates', fr: 'Dates des relevés de compte' },
  kind_custom: { en: 'Your own deadlines', fr: 'Vos propres échéances' },
  kind_inactivity: {
    en: 'Inactivity deadline (sign in before 180 days pass)',
    fr: 'Échéance d’inactivité (se connecter avant 180 jours)',
  },

  dataHeading: { en: 'Your data', fr: 'Vos données' },
  exportHeading: { en: 'Export', fr: 'Exporter' },
  exportIntro: {
    en: 'Save your progress and settings to a file, to keep a copy or move them to another browser.',
    fr: 'Enregistrez votre progression et vos paramètres dans un fichier, pour en garder une copie ou les transférer dans un autre navigateur.',
  },
  export: { en: 'Export progress to a file', fr: 'Exporter la progression dans un fichier' },
  exported: { en: 'Progress exported to {file}.', fr: 'Progression exportée dans {file}.' },
  importHeading: { en: 'Import', fr: 'Importer' },
  importIntro: {
    en: 'Importing replaces all progress and settings in this browser with those in the file. Export first if you want to keep what is here.',
    fr: 'L’importation remplace toute la progression et tous les paramètres de ce navigateur par ceux du fichier. Exportez d’abord si vous voulez garder ce qui s’y trouve.',
  },
  importLabel: {
    en: 'Choose a progress file to import (.json)',
    fr: 'Choisir un fichier de progression à importer (.json)',
  },
  importing: { en: 'Importing…', fr: 'Importation…' },
  imported: {
    en: 'Progress imported: {n} business profiles.',
    fr: 'Progression importée : {n} profils d’entreprise.',
  },
  importedOne: {
    en: 'Progress imported: 1 business profile.',
    fr: 'Progression importée : 1 profil d’entreprise.',
  },
  importUnreadable: {
    en: 'The file could not be read. Nothing was changed.',
    fr: 'Le fichier n’a pas pu être lu. Rien n’a été modifié.',
  },
  resetHeading: { en: 'Reset', fr: 'Réinitialiser' },
  resetIntro: {
    en: 'Export your progress first if you may need it again.',
    fr: 'Exportez d’abord votre progression si vous pourriez en avoir besoin.',
  },
  resetConfirm: {
    en: 'I understand this deletes progress stored in this browser and cannot be undone.',
    fr: 'Je comprends que cela supprime la progression enregistrée dans ce navigateur et que c’est irréversible.',
  },
  resetNeedsConfirm: {
    en: 'Nothing was reset. First tick “I understand this deletes progress”, then choose what to reset.',
    fr: 'Rien n’a été réinitialisé. Cochez d’abord « Je comprends que cela supprime la progression », puis choisissez quoi réinitialiser.',
  },
  resetProfile: {
    en: 'Reset the checklist of “{label}”',
    fr: 'Réinitialiser la liste de vérification de « {label} »',
  },
  resetProfileHint: {
    en: 'Unticks every item of this business profile. Its name, role and last visit stay.',
    fr: 'Décoche tous les éléments de ce profil d’entreprise. Son nom, son rôle et sa dernière visite restent.',
  },
  resetAll: { en: 'Delete everything', fr: 'Tout supprimer' },
  resetAllHint: {
    en: 'Deletes all business profiles, progress, your own deadlines and settings.',
    fr: 'Supprime tous les profils d’entreprise, la progression, vos propres échéances et les paramètres.',
  },
  resetProfileDone: {
    en: 'The checklist of “{label}” was reset.',
    fr: 'La liste de vérification de « {label} » a été réinitialisée.',
  },
  resetAllDone: {
    en: 'Everything was deleted. CARM Guide is back to its first-run state.',
    fr: 'Tout a été supprimé. Le Guide GCRA est revenu à son état initial.',
  },

  problemsHeading: { en: 'Saved progress was repaired', fr: 'La progression enregistrée a été réparée' },
  problemsDetails: {
    en: 'What was repaired on {date} (in English, for support):',
    fr: 'Ce qui a été réparé le {date} (en anglais, pour le soutien) :',
  },
  problemsDismiss: { en: 'I have read this', fr: 'J’ai lu ce message' },
  problemsDismissed: { en: 'Notice dismissed.', fr: 'Avis masqué.' },
} as const satisfies Record<string, Text>;

export type OptionsKey = keyof typeof OPTIONS;

/** The options string in `lang`, with `{name}` placeholders filled in. */
export const ot = (lang: Lang, key: OptionsKey, vars?: Record<string, string | number>): string =>
  typeset(fill(OPTIONS[key][lang], vars), lang);

/** "1 day" / "143 days", "1 jour" / "143 jours" (French singular for 0 and 1). */
export const dayCount = (n: number, lang: Lang): string => {
  const singular = lang === 'fr' ? n < 2 : n === 1;
  const word = lang === 'fr' ? (singular ? 'jour' : 'jours') : singular ? 'day' : 'days';
  return `${new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA').format(n)} ${word}`;
};
