import { useState } from 'preact/hooks';
import type { EntityLog as Log, LogEntry } from '../../lib/history/repo-log';
import { isMessageKey, type MessageKey, type Translate } from '../../lib/i18n';
import { ask } from '../../lib/platform/messages';
import { refusalCode } from '../../lib/rules/refusals';
import { useI18n } from '../i18n';
import { useSettings } from '../ui/app';
import { errorMessage, formatDateTime } from '../ui/format';

/**
 * A ticket's or a pack's own history, read from the change log on demand (`history:of`): which
 * ticket spent an incident and when, refunds, spending the rules refused but the agent confirmed
 * (with the reason given), status changes. Closed, it costs nothing; opened, it asks once, and
 * again each time it is reopened (the log may have grown meanwhile).
 */
export function EntityLog({
  entity,
  id,
  label,
}: {
  entity: 'ticket' | 'pack';
  id: string;
  /** The summary's text, e.g. "Usage history". */
  label: string;
}) {
  const { t, locale } = useI18n();
  const settings = useSettings();
  const [log, setLog] = useState<Log | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    setError(null);
    try {
      setLog(await ask('history:of', { entity, id }));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  return (
    <details
      class="pcx-log pcx-small"
      data-testid={`${entity}-log`}
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) void load();
      }}
    >
      <summary>{label}</summary>
      {error && (
        <p class="pcx-error" role="alert">
          {error}
        </p>
      )}
      {!log && !error && <p class="pcx-muted">{t('app.loading')}</p>}
      {log && log.entries.length === 0 && <p class="pcx-muted">{t('app.log.empty')}</p>}
      {log && log.entries.length > 0 && (
        <ol class="pcx-log-list">
          {log.entries.map((entry) => (
            <li key={entry.seq} data-action={entry.action}>
              <time dateTime={entry.at} class="pcx-muted">
                {formatDateTime(entry.at, locale, settings.schedule.timeZone)}
              </time>{' '}
              <span>
                {describe(entry, t, (iso) =>
                  formatDateTime(iso, locale, settings.schedule.timeZone),
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      {log?.more && <p class="pcx-muted">{t('app.log.more')}</p>}
    </details>
  );
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The ticket an event names, as a person recognises it: its number, else its title. */
function ticketName(entry: LogEntry, t: Translate): string {
  const ticket = entry.ticket;
  if (!ticket) return t('app.log.aTicket');
  const name = ticket.number ?? (ticket.title || t('app.log.aTicket'));
  return ticket.deleted ? t('app.log.deletedTicket') : name;
}

function refusal(reason: unknown, t: Translate): string {
  const key = `error.${refusalCode(text(reason) as never)}`;
  return isMessageKey(key) ? t(key as MessageKey, { detail: '' }).trim() : text(reason);
}

function status(value: unknown, t: Translate): string {
  const key = `app.status.${text(value)}`;
  return isMessageKey(key) ? t(key as MessageKey) : text(value);
}

function portalStatus(value: unknown, t: Translate): string {
  const key = `portalStatus.${text(value)}`;
  return isMessageKey(key) ? t(key as MessageKey) : text(value);
}

/**
 * One line of the history, in words (an action this version does not know is named as is).
 * `when` formats an instant the details carry (a reply's time) as the list formats its own.
 */
export function describe(
  entry: LogEntry,
  t: Translate,
  when: (iso: string) => string = (iso) => iso,
): string {
  const d = entry.details;
  switch (entry.action) {
    case 'created':
      return d.source === 'captured'
        ? t('app.log.ticketCaptured')
        : d.source === 'manual'
          ? t('app.log.ticketAdded')
          : t('app.log.packAdded');
    case 'updated':
      return t('app.log.edited');
    case 'consumed': {
      const spent = t('app.log.spent', { ticket: ticketName(entry, t), used: Number(d.used ?? 0) });
      if (!d.override) return spent;
      const note = text(d.note);
      return `${spent} ${t('app.log.override', { reason: refusal(d.refused, t) })}${
        note ? ` ${t('app.log.overrideNote', { note })}` : ''
      }`;
    }
    case 'refunded':
      return t('app.log.refunded', { ticket: ticketName(entry, t), used: Number(d.used ?? 0) });
    case 'linked':
    case 'relinked':
      return t('app.log.linked');
    case 'unlinked':
      return t('app.log.unlinked');
    case 'link-refused':
      return t('app.log.linkRefused', { reason: refusal(d.reason, t) });
    case 'status':
    case 'status-restored': {
      const line = t('app.log.status', { from: status(d.from, t), to: status(d.to, t) });
      const first = text(d.firstResponseAt);
      return d.via === 'portal' && first
        ? `${line} ${t('app.log.firstFromPortal', { when: when(first) })}`
        : line;
    }
    case 'portal-status':
      return t('app.log.portalStatus', { status: portalStatus(d.to, t) });
    case 'reply-proposed':
      return t('app.log.replyRead', { when: when(text(d.replyAt)) });
    case 'reply-dismissed':
    case 'reply-dropped':
      return t('app.log.replyDismissed');
    case 'restored':
      return t('app.log.restored');
    case 'deleted':
      return t('app.log.deleted');
    default:
      return t('app.log.other', { action: entry.action });
  }
}
