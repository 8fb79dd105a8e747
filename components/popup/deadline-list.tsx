import { countdownParts, daysLeft, formatCountdown, formatDate, type UpcomingItem } from '@/lib/deadlines';
import type { Lang } from '@/lib/i18n/text';
import type { UserDeadline } from '@/lib/progress/schema';
import { DeadlineForm, type DeadlineFormProps } from './deadline-form';
import { formValuesOf, type PopupDeadline } from './popup-model';
import { p } from './popup-strings';
import { SourceLink } from './source-link';

export interface DeadlineEditing {
  /** The user deadline being edited, or 'new'. */
  id: string;
  onSubmit: DeadlineFormProps['onSubmit'];
}

export interface DeadlineListProps {
  lang: Lang;
  now: Date;
  clock: () => Date;
  deadlines: PopupDeadline[];
  userDeadlines: readonly UserDeadline[];
  lastVisit?: Date;
  editing: DeadlineEditing | null;
  confirmingDelete: string | null;
  onEdit: (id: string) => void;
  onCancelEdit: () => void;
  onAskDelete: (id: string) => void;
  onDelete: (id: string) => void;
  onCancelDelete: () => void;
}

/** Plain text, not a live region: a screen reader reads it when the user gets there, never every minute. */
const TimeLeft = ({ lang, now, at, allDay }: { lang: Lang; now: Date; at: Date; allDay?: boolean }) => (
  <p class="pp-countdown">
    {allDay && at.getTime() <= now.getTime()
      ? p(lang, 'today')
      : p(lang, 'timeLeft', { time: formatCountdown(countdownParts(now, at), lang) })}
  </p>
);

const titleOf = (item: UpcomingItem, lang: Lang) =>
  typeof item.title === 'string' ? item.title : item.title[lang];

/** The next CBSA deadlines and the user's own, each with its Eastern date, a countdown and its source. */
export const DeadlineList = (props: DeadlineListProps) => {
  const { lang, now, deadlines } = props;
  return (
    <ul class="pp-deadlines">
      {deadlines.map((d) => {
        if (d.type === 'payment') {
          const chequeAhead = d.cheque.getTime() > now.getTime();
          return (
            <li key={d.id} class="pp-deadline" data-testid="payment-due" data-id={d.id}>
              <h3>{p(lang, 'paymentTitle')}</h3>
              <p class="pp-date" data-testid="payment-due-date">
                {p(lang, 'dueOn', { date: formatDate(d.due, lang, 'day') })}
              </p>
              <ul class="pp-cutoffs">
                <li>
                  {chequeAhead ? p(lang, 'cheque') : p(lang, 'chequePassed')}
                  {chequeAhead && <TimeLeft lang={lang} now={now} at={d.cheque} />}
                </li>
                <li>
                  {p(lang, 'electronic')}
                  <TimeLeft lang={lang} now={now} at={d.electronic} />
                </li>
              </ul>
              {d.item.caveat && (
                <p class="pp-small pp-caveat" data-testid="caveat">
                  {d.item.caveat[lang]}
                </p>
              )}
              {d.item.detail && <p class="pp-small gc-muted">{d.item.detail[lang]}</p>}
              {d.item.source && <SourceLink source={d.item.source} lang={lang} />}
            </li>
          );
        }
        const item = d.item;
        if (item.kind === 'inactivity') {
          const left = props.lastVisit ? daysLeft(props.lastVisit, now) : 0;
          return (
            <li key={d.id} class="pp-deadline" data-testid="inactivity" data-id={d.id}>
              <h3>{titleOf(item, lang)}</h3>
              <p class="pp-date">{p(lang, 'inactivityFrom', { date: formatDate(item.at, lang, 'day') })}</p>
              <p class={left === 0 ? 'pp-countdown pp-urgent' : 'pp-countdown'}>
                {left === 0
                  ? p(lang, 'daysLeftNone')
                  : left === 1
                    ? p(lang, 'daysLeftOne')
                    : p(lang, 'daysLeftMany', { n: left })}
              </p>
              <p class="pp-small gc-muted">{p(lang, 'inactivityBasis')}</p>
              {item.source && <SourceLink source={item.source} lang={lang} />}
            </li>
          );
        }
        if (item.kind === 'user') return <UserItem key={d.id} {...props} item={item} />;
        return (
          <li
            key={d.id}
            class="pp-deadline"
            data-testid={item.kind === 'soa' ? 'soa' : undefined}
            data-id={d.id}
          >
            <h3>{titleOf(item, lang)}</h3>
            <p class="pp-date" data-testid={item.kind === 'soa' ? 'soa-date' : undefined}>
              {formatDate(item.at, lang, item.allDay ? 'day' : 'minute')}
            </p>
            <TimeLeft lang={lang} now={now} at={item.at} allDay={item.allDay} />
            {item.caveat && (
              <p class="pp-small pp-caveat" data-testid="caveat">
                {item.caveat[lang]}
              </p>
            )}
            {item.detail && <p class="pp-small gc-muted">{item.detail[lang]}</p>}
            {item.source && <SourceLink source={item.source} lang={lang} />}
          </li>
        );
      })}
    </ul>
  );
};

