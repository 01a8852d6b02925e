import { addDays } from '../../lib/lifecycle/calendar-date';
import type { FieldChange, Proposal } from '../../lib/sfb/pack-reconcile';
import { withNames } from '../bidi';
import { useI18n } from './i18n';

/**
 * The ledger offer under the eligibility badge (domain.md §8): each plan Support for business lists
 * becomes "add" (not in PCX), "update" (in PCX with other values: the changes are listed) or
 * "up to date". One button applies exactly what is shown; "Not now" leaves the ledger as it is.
 * Nothing is written without that click.
 */

export type SyncOutcome =
  | { kind: 'added' | 'updated' | 'declined' }
  | { kind: 'failed'; code: string };

export interface PackSyncProps {
  /** False when the ledger could not be read: nothing is offered then. */
  ledgerRead: boolean;
  proposals: Proposal[];
  /** Rows skipped because they could not be read (or repeat or lack a count). */
  unreadable: number;
  unknownPlans: number;
  /** By Access Id (lower case). A Map: the ids come from the page, so they never touch a prototype. */
  outcomes: ReadonlyMap<string, SyncOutcome>;
  busy: string[];
  onApply(p: Proposal): void;
  onDecline(p: Proposal): void;
}

function formatDay(date: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  } catch {
    return date;
  }
}

function Change({ c }: { c: FieldChange }) {
  const { t, locale } = useI18n();
  const shown = (v: string | number | null) => {
    if (v === null) return t('packSync.empty');
    if (typeof v === 'number') return String(v);
    // A pack's expiry is the first day it cannot be used: the page's End Date is the day before.
    if (c.field === 'expiresOn') return formatDay(addDays(v, -1), locale);
    if (c.field === 'purchasedOn') return formatDay(v, locale);
    return v;
  };
  return (
    <li>
      {t('packSync.change', {
        field: t(`packSync.field.${c.field}`),
        from: shown(c.from),
        to: shown(c.to),
      })}
    </li>
  );
}

function Offer({ p, props }: { p: Proposal; props: PackSyncProps }) {
  const { t, locale } = useI18n();
  const key = p.row.accessId.toLowerCase();
  const name = p.row.name;
  const vars = { name, accessId: p.row.accessId };
  // What the agent just did stays said (after an add, the row reads as up to date).
  const outcome = props.outcomes.get(key);
  if (p.action === 'same' && outcome?.kind !== 'added' && outcome?.kind !== 'updated')
    return <li>{withNames(t, 'packSync.same', vars, ['name'])}</li>;
  if (outcome) {
    const text =
      outcome.kind === 'failed'
        ? t('packSync.failed', { code: outcome.code })
        : withNames(t, `packSync.${outcome.kind}`, { name }, ['name']);
    return (
      <li>
        <span role="status">{text}</span>
      </li>
    );
  }
  if (p.action === 'same') return <li>{withNames(t, 'packSync.same', vars, ['name'])}</li>;
  const busy = props.busy.includes(key);
  return (
    <li>
      {p.action === 'add' ? (
        <>
          <p>{withNames(t, 'packSync.add', vars, ['name'])}</p>
          <p class="pcx-muted">
            {p.input.incidents === null
              ? t('packSync.addContract', {
                  start: formatDay(p.row.startDate, locale),
                  end: formatDay(p.row.endDate, locale),
                })
              : t('packSync.addDetail', {
                  start: formatDay(p.row.startDate, locale),
                  end: formatDay(p.row.endDate, locale),
                  left: p.input.incidents,
                })}
          </p>
        </>
      ) : (
        <>
          <p>{withNames(t, 'packSync.update', vars, ['name'])}</p>
          <ul>
            {p.changes.map((c) => (
              <Change key={c.field} c={c} />
            ))}
          </ul>
        </>
      )}
      <div class="pcx-row">
        <button
          type="button"
          class="pcx-button"
          disabled={busy}
          aria-busy={busy}
          onClick={() => props.onApply(p)}
        >
          {p.action === 'add'
            ? t('packSync.addButton', { name })
            : t('packSync.updateButton', { name })}
        </button>
        <button
          type="button"
          aria-label={t('packSync.declineName', { name })}
          disabled={busy}
          onClick={() => props.onDecline(p)}
        >
          {t('packSync.decline')}
        </button>
      </div>
    </li>
  );
}

export function PackSync(props: PackSyncProps) {
  const { t } = useI18n();
  return (
    <section aria-label={t('packSync.title')}>
      <p class="pcx-title">{t('packSync.title')}</p>
      {!props.ledgerRead ? (
        <p class="pcx-muted">{t('packSync.noLedger')}</p>
      ) : (
        <ul>
          {props.proposals.map((p) => (
            <Offer key={p.row.accessId} p={p} props={props} />
          ))}
        </ul>
      )}
      {props.unreadable > 0 && (
        <p class="pcx-muted" role="status">
          {t('packSync.skipped', { count: props.unreadable })}
        </p>
      )}
      {props.unknownPlans > 0 && (
        <p class="pcx-muted">{t('packSync.unknownPlan', { count: props.unknownPlans })}</p>
      )}
    </section>
  );
}
