import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { Button } from '../ui/Button';
import { errorMessage } from '../ui/format';

/** How long the Undo of a one-click change stays offered. */
export const UNDO_MS = 10_000;

interface Offer {
  id: number;
  message: string;
  undo: () => Promise<void>;
}

/**
 * An "Undo" toast for one-click changes (a status, an unlink, a delete): `offer(message, undo)`
 * shows the message with an Undo button for UNDO_MS; a newer offer replaces the older one (its
 * change stays made). Undo runs once; a failure is said in the toast, nothing is retried.
 */
export function useUndo() {
  const { t } = useI18n();
  const [offer, setOffer] = useState<Offer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = useRef(0);
  useEffect(() => {
    if (!offer || busy) return;
    const timer = setTimeout(() => setOffer((o) => (o?.id === offer.id ? null : o)), UNDO_MS);
    return () => clearTimeout(timer);
  }, [offer, busy]);

  const run = async () => {
    if (!offer || busy) return;
    setBusy(true);
    try {
      await offer.undo();
      setOffer(null);
      setError(null);
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const toast = offer ? (
    <div class="pcx-toast" role="status" data-testid="undo-toast">
      <span class="pcx-grow">{error ?? offer.message}</span>
      <Button small onClick={() => void run()} disabled={busy}>
        {t('app.undo')}
      </Button>
      <Button
        small
        variant="link"
        aria-label={t('app.undo.dismiss')}
        onClick={() => setOffer(null)}
      >
        ×
      </Button>
    </div>
  ) : null;

  return {
    offer(message: string, undo: () => Promise<void>) {
      next.current += 1;
      setError(null);
      setOffer({ id: next.current, message, undo });
    },
    toast,
  };
}
