import { useEffect, useState } from 'preact/hooks';
import type { ScheduledReminder } from '../../lib/messaging/messages/signals';
import { ask } from '../../lib/platform/messages';
import { useI18n } from '../i18n';
import { useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { errorMessage, formatDateTime } from '../ui/format';

/** Shown at first; "Show all" lists the rest (up to the 400 the browser holds). */
const FIRST = 10;

/**
 * The reminders the browser holds now, nearest first, and "Send a test reminder": what an agent
 * checks when a reminder did not come (notifications blocked by the system, a toggle off).
 */
export function ScheduledReminders() {
  const { t, locale } = useI18n();
  const zone = useSettings().schedule.timeZone;
  const [items, setItems] = useState<ScheduledReminder[] | null>(null);
  const [all, setAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [test, setTest] = useState<string | null>(null);
  const load = () =>
    ask('reminders:scheduled', {})
      .then((list) => {
        setItems(list);
        setError(null);
      })
      .catch((e) => setError(errorMessage(t, e)));
  useEffect(() => {
    void load();
  }, []);
  const sendTest = async () => {
    try {
      const { shown } = await ask('reminders:test', {});
      setTest(t(shown ? 'signals.test.sent' : 'signals.test.blocked'));
    } catch (e) {
      setTest(errorMessage(t, e));
    }
  };
  const shown = items && (all ? items : items.slice(0, FIRST));
  return (
    <section
      class="pcx-stack"
      aria-labelledby="scheduled-heading"
      data-testid="scheduled-reminders"
    >
      <div class="pcx-row">
        <h3 id="scheduled-heading" class="pcx-grow pcx-flush">
          {t('signals.scheduled.heading')}
        </h3>
        <Button small onClick={() => void load()}>
          {t('signals.scheduled.refresh')}
        </Button>
        <Button small onClick={() => void sendTest()}>
          {t('signals.test.send')}
        </Button>
      </div>
      <p class="pcx-small" role="status">
        {test}
      </p>
      {error && <p class="pcx-error">{error}</p>}
      {items && items.length === 0 && <p class="pcx-muted">{t('signals.scheduled.none')}</p>}
      {shown && shown.length > 0 && (
        <table class="pcx-table">
          <thead>
            <tr>
              <th scope="col">{t('signals.scheduled.when')}</th>
              <th scope="col">{t('signals.scheduled.what')}</th>
              <th scope="col">{t('signals.scheduled.record')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.kind}:${r.id}`} data-reminder={`${r.kind}:${r.id}`}>
                <td>{formatDateTime(r.when, locale, zone)}</td>
                <td>{t(`signals.kind.${r.kind}` as 'signals.kind.due')}</td>
                <td>{r.label ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {items && items.length > FIRST && !all && (
        <Button small variant="link" onClick={() => setAll(true)}>
          {t('signals.scheduled.showAll', { count: items.length })}
        </Button>
      )}
    </section>
  );
}
