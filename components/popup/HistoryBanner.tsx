import { useEffect, useState } from 'preact/hooks';
import type { HistoryState, HistoryStatus } from '../../lib/history/types';
import { ask } from '../../lib/platform/messages';
import { useI18n } from '../i18n';
import { Button } from '../ui/Button';
import { downloadText, fetchExport } from '../ui/download';
import { errorMessage } from '../ui/format';
import { StatusBanner } from '../ui/StatusBanner';

/**
 * The history's health (history:status). Silent when all is well; otherwise says what happened,
 * how many records wait, and offers Retry and an export so that nothing is lost.
 * Strings: the history catalog's `historyState.<state>.*`.
 */
export function HistoryBanner({ onStatus }: { onStatus?: (status: HistoryStatus | null) => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<HistoryStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const apply = (s: HistoryStatus | null) => {
    setStatus(s);
    onStatus?.(s);
  };
  useEffect(() => {
    void ask('history:status', {})
      .then(apply)
      .catch((e) => setError(errorMessage(t, e)));
  }, []);

  const text = (state: HistoryState, part: 'title' | 'body', pending: number) => {
    return t(`historyState.${state}.${part}`, { pending });
  };
  const retry = async () => {
    setBusy(true);
    try {
      apply(await ask('history:retry', {}));
      setError(null);
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  const exportJson = async () => {
    try {
      // In parts when it is large (fetchExport puts them together).
      const file = await fetchExport('json');
      downloadText(file.filename, file.mime, file.text);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  if (error && (!status || status.state === 'ok')) {
    return (
      <StatusBanner
        tone="error"
        title={t('app.history.unreachable')}
        actions={
          <Button small onClick={() => void retry()}>
            {t('app.retry')}
          </Button>
        }
      >
        {error}
      </StatusBanner>
    );
  }
  if (!status || status.state === 'ok') return null;
  return (
    <div data-history-state={status.state}>
      <StatusBanner
        tone={status.state === 'blocked' ? 'warning' : 'error'}
        title={text(status.state, 'title', status.pending)}
        actions={
          <>
            <Button small onClick={() => void retry()} disabled={busy}>
              {t('app.retry')}
            </Button>
            <Button small onClick={() => void exportJson()}>
              {t('app.export')}
            </Button>
          </>
        }
      >
        {text(status.state, 'body', status.pending)}
        {status.pending > 0 && <div>{t('app.history.pending', { n: status.pending })}</div>}
        {error && <div class="pcx-error">{error}</div>}
      </StatusBanner>
    </div>
  );
}
