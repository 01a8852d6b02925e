import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { PackRecord, Ticket, TicketLinkInput } from '../../lib/history/types';
import { isMessageKey, type MessageKey, type Translate } from '../../lib/i18n';
import { type Coverage, packCovers, refusalCode } from '../../lib/rules/coverage';
import { incidentsLeft, packDay } from '../../lib/rules/packs';
import { useI18n } from '../i18n';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/Field';
import { formatCalendarDate } from '../ui/format';
import { packLabel } from './TicketRow';

/**
 * The pack menu of a ticket: every pack with what the coverage rule says of it for this ticket
 * ("covers this ticket", or why not), a link button where it covers, and "spend anyway" where
 * the rule allows an override — behind a confirmation that asks for the reason the change log
 * keeps. The repository applies the same rule when it spends, so the menu cannot promise what
 * the background would refuse. Rendered only while open (a row per pack), focused on open,
 * closed by Escape or Cancel.
 */

/** The agent's confirmed reason for spending an incident the rules refuse (the change log keeps it). */
export type SpendOverride = NonNullable<TicketLinkInput['override']>;

/** Why `coverage` refuses, in the agent's words (and, for N-1, the lifecycle rule on that day). */
export function coverageText(
  t: Translate,
  coverage: Coverage,
  ticket: Pick<Ticket, 'filedAt'>,
  locale: string,
  timeZone: string,
): string {
  if (coverage.covers) return t('coverage.covers');
  const key = `error.${refusalCode(coverage.reason)}`;
  const text = isMessageKey(key) ? t(key as MessageKey, { detail: '' }) : coverage.reason;
  const eligibility = `reason.${coverage.eligibility}`;
  if (coverage.eligibility && isMessageKey(eligibility)) {
    const day = packDay(new Date(ticket.filedAt), timeZone);
    return `${text} ${t('coverage.notEligibleBecause', {
      date: formatCalendarDate(day, locale),
      reason: t(eligibility as MessageKey),
    })}`;
  }
  return text;
}

export function PackMenu({
  ticket,
  packs,
  now,
  timeZone,
  onLink,
  onClose,
}: {
  ticket: Ticket;
  packs: PackRecord[];
  now: number;
  timeZone: string;
  onLink: (packId: string, override?: SpendOverride) => void;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const ref = useRef<HTMLFieldSetElement>(null);
  const id = useId();
  const [overriding, setOverriding] = useState<{ pack: PackRecord; coverage: Coverage } | null>(
    null,
  );
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, []);
  const at = new Date(now);
  const rows = packs.map((pack) => ({
    pack,
    coverage: packCovers(pack, ticket, { at, timeZone }),
  }));
  const confirm = (event: Event) => {
    event.preventDefault();
    const text = note.trim();
    if (text.length < 3) {
      setNoteError(t('coverage.overrideNoteHint'));
      return;
    }
    const chosen = overriding;
    setOverriding(null);
    if (chosen) onLink(chosen.pack.id, { note: text.slice(0, 200) });
  };
  const formId = `${id}-override`;
  return (
    <fieldset
      ref={ref}
      class="pcx-pack-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !overriding) onClose();
      }}
    >
      <legend class="pcx-visually-hidden">
        {t('app.tickets.linkFor', { title: ticket.title })}
      </legend>
      <ul class="pcx-stack">
        {rows.map(({ pack, coverage }) => {
          const left = incidentsLeft(pack);
          const why = `${id}-${pack.id}`;
          return (
            <li
              key={pack.id}
              class="pcx-pack-menu__item"
              data-pack-id={pack.id}
              data-covers={coverage.covers ? 'true' : 'false'}
            >
              <div class="pcx-row pcx-row--between">
                <span class="pcx-strong pcx-anywhere">
                  {packLabel(t, pack)}
                  {left !== null && (
                    <span class="pcx-muted"> ({t('app.packs.leftShort', { n: left })})</span>
                  )}
                </span>
                {coverage.covers ? (
                  <Button
                    small
                    variant="primary"
                    aria-describedby={why}
                    onClick={() => onLink(pack.id)}
                  >
                    {t('app.tickets.spendHere')}
                  </Button>
                ) : (
                  coverage.overridable && (
                    <Button
                      small
                      aria-describedby={why}
                      onClick={() => {
                        setNote('');
                        setNoteError(null);
                        setOverriding({ pack, coverage });
                      }}
                    >
                      {t('coverage.spendAnyway')}
                    </Button>
                  )
                )}
              </div>
              <p id={why} class={coverage.covers ? 'pcx-small pcx-ok-text' : 'pcx-small pcx-muted'}>
                {coverageText(t, coverage, ticket, locale, timeZone)}
              </p>
            </li>
          );
        })}
      </ul>
      <Button small variant="link" onClick={onClose}>
        {t('app.cancel')}
      </Button>
      <Dialog
        open={overriding !== null}
        onClose={() => setOverriding(null)}
        title={t('coverage.overrideTitle')}
        footer={
          <>
            <Button onClick={() => setOverriding(null)}>{t('app.cancel')}</Button>
            <Button variant="primary" type="submit" form={formId}>
              {t('coverage.overrideConfirm')}
            </Button>
          </>
        }
      >
        {overriding && (
          <form id={formId} class="pcx-stack" onSubmit={confirm} noValidate>
            <p>{t('coverage.overrideBody')}</p>
            <p class="pcx-small">
              <span class="pcx-strong">{packLabel(t, overriding.pack)}</span> —{' '}
              {coverageText(t, overriding.coverage, ticket, locale, timeZone)}
            </p>
            <TextField
              label={t('coverage.overrideNote')}
              hint={t('coverage.overrideNoteHint')}
              error={noteError}
              value={note}
              maxLength={200}
              onInput={(value) => {
                setNote(value);
                setNoteError(null);
              }}
            />
          </form>
        )}
      </Dialog>
    </fieldset>
  );
}
