import type { Ticket } from '../../lib/history/types';
import { firstResponseOutcome } from '../../lib/rules/first-response';
import { useI18n } from '../i18n';
import { Button } from '../ui/Button';
import { formatDateTime } from '../ui/format';

/**
 * What a ticket's row says of Microsoft's replies read on the portals: the reply proposed as the
 * first response ("Microsoft replied at … — mark responded?", with Mark responded and Dismiss),
 * and, once there is one, the first response on record, where it came from and whether it was in
 * time. The portal's own status beside it, when a page showed one.
 */
export function ReplyProposal({
  ticket,
  now,
  timeZone,
  onAccept,
  onDismiss,
}: {
  ticket: Ticket;
  now: number;
  timeZone: string;
  onAccept: () => void;
  onDismiss: () => void;
}) {
  const { t, locale } = useI18n();
  const reply = ticket.status === 'open' && !ticket.firstResponseAt ? ticket.portalReplyAt : null;
  const outcome = firstResponseOutcome(ticket, now);
  return (
    <>
      {reply && (
        <section
          class="pcx-banner pcx-banner--ok pcx-mt-6"
          aria-label={t('app.replies.proposalFor', { title: ticket.title })}
          data-testid="reply-proposal"
        >
          <p class="pcx-small pcx-flush">
            {t('app.replies.proposal', { when: formatDateTime(reply, locale, timeZone) })}
          </p>
          <div class="pcx-row pcx-mt-4">
            <Button
              small
              variant="primary"
              onClick={onAccept}
              aria-label={t('app.replies.acceptFor', {
                title: ticket.title,
                when: formatDateTime(reply, locale, timeZone),
              })}
            >
              {t('app.replies.accept')}
            </Button>
            <Button
              small
              onClick={onDismiss}
              aria-label={t('app.replies.dismissFor', { title: ticket.title })}
            >
              {t('app.replies.dismiss')}
            </Button>
          </div>
        </section>
      )}
      {(outcome.state === 'met' || outcome.state === 'missed' || ticket.portalStatus) && (
        <div class="pcx-small pcx-muted pcx-mt-4" data-testid="first-response">
          {(outcome.state === 'met' || outcome.state === 'missed') && (
            <span data-from={outcome.from}>
              {t('app.replies.firstResponse', {
                when: formatDateTime(outcome.at, locale, timeZone),
              })}{' '}
              ({t(outcome.from === 'portal' ? 'app.replies.fromPortal' : 'app.replies.fromAgent')},{' '}
              {t(outcome.state === 'met' ? 'app.replies.met' : 'app.replies.missed')})
            </span>
          )}
          {(outcome.state === 'met' || outcome.state === 'missed') && ticket.portalStatus && ' · '}
          {ticket.portalStatus &&
            t('app.replies.portalStatus', { status: t(`portalStatus.${ticket.portalStatus}`) })}
        </div>
      )}
    </>
  );
}
