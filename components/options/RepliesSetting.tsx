import type { Settings } from '../../lib/settings';
import { useI18n } from '../i18n';
import { useSettings } from '../ui/app';
import { RadioGroup } from '../ui/Field';

/**
 * What PCX does with Microsoft's reply read on a portal, for a ticket still awaiting its first
 * response: ask in the popup (default), or mark the ticket responded at once. Saved on change,
 * like the helper toggles beside it.
 */
export function RepliesSetting({
  save,
}: {
  save: (change: (s: Settings) => Settings) => Promise<void>;
}) {
  const { t } = useI18n();
  const settings = useSettings();
  return (
    <RadioGroup
      legend={t('app.replies.legend')}
      name="portal-replies"
      value={settings.portalReplies}
      onChange={(portalReplies) => void save((s) => ({ ...s, portalReplies }))}
      options={[
        { value: 'propose', label: t('app.replies.propose'), hint: t('app.replies.proposeHint') },
        { value: 'apply', label: t('app.replies.apply'), hint: t('app.replies.applyHint') },
      ]}
    />
  );
}
