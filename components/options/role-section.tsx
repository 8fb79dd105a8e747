import { PORTAL_ORIGIN } from '@/components/popup/popup-model';
import { ROLES, type RoleId } from '@/lib/guide';
import { t } from '@/lib/i18n/ui-strings';
import { profileLabel } from '@/lib/progress/schema';
import { activeProfile } from './active-profile';
import { ot } from './options-strings';
import type { SectionProps } from './section-props';

/** The active profile's role, as native radio buttons; first on the page (with a welcome) on first run. */
export const RoleSection = ({ snapshot, lang, run, welcome }: SectionProps & { welcome: boolean }) => {
  const profile = activeProfile(snapshot);
  const label = profileLabel(profile, lang);
  const choose = (role: RoleId) =>
    run({ type: 'set-role', profileId: profile.id, role }, (_state, newLang) =>
      ot(newLang, 'roleSaved', { role: ROLES.find((r) => r.id === role)?.title[newLang] ?? role }),
    );
  return (
    <section aria-labelledby="role-heading" class="opt-section">
      <h2 id="role-heading">{ot(lang, 'roleHeading')}</h2>
      {welcome && <p class="opt-welcome">{ot(lang, 'welcome')}</p>}
      <fieldset class="opt-fieldset">
        <legend>{ot(lang, 'roleLegend', { label })}</legend>
        <p class="gc-muted">{t(lang, 'chooseRoleHint')}</p>
        {ROLES.map((role) => (
          <div class="opt-choice opt-choice-rich" key={role.id}>
            <input
              type="radio"
              id={`role-${role.id}`}
              name="opt-role"
              value={role.id}
              checked={profile.role === role.id}
              onChange={() => void choose(role.id)}
              aria-describedby={`role-${role.id}-description`}
              data-testid={`role-${role.id}`}
            />
            <label for={`role-${role.id}`}>{role.title[lang]}</label>
            <p class="opt-description gc-muted" id={`role-${role.id}-description`}>
              {role.description[lang]}
            </p>
          </div>
        ))}
      </fieldset>
      {welcome && profile.role !== null && (
        // First run ends on the portal (issue 15): the next thing to do is there, with the guide beside it.
        <div class="opt-next" data-testid="first-run-next">
          <p>{ot(lang, 'firstRunNext')}</p>
          <a
            class="gc-button"
            href={`${PORTAL_ORIGIN}/${lang}/auth/login`}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="open-portal"
          >
            {t(lang, 'openPortal')}
          </a>
        </div>
      )}
    </section>
  );
};
