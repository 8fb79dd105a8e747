import { formatDate } from '../deadlines';
import type { Lang } from '../i18n/text';
import { typeset } from '../i18n/typography';
import { calendarDaysUntil, type ReminderTarget } from './schedule';

export interface ReminderNotice {
  title: string;
  message: string;
}

const titleOf = (target: ReminderTarget, lang: Lang): string =>
  typeof target.title === 'string' ? target.title : target.title[lang];

/** "today", "tomorrow", "in 7 days", counted on the Eastern calendar like every CBSA date. */
export const inDays = (days: number, lang: Lang): string => {
  if (lang === 'fr') return days === 0 ? 'aujourd’hui' : days === 1 ? 'demain' : `dans ${days} jours`;
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
};

/**
 * The notification for a reminder, in one language: the deadline's title, then its date with the zone named.
 * Plain sentences, because a notification is read out of context.
 */
export const reminderNotice = (target: ReminderTarget, now: Date, lang: Lang): ReminderNotice => {
  const notice = untypesetNotice(target, now, lang);
  return { title: typeset(notice.title, lang), message: typeset(notice.message, lang) };
};

const untypesetNotice = (target: ReminderTarget, now: Date, lang: Lang): ReminderNotice => {
  const when = inDays(calendarDaysUntil(target.at, now), lang);
  const title = titleOf(target, lang);
  switch (target.kind) {
    case 'payment': {
      const day = formatDate(target.at, lang, 'day');
      return {
        title,
        message:
          lang === 'fr'
            ? `Exigible le ${day} (${when}). Les chèques postés doivent arriver au plus tard à 16 h HE; les paiements électroniques sont acceptés jusqu’à 23 h 59 HE.`
            : `Due ${day} (${when}). Mailed cheques must arrive by 4:00 p.m. ET; electronic payments are accepted until 11:59 p.m. ET.`,
      };
    }
    case 'inactivity': {
      const day = formatDate(target.at, lang, 'day');
      return {
        title,
        message:
          lang === 'fr'
            ? `Sans nouvelle connexion, votre profil peut être désactivé à partir du ${day} (${when}).`
            : `If you do not sign in, your profile can be deactivated from ${day} (${when}).`,
      };
    }
    default: {
      const date = formatDate(target.at, lang, target.allDay ? 'day' : 'minute');
      return { title, message: lang === 'fr' ? `Le ${date} (${when}).` : `On ${date} (${when}).` };
    }
  }
};
