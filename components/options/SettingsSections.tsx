import { useEffect, useState } from 'preact/hooks';
import { isDomain, isGuid } from '../../lib/ids';
import { ask } from '../../lib/platform/messages';
import { updateSettings } from '../../lib/platform/settings-store';
import {
  HELPER_IDS,
  type PartnerProfile,
  type ReminderSettings,
  type Settings,
} from '../../lib/settings';
import { useI18n } from '../i18n';
import { useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { Check, Field, RadioGroup } from '../ui/Field';
import { errorMessage } from '../ui/format';
import { type SaveState, Section, useDraft } from './section';

/** Saves one change at once (languages, helper toggles) and says so. */
function useAutoSave() {
  const { t } = useI18n();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  return {
    state,
    save: async (change: (s: Settings) => Settings) => {
      try {
        await updateSettings(change);
        setState({ kind: 'saved' });
      } catch (e) {
        setState({ kind: 'error', message: errorMessage(t, e) });
      }
    },
  };
}

/** Interface language (applied at once everywhere: every surface watches the settings). */
export function LanguagesSection() {
  const { t } = useI18n();
  const settings = useSettings();
  const auto = useAutoSave();
  return (
    <Section
      id="languages"
      title={t('app.options.languages')}
      intro={t('app.languages.intro')}
      autoSaved={auto.state}
    >
      <Field label={t('app.languages.ui')} hint={t('app.languages.uiHint')}>
        {(p) => (
          <select
            {...p}
            value={settings.uiLanguage}
            onChange={(e) => {
              const uiLanguage = e.currentTarget.value as Settings['uiLanguage'];
              void auto.save((s) => ({ ...s, uiLanguage }));
            }}
          >
            <option value="browser">{t('lang.browser')}</option>
            <option value="en">{t('lang.en')} — English</option>
            <option value="fr">{t('lang.fr')} — Français</option>
          </select>
        )}
      </Field>
      <RadioGroup
        legend={t('app.languages.support')}
        name="support-language"
        value={settings.supportLanguage}
        onChange={(supportLanguage) => void auto.save((s) => ({ ...s, supportLanguage }))}
        options={[
          {
            value: 'english',
            label: t('app.supportLanguage.english'),
            hint: t('app.languages.englishHint'),
          },
          {
            value: 'local',
            label: t('app.supportLanguage.local'),
            hint: t('app.languages.localHint'),
          },
        ]}
      />
    </Section>
  );
}

type Terms = Pick<
  Settings,
  'coverage' | 'cspBusinessHoursForBC' | 'ownTenantProgram' | 'reminders'
>;

export function TermsSection() {
  const { t } = useI18n();
  const draft = useDraft<Terms>(
    'terms',
    (s) => ({
      coverage: s.coverage,
      cspBusinessHoursForBC: s.cspBusinessHoursForBC,
      ownTenantProgram: s.ownTenantProgram,
      reminders: s.reminders,
    }),
    (s, v) => ({ ...s, ...v }),
  );
  const v = draft.value;
  const [lead, setLead] = useState(String(v.reminders.leadMinutes));
  // Follows the saved value, and comes back to it when the section's edits are undone.
  useEffect(() => setLead(String(v.reminders.leadMinutes)), [v.reminders.leadMinutes, draft.dirty]);
  const leadNumber = Number(lead);
  const leadError =
    lead.trim() === '' || !Number.isInteger(leadNumber) || leadNumber < 0 || leadNumber > 1440
      ? t('app.terms.badLead')
      : null;
  const setReminder = <K extends keyof ReminderSettings>(key: K, value: ReminderSettings[K]) =>
    draft.set((d) => ({ ...d, reminders: { ...d.reminders, [key]: value } }));
  return (
    <Section
      id="terms"
      title={t('app.options.terms')}
      intro={t('app.terms.intro')}
      draft={draft}
      invalid={leadError}
    >
      <RadioGroup
        legend={t('app.terms.coverage')}
        name="coverage"
        value={v.coverage}
        onChange={(coverage) => draft.set((d) => ({ ...d, coverage }))}
        options={[
          {
            value: 'around-the-clock',
            label: t('app.coverage.around-the-clock'),
            hint: t('app.terms.coverage24Hint'),
          },
          { value: 'business-hours', label: t('app.coverage.business-hours') },
        ]}
      />
      <RadioGroup
        legend={t('app.terms.cspBC')}
        name="csp-bc"
        value={v.cspBusinessHoursForBC ? 'business' : 'written'}
        onChange={(x) => draft.set((d) => ({ ...d, cspBusinessHoursForBC: x === 'business' }))}
        options={[
          {
            value: 'written',
            label: t('app.terms.cspBC.written'),
            hint: t('caveat.csp-bc-as-written'),
          },
          {
            value: 'business',
            label: t('app.terms.cspBC.business'),
            hint: t('caveat.csp-bc-business-hours'),
          },
        ]}
      />
      <RadioGroup
        legend={t('app.terms.ownTenant')}
        name="own-tenant"
        value={v.ownTenantProgram}
        onChange={(ownTenantProgram) => draft.set((d) => ({ ...d, ownTenantProgram }))}
        options={[
          { value: 'professional', label: t('program.professional') },
          { value: 'csp', label: t('program.csp') },
        ]}
      />
      <fieldset class="pcx-fieldset">
        <legend>{t('app.terms.reminders')}</legend>
        <div class="pcx-stack">
          <Field label={t('app.terms.lead')} error={leadError} hint={t('app.terms.leadHint')}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                max={1440}
                step={5}
                value={lead}
                onInput={(e) => {
                  const text = e.currentTarget.value;
                  setLead(text);
                  const n = Number(text);
                  if (text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 1440)
                    setReminder('leadMinutes', n);
                  else draft.set((d) => ({ ...d })); // keep the section dirty while the field is invalid
                }}
              />
            )}
          </Field>
          <Check
            label={t('app.terms.beforeDue')}
            checked={v.reminders.beforeDue}
            onChange={(x) => setReminder('beforeDue', x)}
          />
          <Check
            label={t('app.terms.atBreach')}
            checked={v.reminders.atBreach}
            onChange={(x) => setReminder('atBreach', x)}
          />
          <Check
            label={t('app.terms.packExpiry')}
            checked={v.reminders.packExpiry}
            onChange={(x) => setReminder('packExpiry', x)}
          />
          <Check
            label={t('app.terms.unusedIncidents')}
            checked={v.reminders.unusedIncidents}
            onChange={(x) => setReminder('unusedIncidents', x)}
          />
        </div>
      </fieldset>
    </Section>
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[0-9 ().-]{4,40}$/;
const lines = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);

