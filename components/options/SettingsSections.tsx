import { useEffect, useState } from 'preact/hooks';
import { ask } from '../../lib/platform/messages';
import { updateSettings } from '../../lib/platform/settings-store';
import { HELPER_IDS, type ReminderSettings, type Settings } from '../../lib/settings';
import { useI18n } from '../i18n';
import { useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { Check, Field, RadioGroup } from '../ui/Field';
import { errorMessage } from '../ui/format';
import { Locked } from './managed';
import { RepliesSetting } from './RepliesSetting';
import { ScheduledReminders } from './ScheduledReminders';
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
      <ScheduledReminders />
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
          <Locked key={id} by={`helpers.${id}`}>
            <Check
              label={t(`app.helper.${id}.name`)}
              hint={t(`app.helper.${id}.desc`)}
              checked={settings.helpers[id]}
              onChange={(on) =>
                void auto.save((s) => ({ ...s, helpers: { ...s.helpers, [id]: on } }))
              }
            />
          </Locked>
        ))}
      </div>
      <RepliesSetting save={auto.save} />
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
