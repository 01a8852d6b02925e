import { useEffect, useId, useState } from 'preact/hooks';
import { defaultSeparator } from '../../lib/export-options';
import type { Translate } from '../../lib/i18n';
import { ask } from '../../lib/platform/messages';
import { firstResponseCsv, packsCsv } from '../../lib/reports/csv';
import type { ReportGrouping } from '../../lib/reports/first-response';
import type {
  PackRow,
  ReportData,
  ReportQuery,
  ReportRow,
  ReportTicketRow,
} from '../../lib/reports/index';
import { PORTAL_IDS, TICKET_PROGRAMS } from '../../lib/vocabulary';
import { useI18n } from '../i18n';
import { csvSeparatorItem } from '../options/data-files';
import { AppFrame, useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { downloadText } from '../ui/download';
import { errorMessage, formatCalendarDate, formatDateTime, formatDuration } from '../ui/format';
import { StatusBanner } from '../ui/StatusBanner';
import { MonthChart } from './MonthChart';

/**
 * The reports page: Microsoft's first-response record (lib/reports/first-response.ts) and the
 * pack spend (lib/reports/packs.ts), computed by the background over the whole history, with
 * filters for the period, customer, program and portal. Every figure is a table cell (the
 * tables are the accessible form); each row opens the tickets behind it.
 */
export function ReportsApp() {
  return (
    <AppFrame titleKey="reports.title">
      <ReportsPage />
    </AppFrame>
  );
}

const BY: readonly ReportGrouping[] = ['month', 'severity', 'customer', 'program'];

/** A time of the record ("1 h 30 min", "2 d 4 h"), or "—" when there is none. */
function duration(t: Translate, ms: number | null): string {
  return ms === null ? '—' : formatDuration(ms, t);
}

function percent(locale: string, rate: number | null): string {
  return rate === null
    ? '—'
    : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** "Nov 26" in the page's language, under a chart's bar. */
function shortMonth(locale: string, key: string): string {
  const [y, m] = key.split('-').map(Number);
  if (!y || !m) return key;
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, 15));
}

/** "November 2026" in the page's language (the key is a month in the agent's zone). */
function monthLabel(locale: string, key: string): string {
  const [y, m] = key.split('-').map(Number);
  if (!y || !m) return key;
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, 15));
}

function ReportsPage() {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState<ReportQuery>({});
  const [data, setData] = useState<ReportData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [by, setBy] = useState<ReportGrouping>('month');
  useEffect(() => {
    let alive = true;
    setError(null);
    ask('reports:get', query)
      .then((d) => alive && setData(d))
      .catch((e) => alive && setError(e));
    return () => {
      alive = false;
    };
  }, [query]);
  const customerName = (id: string) => {
    if (id === 'none') return t('reports.noCustomer');
    const c = data?.customers.find((x) => x.id === id);
    return c?.name ?? c?.domain ?? id;
  };
  const groupLabel = (key: string): string =>
    by === 'month'
      ? monthLabel(locale, key)
      : by === 'severity'
        ? key === 'none'
          ? t('reports.none')
          : t(`severity.${key as 'A' | 'B' | 'C'}.name`)
        : by === 'customer'
          ? customerName(key)
          : t(`app.exports.program.${key as (typeof TICKET_PROGRAMS)[number]}`);
  return (
    <div class="pcx-reports">
      <header class="pcx-reports__header">
        <h1 class="pcx-flush">{t('reports.title')}</h1>
        <p class="pcx-muted">{t('app.name')}</p>
      </header>
      <main>
        {data && <PrintHeader data={data} query={query} />}
        {data && <p class="pcx-no-print">{t('reports.intro', { zone: data.timeZone })}</p>}
        <Filters query={query} data={data} onChange={setQuery} customerName={customerName} />
        {error !== null && (
          <StatusBanner
            tone="error"
            title={t('reports.failed', { detail: errorMessage(t, error) })}
          />
        )}
        {!data && error === null && <p role="status">{t('reports.loading')}</p>}
        {data && (
          <>
            <p role="status">{t('reports.kept', { count: data.tickets })}</p>
            <Actions data={data} by={by} groupLabel={groupLabel} />
            <FirstResponse data={data} by={by} onBy={setBy} query={query} groupLabel={groupLabel} />
            <Packs rows={data.packs} customerName={customerName} />
          </>
        )}
      </main>
    </div>
  );
}