interface ProfileDraft extends Omit<PartnerProfile, 'ownDomains' | 'ownTenants'> {
  ownDomains: string;
  ownTenants: string;
}

export function ProfileSection() {
  const { t, locale } = useI18n();
  const draft = useDraft<ProfileDraft>(
    'profile',
    (s) => ({
      ...s.profile,
      ownDomains: s.profile.ownDomains.join('\n'),
      ownTenants: s.profile.ownTenants.join('\n'),
    }),
    (s, p) => ({
      ...s,
      profile: {
        ...p,
        country: p.country.toUpperCase(),
        ownDomains: lines(p.ownDomains),
        ownTenants: lines(p.ownTenants),
      },
    }),
  );
  const v = draft.value;
  const set = <K extends keyof ProfileDraft>(k: K, value: ProfileDraft[K]) =>
    draft.set((d) => ({ ...d, [k]: value }));
  const badDomains = lines(v.ownDomains).filter((d) => !isDomain(d));
  const badTenants = lines(v.ownTenants).filter(
    (x) => !isGuid(x) && !/^[a-z0-9-]+\.onmicrosoft\.com$/.test(x),
  );
  const errors = {
    email: v.email.trim() && !EMAIL.test(v.email.trim()) ? t('app.profile.badEmail') : null,
    phone: v.phone.trim() && !PHONE.test(v.phone.trim()) ? t('app.profile.badPhone') : null,
    country:
      v.country.trim() && !/^[A-Za-z]{2}$/.test(v.country.trim())
        ? t('app.profile.badCountry')
        : null,
    ownDomains: badDomains.length
      ? t('app.profile.badDomains', { list: badDomains.join(', ') })
      : null,
    ownTenants: badTenants.length
      ? t('app.profile.badTenants', { list: badTenants.join(', ') })
      : null,
    tooMany:
      lines(v.ownDomains).length > 50 || lines(v.ownTenants).length > 50
        ? t('app.profile.tooMany')
        : null,
  };
  const count = Object.values(errors).filter(Boolean).length;
  let countryName = '';
  try {
    countryName = /^[A-Za-z]{2}$/.test(v.country)
      ? (new Intl.DisplayNames([locale], { type: 'region' }).of(v.country.toUpperCase()) ?? '')
      : '';
  } catch {
    countryName = '';
  }
  const text = (
    k: 'name' | 'firstName' | 'lastName' | 'email' | 'phone',
    type = 'text',
    max = 200,
  ) => (
    <Field
      label={t(`app.profile.${k}`)}
      error={(errors as Record<string, string | null>)[k] ?? null}
    >
      {(p) => (
        <input
          {...p}
          type={type}
          value={v[k]}
          maxLength={max}
          autoComplete="off"
          onInput={(e) => set(k, e.currentTarget.value)}
        />
      )}
    </Field>
  );
  return (
    <Section
      id="profile"
      title={t('app.options.profile')}
      intro={t('app.profile.intro')}
      draft={draft}
      invalid={count > 0 ? t('app.form.fixErrors', { n: count }) : null}
    >
      {text('name')}
      <div class="pcx-grid-2">
        {text('firstName')}
        {text('lastName')}
        {text('email', 'email', 254)}
        {text('phone', 'tel', 40)}
        <Field
          label={t('app.profile.country')}
          hint={countryName || t('app.profile.countryHint')}
          error={errors.country}
        >
          {(p) => (
            <input
              {...p}
              value={v.country}
              maxLength={2}
              autoComplete="off"
              onInput={(e) => set('country', e.currentTarget.value.toUpperCase())}
            />
          )}
        </Field>
      </div>
      <Field
        label={t('app.profile.ownDomains')}
        hint={t('app.profile.ownDomainsHint')}
        error={errors.ownDomains ?? errors.tooMany}
      >
        {(p) => (
          <textarea
            {...p}
            value={v.ownDomains}
            onInput={(e) => set('ownDomains', e.currentTarget.value)}
          />
        )}
      </Field>
      <Field
        label={t('app.profile.ownTenants')}
        hint={t('app.profile.ownTenantsHint')}
        error={errors.ownTenants}
      >
        {(p) => (
          <textarea
            {...p}
            value={v.ownTenants}
            onInput={(e) => set('ownTenants', e.currentTarget.value)}
          />
        )}
      </Field>
    </Section>
  );
}

