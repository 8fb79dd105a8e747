import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { daysLeft, formatDate, inactivityDeadline } from '@/lib/deadlines';
import { ROLE_IDS, ROLES, type RoleId, roleIdSchema } from '@/lib/guide';
import type { Lang } from '@/lib/i18n/text';
import { type Profile, profileLabel, profileLabelSchema } from '@/lib/progress/schema';
import { dayCount, ot } from './options-strings';
import type { SectionProps } from './section-props';

const roleTitle = (role: RoleId, lang: Lang): string => ROLES.find((r) => r.id === role)?.title[lang] ?? role;

/** Checked here too so the user gets the message next to the field, not a generic invalid-message reply. */
const parseLabel = (value: string): string | null => {
  const parsed = profileLabelSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

const LabelHint = ({ id, lang }: { id: string; lang: Lang }) => (
  <p class="opt-hint gc-muted" id={id}>
    {ot(lang, 'labelHint')}
  </p>
);

const FieldError = ({ id, text }: { id: string; text: string }) =>
  text ? (
    <p class="opt-field-error" id={id}>
      {text}
    </p>
  ) : null;

const Inactivity = ({ profile, lang, now }: { profile: Profile; lang: Lang; now: Date }) => {
  if (!profile.lastVisit) return <p class="gc-muted">{ot(lang, 'noVisit')}</p>;
  const visit = new Date(profile.lastVisit.at);
  const left = daysLeft(visit, now);
  return (
    <>
      <p>{ot(lang, 'lastVisit', { date: formatDate(visit, lang, 'day') })}</p>
      <p class={left <= 30 ? 'opt-warning' : undefined}>
        {left > 0
          ? ot(lang, 'inactivityLeft', {
              days: dayCount(left, lang),
              date: formatDate(inactivityDeadline(visit), lang, 'day'),
            })
          : ot(lang, 'inactivityPassed')}
      </p>
    </>
  );
};

type Mode = 'view' | 'rename' | 'delete';

interface ItemProps extends SectionProps {
  profile: Profile;
  isActive: boolean;
  isOnly: boolean;
  /** After a delete, focus goes back to the list's heading. */
  onDeleted: () => void;
}

const ProfileItem = ({ profile, isActive, isOnly, onDeleted, ...p }: ItemProps) => {
  const { lang, run } = p;
  const label = profileLabel(profile, lang);
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const nameRef = useRef<HTMLHeadingElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const cancelDeleteRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<'rename' | 'delete' | 'name' | null>(null);

  useLayoutEffect(() => {
    if (mode === 'rename') inputRef.current?.focus();
    if (mode === 'delete') cancelDeleteRef.current?.focus();
  }, [mode]);
  useLayoutEffect(() => {
    if (focusAfter === 'rename') renameRef.current?.focus();
    if (focusAfter === 'delete') deleteRef.current?.focus();
    if (focusAfter === 'name') nameRef.current?.focus();
    if (focusAfter) setFocusAfter(null);
  }, [focusAfter]);

  const id = profile.id;
  const closeTo = (target: 'rename' | 'delete') => {
    setMode('view');
    setError('');
    setFocusAfter(target);
  };

  const saveName = async (event: Event) => {
    event.preventDefault();
    // Read from the field: the state may lag behind a fast typist (or a test) by one render.
    const next = parseLabel(inputRef.current?.value ?? draft);
    if (next === null) {
      setError(ot(lang, 'labelInvalid'));
      inputRef.current?.focus();
      return;
    }
    const reply = await run({ type: 'profile-rename', profileId: id, label: next }, (_s, l) =>
      ot(l, 'renamed', { label: next }),
    );
    if (reply.ok) closeTo('rename');
  };

  const remove = async () => {
    const reply = await run({ type: 'profile-delete', profileId: id }, (_s, l) =>
      ot(l, 'deleted', { label }),
    );
    if (reply.ok) onDeleted();
  };

  const activate = async () => {
    const reply = await run({ type: 'profile-switch', profileId: id }, (_s, l) =>
      ot(l, 'switched', { label: profileLabel(profile, l) }),
    );
    if (reply.ok) setFocusAfter('name');
  };

  const errorId = `profile-rename-error-${id}`;
  const hintId = `profile-rename-hint-${id}`;
  return (
    <li class={isActive ? 'opt-profile opt-profile-active' : 'opt-profile'} data-testid={`profile-${id}`}>
      <h3 tabIndex={-1} ref={nameRef}>
        {label}
        {isActive && <span class="gc-badge opt-active-badge">{ot(lang, 'active')}</span>}
      </h3>
      <p>
        {profile.role ? ot(lang, 'roleIs', { role: roleTitle(profile.role, lang) }) : ot(lang, 'roleNone')}
      </p>
      <Inactivity profile={profile} lang={lang} now={p.deps.now()} />

      {mode === 'rename' && (
        <form class="opt-inline-form" onSubmit={saveName} noValidate>
          <label for={`profile-rename-label-${id}`}>{ot(lang, 'renameLabel', { label })}</label>
          <LabelHint id={hintId} lang={lang} />
          <FieldError id={errorId} text={error} />
          <input
            ref={inputRef}
            type="text"
            id={`profile-rename-label-${id}`}
            maxLength={60}
            autoComplete="off"
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            aria-invalid={error ? 'true' : undefined}
            data-testid={`profile-rename-label-${id}`}
          />
          <div class="opt-actions">
            <button type="submit" class="gc-button" data-testid={`profile-rename-save-${id}`}>
              {ot(lang, 'save')}
            </button>
            <button type="button" class="gc-button gc-secondary" onClick={() => closeTo('rename')}>
              {ot(lang, 'cancel')}
            </button>
          </div>
        </form>
      )}

      {mode === 'delete' && (
        <fieldset class="opt-confirm">
          <legend>{ot(lang, 'deleteConfirm', { label })}</legend>
          <div class="opt-actions">
            <button
              type="button"
              class="gc-button gc-danger"
              onClick={() => void remove()}
              data-testid={`profile-delete-confirm-${id}`}
            >
              {ot(lang, 'deleteYes', { label })}
            </button>
            <button
              type="button"
              class="gc-button gc-secondary"
              ref={cancelDeleteRef}
              onClick={() => closeTo('delete')}
            >
              {ot(lang, 'cancel')}
            </button>
          </div>
        </fieldset>
      )}

      {mode === 'view' && (
        <div class="opt-actions">
          {!isActive && (
            <button
              type="button"
              class="gc-button"
              onClick={() => void activate()}
              aria-label={ot(lang, 'makeActiveFor', { label })}
              data-testid={`profile-switch-${id}`}
            >
              {ot(lang, 'makeActive')}
            </button>
          )}
          <button
            type="button"
            class="gc-button gc-secondary"
            ref={renameRef}
            onClick={() => {
              setDraft(profile.label ?? '');
              setMode('rename');
            }}
            aria-label={ot(lang, 'renameFor', { label })}
            data-testid={`profile-rename-${id}`}
          >
            {ot(lang, 'rename')}
          </button>
          {!isOnly && (
            <button
              type="button"
              class="gc-button gc-secondary opt-danger-outline"
              ref={deleteRef}
              onClick={() => setMode('delete')}
              aria-label={ot(lang, 'deleteFor', { label })}
              data-testid={`profile-delete-${id}`}
            >
              {ot(lang, 'delete')}
            </button>
          )}
        </div>
      )}
      {isOnly && mode === 'view' && (
        <p class="opt-hint gc-muted" data-testid="profile-last-note">
          {ot(lang, 'lastProfile')}
        </p>
      )}
    </li>
  );
};

const CreateForm = (p: SectionProps) => {
  const { lang, run } = p;
  const [draft, setDraft] = useState('');
  const [role, setRole] = useState<RoleId | ''>('');
  const [error, setError] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const roleRef = useRef<HTMLSelectElement>(null);

  const create = async (event: Event) => {
    event.preventDefault();
    const label = parseLabel(inputRef.current?.value ?? draft);
    if (label === null) {
      setError(ot(lang, 'labelInvalid'));
      inputRef.current?.focus();
      return;
    }
    setError('');
    const chosen = roleIdSchema.safeParse(roleRef.current?.value ?? role);
    const reply = await run(
      { type: 'profile-create', label, role: chosen.success ? chosen.data : null, activate: true },
      (_s, l) => ot(l, 'created', { label }),
    );
    if (reply.ok) {
      setDraft('');
      setRole('');
    }
  };

  return (
    <form class="opt-create" onSubmit={create} noValidate aria-labelledby="profile-create-heading">
      <h3 id="profile-create-heading">{ot(lang, 'createHeading')}</h3>
      <div class="opt-field">
        <label for="profile-create-label">{ot(lang, 'createLabel')}</label>
        <LabelHint id="profile-create-hint" lang={lang} />
        <FieldError id="profile-create-error" text={error} />
        <input
          ref={inputRef}
          type="text"
          id="profile-create-label"
          maxLength={60}
          autoComplete="off"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          aria-describedby={error ? 'profile-create-error profile-create-hint' : 'profile-create-hint'}
          aria-invalid={error ? 'true' : undefined}
          data-testid="profile-create-label"
        />
      </div>
      <div class="opt-field">
        <label for="profile-create-role">{ot(lang, 'createRole')}</label>
        <select
          ref={roleRef}
          id="profile-create-role"
          value={role}
          onChange={(e) => {
            const parsed = roleIdSchema.safeParse(e.currentTarget.value);
            setRole(parsed.success ? parsed.data : '');
          }}
          data-testid="profile-create-role"
        >
          <option value="">{ot(lang, 'chooseLater')}</option>
          {ROLE_IDS.map((id) => (
            <option key={id} value={id}>
              {roleTitle(id, lang)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="gc-button" data-testid="profile-create">
        {ot(lang, 'create')}
      </button>
    </form>
  );
};

export const ProfilesSection = (p: SectionProps) => {
  const { snapshot, lang } = p;
  const { profiles, activeProfileId } = snapshot.progress;
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="profiles-heading" class="opt-section">
      <h2 id="profiles-heading" tabIndex={-1} ref={headingRef}>
        {ot(lang, 'profilesHeading')}
      </h2>
      <p>{ot(lang, 'profilesIntro')}</p>
      <ul class="opt-profiles" data-testid="profile-list">
        {profiles.map((profile) => (
          <ProfileItem
            key={profile.id}
            {...p}
            profile={profile}
            isActive={profile.id === activeProfileId}
            isOnly={profiles.length === 1}
            onDeleted={() => headingRef.current?.focus()}
          />
        ))}
      </ul>
      <CreateForm {...p} />
    </section>
  );
};
