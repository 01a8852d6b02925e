import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import {
  describeZone,
  formatOffset,
  hasSummerTime,
  type LegacyZone,
  resolveZoneInput,
  searchZones,
} from '../../lib/time-zones';
import { useI18n } from '../i18n';
import { useNow } from '../ui/app';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import './zone-picker.css';

type Notice =
  | { kind: 'legacy'; legacy: LegacyZone }
  | { kind: 'unknown'; typed: string }
  | { kind: 'converted'; text: string };

/** Why a legacy zone is refused, naming the place meant when there is one. */
export function legacyMessage(t: Translate, legacy: LegacyZone, locale: string, now: number) {
  const offset = legacy.offsetMinutes === null ? '' : formatOffset(legacy.offsetMinutes);
  const zone = legacy.suggestion;
  if (!zone) return t('app.zones.legacy.fixedNone', { name: legacy.name, offset });
  const described = describeZone(zone, locale, now);
  const params = {
    name: legacy.name,
    offset,
    zone,
    zoneName: described.name ?? described.offset ?? zone,
  };
  if (legacy.kind === 'rule') return t('app.zones.legacy.rule', params);
  return t(
    hasSummerTime(zone, now) ? 'app.zones.legacy.fixedSummer' : 'app.zones.legacy.fixedSame',
    params,
  );
}

/**
 * The time-zone field: a combobox (WAI-ARIA 1.2, list autocomplete) over lib/time-zones' search.
 * Typing filters the list (cities, countries, generic and Windows names, offsets, accents and
 * case ignored); Up/Down move through it, Enter picks, Escape closes, then restores. Text
 * committed without a pick (Enter, leaving the field) goes through `resolveZoneInput`: a Windows
 * name or a city naming one zone is taken, a legacy name (EST, Etc/GMT+5) is refused with the
 * place meant on a button, and anything else is refused. The zone in use stays shown with its
 * offset; a stored legacy zone is kept and warned about, never changed without a click.
 */
