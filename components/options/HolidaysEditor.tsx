import { useMemo, useState } from 'preact/hooks';
import {
  HOLIDAY_COUNTRIES,
  HOLIDAY_YEAR_RANGE,
  holidayRegions,
  holidaysFor,
} from '../../lib/holidays';
import type { Translate } from '../../lib/i18n';
import type { ScheduleIssue } from '../../lib/sla/business-time';
import { useI18n } from '../i18n';
import { useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { DateInput } from '../ui/DateFields';
import { readFileText } from '../ui/download';
import { Field } from '../ui/Field';
import { formatCalendarDate } from '../ui/format';
import { StatusBanner } from '../ui/StatusBanner';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The public holidays of the schedule: one date at a time, a country's (and region's) preset for
 * chosen years, or an .ics file; listed as removable chips.
 */
export function HolidaysEditor({
  holidays,
  timeZone,
  issues,
  issueText,
  today,
  onAdd,
  onRemove,
  onClear,
}: {
  holidays: string[];
  timeZone: string;
  issues: ScheduleIssue[];
  issueText: (i: ScheduleIssue) => string;
  today: string;
  onAdd: (dates: string[]) => number;
  onRemove: (date: string) => void;
  onClear: () => void;
}) {
  const { t, locale } = useI18n();
  const settings = useSettings();
  const thisYear = Number(today.slice(0, 4));
  const [single, setSingle] = useState('');
  const [singleError, setSingleError] = useState<string | null>(null);
  const [country, setCountry] = useState<string>(
    (HOLIDAY_COUNTRIES as readonly string[]).includes(settings.profile.country)
      ? settings.profile.country
      : 'FR',
  );
  const [region, setRegion] = useState('');
  const [years, setYears] = useState<number[]>(
    [thisYear, thisYear + 1].filter(
      (y) => y >= HOLIDAY_YEAR_RANGE.first && y <= HOLIDAY_YEAR_RANGE.last,
    ),
  );
  const [message, setMessage] = useState<{
    tone: 'ok' | 'warning' | 'error';
    text: (t: Translate) => string;
  } | null>(null);
  const countryNames = useMemo(() => {
    try {
      return new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      return null;
    }
  }, [locale]);
  const regions = holidayRegions(country);
  const allYears = Array.from(
    { length: HOLIDAY_YEAR_RANGE.last - HOLIDAY_YEAR_RANGE.first + 1 },
    (_, i) => HOLIDAY_YEAR_RANGE.first + i,
  );

  const addPreset = () => {
    const dates = holidaysFor(region || country, years);
    const added = onAdd(dates);
    setMessage({
      tone: 'ok',
      text: (t) => t('app.holidays.presetAdded', { added, total: dates.length }),
    });
  };
  const importIcs = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      setMessage({ tone: 'error', text: (t) => t('app.ics.error.unreadable') });
      return;
    }
    // The calendar reader (ical.js) is loaded only when a file is chosen: the options page opens
    // without it. A failed load means the extension was updated under this page.
    let reader: typeof import('../../lib/holidays/ics');
    try {
      reader = await import('../../lib/holidays/ics');
    } catch {
      setMessage({ tone: 'error', text: (t) => t('app.ics.error.updated') });
      return;
    }
    const result = reader.parseIcsHolidays(text, {
      timeZone,
      fromYear: thisYear - 1,
      toYear: thisYear + 5,
    });
    if (!result.ok) {
      setMessage({ tone: 'error', text: (t) => t(`app.ics.error.${result.error}`) });
      return;
    }
    const added = onAdd(result.dates);
    const skipped = result.skipped.length;
    setMessage({
      tone: skipped > 0 ? 'warning' : 'ok',
      text: (t) =>
        t('app.ics.imported', { added, events: result.events.length }) +
        (skipped > 0
          ? ` ${t('app.ics.skipped', { n: skipped, reasons: [...new Set(result.skipped.map((s) => t(`app.ics.reason.${s.reason}`)))].join(', ') })}`
          : ''),
    });
  };

  const holidayIssue = (index: number) => issues.find((i) => i.holidayIndex === index);

  return (
    <fieldset class="pcx-fieldset" data-testid="holidays">
      <legend>{t('app.holidays.heading')}</legend>
      <p class="pcx-hint">{t('app.holidays.intro')}</p>
      {holidays.length === 0 ? (
        <p class="pcx-muted">{t('app.holidays.none')}</p>
      ) : (
        <>
          <p class="pcx-small">{t('app.holidays.count', { n: holidays.length })}</p>
          <ul class="pcx-chips" aria-label={t('app.holidays.heading')}>
            {holidays.map((date, index) => {
              const issue = holidayIssue(index);
              return (
                <li key={date} class="pcx-chip" data-date={date}>
                  <span class={issue ? 'pcx-error' : undefined}>
                    {ISO_DATE.test(date) ? formatCalendarDate(date, locale) : date}
                    {issue && ` — ${issueText(issue)}`}
                  </span>
                  <button
                    type="button"
                    aria-label={t('app.holidays.remove', { date })}
                    onClick={() => onRemove(date)}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
          <div>
            <Button small variant="danger" onClick={onClear}>
              {t('app.holidays.clear')}
            </Button>
          </div>
        </>
      )}

      <div class="pcx-row pcx-row--bottom pcx-mt-10">
        <Field label={t('app.holidays.addDate')} error={singleError}>
          {(p) => <DateInput {...p} value={single} onChange={setSingle} />}
        </Field>
        <Button
          onClick={() => {
            if (!ISO_DATE.test(single)) {
              setSingleError(t('app.form.badDate'));
              return;
            }
            setSingleError(null);
            onAdd([single]);
            setSingle('');
          }}
        >
          {t('app.add')}
        </Button>
      </div>

      <fieldset class="pcx-fieldset pcx-mt-10">
        <legend>{t('app.holidays.presets')}</legend>
        <div class="pcx-row pcx-row--bottom">
          <Field label={t('app.holidays.country')}>
            {(p) => (
              <select
                {...p}
                value={country}
                onChange={(e) => {
                  setCountry(e.currentTarget.value);
                  setRegion('');
                }}
              >
                {HOLIDAY_COUNTRIES.map((c) => (
                  <option key={c} value={c}>
                    {countryNames?.of(c) ?? c}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {regions.length > 0 && (
            <Field label={t('app.holidays.region')}>
              {(p) => (
                <select {...p} value={region} onChange={(e) => setRegion(e.currentTarget.value)}>
                  <option value="">{t('app.holidays.wholeCountry')}</option>
                  {regions.map((r) => (
                    <option key={r.code} value={r.code}>
                      {r.level === 2 ? '— ' : ''}
                      {r.name} ({r.code.split('-').slice(1).join('-')})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
        <fieldset class="pcx-row pcx-bare pcx-mt-8">
          <legend class="pcx-legend">{t('app.holidays.years')}</legend>
          {allYears.map((y) => (
            <label key={y} class="pcx-row pcx-row--tight">
              <input
                type="checkbox"
                checked={years.includes(y)}
                onChange={(e) =>
                  setYears((list) =>
                    e.currentTarget.checked ? [...list, y].sort() : list.filter((v) => v !== y),
                  )
                }
              />
              {y}
            </label>
          ))}
        </fieldset>
        <div class="pcx-row pcx-mt-8">
          <Button onClick={addPreset} disabled={years.length === 0}>
            {t('app.holidays.addPreset')}
          </Button>
        </div>
        <p class="pcx-hint">{t('app.holidays.presetCredit')}</p>
      </fieldset>

      <Field label={t('app.ics.label')} hint={t('app.ics.hint')}>
        {(p) => (
          <input
            {...p}
            type="file"
            accept=".ics,text/calendar"
            onChange={(e) => {
              const input = e.currentTarget;
              void importIcs(input.files?.[0]).finally(() => {
                input.value = '';
              });
            }}
          />
        )}
      </Field>
      {message && <StatusBanner tone={message.tone}>{message.text(t)}</StatusBanner>}
    </fieldset>
  );
}
