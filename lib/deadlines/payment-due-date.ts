import { addDays, endOfDay, isWeekend, startOfDay } from 'date-fns';
import type { Lang, Source, Text } from '../i18n/text';
import { typesetText } from '../i18n/typography';
import {
  EASTERN_ZONE,
  easternInstant,
  easternTime,
  formatEasternDay,
  inEastern,
  toEastern,
} from './eastern-time';
import { holidayOn } from './holidays';

/**
 * Recurring CARM deadlines, computed (never listed) from the rules in docs/facts.md §3.
 * All functions take and return plain Date instants; "day" values are 00:00 Eastern on that day.
 * The rules are those in force since CARM went live on 2024-10-21; earlier statements followed other rules,
 * and CBSA announces one-off exceptions in CARM bulletins.
 */

/** Goods released from the 18th of one month to the 17th of the next are billed together (Eastern days). */
export interface BillingPeriod {
  /** 00:00:00.000 Eastern on the 18th. */
  start: Date;
  /** 23:59:59.999 Eastern on the 17th (inclusive end, like date-fns endOfDay). */
  end: Date;
  /** 'YYYY-MM' of the month the period ends in, which is also the month of its Statement of Account. */
  key: string;
}

export type RecurringKind = 'soa' | 'payment-electronic' | 'payment-cheque';

export interface RecurringDeadline {
  /** e.g. 'soa-2026-12', 'payment-electronic-2026-12' (the period's key). */
  id: string;
  kind: RecurringKind;
  /** SOA: 00:00 Eastern on the 25th (allDay); payments: the cut-off instant. */
  at: Date;
  /** The SOA is a date, not a time: the UI should show the day only, and it stays listed all that Eastern day. */
  allDay: boolean;
  period: BillingPeriod;
  title: Text;
  /** Which goods the deadline covers, with the period's dates spelled out. */
  detail: Text;
  source: Source;
  extraSources?: Source[];
  /** A holiday caveat: the due date or the statement date falls on a holiday (see holidays.ts). */
  caveat?: Text;
}

/** The DN/SOA page: 18th–17th billing period, SOA on the 25th. */
export const SOA_SOURCE: Source = {
  url: 'https://www.cbsa-asfc.gc.ca/prog/arl-glcc/dnsa-aqrc-eng.html',
  title: {
    en: 'CBSA: Daily Notice and Statement of Account',
    fr: 'ASFC : avis quotidien et relevé de compte',
  },
  certainty: 'confirmed',
};

/**
 * CBSA's payments page ("Commercial import payments: Duties, taxes and other customs dues"): the due date is
 * "10 weekdays, holidays included, after the 17th of the month"; mailed cheques by 4 pm ET, electronic payments
 * until 11:59 pm ET; exceptions are posted there ("Deferred to date" table) and in CARM bulletins.
 * (Section 10.3 of SOR/86-1062, cited before, sets the same rule for Customs Self-Assessment importers only.)
 */
export const PAYMENT_SOURCE: Source = {
  url: 'https://cbsa-asfc.gc.ca/prog/arl-glcc/pay-paie-eng.html',
  title: {
    en: 'CBSA: Commercial import payments (when to pay)',
    fr: 'ASFC : paiements pour les importations commerciales (quand payer)',
  },
  certainty: 'confirmed',
};

/** The due-date rule and the cut-off times come from the same CBSA page. */
export const DUE_DATE_SOURCE: Source = PAYMENT_SOURCE;
export const PAYMENT_CUTOFF_SOURCE: Source = PAYMENT_SOURCE;

/** The billing period that ends on the 17th of `month` (1–12) of `year`. */
export function billingPeriodEndingIn(year: number, month: number): BillingPeriod {
  // easternTime normalises month 0 or 13, so callers may step months by simple addition.
  const seventeenth = easternTime({ year, month, day: 17 });
  const endYear = seventeenth.getFullYear();
  const endMonth = seventeenth.getMonth() + 1;
  return {
    start: easternInstant({ year: endYear, month: endMonth - 1, day: 18 }),
    end: new Date(endOfDay(seventeenth).getTime()),
    key: formatEasternDay({ year: endYear, month: endMonth, day: 1 }).slice(0, 7),
  };
}

