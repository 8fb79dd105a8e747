import { useEffect, useState } from 'preact/hooks';
import { MAX_REMINDER_DAYS, REMINDER_KINDS, type ReminderKind } from '@/lib/progress/schema';
import { ot } from './options-strings';
import type { SectionProps } from './section-props';

const DAY_CHOICES = [1, 3, 7, 14, 30];

export const RemindersSection = ({ snapshot, lang, deps, run, say, warn }: SectionProps) => {
  const { enabled, daysBefore, kinds } = snapshot.settings.reminders;
  const [asking, setAsking] = useState(false);
  const [permission, setPermission] = useState<boolean | null>(null);
  const [offerRemove, setOfferRemove] = useState(false);

  useEffect(() => {
    let live = true;
    void deps.hasNotifications().then((held) => {
      if (live) setPermission(held);
    });
    return () => {
      live = false;
    };
  }, [deps, enabled]);

  const saveReminders = (patch: { enabled?: boolean; daysBefore?: number[]; kinds?: ReminderKind[] }) =>
    run({ type: 'settings-update', patch: { reminders: patch } }, (_s, l) =>
      patch.enabled === undefined ? ot(l, 'saved') : ot(l, patch.enabled ? 'remindersOn' : 'remindersOff'),
    );

  const toggle = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    if (asking) {
      // Not disabled while asking: disabling the focused box would drop keyboard focus.
      input.checked = true;
      return;
    }
    const wantOn = input.checked;
    setOfferRemove(false);
    if (!wantOn) {
      void saveReminders({ enabled: false }).then((reply) => {
        if (reply.ok && permission) setOfferRemove(true);
      });
      return;
    }
    // Requested before any await: browsers only show the permission prompt during the click (user gesture).
    const request = deps.requestNotifications();
    setAsking(true);
    say(ot(lang, 'remindersAsking'));
    void request.then(async (granted) => {
      setAsking(false);
      setPermission(granted);
      if (!granted) {
        warn(ot(lang, 'remindersRefused'));
        return;
      }
      await saveReminders({ enabled: true });
    });
  };

  const removePermission = async () => {
    const removed = await deps.removeNotifications();
    if (removed) {
      setOfferRemove(false);
      setPermission(false);
      say(ot(lang, 'permissionRemoved'));
    } else {
      warn(ot(lang, 'permissionNotRemoved'));
    }
  };

  const days = [...new Set([...DAY_CHOICES, ...daysBefore])].sort((a, b) => a - b);
  const full = daysBefore.length >= MAX_REMINDER_DAYS;
  const toggleDay = (day: number, on: boolean) =>
    void saveReminders({
      daysBefore: (on ? [...daysBefore, day] : daysBefore.filter((d) => d !== day)).sort((a, b) => b - a),
    });
  const toggleKind = (kind: ReminderKind, on: boolean) =>
    void saveReminders({
      kinds: REMINDER_KINDS.filter((k) => (k === kind ? on : kinds.includes(k))),
    });

  return (
    <section aria-labelledby="reminders-heading" class="opt-section">
      <h2 id="reminders-heading">{ot(lang, 'remindersHeading')}</h2>
      <p>{ot(lang, 'remindersIntro')}</p>
      <div class="opt-choice">
        <input
          type="checkbox"
          id="reminders-enabled"
          checked={enabled || asking}
          aria-busy={asking ? 'true' : undefined}
          onChange={toggle}
          data-testid="reminders-enabled"
        />
        <label for="reminders-enabled">{ot(lang, 'remindersEnable')}</label>
      </div>
      {enabled && permission === false && (
        <p class="opt-warning" data-testid="reminders-no-permission">
          {ot(lang, 'remindersNoPermission')}
        </p>
      )}
      {offerRemove && !enabled && (
        <p>
          <button
            type="button"
            class="gc-button gc-secondary"
            onClick={() => void removePermission()}
            data-testid="reminders-remove-permission"
          >
            {ot(lang, 'removePermission')}
          </button>
        </p>
      )}
      <fieldset class="opt-fieldset">
        <legend>{ot(lang, 'daysLegend')}</legend>
        <p class="opt-hint gc-muted">{ot(lang, 'daysHint')}</p>
        {days.map((day) => {
          const checked = daysBefore.includes(day);
          return (
            <div class="opt-choice" key={day}>
              <input
                type="checkbox"
                id={`reminder-day-${day}`}
                checked={checked}
                disabled={!checked && full}
                onChange={(e) => toggleDay(day, e.currentTarget.checked)}
                data-testid={`reminder-day-${day}`}
              />
              <label for={`reminder-day-${day}`}>
                {day === 1 ? ot(lang, 'dayOne') : ot(lang, 'dayMany', { n: day })}
              </label>
            </div>
          );
        })}
      </fieldset>
      <fieldset class="opt-fieldset">
        <legend>{ot(lang, 'kindsLegend')}</legend>
        {REMINDER_KINDS.map((kind) => (
          <div class="opt-choice" key={kind}>
            <input
              type="checkbox"
              id={`reminder-kind-${kind}`}
              checked={kinds.includes(kind)}
              onChange={(e) => toggleKind(kind, e.currentTarget.checked)}
              data-testid={`reminder-kind-${kind}`}
            />
            <label for={`reminder-kind-${kind}`}>{ot(lang, `kind_${kind}` as const)}</label>
          </div>
        ))}
      </fieldset>
    </section>
  );
};
