import { type ComponentChild, Fragment } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Customer, PackRecord, Ticket, TicketStatus } from '../../lib/history/types';
import { lookalikeIds } from '../../lib/lookalikes';
import { ask } from '../../lib/platform/messages';
import { tenantOf, ticketLink } from '../../lib/portals/links';
import { incidentsLeft } from '../../lib/rules/packs';
import { TICKET_STATUSES } from '../../lib/vocabulary';
import { useI18n } from '../i18n';
import { useNow, useSettings } from '../ui/app';
import { Button, ExternalLink } from '../ui/Button';
import { Countdown } from '../ui/Countdown';
import { errorMessage, formatDateTime } from '../ui/format';
import { StatusBanner } from '../ui/StatusBanner';
import { FIRST_PAGE as PAGE, takePrefetchedTickets } from './data';
import { TicketDialog } from './TicketDialog';

type View = 'open' | 'all';

/**
 * Tickets, open ones first by first-response due time (the background sorts), 50 at a time. The
 * countdowns tick every 30 s; the live region speaks only when a ticket becomes overdue.
 */
export function TicketsTab({
  packs,
  customers,
  focusId,
  onPackChanged,
  onReady,
}: {
  /** Null until loaded (they are asked for once the first page of tickets is on screen). */
  packs: PackRecord[] | null;
  customers: Customer[];
  focusId: string | null;
  onPackChanged: (pack: PackRecord | null) => void;
  onReady: () => void;
}) {
  const { t, locale } = useI18n();
  const settings = useSettings();
  const zone = settings.schedule.timeZone;
  const now = useNow(30_000);
  const [view, setView] = useState<View>('open');
  const [items, setItems] = useState<Ticket[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ id: string; text: string; tone: 'ok' | 'error' } | null>(
    null,
  );
  const [editing, setEditing] = useState<Ticket | 'new' | null>(null);
  const [pinned, setPinned] = useState<Ticket | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [linking, setLinking] = useState<string | null>(null);
  const readySent = useRef(false);

  const load = useCallback(
    async (cursor: string | null, which: View) => {
      try {
        const early = !cursor && which === 'open' ? takePrefetchedTickets() : null;
        const page = await (early ?? ask('tickets:list', { view: which, cursor, limit: PAGE }));
        setItems((list) => (cursor && list ? [...list, ...page.items] : page.items));
        setNext(page.next);
        setTotal(page.total);
        setError(null);
      } catch (e) {
        setError(errorMessage(t, e));
        setItems((list) => list ?? []);
      }
    },
    [t],
  );

  // A layout effect, not an effect: the first page (usually already received, see prefetch.ts) is
  // put on screen without waiting a frame for the effect queue.
  useLayoutEffect(() => {
    void load(null, view);
  }, [view]);

  // The first page on screen: tell the shell (benchmark mark, data-ready).
  useEffect(() => {
    if (items && !readySent.current) {
      readySent.current = true;
      onReady();
    }
  }, [items]);

  // A ticket asked for by URL or notification that is not on the first page: fetch it and pin it.
  useEffect(() => {
    if (!focusId || !items || items.some((i) => i.id === focusId) || pinned) return;
    void ask('tickets:get', { id: focusId })
      .then((ticket) => ticket && setPinned(ticket))
      .catch(() => {});
  }, [focusId, items]);
  useEffect(() => {
    if (!focusId || !items) return;
    const el = document.getElementById(`ticket-${focusId}`);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    }
  }, [focusId, items, pinned]);

  const shown = useMemo(() => {
    const list = items ?? [];
    return pinned && !list.some((i) => i.id === pinned.id) ? [pinned, ...list] : list;
  }, [items, pinned]);

  // Announce tickets that cross their due time while the popup is open (not those already late).
  const overdueSeen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!items) return;
    const late = shown.filter((i) => i.status === 'open' && i.dueAt && Date.parse(i.dueAt) <= now);
    if (overdueSeen.current) {
      const fresh = late.filter((i) => !overdueSeen.current!.has(i.id));
      if (fresh.length > 0) {
        setAnnouncement(
          t('app.tickets.nowOverdue', { title: fresh.map((f) => f.title).join(', ') }),
        );
      }
    }
    overdueSeen.current = new Set(late.map((i) => i.id));
  }, [now, shown]);

  const replace = (ticket: Ticket) => {
    setItems((list) => list?.map((i) => (i.id === ticket.id ? ticket : i)) ?? list);
    setPinned((p) => (p?.id === ticket.id ? ticket : p));
  };

  const act = async (ticket: Ticket, action: () => Promise<string>) => {
    try {
      const text = await action();
      setNotice({ id: ticket.id, text, tone: 'ok' });
    } catch (e) {
      setNotice({ id: ticket.id, text: errorMessage(t, e), tone: 'error' });
    }
  };

  const setStatus = (ticket: Ticket, status: TicketStatus) =>
    act(ticket, async () => {
      replace(await ask('tickets:set-status', { id: ticket.id, status }));
      return t('app.tickets.statusSaved', { status: t(`app.status.${status}`) });
    });
  const link = (ticket: Ticket, packId: string) =>
    act(ticket, async () => {
      const result = await ask('tickets:link-pack', { ticketId: ticket.id, packId });
      replace(result.ticket);
      onPackChanged(result.pack);
      return t('app.tickets.linked', { pack: packName(result.pack) });
    });
  const unlink = (ticket: Ticket) =>
    act(ticket, async () => {
      const result = await ask('tickets:unlink-pack', { ticketId: ticket.id });
      replace(result.ticket);
      onPackChanged(result.pack);
      return t('app.tickets.unlinked');
    });

  const packName = (pack: PackRecord | null | undefined) =>
    pack ? pack.label || t(`plan.${pack.kind}`) : t('app.tickets.unknownPack');
  const customerById = useMemo(() => new Map(customers.map((c) => [c.id, c])), [customers]);
  // Customers whose names look alike (case, accents, spacing, Cyrillic letters…) are told apart
  // by their domain (or the start of their tenant id), shown beside the name.
  const lookalikes = useMemo(
    () =>
      lookalikeIds([
        ...customers.map((c) => ({ id: c.id, name: c.name })),
        ...shown.map((k) => ({ id: k.customerId ?? `ticket:${k.id}`, name: k.customerName })),
      ]),
    [customers, shown],
  );
  const customerOf = (ticket: Ticket): ComponentChild => {
    if (!ticket.customerName) return null;
    const known = ticket.customerId ? customerById.get(ticket.customerId) : null;
    const tenant = tenantOf(ticket.customerId, known);
    const which = lookalikes.has(ticket.customerId ?? `ticket:${ticket.id}`)
      ? (tenant.domain ?? (tenant.tenantId ? `${tenant.tenantId.slice(0, 8)}…` : null))
      : null;
    return (
      <span data-customer="">
        <bdi>{ticket.customerName}</bdi>
        {which && (
          <>
            {' '}
            (<bdi>{which}</bdi>)
          </>
        )}
      </span>
    );
  };

  return (
    <section aria-labelledby="tickets-heading" class="pcx-stack">
      <div class="pcx-row">
        <h2 id="tickets-heading" class="pcx-grow pcx-flush">
          {t('app.tickets.heading')}
        </h2>
        <Button variant="primary" small onClick={() => setEditing('new')}>
          {t('app.tickets.add')}
        </Button>
      </div>
      <fieldset class="pcx-row pcx-bare">
        <legend class="pcx-visually-hidden">{t('app.tickets.viewLabel')}</legend>
        {(['open', 'all'] as const).map((v) => (
          <Button
            key={v}
            small
            aria-pressed={view === v}
            variant={view === v ? 'primary' : 'default'}
            onClick={() => setView(v)}
          >
            {t(`app.tickets.view.${v}`)}
          </Button>
        ))}
        {items && (
          <span class="pcx-muted pcx-small">
            {t('app.tickets.count', { shown: items.length, total })}
          </span>
        )}
      </fieldset>
      <div class="pcx-visually-hidden" aria-live="polite">
        {announcement}
      </div>
      {error && (
        <StatusBanner tone="error" title={t('app.tickets.loadFailed')}>
          {error}
        </StatusBanner>
      )}
      {items && shown.length === 0 && !error && (
        <p class="pcx-muted">
          {t(view === 'open' ? 'app.tickets.emptyOpen' : 'app.tickets.empty')}
        </p>
      )}
      <ul class="pcx-list pcx-list--long" data-testid="ticket-list">
        {shown.map((ticket) => {
          const overdue =
            ticket.status === 'open' && ticket.dueAt !== null && Date.parse(ticket.dueAt) <= now;
          const pack = ticket.packId ? packs?.find((p) => p.id === ticket.packId) : undefined;
          const href = ticketLink(
            ticket,
            ticket.customerId ? customerById.get(ticket.customerId) : null,
          );
          return (
            <li
              key={ticket.id}
              id={`ticket-${ticket.id}`}
              tabIndex={-1}
              class={`pcx-card${ticket.id === focusId ? ' pcx-card--highlight' : ''}`}
              data-ticket-id={ticket.id}
              data-overdue={overdue ? 'true' : 'false'}
              data-status={ticket.status}
            >
              <div class="pcx-row pcx-row--between pcx-row--top">
                <div class="pcx-grow pcx-shrink">
                  <div class="pcx-strong pcx-anywhere">
                    {ticket.severity && (
                      <span class="pcx-badge" title={t(`severity.${ticket.severity}.name`)}>
                        {ticket.severity}
                      </span>
                    )}{' '}
                    {ticket.title}
                  </div>
                  <div class="pcx-muted pcx-small">
                    {[
                      customerOf(ticket),
                      ticket.number && `#${ticket.number}`,
                      t(`service.${ticket.service}`),
                    ]
                      .filter(Boolean)
                      .map((part, i) => (
                        <Fragment key={i}>
                          {i > 0 && ' · '}
                          {part}
                        </Fragment>
                      ))}
                  </div>
                </div>
                {ticket.status === 'open' && ticket.dueAt ? (
                  <Countdown dueAt={ticket.dueAt} now={now} />
                ) : (
                  <span class="pcx-badge">{t(`app.status.${ticket.status}`)}</span>
                )}
              </div>
              <div class="pcx-small pcx-mt-4">
                {ticket.dueAt
                  ? t('app.tickets.due', { when: formatDateTime(ticket.dueAt, locale, zone) })
                  : t('app.tickets.noDue')}
                {ticket.rule && <span class="pcx-muted"> — {t(`rule.${ticket.rule}`)}</span>}
              </div>
              <div class="pcx-row pcx-mt-6">
                <select
                  class="pcx-input pcx-input--compact"
                  aria-label={t('app.tickets.statusFor', { title: ticket.title })}
                  value={ticket.status}
                  onChange={(e) =>
                    void setStatus(
                      ticket,
                      (e.currentTarget as HTMLSelectElement).value as TicketStatus,
                    )
                  }
                >
                  {TICKET_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`app.status.${s}`)}
                    </option>
                  ))}
                </select>
                {ticket.packId ? (
                  <>
                    {packs && (
                      <span class="pcx-small">
                        {t('app.tickets.onPack', { pack: packName(pack) })}
                      </span>
                    )}
                    <Button
                      small
                      onClick={() => void unlink(ticket)}
                      aria-label={t('app.tickets.unlinkFor', { title: ticket.title })}
                    >
                      {t('app.tickets.unlink')}
                    </Button>
                  </>
                ) : (
                  packs &&
                  packs.length > 0 &&
                  (linking === ticket.id ? (
                    // Rendered on demand: 50 rows × 200 packs of <option> would slow the popup.
                    <select
                      ref={(el) => el?.focus()}
                      class="pcx-input pcx-input--compact"
                      aria-label={t('app.tickets.linkFor', { title: ticket.title })}
                      value=""
                      onChange={(e) => {
                        const id = (e.currentTarget as HTMLSelectElement).value;
                        if (id) {
                          setLinking(null);
                          void link(ticket, id);
                        }
                      }}
                      onKeyDown={(e) => e.key === 'Escape' && setLinking(null)}
                    >
                      <option value="">{t('app.tickets.linkPrompt')}</option>
                      {packs.map((p) => (
                        <option key={p.id} value={p.id}>
                          {packName(p)}
                          {p.incidents !== null
                            ? ` (${t('app.packs.leftShort', { n: incidentsLeft(p) ?? 0 })})`
                            : ''}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <Button
                      small
                      onClick={() => setLinking(ticket.id)}
                      aria-label={t('app.tickets.linkFor', { title: ticket.title })}
                    >
                      {t('app.tickets.linkButton')}
                    </Button>
                  ))
                )}
                {href && (
                  <ExternalLink
                    href={href}
                    button
                    aria-label={t('app.tickets.openFor', { title: ticket.title })}
                  >
                    {t('app.tickets.open')}
                  </ExternalLink>
                )}
                <Button
                  small
                  variant="link"
                  onClick={() => setEditing(ticket)}
                  aria-label={t('app.tickets.editFor', { title: ticket.title })}
                >
                  {t('app.edit')}
                </Button>
              </div>
              {notice?.id === ticket.id && (
                <div
                  class={notice.tone === 'error' ? 'pcx-error' : 'pcx-small'}
                  role={notice.tone === 'error' ? 'alert' : 'status'}
                >
                  {notice.text}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {next && <Button onClick={() => void load(next, view)}>{t('app.loadMore')}</Button>}
      <TicketDialog
        ticket={editing === 'new' ? null : editing}
        open={editing !== null}
        customers={customers}
        onClose={() => setEditing(null)}
        onSaved={(ticket, created) => {
          setEditing(null);
          if (created) void load(null, view);
          else replace(ticket);
          setNotice({
            id: ticket.id,
            text: t(created ? 'app.tickets.added' : 'app.saved'),
            tone: 'ok',
          });
        }}
      />
    </section>
  );
}
