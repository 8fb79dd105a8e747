export {
  CATALOGUE,
  type CatalogueEntry,
  type CatalogueEntryInput,
  type CatalogueStatus,
  catalogueEntry,
  catalogueEntrySchema,
  catalogueSchema,
  entryTimes,
  statusAt,
  supersededBySchema,
} from './catalogue';
export { type CountdownParts, countdownParts, formatAgo, formatCountdown, formatDate } from './countdown';
export {
  EASTERN_ZONE,
  type EasternDay,
  type EasternWallClock,
  easternDayKey,
  easternDayOf,
  easternInstant,
  easternTime,
  formatEasternDay,
  inEastern,
  toEastern,
} from './eastern-time';
export { easterSunday, holidayOn } from './holidays';
export {
  daysLeft,
  INACTIVITY_DAYS,
  INACTIVITY_LAPSED,
  INACTIVITY_SOURCE,
  INACTIVITY_TITLE,
  inactivityDeadline,
  inactivityLapsed,
} from './inactivity';
export {
  type BillingPeriod,
  billingPeriodEndingIn,
  billingPeriodFor,
  chequeCutoff,
  DUE_DATE_SOURCE,
  deadlinesOfPeriod,
  electronicCutoff,
  nextBillingPeriod,
  nextRecurringDeadlines,
  PAYMENT_CUTOFF_SOURCE,
  PAYMENT_SOURCE,
  paymentDueDate,
  type RecurringDeadline,
  type RecurringKind,
  recurringStillUpcoming,
  SOA_SOURCE,
  statementDate,
} from './payment-due-date';
export {
  type HistoryItem,
  historyAt,
  type UpcomingItem,
  type UpcomingKind,
  type UpcomingOptions,
  type UserDeadline,
  upcomingDeadlines,
  userDeadlineSchema,
} from './upcoming';