const UserItem = (props: DeadlineListProps & { item: UpcomingItem }) => {
  const { lang, now, item, editing, confirmingDelete } = props;
  const title = titleOf(item, lang);
  const stored = props.userDeadlines.find((u) => u.id === item.id);
  if (editing?.id === item.id && stored) {
    return (
      <li class="pp-deadline pp-editing">
        <DeadlineForm
          lang={lang}
          mode="edit"
          initial={formValuesOf(stored)}
          now={props.clock}
          onSubmit={editing.onSubmit}
          onCancel={props.onCancelEdit}
        />
      </li>
    );
  }
  return (
    <li class="pp-deadline pp-user" data-id={item.id}>
      <p class="pp-tag">{p(lang, 'yourDeadline')}</p>
      <h3>{title}</h3>
      <p class="pp-date">{formatDate(item.at, lang, 'minute')}</p>
      <TimeLeft lang={lang} now={now} at={item.at} />
      {item.note && (
        <p class="pp-small pp-note">
          {p(lang, 'note')} {item.note}
        </p>
      )}
      <UserActions {...props} id={item.id} title={title} confirming={confirmingDelete === item.id} />
    </li>
  );
};

/** Edit and Delete, with an inline "are you sure" instead of a browser dialog. */
export const UserActions = (
  props: Pick<DeadlineListProps, 'lang' | 'onEdit' | 'onAskDelete' | 'onDelete' | 'onCancelDelete'> & {
    id: string;
    title: string;
    confirming: boolean;
    canEdit?: boolean;
  },
) => {
  const { lang, id, title } = props;
  if (props.confirming) {
    return (
      <fieldset class="pp-confirm">
        <legend>{p(lang, 'confirmDelete', { title })}</legend>
        <div class="pp-actions">
          <button
            type="button"
            class="gc-button gc-danger"
            id={`pp-yes-${id}`}
            onClick={() => props.onDelete(id)}
          >
            {p(lang, 'confirmDeleteYes')}
          </button>
          <button type="button" class="gc-button gc-secondary" onClick={props.onCancelDelete}>
            {p(lang, 'cancel')}
          </button>
        </div>
      </fieldset>
    );
  }
  return (
    <div class="pp-actions">
      {props.canEdit !== false && (
        <button
          type="button"
          class="gc-button gc-secondary"
          id={`pp-edit-${id}`}
          onClick={() => props.onEdit(id)}
        >
          {p(lang, 'edit')}
          <span class="gc-sr"> {title}</span>
        </button>
      )}
      <button
        type="button"
        class="gc-button gc-secondary"
        id={`pp-del-${id}`}
        onClick={() => props.onAskDelete(id)}
      >
        {p(lang, 'delete')}
        <span class="gc-sr"> {title}</span>
      </button>
    </div>
  );
};