export function ZonePicker({
  value,
  onChange,
  error,
  storedLegacy,
}: {
  value: string;
  onChange: (zone: string) => void;
  /** The schedule's own verdict on the zone in use (validateSchedule). */
  error?: string | null;
  /** The saved zone, when it is a legacy one still in use (lib/settings `storedZoneWarning`). */
  storedLegacy: LegacyZone | null;
}) {
  const { t, locale } = useI18n();
  const now = useNow(60_000);
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [notice, setNotice] = useState<Notice | null>(null);

  // The search's list is built once per language (a third of a second of Intl calls): while the
  // page is idle, not on the first key typed.
  useEffect(() => {
    const warm = () => searchZones('', locale, Date.now());
    const idle = (globalThis as { requestIdleCallback?: (f: () => void) => number })
      .requestIdleCallback;
    if (idle) idle(warm);
    else setTimeout(warm, 500);
  }, [locale]);

  // Another tab, Revert or a pick changed the zone: the field shows it.
  useEffect(() => {
    setText(value);
  }, [value]);

  const query = text === value ? '' : text;
  const options = useMemo(
    () => (open ? searchZones(query, locale, now) : []),
    [open, query, locale, Math.floor(now / 3_600_000)],
  );
  const current = useMemo(() => describeZone(value, locale, now), [value, locale, now]);

  const show = (at: number) => {
    setOpen(true);
    setActive(at);
  };
  const choose = (zone: string, converted?: string) => {
    onChange(zone);
    setText(zone);
    setOpen(false);
    setActive(-1);
    setNotice(converted ? { kind: 'converted', text: converted } : null);
  };
  const commit = () => {
    if (text.trim() === '' || text === value) {
      setText(value);
      setNotice(null);
      return;
    }
    const result = resolveZoneInput(text, locale, now);
    if (result.kind === 'zone') {
      const typed = text.trim();
      if (result.via === 'windows')
        choose(result.zone, t('app.zones.fromWindows', { typed, zone: result.zone }));
      else if (result.via === 'alias')
        choose(result.zone, t('app.zones.fromAlias', { typed, zone: result.zone }));
      else choose(result.zone);
    } else if (result.kind === 'legacy') setNotice({ kind: 'legacy', legacy: result.legacy });
    else setNotice({ kind: 'unknown', typed: result.typed });
  };

  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (i: number) => `${baseId}-opt-${i}`;
  const currentId = `${baseId}-current`;
  const noticeId = `${baseId}-notice`;

  // The active option stays in view as the arrows move through a long list.
  useEffect(() => {
    if (active >= 0)
      document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const legacyShown = notice?.kind === 'legacy' ? notice.legacy : notice ? null : storedLegacy;
  const typedError =
    notice?.kind === 'unknown' ? t('app.zones.unknown', { typed: notice.typed }) : null;

  const onKeyDown = (e: KeyboardEvent) => {
    const n = options.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        const down = e.key === 'ArrowDown';
        if (open) {
          if (n > 0) setActive(down ? Math.min(active + 1, n - 1) : Math.max(active - 1, 0));
          return;
        }
        // Opening: Alt+Down only opens; Down starts on the zone in use (or the first match), Up on
        // the last.
        const list = searchZones(query, locale, now);
        const inUse = query === '' ? list.findIndex((o) => o.zone === value) : -1;
        if (e.altKey) show(-1);
        else if (!down) show(list.length - 1);
        else show(inUse >= 0 ? inUse : list.length > 0 ? 0 : -1);
        return;
      }
      case 'Enter':
        e.preventDefault();
        if (open && active >= 0 && options[active]) {
          choose(options[active]!.zone);
          return;
        }
        setOpen(false);
        commit();
        return;
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text !== value) {
          e.preventDefault();
          setText(value);
          setNotice(null);
        }
        return;
      default:
    }
  };

  return (
    <Field label={t('app.zones.label')} hint={t('app.zones.hint')} error={error ?? typedError}>
      {(p) => (
        <div class="pcx-zone">
          <input
            {...p}
            aria-describedby={[p['aria-describedby'], currentId, legacyShown ? noticeId : '']
              .filter(Boolean)
              .join(' ')}
            aria-invalid={p['aria-invalid'] ?? (notice?.kind === 'legacy' ? 'true' : undefined)}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls={listId}
            aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
            value={text}
            autoComplete="off"
            spellcheck={false}
            data-testid="zone-input"
            onInput={(e) => {
              setText(e.currentTarget.value);
              setNotice(null);
              show(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => {
              setOpen(false);
              setActive(-1);
              commit();
            }}
          />
          <div
            id={listId}
            role="listbox"
            aria-label={t('app.zones.list')}
            class="pcx-zone__list"
            hidden={!open || options.length === 0}
          >
            {options.map((o, i) => (
              // The keyboard stays on the field (aria-activedescendant), which handles the arrows and
              // Enter: an option needs only the click, and is focusable only by script.
              // biome-ignore lint/a11y/useKeyWithClickEvents: keys are the combobox field's
              <div
                key={`${o.zone}-${i}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === active ? 'true' : 'false'}
                class="pcx-zone__option"
                tabIndex={-1}
                data-zone={o.zone}
                // The field keeps the focus: a click picks without a blur committing the text.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(o.zone)}
              >
                <span class="pcx-strong">{o.cities.slice(0, 3).join(', ') || o.zone}</span>{' '}
                <span class="pcx-small pcx-muted">
                  {[o.zone, o.name, o.country, o.offset].filter(Boolean).join(' · ')}
                  {o.matched && ` — ${t('app.zones.matched', { text: o.matched })}`}
                </span>
              </div>
            ))}
          </div>
          <span role="status" class="pcx-visually-hidden">
            {open && query !== '' ? t('app.zones.count', { n: options.length }) : ''}
          </span>
          <span id={currentId} class="pcx-small" data-testid="zone-current">
            {current.name
              ? t('app.zones.currentNamed', {
                  zone: value,
                  name: current.name,
                  offset: current.offset ?? '?',
                })
              : t('app.zones.current', { zone: value, offset: current.offset ?? '?' })}
          </span>
          {notice?.kind === 'converted' && (
            <span role="status" class="pcx-small pcx-ok-text">
              {notice.text}
            </span>
          )}
          {legacyShown && (
            <div
              id={noticeId}
              class="pcx-warning pcx-row pcx-row--tight"
              data-testid="zone-legacy"
              role={notice ? 'alert' : undefined}
            >
              <span>
                {legacyMessage(t, legacyShown, locale, now)}
                {!notice && ` ${t('app.zones.legacy.stored')}`}
              </span>
              {legacyShown.suggestion && (
                <Button small onClick={() => choose(legacyShown.suggestion!)}>
                  {t('app.zones.use', { zone: legacyShown.suggestion })}
                </Button>
              )}
            </div>
          )}
        </div>
      )}
    </Field>
  );
}