/** The 18th–17th billing period (Eastern days) that contains `instant`. */
export function billingPeriodFor(instant: Date): BillingPeriod {
  const e = toEastern(instant);
  // On the 18th or later, goods belong to the period that ends on the 17th of the next month.
  const endsNextMonth = e.getDate() >= 18;
  return billingPeriodEndingIn(e.getFullYear(), e.getMonth() + 1 + (endsNextMonth ? 1 : 0));
}

/** The billing period right after `period`. */
export function nextBillingPeriod(period: BillingPeriod): BillingPeriod {
  return billingPeriodFor(new Date(period.end.getTime() + 1));
}

/** 00:00 Eastern on the 25th of the period's last month, the day the SOA is issued. */
export function statementDate(period: BillingPeriod): Date {
  const end = toEastern(period.end);
  return easternInstant({ year: end.getFullYear(), month: end.getMonth() + 1, day: 25 });
}

/**
 * 00:00 Eastern on the due day: the 10th weekday after the 17th.
 * Why weekdays and not "business days": CBSA's payments page says "10 weekdays, holidays included, after the 17th
 * of the month" (PAYMENT_SOURCE), so only Saturdays and Sundays are skipped. The "18th business day" belief is
 * wrong (docs/facts.md §3).
 * When that day is itself a holiday (e.g. Canada Day, Thu 2027-07-01) we still return it, with a caveat
 * (holidayCaveat): earlier is the safe side, and CBSA announces any deferral on that page and in CARM bulletins.
 */
export function paymentDueDate(period: BillingPeriod): Date {
  let day = startOfDay(period.end, { in: inEastern });
  let weekdays = 0;
  while (weekdays < 10) {
    day = addDays(day, 1, { in: inEastern });
    if (!isWeekend(day, { in: inEastern })) weekdays += 1;
  }
  return new Date(day.getTime());
}

/**
 * Electronic payments are accepted "until 11:59 pm ET" on the due day: we use 23:59:00.000 Eastern exactly,
 * the time CBSA names, so a countdown never promises the last seconds. https://cbsa-asfc.gc.ca/prog/arl-glcc/pay-paie-eng.html
 */
export function electronicCutoff(due: Date): Date {
  const d = toEastern(due);
  return easternInstant({
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: 23,
    minute: 59,
  });
}

/** Mailed cheques must be received by 4:00 pm Eastern on the due day. https://cbsa-asfc.gc.ca/prog/arl-glcc/pay-paie-eng.html */
export function chequeCutoff(due: Date): Date {
  const d = toEastern(due);
  return easternInstant({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: 16 });
}

const monthDay = (instant: Date, lang: Lang): { day: number; month: string; year: number } => {
  const e = toEastern(instant);
  const month = new Intl.DateTimeFormat(lang === 'en' ? 'en-CA' : 'fr-CA', {
    month: 'long',
    timeZone: EASTERN_ZONE,
  }).format(instant);
  return { day: e.getDate(), month, year: e.getFullYear() };
};

/** "goods released from October 18 to November 17, 2026" in both languages. */
function periodDetail(period: BillingPeriod): Text {
  const enStart = monthDay(period.start, 'en');
  const enEnd = monthDay(period.end, 'en');
  const frStart = monthDay(period.start, 'fr');
  const frEnd = monthDay(period.end, 'fr');
  const enStartYear = enStart.year === enEnd.year ? '' : `, ${enStart.year}`;
  const frStartYear = frStart.year === frEnd.year ? '' : ` ${frStart.year}`;
  return {
    en: `For goods released from ${enStart.month} ${enStart.day}${enStartYear} to ${enEnd.month} ${enEnd.day}, ${enEnd.year}.`,
    fr: `Pour les marchandises dont la mainlevée a eu lieu du ${frStart.day} ${frStart.month}${frStartYear} au ${frEnd.day} ${frEnd.month} ${frEnd.year}.`,
  };
}