/** Shown only on paper: who, which period, when. */
function PrintHeader({ data, query }: { data: ReportData; query: ReportQuery }) {
  const { t, locale } = useI18n();
  const partner = useSettings().profile.name.trim();
  const from = query.from ?? data.months[0];
  const to = query.to ?? data.months[data.months.length - 1];
  return (
    <div class="pcx-print-only" data-testid="print-header">
      <p class="pcx-reports__print-title">
        {partner ? t('reports.print.title', { partner }) : t('reports.print.titleNoName')}
      </p>
      <p>
        {from && to
          ? t('reports.print.period', {
              from: monthLabel(locale, from),
              to: monthLabel(locale, to),
            })
          : t('reports.print.allPeriod')}
        {' · '}
        {t('reports.print.generated', {
          at: formatDateTime(data.generatedAt, locale, data.timeZone),
        })}
      </p>
    </div>
  );
}

/** CSV of the table shown and of the packs (the agent's separator), and printing. */
function Actions({
  data,
  by,
  groupLabel,
}: {
  data: ReportData;
  by: ReportGrouping;
  groupLabel(key: string): string;
}) {
  const { t, language } = useI18n();
  const [separator, setSeparator] = useState(defaultSeparator(language));
  useEffect(() => {
    void csvSeparatorItem.getValue().then((stored) => stored && setSeparator(stored));
  }, []);
  const date = data.generatedAt.slice(0, 10);
  const csvFr = () =>
    downloadText(
      t('reports.csv.file', { by, date }),
      'text/csv;charset=utf-8',
      firstResponseCsv(
        data.firstResponse[by],
        {
          group: t(`reports.by.${by}`),
          columns: {
            filed: t('reports.col.filed'),
            due: t('reports.col.due'),
            met: t('reports.col.met'),
            missed: t('reports.col.missed'),
            open: t('reports.col.open'),
            unknown: t('reports.col.unknown'),
            rate: t('reports.col.rate'),
            medianMin: t('reports.csv.medianMin'),
            p90Min: t('reports.csv.p90Min'),
            allowedMin: t('reports.csv.allowedMin'),
          },
        },
        (key) => groupLabel(key),
        by,
        separator,
      ),
    );
  const csvPacks = () =>
    downloadText(
      t('reports.csv.packsFile', { date }),
      'text/csv;charset=utf-8',
      packsCsv(
        data.packs,
        {
          pack: t('reports.packs.col.pack'),
          purchased: t('reports.csv.purchased'),
          expires: t('reports.csv.expires'),
          incidents: t('reports.packs.col.incidents'),
          used: t('reports.packs.col.used'),
          left: t('reports.packs.col.left'),
          spent: t('reports.packs.col.spent'),
          refunded: t('reports.packs.col.refunded'),
          overrides: t('reports.packs.col.overrides'),
          unused: t('reports.packs.col.unused'),
        },
        (p) => p.label || t(`plan.${p.kind}`),
        separator,
      ),
    );
  return (
    <fieldset class="pcx-row pcx-no-print pcx-reports__actions">
      <legend class="pcx-visually-hidden">{t('reports.actions')}</legend>
      <Button small onClick={csvFr}>
        {t('reports.csv.fr')}
      </Button>
      <Button small onClick={csvPacks}>
        {t('reports.csv.packs')}
      </Button>
      <Button small onClick={() => window.print()}>
        {t('reports.print')}
      </Button>
    </fieldset>
  );
}

