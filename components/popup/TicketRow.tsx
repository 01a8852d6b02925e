import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { PackRecord, Ticket, TicketStatus } from '../../lib/history/types';
import type { Translate } from '../../lib/i18n';
import { TICKET_STATUSES } from '../../lib/vocabulary';
import { useI18n } from '../i18n';
import { Button, ExternalLink } from '../ui/Button';
import { Countdown } from '../ui/Countdown';
import { formatDateTime } from '../ui/format';
import { loadPackMenu, useLazy } from './lazy';
import type { SpendOverride } from './PackMenu';
import { ReplyProposal } from './ReplyProposal';

export interface RowNotice {
  id: string;
  text: string;
  tone: 'ok' | 'error';
}

/** A pack as the agent named it, else its plan's name. */
export function packLabel(t: Translate, pack: PackRecord | null | undefined): string {
  return pack ? pack.label || t(`plan.${pack.kind}`) : t('app.tickets.unknownPack');
}

/**
 * One ticket of the list: title and severity, customer, due time with its rule, and the row's
 * actions (status, pack, portal link, edit). Pure display: every change goes back through the
 * callbacks to the tab, which asks the background.
 */
export function TicketRow({
  ticket,
  now,
  timeZone,
  highlighted,
  customer,
  which,
  href,
  packs,
  linking,
  notice,
  onStatus,
  onLink,
  onUnlink,
  onLinking,
  onEdit,
  onReply,
  compact = false,
}: {
  ticket: Ticket;
  now: number;
  timeZone: string;
  highlighted: boolean;
  /** The customer's name as shown, and what tells it apart from a lookalike (domain, tenant). */
  customer: string | null;
  which: string | null;
  /** The ticket in its portal, when it can be built. */
  href: string | null;
  /** Null until loaded: the pack actions wait for them. */
  packs: PackRecord[] | null;
  /** This row's pack picker is open. */
  linking: boolean;
  notice: RowNotice | null;
  onStatus: (status: TicketStatus) => void;
  onLink: (packId: string, override?: SpendOverride) => void;
  onUnlink: () => void;
  onLinking: (open: boolean) => void;
  onEdit: () => void;
  /** The agent's answer to Microsoft's reply read on a portal (see ReplyProposal). */
  onReply: (answer: 'accept' | 'dismiss') => void;
  /** One line (severity, title, countdown) that expands on click; see TicketsTab's density. */
  compact?: boolean;
}) {
  const { t, locale } = useI18n();
  // Null until the agent opens or folds the row: a reply waiting for an answer, or the ticket a
  // reminder points at, starts open; a click then decides, for these rows too.
  const [expanded, setExpanded] = useState<boolean | null>(null);
  const replyPending =
    ticket.status === 'open' && !ticket.firstResponseAt && Boolean(ticket.portalReplyAt);
  const open = !compact || (expanded ?? (highlighted || replyPending));
  const overdue =
    ticket.status === 'open' && ticket.dueAt !== null && Date.parse(ticket.dueAt) <= now;
  const pack = ticket.packId ? packs?.find((p) => p.id === ticket.packId) : undefined;
  const parts = [
    customer && (
      <span data-customer="">
        <bdi>{customer}</bdi>
        {which && (
          <>
            {' '}
            (<bdi>{which}</bdi>)
          </>
        )}
      </span>
    ),
    ticket.number && `#${ticket.number}`,
    t(`service.${ticket.service}`),
  ].filter(Boolean);
  return (
    <li
      id={`ticket-${ticket.id}`}
      tabIndex={-1}
      class={`pcx-card${highlighted ? ' pcx-card--highlight' : ''}${compact ? ' pcx-card--compact' : ''}`}
      data-ticket-id={ticket.id}
      data-expanded={open ? 'true' : 'false'}
      data-overdue={overdue ? 'true' : 'false'}
      data-status={ticket.status}
    >
      {compact && (
        <button
          type="button"
          class="pcx-row-summary"
          aria-expanded={open}
          aria-controls={`ticket-body-${ticket.id}`}
          onClick={() => setExpanded(!open)}
        >
          {ticket.severity && (
            <span class="pcx-badge" title={t(`severity.${ticket.severity}.name`)}>
              {ticket.severity}
            </span>
          )}
          <span class="pcx-row-summary__title" title={ticket.title}>
            {ticket.title}
          </span>
          {ticket.status === 'open' && ticket.dueAt ? (
            <Countdown dueAt={ticket.dueAt} now={now} />
          ) : (
            <span class="pcx-badge">{t(`app.status.${ticket.status}`)}</span>
          )}
        </button>
      )}
      {open && (
        <div id={`ticket-body-${ticket.id}`}>
          <div class="pcx-row pcx-row--between pcx-row--top">
            <div class="pcx-grow pcx-shrink">
              {!compact && (
                <div class="pcx-strong pcx-anywhere">
                  {ticket.severity && (
                    <span class="pcx-badge" title={t(`severity.${ticket.severity}.name`)}>
                      {ticket.severity}
                    </span>
                  )}{' '}
                  {ticket.title}
                </div>
              )}
              <div class="pcx-muted pcx-small">
                {parts.map((part, i) => (
                  <Fragment key={i}>
                    {i > 0 && ' · '}
                    {part}
                  </Fragment>
                ))}
              </div>
            </div>
            {compact ? null : ticket.status === 'open' && ticket.dueAt ? (
              <Countdown dueAt={ticket.dueAt} now={now} />
            ) : (
              <span class="pcx-badge">{t(`app.status.${ticket.status}`)}</span>
            )}
          </div>
          <div class="pcx-small pcx-mt-4">
            {ticket.dueAt
              ? t('app.tickets.due', { when: formatDateTime(ticket.dueAt, locale, timeZone) })
              : t('app.tickets.noDue')}
            {ticket.rule && <span class="pcx-muted"> — {t(`rule.${ticket.rule}`)}</span>}
          </div>
          <ReplyProposal
            ticket={ticket}
            now={now}
            timeZone={timeZone}
            onAccept={() => onReply('accept')}
            onDismiss={() => onReply('dismiss')}
          />
          <div class="pcx-row pcx-mt-6">
            <select
              class="pcx-input pcx-input--compact"
              aria-label={t('app.tickets.statusFor', { title: ticket.title })}
              value={ticket.status}
              onChange={(e) =>
                onStatus((e.currentTarget as HTMLSelectElement).value as TicketStatus)
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
                    {t('app.tickets.onPack', { pack: packLabel(t, pack) })}
                  </span>
                )}
                <Button
                  small
                  onClick={onUnlink}
                  aria-label={t('app.tickets.unlinkFor', { title: ticket.title })}
                >
                  {t('app.tickets.unlink')}
                </Button>
              </>
            ) : (
              packs &&
              packs.length > 0 &&
              (linking ? (
                <LazyPackMenu
                  ticket={ticket}
                  packs={packs}
                  now={now}
                  timeZone={timeZone}
                  onLink={(packId, override) => {
                    onLinking(false);
                    onLink(packId, override);
                  }}
                  onClose={() => onLinking(false)}
                />
              ) : (
                <Button
                  small
                  onClick={() => onLinking(true)}
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
              onClick={onEdit}
              aria-label={t('app.tickets.editFor', { title: ticket.title })}
            >
              {t('app.edit')}
            </Button>
          </div>
        </div>
      )}
      {notice && (
        <div
          class={notice.tone === 'error' ? 'pcx-error' : 'pcx-small'}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </div>
      )}
    </li>
  );
}

/** The pack menu, once its module (with the coverage rule and the lifecycle data) is loaded. */
function LazyPackMenu(props: Parameters<typeof import('./PackMenu').PackMenu>[0]) {
  const { t } = useI18n();
  const module = useLazy(loadPackMenu);
  if (!module) {
    return (
      <span class="pcx-small pcx-muted" role="status">
        {t('app.loading')}
      </span>
    );
  }
  return <module.PackMenu {...props} />;
}