/** The caveat for a payment due on a holiday: CBSA posts deferrals on its payments page. */
function paymentCaveat(due: Date): Text | undefined {
  const holiday = holidayOn(due);
  if (!holiday) return undefined;
  return typesetText({
    en: `This due date falls on ${holiday.en}. If CBSA defers it, its payments page says so; until then, pay by this date.`,
    fr: `Cette date d’échéance tombe le ${holiday.fr}. Si l’ASFC la reporte, sa page des paiements l’indique; d’ici là, payez au plus tard à cette date.`,
  });
}

/** The caveat for a statement date on a holiday: CBSA says "the 25th" and nothing about holidays. */
function statementCaveat(at: Date): Text | undefined {
  const holiday = holidayOn(at);
  if (!holiday) return undefined;
  return typesetText({
    en: `The 25th is ${holiday.en} this month. CBSA says statements come out on the 25th but not what happens on a holiday, so it may come later.`,
    fr: `Ce mois-ci, le 25 est le ${holiday.fr}. L’ASFC indique que le relevé paraît le 25, sans préciser ce qui se passe un jour férié : il pourrait paraître plus tard.`,
  });
}

/** The three recurring deadlines of one billing period, in time order. */
export function deadlinesOfPeriod(period: BillingPeriod): RecurringDeadline[] {
  const due = paymentDueDate(period);
  const detail = typesetText(periodDetail(period));
  const soaAt = statementDate(period);
  const soaCaveat = statementCaveat(soaAt);
  const dueCaveat = paymentCaveat(due);
  return [
    {
      id: `soa-${period.key}`,
      kind: 'soa',
      at: soaAt,
      allDay: true,
      period,
      title: typesetText(
        soaCaveat
          ? {
              en: 'Statement of Account: normally issued on the 25th',
              fr: 'Relevé de compte : habituellement émis le 25',
            }
          : { en: 'Statement of Account issued', fr: 'Émission du relevé de compte' },
      ),
      detail,
      source: SOA_SOURCE,
      ...(soaCaveat ? { caveat: soaCaveat } : {}),
    },
    {
      id: `payment-cheque-${period.key}`,
      kind: 'payment-cheque',
      at: chequeCutoff(due),
      allDay: false,
      period,
      title: typesetText({
        en: 'Payment due: mailed cheques must arrive by 4:00 p.m. ET',
        fr: 'Paiement exigible : les chèques postés doivent arriver au plus tard à 16 h HE',
      }),
      detail,
      source: PAYMENT_SOURCE,
      ...(dueCaveat ? { caveat: dueCaveat } : {}),
    },
    {
      id: `payment-electronic-${period.key}`,
      kind: 'payment-electronic',
      at: electronicCutoff(due),
      allDay: false,
      period,
      title: typesetText({
        en: 'Payment due: electronic payments until 11:59 p.m. ET',
        fr: 'Paiement exigible : paiements électroniques au plus tard à 23 h 59 HE',
      }),
      detail,
      source: PAYMENT_SOURCE,
      ...(dueCaveat ? { caveat: dueCaveat } : {}),
    },
  ];
}

/** Until when a recurring deadline still counts as upcoming: the whole Eastern day for the SOA, the cut-off otherwise. */
export function recurringStillUpcoming(deadline: RecurringDeadline, now: Date): boolean {
  const until = deadline.allDay ? endOfDay(deadline.at, { in: inEastern }).getTime() : deadline.at.getTime();
  return now.getTime() <= until;
}

/**
 * The next `count` SOA dates and payment cut-offs that have not passed at `now`, sorted by time.
 * Starts one period back, because the payment for the period that ended on the 17th is due after the 18th.
 */
export function nextRecurringDeadlines(now: Date, count: number): RecurringDeadline[] {
  const result: RecurringDeadline[] = [];
  if (count <= 0) return result;
  let period = billingPeriodFor(new Date(billingPeriodFor(now).start.getTime() - 1));
  while (result.length < count) {
    for (const deadline of deadlinesOfPeriod(period)) {
      if (result.length < count && recurringStillUpcoming(deadline, now)) result.push(deadline);
    }
    period = nextBillingPeriod(period);
  }
  return result.sort((a, b) => a.at.getTime() - b.at.getTime());
}