function Filters({
  query,
  data,
  onChange,
  customerName,
}: {
  query: ReportQuery;
  data: ReportData | null;
  onChange(q: ReportQuery): void;
  customerName(id: string): string;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const months = data?.months ?? [];
  const set = (patch: Partial<ReportQuery>) => onChange({ ...query, ...patch });
  const select = (
    key: string,
    label: string,
    value: string | null | undefined,
    options: { value: string; label: string }[],
    onPick: (v: string | null) => void,
  ) => (
    <div class="pcx-field">
      <label for={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={value ?? ''}
        onChange={(e) => onPick(e.currentTarget.value || null)}
      >
        <option value="">{t('reports.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const monthOptions = months.map((m) => ({ value: m, label: monthLabel(locale, m) }));
  return (
    <fieldset class="pcx-reports__filters pcx-no-print">
      <legend>{t('reports.filters')}</legend>
      {select('from', t('reports.from'), query.from, monthOptions, (v) => set({ from: v }))}
      {select('to', t('reports.to'), query.to, monthOptions, (v) => set({ to: v }))}
      {select(
        'customer',
        t('reports.customer'),
        query.customerId,
        (data?.customers ?? [])
          .map((c) => ({ value: c.id, label: customerName(c.id) }))
          .sort((a, b) => a.label.localeCompare(b.label, locale)),
        (v) => set({ customerId: v }),
      )}
      {select(
        'program',
        t('reports.program'),
        query.program,
        TICKET_PROGRAMS.map((p) => ({ value: p, label: t(`app.exports.program.${p}`) })),
        (v) => set({ program: v as ReportQuery['program'] }),
      )}
      {select(
        'portal',
        t('reports.portal'),
        query.portal,
        PORTAL_IDS.map((p) => ({ value: p, label: t(`app.exports.portal.${p}`) })),
        (v) => set({ portal: v as ReportQuery['portal'] }),
      )}
    </fieldset>
  );
}

function FirstResponse({
  data,
  by,
  onBy,
  query,
  groupLabel,
}: {
  data: ReportData;
  by: ReportGrouping;
  onBy(by: ReportGrouping): void;
  query: ReportQuery;
  groupLabel(key: string): string;
}) {
  const { t, locale } = useI18n();
  const rows = data.firstResponse[by];
  const total = data.firstResponse.month.reduce(
    (acc, r) => ({ met: acc.met + r.met, missed: acc.missed + r.missed, open: acc.open + r.open }),
    { met: 0, missed: 0, open: 0 },
  );
  const judged = total.met + total.missed;
  const name = useId();
  return (
    <section aria-labelledby="reports-fr">
      <h2 id="reports-fr">{t('reports.fr.heading')}</h2>
      <p data-testid="fr-summary">
        {judged > 0
          ? t('reports.fr.summary', {
              met: total.met,
              judged,
              rate: percent(locale, total.met / judged),
              open: total.open,
            })
          : t('reports.fr.summaryNone')}
      </p>
      <div class="pcx-reports__scroll">
        <MonthChart
          rows={data.firstResponse.month}
          label={(key) => monthLabel(locale, key)}
          shortLabel={(key) => shortMonth(locale, key)}
          t={t}
          percent={(rate) => percent(locale, rate)}
        />
      </div>
      <fieldset class="pcx-row pcx-reports__by">
        <legend>{t('reports.by')}</legend>
        {BY.map((b) => (
          <label key={b}>
            <input type="radio" name={name} value={b} checked={by === b} onChange={() => onBy(b)} />{' '}
            {t(`reports.by.${b}`)}
          </label>
        ))}
      </fieldset>
      {rows.length === 0 ? (
        <p>{t('reports.empty')}</p>
      ) : (
        <div class="pcx-reports__scroll">
          <table class="pcx-table pcx-reports__table" data-testid={`fr-${by}`}>
            <caption class="pcx-visually-hidden">
              {t('reports.fr.heading')} — {t(`reports.by.${by}`)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(`reports.by.${by}`)}</th>
                <th scope="col">{t('reports.col.filed')}</th>
                <th scope="col">{t('reports.col.due')}</th>
                <th scope="col">{t('reports.col.met')}</th>
                <th scope="col">{t('reports.col.missed')}</th>
                <th scope="col">{t('reports.col.open')}</th>
                <th scope="col">{t('reports.col.unknown')}</th>
                <th scope="col">{t('reports.col.rate')}</th>
                <th scope="col">{t('reports.col.median')}</th>
                <th scope="col">{t('reports.col.p90')}</th>
                <th scope="col">{t('reports.col.allowed')}</th>
                <th scope="col" class="pcx-no-print">
                  {t('reports.col.tickets')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Row
                  key={`${by}:${row.key}`}
                  row={row}
                  by={by}
                  query={query}
                  label={groupLabel(row.key)}
                  zone={data.timeZone}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Row({
  row,
  by,
  query,
  label,
  zone,
}: {
  row: ReportRow;
  by: ReportGrouping;
  query: ReportQuery;
  label: string;
  zone: string;
}) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [tickets, setTickets] = useState<{ total: number; items: ReportTicketRow[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const listId = useId();
  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (next && !tickets)
      ask('reports:tickets', { query, by, key: row.key }).then(setTickets).catch(setError);
  };
  return (
    <>
      <tr data-key={row.key}>
        <th scope="row">{label}</th>
        <td>{row.filed}</td>
        <td>{row.due}</td>
        <td>{row.met}</td>
        <td>{row.missed}</td>
        <td>{row.open}</td>
        <td>{row.unknown}</td>
        <td>{percent(locale, row.hitRate)}</td>
        <td>{duration(t, row.responseMedianMs)}</td>
        <td>{duration(t, row.responseP90Ms)}</td>
        <td>{duration(t, row.allowedMedianMs)}</td>
        <td class="pcx-no-print">
          <Button variant="link" small aria-expanded={open} aria-controls={listId} onClick={toggle}>
            {open ? t('reports.hideTickets') : t('reports.showTickets', { count: row.filed })}
          </Button>
        </td>
      </tr>
      {open && (
        <tr class="pcx-reports__tickets">
          <td colSpan={12} id={listId}>
            {error !== null && <p role="alert">{errorMessage(t, error)}</p>}
            {!tickets && error === null && <p role="status">{t('reports.loading')}</p>}
            {tickets && <TicketList label={label} list={tickets} zone={zone} />}
          </td>
        </tr>
      )}
    </>
  );
}

function TicketList({
  label,
  list,
  zone,
}: {
  label: string;
  list: { total: number; items: ReportTicketRow[] };
  zone: string;
}) {
  const { t, locale } = useI18n();
  return (
    <div>
      <p class="pcx-small">{t('reports.ticketsOf', { group: label })}</p>
      <ul class="pcx-reports__list">
        {list.items.map((item) => (
          <li key={item.id} data-ticket={item.id} data-outcome={item.outcome}>
            <strong>{item.number ?? t('reports.noNumber')}</strong> — {item.title}{' '}
            <span class="pcx-muted">
              ({formatDateTime(item.filedAt, locale, zone)} · {t(`reports.outcome.${item.outcome}`)}
              )
            </span>
          </li>
        ))}
      </ul>
      {list.total > list.items.length && (
        <p class="pcx-small">
          {t('reports.moreTickets', { shown: list.items.length, total: list.total })}
        </p>
      )}
    </div>
  );
}

function Packs({ rows, customerName }: { rows: PackRow[]; customerName(id: string): string }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="reports-packs">
      <h2 id="reports-packs">{t('reports.packs.heading')}</h2>
      {rows.length === 0 ? (
        <p>{t('reports.packs.none')}</p>
      ) : (
        <div class="pcx-reports__scroll">
          <table class="pcx-table pcx-reports__table" data-testid="packs">
            <caption class="pcx-visually-hidden">{t('reports.packs.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.packs.col.pack')}</th>
                <th scope="col">{t('reports.packs.col.period')}</th>
                <th scope="col">{t('reports.packs.col.incidents')}</th>
                <th scope="col">{t('reports.packs.col.used')}</th>
                <th scope="col">{t('reports.packs.col.left')}</th>
                <th scope="col">{t('reports.packs.col.spent')}</th>
                <th scope="col">{t('reports.packs.col.refunded')}</th>
                <th scope="col">{t('reports.packs.col.overrides')}</th>
                <th scope="col">{t('reports.packs.col.unused')}</th>
                <th scope="col">{t('reports.packs.col.customers')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.packId} data-pack={p.packId}>
                  <th scope="row">{p.label || t(`plan.${p.kind}`)}</th>
                  <td>
                    {formatCalendarDate(p.purchasedOn, locale)} →{' '}
                    {p.expiresOn
                      ? formatCalendarDate(p.expiresOn, locale)
                      : t('reports.packs.noExpiry')}
                  </td>
                  <td>{p.incidents ?? t('reports.packs.contract')}</td>
                  <td>{p.used}</td>
                  <td>{p.left ?? '—'}</td>
                  <td>{p.consumed}</td>
                  <td>{p.refunded}</td>
                  <td>{p.overrides}</td>
                  <td>
                    {p.expiringUnused === null || !p.expiresOn
                      ? '—'
                      : p.expired
                        ? t('reports.packs.expired', {
                            date: formatCalendarDate(p.expiresOn, locale),
                            count: p.expiringUnused,
                          })
                        : t('reports.packs.unused', {
                            count: p.expiringUnused,
                            date: formatCalendarDate(p.expiresOn, locale),
                          })}
                  </td>
                  <td>
                    {Object.entries(p.byCustomer)
                      .filter(([, n]) => n !== 0)
                      .map(([id, n]) => `${customerName(id)} (${n})`)
                      .join(', ') || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
