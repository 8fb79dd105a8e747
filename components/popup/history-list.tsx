import { entryTimes, formatAgo, formatDate, type HistoryItem } from '@/lib/deadlines';
import type { Lang } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/ui-strings';
import { p } from './popup-strings';
import { SourceLink } from './source-link';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ZONE = / (ET|HE)$/;

/** "4:00 p.m. ET" / "16 h HE": the part formatDate adds after the date. */
const timeOf = (at: Date, lang: Lang): string =>
  formatDate(at, lang, 'minute').slice(formatDate(at, lang, 'day').length + 2);

/**
 * "Friday, April 26, 2024, 4:00 p.m. ET to Monday, May 13, 2024, 3:00 a.m. ET"; within one day, "Saturday,
 * April 18, 2026, 8:00 a.m. to 5:00 p.m. ET" / "samedi 18 avril 2026, de 8 h à 17 h HE"; or the single date.
 */
export const whenText = (item: HistoryItem, lang: Lang): string => {
  const startAt = new Date(item.start);
  const start = formatDate(startAt, lang, item.precision);
  if (!item.end) return start;
  const endAt = new Date(item.end);
  const day = formatDate(startAt, lang, 'day');
  if (item.precision === 'minute' && day === formatDate(endAt, lang, 'day')) {
    const from = timeOf(startAt, lang).replace(ZONE, '');
    const to = timeOf(endAt, lang);
    return lang === 'fr' ? `${day}, de ${from} à ${to}` : `${day}, ${from} to ${to}`;
  }
  return p(lang, 'range', { start, end: formatDate(endAt, lang, item.precision) });
};

/** Passed and superseded CARM milestones, newest first, collapsed by default; superseded plans say what replaced them. */
export const HistoryList = ({ lang, now, items }: { lang: Lang; now: Date; items: HistoryItem[] }) => (
  <details class="pp-section pp-history" data-testid="history">
    <summary>
      <h2>{p(lang, 'historyHeading', { n: items.length })}</h2>
    </summary>
    <p class="pp-small gc-muted">{p(lang, 'historyIntro')}</p>
    <ul>
      {items.map((item) => {
        const superseded = item.status === 'superseded';
        const { start, end } = entryTimes(item);
        return (
          <li
            key={item.id}
            class={superseded ? 'pp-past pp-superseded' : 'pp-past'}
            data-id={item.id}
            data-status={item.status}
          >
            <h3>
              {superseded && <span class="gc-badge pp-badge-superseded">{p(lang, 'superseded')}</span>}{' '}
              {item.title[lang]}
            </h3>
            {superseded ? (
              <>
                <p class="pp-date">{p(lang, 'plannedFor', { date: whenText(item, lang) })}</p>
                <p class="pp-superseded-by">{item.supersededBy?.notice[lang]}</p>
              </>
            ) : (
              <>
                <p class="pp-date">{capitalise(whenText(item, lang))}</p>
                <p class="pp-small gc-muted">
                  {capitalise(
                    item.kind === 'window'
                      ? formatAgo(end ?? start, now, lang, 'ended')
                      : formatAgo(start, now, lang, 'plain'),
                  )}
                </p>
              </>
            )}
            <SourceLink source={item.source} lang={lang} />
            {item.certainty === 'uncertain' && item.source.certainty !== 'uncertain' && (
              <p class="pp-small gc-muted">{t(lang, 'notConfirmed')}</p>
            )}
          </li>
        );
      })}
    </ul>
  </details>
);
