import { fill } from '@/lib/i18n/boot-strings';
import type { Lang, Text } from '@/lib/i18n/text';
import { typeset } from '@/lib/i18n/typography';

/** The popup's own strings (shared ones are in lib/i18n/ui-strings.ts), both official languages, plain language. */
export const POPUP = {
  notGc: {
    en: 'Not a Government of Canada product.',
    fr: 'Ce n’est pas un produit du gouvernement du Canada.',
  },
  settings: { en: 'Settings', fr: 'Paramètres' },
  settingsHint: { en: '(opens the settings page)', fr: '(ouvre la page des paramètres)' },
  otherLanguage: { en: 'Français', fr: 'English' },
  otherLanguageHint: { en: 'Afficher en français', fr: 'Show in English' },
  loading: { en: 'Loading…', fr: 'Chargement…' },
  tryAgain: { en: 'Try again', fr: 'Réessayer' },
  deadlinesStillShown: {
    en: 'The CBSA dates below do not depend on your saved data.',
    fr: 'Les dates de l’ASFC ci-dessous ne dépendent pas de vos données enregistrées.',
  },

  // progress
  progressHeading: { en: 'Your registration', fr: 'Votre inscription' },
  allSteps: { en: 'Your steps', fr: 'Vos étapes' },
  stepDone: { en: 'done', fr: 'terminée' },
  stepCurrent: { en: 'current step', fr: 'étape en cours' },
  stepCount: { en: '{done}/{total}', fr: '{done}/{total}' },
  noRole: {
    en: 'Choose who you are registering as, and the guide will show your steps.',
    fr: 'Choisissez à quel titre vous vous inscrivez, et le Guide GCRA affichera vos étapes.',
  },
  chooseRole: { en: 'Choose your role', fr: 'Choisir votre rôle' },

  // deadlines
  deadlinesHeading: { en: 'Upcoming deadlines', fr: 'Prochaines échéances' },
  easternNote: {
    en: 'Dates and times are in Eastern time (ET), the time zone CBSA uses.',
    fr: 'Les dates et les heures sont à l’heure de l’Est (HE), le fuseau horaire de l’ASFC.',
  },
  timeLeft: { en: 'Time left: {time}', fr: 'Temps restant : {time}' },
  today: { en: 'Today', fr: 'Aujourd’hui' },
  paymentTitle: { en: 'Payment due', fr: 'Paiement exigible' },
  dueOn: { en: 'Due {date}', fr: 'Exigible le {date}' },
  electronic: {
    en: 'Electronic payments: until 11:59 p.m. ET',
    fr: 'Paiements électroniques : au plus tard à 23 h 59 HE',
  },
  cheque: {
    en: 'Mailed cheques: must arrive by 4:00 p.m. ET',
    fr: 'Chèques postés : doivent arriver au plus tard à 16 h HE',
  },
  chequePassed: {
    en: 'Mailed cheques: the 4:00 p.m. ET cut-off has passed.',
    fr: 'Chèques postés : l’heure limite de 16 h HE est passée.',
  },
  inactivityFrom: {
    en: 'Your profile can be deactivated from {date}.',
    fr: 'Votre profil peut être désactivé à partir du {date}.',
  },
  inactivityBasis: {
    en: 'Counted from your last visit to the portal with the guide.',
    fr: 'Calculé à partir de votre dernière visite du portail avec le Guide GCRA.',
  },
  daysLeftOne: { en: '1 day left', fr: 'Il reste 1 jour' },
  daysLeftMany: { en: '{n} days left', fr: 'Il reste {n} jours' },
  daysLeftNone: {
    en: 'No days left: your profile may already be deactivated.',
    fr: 'Il ne reste aucun jour : votre profil est peut-être déjà désactivé.',
  },
  yourDeadline: { en: 'Your deadline', fr: 'Votre échéance' },
  note: { en: 'Note:', fr: 'Note :' },
  edit: { en: 'Edit', fr: 'Modifier' },
  delete: { en: 'Delete', fr: 'Supprimer' },
  confirmDelete: { en: 'Delete “{title}”?', fr: 'Supprimer « {title} »?' },
  confirmDeleteYes: { en: 'Yes, delete', fr: 'Oui, supprimer' },
  cancel: { en: 'Cancel', fr: 'Annuler' },
  addDeadline: { en: 'Add a deadline', fr: 'Ajouter une échéance' },
  passedDeadlines: { en: 'Your passed deadlines', fr: 'Vos échéances passées' },
  passed: { en: 'Passed', fr: 'Passée' },

  // form
  newDeadline: { en: 'New deadline', fr: 'Nouvelle échéance' },
  editDeadline: { en: 'Edit the deadline', fr: 'Modifier l’échéance' },
  fieldTitle: { en: 'Title', fr: 'Titre' },
  fieldTitleHint: { en: 'Up to 80 characters.', fr: 'Jusqu’à 80 caractères.' },
  fieldDate: { en: 'Date', fr: 'Date' },
  fieldTime: { en: 'Time (Eastern time)', fr: 'Heure (heure de l’Est)' },
  fieldWhenHint: {
    en: 'Enter the date and time in Eastern time (Ottawa, Toronto), the time zone CBSA uses. If you live elsewhere, convert your local time first.',
    fr: 'Entrez la date et l’heure à l’heure de l’Est (Ottawa, Toronto), le fuseau horaire de l’ASFC. Si vous vivez ailleurs, convertissez d’abord votre heure locale.',
  },
  fieldNote: { en: 'Note (optional)', fr: 'Note (facultatif)' },
  fieldNoteHint: { en: 'Up to 200 characters.', fr: 'Jusqu’à 200 caractères.' },
  save: { en: 'Save', fr: 'Enregistrer' },
  formProblems: {
    en: 'Check the highlighted fields.',
    fr: 'Vérifiez les champs signalés.',
  },
  errTitleRequired: { en: 'Enter a title.', fr: 'Entrez un titre.' },
  errTitleLong: { en: 'Use 80 characters or fewer.', fr: 'Utilisez 80 caractères ou moins.' },
  errTitleChars: {
    en: 'Remove the tabs or line breaks from the title.',
    fr: 'Retirez les tabulations ou les sauts de ligne du titre.',
  },
  errDateRequired: { en: 'Enter a date.', fr: 'Entrez une date.' },
  errDate: {
    en: 'Enter a real date, for example 2026-12-31.',
    fr: 'Entrez une date réelle, par exemple 2026-12-31.',
  },
  errTime: { en: 'Enter a time, for example 16:00.', fr: 'Entrez une heure, par exemple 16:00.' },
  errPast: {
    en: 'This date and time have passed. Choose a later one.',
    fr: 'Cette date et cette heure sont passées. Choisissez-en une plus tard.',
  },
  errNoteLong: { en: 'Use 200 characters or fewer.', fr: 'Utilisez 200 caractères ou moins.' },
  errNoteChars: {
    en: 'Remove the tabs and special characters from the note.',
    fr: 'Retirez les tabulations et les caractères spéciaux de la note.',
  },
  saved: { en: 'Deadline saved.', fr: 'Échéance enregistrée.' },
  deleted: { en: 'Deadline deleted.', fr: 'Échéance supprimée.' },

  // reminders and export
  remindersOff: {
    en: 'Reminders are off. You can turn them on in Settings.',
    fr: 'Les rappels sont désactivés. Vous pouvez les activer dans les paramètres.',
  },
  remindersOn: {
    en: 'Reminders are on: {days} before each deadline.',
    fr: 'Les rappels sont activés : {days} avant chaque échéance.',
  },
  remindersBlocked: {
    en: 'Reminders are on, but the browser does not allow notifications yet. Allow them in Settings.',
    fr: 'Les rappels sont activés, mais le navigateur n’autorise pas encore les notifications. Autorisez-les dans les paramètres.',
  },
  dayOne: { en: '1 day', fr: '1 jour' },
  dayMany: { en: '{n} days', fr: '{n} jours' },
  and: { en: 'and', fr: 'et' },
  exportIcs: { en: 'Add to my calendar (.ics file)', fr: 'Ajouter à mon calendrier (fichier .ics)' },
  exportHint: {
    en: 'Downloads the next deadlines as a file that most calendar apps can import.',
    fr: 'Télécharge les prochaines échéances dans un fichier que la plupart des applications de calendrier peuvent importer.',
  },
  exported: { en: 'Calendar file downloaded.', fr: 'Fichier de calendrier téléchargé.' },

  // history
  historyHeading: { en: 'Past CARM dates ({n})', fr: 'Dates passées de la GCRA ({n})' },
  historyIntro: {
    en: 'Milestones that have passed, and plans that were cancelled or replaced.',
    fr: 'Les étapes passées, et les plans qui ont été annulés ou remplacés.',
  },
  superseded: { en: 'Superseded', fr: 'Remplacée' },
  plannedFor: { en: 'Planned for {date}', fr: 'Date prévue : {date}' },
  /** Lower case in French: the popup capitalises it when it starts a line. */
  range: { en: '{start} to {end}', fr: 'du {start} au {end}' },
} as const satisfies Record<string, Text>;

export type PopupKey = keyof typeof POPUP;

/** The popup string in `lang`, with `{name}` placeholders filled in. */
export const p = (lang: Lang, key: PopupKey, vars?: Record<string, string | number>): string =>
  typeset(fill(POPUP[key][lang], vars), lang);
