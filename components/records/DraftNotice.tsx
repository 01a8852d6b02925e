import { useI18n } from '../i18n';
import { Button } from '../ui/Button';

/** Said when a dialog opens on a draft kept from before (useDraft), with the way to throw it away. */
export function DraftNotice({ restored, onDiscard }: { restored: boolean; onDiscard: () => void }) {
  const { t } = useI18n();
  if (!restored) return null;
  return (
    <p class="pcx-row pcx-small pcx-muted" role="status" data-testid="draft-restored">
      <span class="pcx-grow">{t('shell.draft.restored')}</span>
      <Button variant="link" small onClick={onDiscard}>
        {t('shell.draft.discard')}
      </Button>
    </p>
  );
}
