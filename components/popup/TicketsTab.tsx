import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Customer, PackRecord, Ticket, TicketStatus } from '../../lib/history/types';
import { lookalikeIds } from '../../lib/lookalikes';
import { ask } from '../../lib/platform/messages';
import { type TicketDensity, ticketDensityItem } from '../../lib/platform/storage';
import { tenantOf, ticketLink } from '../../lib/portals/links';
import { useI18n } from '../i18n';
import { useNow, useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { errorMessage, formatDateTime } from '../ui/format';
import { StatusBanner } from '../ui/StatusBanner';
import { FindBar, type FindState, isFinding, NO_FIND } from './FindBar';
import { loadPackMenu, loadTicketDialog, preload, useLazy } from './lazy';
import type { SpendOverride } from './PackMenu';
import { FIRST_PAGE as PAGE, takePrefetchedTickets } from './prefetch';
import { packLabel, type RowNotice, TicketRow } from './TicketRow';
import { useUndo } from './undo';
import { usePaged } from './usePaged';

type View = 'open' | 'all' | 'closed';

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
  const zone = useSettings().schedule.timeZone;
  const now = useNow(30_000);
  const [view, setView] = useState<View>('open');
  const [density, setDensity] = useState<TicketDensity>('comfortable');
  useEffect(() => {
    void ticketDensityItem
      .getValue()
      .then(setDensity)
      .catch(() => {});
    // The popup and the side panel follow each other's choice.
    return ticketDensityItem.watch(setDensity);
  }, []);
  const compact = density === 'compact';
  const [find, setFind] = useState<FindState>(NO_FIND);
  const finding = isFinding(find);
  // A search or filter is matched by the background (`tickets:find`); the plain views keep their
  // index ranges (`tickets:list`) and the first page the popup asked for before rendering.
  const list = usePaged<Ticket>(
    (cursor) =>
      finding
        ? ask('tickets:find', {
            ...find,
            text: find.text.trim() || undefined,
            view,
            cursor,
            limit: PAGE,
          })
        : ((!cursor && view === 'open' ? takePrefetchedTickets() : null) ??
          ask('tickets:list', { view, cursor, limit: PAGE })),
    JSON.stringify([view, find]),
  );
  const items = list.items;
  const [notice, setNotice] = useState<RowNotice | null>(null);
  const [editing, setEditing] = useState<Ticket | 'new' | null>(null);
  const [pinned, setPinned] = useState<Ticket | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [linking, setLinking] = useState<string | null>(null);
  const readySent = useRef(false);
  // The dialog and the pack menu carry the lifecycle data: loaded after the list is on screen.
  const dialog = useLazy(loadTicketDialog, items !== null || editing !== null);

  // The first page on screen: tell the shell (benchmark mark, data-ready).
  useEffect(() => {
    if (items && !readySent.current) {
      readySent.current = true;
      onReady();
      void preload(loadPackMenu).catch(() => undefined);
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
    const all = items ?? [];
    return pinned && !all.some((i) => i.id === pinned.id) ? [pinned, ...all] : all;
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
    list.replace(ticket);
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

  // One-click changes offer an Undo, which the background performs as a write of its own.
  const undo = useUndo();
  const setStatus = (ticket: Ticket, status: TicketStatus) =>
    act(ticket, async () => {
      const saved = await ask('tickets:set-status', { id: ticket.id, status });
      replace(saved);
      if (saved.status !== ticket.status) {
        undo.offer(t('app.undo.status', { status: t(`app.status.${status}`) }), async () => {
          replace(
            await ask('tickets:restore-status', {
              id: ticket.id,
              from: saved.status,
              status: ticket.status,
              statusAt: ticket.statusAt,
            }),
          );
        });
      }
      return t('app.tickets.statusSaved', { status: t(`app.status.${status}`) });
    });
  const link = (ticket: Ticket, packId: string, override?: SpendOverride) =>
    act(ticket, async () => {
      const result = await ask('tickets:link-pack', {
        ticketId: ticket.id,
        packId,
        ...(override ? { override } : {}),
      });
      replace(result.ticket);
      onPackChanged(result.pack);
      return t('app.tickets.linked', { pack: packLabel(t, result.pack) });
    });
  const unlink = (ticket: Ticket) =>
    act(ticket, async () => {
      const result = await ask('tickets:unlink-pack', { ticketId: ticket.id });
      replace(result.ticket);
      onPackChanged(result.pack);
      const packId = ticket.packId;
      if (packId && result.pack) {
        undo.offer(t('app.undo.unlinked', { pack: packLabel(t, result.pack) }), async () => {
          const back = await ask('tickets:relink-pack', { ticketId: ticket.id, packId });
          replace(back.ticket);
          onPackChanged(back.pack);
        });
      }
      return t('app.tickets.unlinked');
    });

  // Microsoft's reply read on a portal: taken as the first response, or dismissed.
  const reply = (ticket: Ticket, answer: 'accept' | 'dismiss') =>
    act(ticket, async () => {
      const saved = await ask(
        answer === 'accept' ? 'tickets:accept-reply' : 'tickets:dismiss-reply',
        { id: ticket.id },
      );
      replace(saved);
      return answer === 'accept' && saved.firstResponseAt
        ? t('app.replies.accepted', {
            when: formatDateTime(saved.firstResponseAt, locale, zone),
          })
        : t('app.replies.dismissed');
    });

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
  const whichOf = (ticket: Ticket): string | null => {
    if (!ticket.customerName || !lookalikes.has(ticket.customerId ?? `ticket:${ticket.id}`)) {
      return null;
    }
    const known = ticket.customerId ? customerById.get(ticket.customerId) : null;
    const tenant = tenantOf(ticket.customerId, known);
    return tenant.domain ?? (tenant.tenantId ? `${tenant.tenantId.slice(0, 8)}…` : null);
  };

  return (
    <section aria-labelledby="tickets-heading" class="pcx-stack">
      <div class="pcx-row">
        <h2 id="tickets-heading" class="pcx-grow pcx-flush">
          {t('app.tickets.heading')}
        </h2>
        <Button variant="primary" small data-key="new" onClick={() => setEditing('new')}>
          {t('app.tickets.add')}
        </Button>
      </div>
      <fieldset class="pcx-row pcx-bare">
        <legend class="pcx-visually-hidden">{t('app.tickets.viewLabel')}</legend>
        {(['open', 'all', 'closed'] as const).map((v) => (
          <Button
            key={v}
            small
            aria-pressed={view === v}
            variant={view === v ? 'primary' : 'default'}
            onClick={() => setView(v)}
          >
            {v === 'closed' ? t('app.find.view.closed') : t(`app.tickets.view.${v}`)}
          </Button>
        ))}
        {items && (
          <span class="pcx-muted pcx-small pcx-grow">
            {t('app.tickets.count', { shown: items.length, total: list.total })}
          </span>
        )}
        <Button
          small
          aria-pressed={compact}
          variant={compact ? 'primary' : 'default'}
          data-testid="density"
          onClick={() => {
            const next = compact ? 'comfortable' : 'compact';
            setDensity(next);
            void ticketDensityItem.setValue(next).catch(() => {});
          }}
        >
          {t('app.tickets.compact')}
        </Button>
      </fieldset>
      <FindBar value={find} onChange={setFind} customers={customers} packs={packs} />
      <div class="pcx-visually-hidden" aria-live="polite">
        {announcement}
      </div>
      {Boolean(list.error) && (
        <StatusBanner tone="error" title={t('app.tickets.loadFailed')}>
          {errorMessage(t, list.error)}
        </StatusBanner>
      )}
      {items && shown.length === 0 && !list.error && (
        <p class="pcx-muted">
          {finding
            ? t('app.find.noMatch')
            : view === 'closed'
              ? t('app.find.emptyClosed')
              : t(view === 'open' ? 'app.tickets.emptyOpen' : 'app.tickets.empty')}
        </p>
      )}
      <ul class="pcx-list pcx-list--long" data-testid="ticket-list">
        {shown.map((ticket) => (
          <TicketRow
            key={ticket.id}
            ticket={ticket}
            now={now}
            timeZone={zone}
            highlighted={ticket.id === focusId}
            customer={ticket.customerName}
            which={whichOf(ticket)}
            href={ticketLink(
              ticket,
              ticket.customerId ? customerById.get(ticket.customerId) : null,
            )}
            packs={packs}
            linking={linking === ticket.id}
            notice={notice?.id === ticket.id ? notice : null}
            onStatus={(status) => void setStatus(ticket, status)}
            onLink={(packId, override) => void link(ticket, packId, override)}
            onUnlink={() => void unlink(ticket)}
            onLinking={(open) => setLinking(open ? ticket.id : null)}
            onEdit={() => setEditing(ticket)}
            onReply={(answer) => void reply(ticket, answer)}
            compact={compact}
          />
        ))}
      </ul>
      {list.hasMore && <Button onClick={() => void list.loadMore()}>{t('app.loadMore')}</Button>}
      {undo.toast}
      {dialog && (
        <dialog.TicketDialog
          ticket={editing === 'new' ? null : editing}
          open={editing !== null}
          customers={customers}
          onClose={() => setEditing(null)}
          onDeleted={(ticket, restore) => {
            setEditing(null);
            setPinned((p) => (p?.id === ticket.id ? null : p));
            void list.reload();
            // The incident went back to its pack: show the pack's count as it is now.
            if (ticket.packId) {
              void ask('packs:get', { id: ticket.packId })
                .then((pack) => pack && onPackChanged(pack))
                .catch(() => {});
            }
            undo.offer(t('app.undo.deleted', { title: ticket.title }), async () => {
              const back = await restore();
              void list.reload();
              if (back.pack) onPackChanged(back.pack);
              setNotice({
                id: ticket.id,
                text: t(back.numberKept ? 'app.undo.restored' : 'app.undo.restoredNoNumber'),
                tone: 'ok',
              });
            });
          }}
          onSaved={(ticket, created) => {
            setEditing(null);
            if (created) void list.reload();
            else replace(ticket);
            setNotice({
              id: ticket.id,
              text: t(created ? 'app.tickets.added' : 'app.saved'),
              tone: 'ok',
            });
          }}
        />
      )}
    </section>
  );
}
