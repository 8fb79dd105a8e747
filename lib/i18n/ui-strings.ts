import { BOOT, fill } from './boot-strings';
import type { Lang, Text } from './text';
import { typeset } from './typography';

/** Interface strings of the overlay, popup and options, in both official languages (Canada.ca plain language). */
export const UI = {
  ...BOOT,
  unofficialNote: {
    en: 'An unofficial helper, not a Government of Canada product. Always follow what the portal and CBSA say.',
    fr: "Un outil d'aide non officiel, qui n'est pas un produit du gouvernement du Canada. Suivez toujours ce que disent le portail et l'ASFC.",
  },
  unknownPage: {
    en: 'This page is not part of registration, or the guide does not recognise it yet.',
    fr: "Cette page ne fait pas partie de l'inscription, ou le Guide GCRA ne la reconnaît pas encore.",
  },
  nowOn: { en: 'Now on: {page}.', fr: 'Page actuelle : {page}.' },
  next: { en: 'Next: {step}', fr: 'Ensuite : {step}' },
  lastVisit: { en: 'Last on the portal: {page}, {ago}', fr: 'Dernière visite du portail : {page}, {ago}' },
  noVisit: {
    en: 'You have not opened the portal with the guide yet.',
    fr: "Vous n'avez pas encore ouvert le portail avec le Guide GCRA.",
  },
  openOptions: { en: 'Settings', fr: 'Paramètres' },
  openPortal: { en: 'Open the CARM Client Portal', fr: 'Ouvrir le portail client de la GCRA' },
  optionsTitle: { en: 'CARM Guide settings', fr: 'Paramètres du Guide GCRA' },
  popupTitle: { en: 'CARM Guide', fr: 'Guide GCRA' },
  loadError: {
    en: 'The guide could not read its saved data. Your progress has not been changed.',
    fr: "Le Guide GCRA n'a pas pu lire ses données enregistrées. Vos progrès n'ont pas été modifiés.",
  },
  chooseRole: { en: 'Who are you registering as?', fr: 'À quel titre vous inscrivez-vous?' },
  chooseRoleHint: {
    en: 'The guide shows the steps for the role you choose. You can change it at any time.',
    fr: 'Le Guide GCRA affiche les étapes du rôle que vous choisissez. Vous pouvez le changer en tout temps.',
  },
  changeRole: { en: 'Change role', fr: 'Changer de rôle' },
  roleLabel: { en: 'Role: {role}', fr: 'Rôle : {role}' },
  profileLabel: { en: 'Business: {label}', fr: 'Entreprise : {label}' },
  progressOf: { en: '{done} of {total} done', fr: '{done} sur {total} terminés' },
  stepNotOnPath: {
    en: 'This page is not part of your role’s steps.',
    fr: 'Cette page ne fait pas partie des étapes de votre rôle.',
  },
  nextUp: { en: 'Next: {text}', fr: 'Prochaine action : {text}' },
  allDone: {
    en: 'All steps are done for this business.',
    fr: 'Toutes les étapes sont terminées pour cette entreprise.',
  },
  tipsHeading: { en: 'Tips for this page', fr: 'Conseils pour cette page' },
  kind_have_ready: { en: 'Have ready', fr: 'À avoir sous la main' },
  kind_enter: { en: 'What to enter', fr: 'Ce qu’il faut inscrire' },
  kind_pitfall: { en: 'Watch out', fr: 'Attention' },
  kind_next: { en: 'What comes next', fr: 'Et ensuite' },
  beforeYouStart: {
    en: 'Before you start: {done} of {total} ready',
    fr: 'Avant de commencer : {done} sur {total} prêts',
  },
  checklistHeading: { en: 'Checklist for this step', fr: 'Liste de vérification de cette étape' },
  tickedByPortal: { en: '(confirmed by the portal)', fr: '(confirmé par le portail)' },
  fieldHelpHeading: { en: 'Help with the fields', fr: 'Aide pour les champs' },
  showByField: { en: 'Show next to the field', fr: 'Afficher à côté du champ' },
  fieldNotShown: {
    en: 'This field is not on the screen right now.',
    fr: "Ce champ n'est pas à l'écran pour le moment.",
  },
  closeTip: { en: 'Close tip (Esc)', fr: 'Fermer le conseil (Échap)' },
  fieldTipFor: { en: 'Tip', fr: 'Conseil' },
  errorHeading: { en: 'The portal shows an error', fr: 'Le portail affiche une erreur' },
  whatItMeans: { en: 'What it means:', fr: 'Ce que cela signifie :' },
  whatToDo: { en: 'What to do:', fr: 'Que faire :' },
  resourcesHeading: { en: 'Official CBSA help', fr: "Aide officielle de l'ASFC" },
  source: { en: 'Source', fr: 'Source' },
  notConfirmed: { en: 'not confirmed by CBSA', fr: "non confirmé par l'ASFC" },
  opensNewTab: { en: '(opens in a new tab)', fr: '(s’ouvre dans un nouvel onglet)' },
  reportPage: { en: 'Report this page', fr: 'Signaler cette page' },
  reportIntro: {
    en: 'This outline helps the maintainers update the guide when the portal changes. It has no field values, names, numbers or addresses. Check it, then save it or copy it and send it to them.',
    fr: 'Ce résumé aide les responsables à mettre le Guide GCRA à jour quand le portail change. Il ne contient aucune valeur de champ, aucun nom, numéro ni adresse. Vérifiez-le, puis enregistrez-le ou copiez-le et envoyez-le-leur.',
  },
  reportSendTo: { en: 'Send it to {address}.', fr: 'Envoyez-le à {address}.' },
  copy: { en: 'Copy', fr: 'Copier' },
  save: { en: 'Save as a file', fr: 'Enregistrer dans un fichier' },
  copied: { en: 'Copied to the clipboard.', fr: 'Copié dans le presse-papiers.' },
  saved: {
    en: 'Saved to your downloads folder.',
    fr: 'Enregistré dans votre dossier de téléchargements.',
  },
  copyFailed: {
    en: 'Could not copy. Select the text and copy it yourself.',
    fr: 'La copie a échoué. Sélectionnez le texte et copiez-le vous-même.',
  },
  saveFailed: {
    en: 'Could not save the file. Copy the text instead.',
    fr: "Le fichier n'a pas pu être enregistré. Copiez plutôt le texte.",
  },
  reportFileName: { en: 'carm-guide-page-outline.txt', fr: 'guide-gcra-resume-de-page.txt' },
  closeReport: { en: 'Close', fr: 'Fermer' },
  level_ok: { en: 'Looks right:', fr: 'Semble correct :' },
  level_info: { en: 'Note:', fr: 'À noter :' },
  level_warn: { en: 'Check this:', fr: 'À vérifier :' },
  formatPrivacy: {
    en: 'Checked on your computer only; never saved.',
    fr: 'Vérifié sur votre ordinateur seulement; jamais enregistré.',
  },
  openGuideHow: {
    en: 'To open the guide, press Alt+Shift+G, or open the CARM Guide button in the toolbar and choose "Open the guide".',
    fr: 'Pour ouvrir le Guide GCRA, appuyez sur Alt+Maj+G, ou ouvrez le bouton Guide GCRA de la barre d’outils et choisissez « Ouvrir le Guide GCRA ».',
  },
  barChooseRole: {
    en: 'Open the guide to choose your role.',
    fr: 'Ouvrez le Guide GCRA pour choisir votre rôle.',
  },
  barDo: { en: 'To do: {text}', fr: 'À faire : {text}' },
  barError: {
    en: 'The portal shows an error: {title}. The guide explains it.',
    fr: 'Le portail affiche une erreur : {title}. Le Guide GCRA l’explique.',
  },
  sidePanelLabel: { en: 'CARM Guide, unofficial help', fr: 'Guide GCRA, aide non officielle' },
  notPortal: {
    en: 'The active tab is not the CARM Client Portal. Open the portal in this window to see help for the page you are on.',
    fr: 'L’onglet actif n’est pas le portail client de la GCRA. Ouvrez le portail dans cette fenêtre pour voir l’aide de la page où vous êtes.',
  },
  noScript: {
    en: 'The guide is not running in this portal tab yet. Reload the tab to start it.',
    fr: 'Le Guide GCRA ne fonctionne pas encore dans cet onglet du portail. Rechargez l’onglet pour le démarrer.',
  },
  onPortalPage: { en: 'On the portal: {page}', fr: 'Dans le portail : {page}' },
  thisPageHeading: { en: 'This page', fr: 'Cette page' },
  whatToDoHere: { en: 'What to do here', fr: 'Que faire ici' },
  moreTips: { en: 'More for this page ({n})', fr: 'Plus pour cette page ({n})' },
  notesHeading: { en: 'Sources', fr: 'Sources' },
  journeyHeading: { en: 'Your steps', fr: 'Vos étapes' },
  nextStepIs: { en: 'After this step: {step}', fr: 'Après cette étape : {step}' },
} as const satisfies Record<string, Text>;

export type UiKey = keyof typeof UI;

/** The string in `lang`, with `{name}` placeholders filled in. */
export const t = (lang: Lang, key: UiKey, vars?: Record<string, string | number>): string =>
  typeset(fill(UI[key][lang], vars), lang);
