import { useEffect, useState } from 'preact/hooks';
import type { FindSort } from '../../lib/history/repo-find';
import type { Customer, PackRecord, TicketStatus } from '../../lib/history/types';
import { SEVERITY_IDS, type SeverityId } from '../../lib/rules/severities';
import { TICKET_STATUSES } from '../../lib/vocabulary';
import { useI18n } from '../i18n';
import { Button } from '../ui/Button';
import { packLabel } from './TicketRow';

/** What the agent asked for: the background matches and sorts (`tickets:find`). */
export interface FindState {
  text: string;
  customerId?: string;
  severity?: SeverityId;
  status?: TicketStatus;
  /** A pack's id, or `none`. */
  packId?: string;
  overdue?: boolean;
  sort: FindSort;
}
export const NO_FIND: FindState = { text: '', sort: 'due' };

/** True when the list must come from `tickets:find` rather than the plain `tickets:list`. */
export const isFinding = (f: FindState) =>
  f.text.trim() !== '' ||
  Boolean(f.customerId || f.severity || f.status || f.packId || f.overdue) ||
  f.sort !== 'due';

type Filter = 'customerId' | 'severity' | 'status' | 'packId' | 'overdue';

/**
 * The search box, the filters and the sort of the tickets list. Typing waits 200 ms before asking
 * (one request per pause, not per key); each active filter shows as a chip that removes it.
 */
export function FindBar({
  value,
  onChange,
  customers,
  packs,
}: {
  value: FindState;
  onChange: (next: FindState) => void;
  customers: Customer[];
  packs: PackRecord[] | null;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value.text);
  useEffect(() => {
    if (text === value.text) return;
    const timer = setTimeout(() => onChange({ ...value, text }), 200);
    return () => clearTimeout(timer);
  }, [text]);
  const set = (patch: Partial<FindState>) => onChange({ ...value, text, ...patch });
  const drop = (key: Filter) => {
    const next = { ...value, text };
    delete next[key];
    onChange(next);
  };

  const customerName = (id: string) => customers.find((c) => c.id === id)?.name ?? id;
  const packName = (id: string) => {
    if (id === 'none') return t('app.find.noPack');
    const pack = packs?.find((p) => p.id === id);
    return pack ? packLabel(t, pack) : id;
  };
  const chips: { key: Filter; label: string }[] = [];
  if (value.customerId) chips.push({ key: 'customerId', label: customerName(value.customerId) });
  if (value.severity)
    chips.push({
      key: 'severity',
      label: t('app.find.chip.severity', { severity: value.severity }),
    });
  if (value.status) chips.push({ key: 'status', label: t(`app.status.${value.status}`) });
  if (value.packId) chips.push({ key: 'packId', label: packName(value.packId) });
  if (value.overdue) chips.push({ key: 'overdue', label: t('app.find.overdue') });

  return (
    <search class="pcx-stack" aria-label={t('app.find.label')}>
      <label class="pcx-row">
        <span class="pcx-visually-hidden">{t('app.find.search')}</span>
        <input
          type="search"
          class="pcx-input pcx-grow"
          data-key="search"
          data-testid="find-text"
          placeholder={t('app.find.placeholder')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && text) {
              e.stopPropagation();
              setText('');
            }
          }}
        />
      </label>
      <div class="pcx-row pcx-wrap">
        <select
          class="pcx-input pcx-input--compact"
          aria-label={t('app.find.customer')}
          data-testid="find-customer"
          value={value.customerId ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v) set({ customerId: v });
            else drop('customerId');
          }}
        >
          <option value="">{t('app.find.anyCustomer')}</option>
          {customers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name ?? c.id}
            </option>
          ))}
        </select>
        <select
          class="pcx-input pcx-input--compact"
          aria-label={t('app.find.severity')}
          data-testid="find-severity"
          value={value.severity ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value as SeverityId | '';
            if (v) set({ severity: v });
            else drop('severity');
          }}
        >
          <option value="">{t('app.find.anySeverity')}</option>
          {SEVERITY_IDS.map((s) => (
            <option key={s} value={s}>
              {t('app.find.chip.severity', { severity: s })}
            </option>
          ))}
        </select>
        <select
          class="pcx-input pcx-input--compact"
          aria-label={t('app.find.status')}
          data-testid="find-status"
          value={value.status ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value as TicketStatus | '';
            if (v) set({ status: v });
            else drop('status');
          }}
        >
          <option value="">{t('app.find.anyStatus')}</option>
          {TICKET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`app.status.${s}`)}
            </option>
          ))}
        </select>
        <select
          class="pcx-input pcx-input--compact"
          aria-label={t('app.find.pack')}
          data-testid="find-pack"
          value={value.packId ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v) set({ packId: v });
            else drop('packId');
          }}
        >
          <option value="">{t('app.find.anyPack')}</option>
          <option value="none">{t('app.find.noPack')}</option>
          {(packs ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {packLabel(t, p)}
            </option>
          ))}
        </select>
        <Button
          small
          aria-pressed={Boolean(value.overdue)}
          variant={value.overdue ? 'primary' : 'default'}
          data-testid="find-overdue"
          onClick={() => (value.overdue ? drop('overdue') : set({ overdue: true }))}
        >
          {t('app.find.overdue')}
        </Button>
        <label class="pcx-row">
          <span class="pcx-small">{t('app.find.sort')}</span>
          <select
            class="pcx-input pcx-input--compact"
            data-testid="find-sort"
            value={value.sort}
            onChange={(e) => set({ sort: e.currentTarget.value as FindSort })}
          >
            {(['due', 'filed', 'customer', 'severity'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`app.find.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {chips.length > 0 && (
        <ul class="pcx-row pcx-wrap pcx-bare" aria-label={t('app.find.active')}>
          {chips.map((chip) => (
            <li key={chip.key}>
              <Button
                small
                data-testid={`find-chip-${chip.key}`}
                aria-label={t('app.find.remove', { filter: chip.label })}
                onClick={() => drop(chip.key)}
              >
                {chip.label} ×
              </Button>
            </li>
          ))}
          <li>
            <Button small onClick={() => onChange({ ...NO_FIND, sort: value.sort })}>
              {t('app.find.clear')}
            </Button>
          </li>
        </ul>
      )}
    </search>
  );
}