export function HelpersSection() {
  const { t } = useI18n();
  const settings = useSettings();
  const auto = useAutoSave();
  const [misses, setMisses] = useState<Record<string, number> | null>(null);
  const [missError, setMissError] = useState<string | null>(null);
  const loadMisses = (action: 'misses:get' | 'misses:reset') =>
    ask(action, {})
      .then((m) => {
        setMisses(m);
        setMissError(null);
      })
      .catch((e) => setMissError(errorMessage(t, e)));
  useEffect(() => {
    void loadMisses('misses:get');
  }, []);
  const entries = Object.entries(misses ?? {}).filter(([, n]) => n > 0);
  return (
    <Section
      id="helpers"
      title={t('app.options.helpers')}
      intro={t('app.helpers.intro')}
      autoSaved={auto.state}
    >
      <div class="pcx-stack">
        {HELPER_IDS.map((id) => (
          <Check
            key={id}
            label={t(`app.helper.${id}.name`)}
            hint={t(`app.helper.${id}.desc`)}
            checked={settings.helpers[id]}
            onChange={(on) =>
              void auto.save((s) => ({ ...s, helpers: { ...s.helpers, [id]: on } }))
            }
          />
        ))}
      </div>
      <h3>{t('app.helpers.misses')}</h3>
      <p class="pcx-hint">{t('app.helpers.missesIntro')}</p>
      {missError && <p class="pcx-error">{missError}</p>}
      {misses && entries.length === 0 && <p class="pcx-muted">{t('app.helpers.noMisses')}</p>}
      {entries.length > 0 && (
        <table class="pcx-table" data-testid="misses">
          <thead>
            <tr>
              <th scope="col">{t('app.helpers.helper')}</th>
              <th scope="col">{t('app.helpers.count')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(([id, n]) => (
              <tr key={id}>
                <td>
                  {(HELPER_IDS as readonly string[]).includes(id)
                    ? t(`app.helper.${id as (typeof HELPER_IDS)[number]}.name`)
                    : id}
                </td>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div>
        <Button onClick={() => void loadMisses('misses:reset')} disabled={entries.length === 0}>
          {t('app.helpers.reset')}
        </Button>
      </div>
    </Section>
  );
}
