import { useEffect, useState } from 'preact/hooks';
import type { PackRecord } from '../../lib/history/types';
import { ask } from '../../lib/platform/messages';
import { setupItem } from '../../lib/platform/storage';
import { incidentsLeft } from '../../lib/rules/packs';
import { useI18n } from '../i18n';
import { PackDialog } from '../records/PackDialog';
import { useNow, useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { errorMessage, todayIn } from '../ui/format';
import { HoursSection } from './HoursSection';
import { ProfileSection } from './ProfileSection';

const STEPS = ['profile', 'hours', 'packs'] as const;
type Step = (typeof STEPS)[number];

/**
 * The first run, opened by the background on install (`options.html#setup`): the three things
 * without which PCX guesses — who the partner is (own domains and tenants: the context warning),
 * when the partner works (business hours and holidays: every due time), and the packs bought
 * (what an incident is spent from). Each step is the options section itself, with its own Save;
 * the steps stay mounted, so going back loses nothing. Finish or skip, and it is not asked again.
 */
export function Setup({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>('profile');
  const at = STEPS.indexOf(step);
  const finish = async () => {
    await setupItem.setValue({ done: true });
    onDone();
  };
  return (
    <section class="pcx-stack pcx-setup" aria-labelledby="setup-heading" data-testid="setup">
      <h2 id="setup-heading">{t('shell.setup.heading')}</h2>
      <p class="pcx-muted">{t('shell.setup.intro')}</p>
      <ol class="pcx-steps pcx-row">
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} class="pcx-small">
            <strong>{t('shell.setup.stepOf', { n: i + 1, total: STEPS.length })}</strong>{' '}
            {t(`shell.setup.step.${s}`)}
          </li>
        ))}
      </ol>
      <div hidden={step !== 'profile'}>
        <ProfileSection />
      </div>
      <div hidden={step !== 'hours'}>
        <HoursSection />
      </div>
      <div hidden={step !== 'packs'}>
        <SetupPacks />
      </div>
      <div class="pcx-row pcx-savebar">
        {at > 0 && <Button onClick={() => setStep(STEPS[at - 1]!)}>{t('shell.setup.back')}</Button>}
        <span class="pcx-grow" />
        <Button variant="link" onClick={() => void finish()}>
          {t('shell.setup.skip')}
        </Button>
        {at < STEPS.length - 1 ? (
          <Button variant="primary" onClick={() => setStep(STEPS[at + 1]!)}>
            {t('shell.setup.next')}
          </Button>
        ) : (
          <Button variant="primary" onClick={() => void finish()}>
            {t('shell.setup.finish')}
          </Button>
        )}
      </div>
    </section>
  );
}

/** Step 3: the packs already bought, and "Add a pack" (the popup's own dialog). */
function SetupPacks() {
  const { t } = useI18n();
  const zone = useSettings().schedule.timeZone;
  const now = useNow(60_000);
  const [packs, setPacks] = useState<PackRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const load = () =>
    ask('packs:list', { limit: 100 })
      .then((page) => setPacks(page.items))
      .catch((e) => setError(errorMessage(t, e)));
  useEffect(() => {
    void load();
  }, []);
  return (
    <section class="pcx-stack pcx-options-section" aria-labelledby="setup-packs-heading">
      <h2 id="setup-packs-heading">{t('shell.setup.packs.heading')}</h2>
      <p class="pcx-muted">{t('shell.setup.packs.intro')}</p>
      {error && <p class="pcx-error">{error}</p>}
      {packs && packs.length === 0 && <p>{t('shell.setup.packs.none')}</p>}
      {packs && packs.length > 0 && (
        <ul class="pcx-list" data-testid="setup-packs">
          {packs.map((p) => (
            <li key={p.id}>
              {p.label || t(`plan.${p.kind}`)}
              {p.incidents !== null &&
                ` — ${t('shell.setup.packs.left', { left: incidentsLeft(p) ?? 0, total: p.incidents })}`}
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button onClick={() => setAdding(true)}>{t('shell.setup.packs.add')}</Button>
      </div>
      <PackDialog
        pack={null}
        open={adding}
        today={todayIn(zone, now)}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          void load();
        }}
      />
    </section>
  );
}
