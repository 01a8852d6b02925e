import { findRow, listProducts, listVersions } from '../../lib/lifecycle/index';
import { useI18n } from '../i18n';
import { SuggestField } from '../ui/Field';

/**
 * An on-premises product and its version, as the lifecycle data spells them (suggested from it,
 * free text allowed): what a partner pack's N-1 check reads. The hint says whether our data
 * knows that version, since a version it does not know cannot be checked.
 */
export function ProductFields({
  product,
  version,
  onProduct,
  onVersion,
}: {
  product: string;
  version: string;
  onProduct: (value: string) => void;
  onVersion: (value: string) => void;
}) {
  const { t } = useI18n();
  const known = product.trim() && version.trim() ? findRow(product.trim(), version.trim()) : null;
  const hint =
    !product.trim() || !version.trim()
      ? t('app.ticket.productHint')
      : known
        ? t('app.ticket.productKnown')
        : t('app.ticket.productNotInData');
  return (
    <>
      <SuggestField
        label={t('app.ticket.product')}
        hint={t('app.optional')}
        value={product}
        maxLength={120}
        suggestions={listProducts()}
        onInput={onProduct}
      />
      <SuggestField
        label={t('app.ticket.version')}
        hint={hint}
        value={version}
        maxLength={60}
        suggestions={listVersions(product.trim())}
        onInput={onVersion}
      />
    </>
  );
}
