import { useMemo } from 'preact/hooks';
import { storedZoneWarning } from '../../lib/settings';
import {
  dstGapWarnings,
  type Schedule,
  type ScheduleIssue,
  validateSchedule,
  WEEKDAYS,
  type Weekday,
} from '../../lib/sla/business-time';
import { previewWithSettings } from '../../lib/sla/preview';
import { useI18n } from '../i18n';
import { useNow, useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { ClosingTimeInput, TimeInput } from '../ui/DateFields';
import { formatCalendarDate, formatDateTime, todayIn } from '../ui/format';
import { PreviewResult } from '../ui/Preview';
import { HolidaysEditor } from './HolidaysEditor';
import { Locked } from './managed';
import { Section, useDraft } from './section';
import { ZonePicker } from './ZonePicker';

const DAY_NAMES_BASE = Date.UTC(2024, 0, 1); // a Monday

const sortUnique = (dates: string[]) => [...new Set(dates)].sort();

/**
 * Business hours: zone (ZonePicker: found by city, name or Windows id; legacy zones refused, a
 * stored one warned about), per-weekday intervals (split and overnight shifts), holidays (by hand,
 * presets from date-holidays, .ics import). Errors come from validateSchedule and sit next to the
 * interval at fault, blocking Save; DST-gap boundaries are warnings. A live preview uses the
 * edited, unsaved schedule.
 */
export function HoursSection() {
  const { t, locale } = useI18n();
  const settings = useSettings();
  const draft = useDraft<Schedule>(
    'hours',
    (s) => s.schedule,
    (s, schedule) => ({ ...s, schedule }),
  );
  const schedule = draft.value;
  const now = useNow(60_000);
  const issues = useMemo(() => validateSchedule(schedule), [schedule]);
  const dayName = (i: number) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
      DAY_NAMES_BASE + i * 86_400_000,
    );

  const warnings = useMemo(() => {
    if (issues.length > 0) return [];
    try {
      return dstGapWarnings(schedule, new Date(now), new Date(now + 366 * 86_400_000));
    } catch {
      return [];
    }
  }, [schedule, issues, Math.floor(now / 86_400_000)]);

  const issueText = (issue: ScheduleIssue) => {
    if (issue.code === 'overlap' && issue.overlapsWith) {
      const other = schedule.weekly[issue.overlapsWith.weekday]?.[issue.overlapsWith.index];
      return t('app.hours.error.overlap', {
        day: dayName(WEEKDAYS.indexOf(issue.overlapsWith.weekday)),
        interval: other ? `${other[0]}–${other[1]}` : '',
      });
    }
    return t(`app.hours.error.${issue.code}`);
  };
  const issuesAt = (weekday: Weekday, index: number) =>
    issues.filter((i) => i.weekday === weekday && i.index === index);
  const general = issues.filter(
    (i) =>
      i.weekday === undefined && i.holidayIndex === undefined && i.code !== 'unknown-time-zone',
  );
  const zoneIssue = issues.find((i) => i.code === 'unknown-time-zone');

  const setDay = (day: Weekday, intervals: [string, string][]) =>
    draft.set((s) => ({ ...s, weekly: { ...s.weekly, [day]: intervals } }));
  const addHolidays = (dates: string[]) => {
    const before = new Set(schedule.holidays);
    const added = dates.filter((d) => !before.has(d)).length;
    draft.set((s) => ({ ...s, holidays: sortUnique([...s.holidays, ...dates]) }));
    return added;
  };

  // Live preview with the edited schedule: professional Sev B counts business hours, CSP advisory
  // one business day — both move when the hours move.
  const previews =
    issues.length === 0
      ? ([
          {
            key: 'app.hours.previewProB',
            result: previewWithSettings(settings, {
              schedule,
              program: 'professional',
              severity: 'B',
              filedAt: new Date(now),
              supportLanguage: 'english',
              breakFix: true,
              coverage: 'business-hours',
            }),
          },
          {
            key: 'app.hours.previewCspAdvisory',
            result: previewWithSettings(settings, {
              schedule,
              program: 'csp',
              severity: 'B',
              filedAt: new Date(now),
              supportLanguage: 'english',
              breakFix: false,
            }),
          },
        ] as const)
      : [];

  return (
    <Section
      id="hours"
      title={t('app.options.hours')}
      intro={t('app.hours.intro')}
      draft={draft}
      invalid={issues.length > 0 ? t('app.hours.fixErrors', { n: issues.length }) : null}
    >
      <Locked by="timeZone">
        <ZonePicker
          value={schedule.timeZone}
          onChange={(timeZone) => draft.set((s) => ({ ...s, timeZone }))}
          error={zoneIssue ? issueText(zoneIssue) : null}
          storedLegacy={
            schedule.timeZone === settings.schedule.timeZone ? storedZoneWarning(settings) : null
          }
        />
      </Locked>

      <Locked by="businessHours">
        <fieldset class="pcx-fieldset">
          <legend>{t('app.hours.week')}</legend>
          {general.map((i) => (
            <p key={i.code} class="pcx-error" role="alert">
              {issueText(i)}
            </p>
          ))}
          {WEEKDAYS.map((day, dayIndex) => {
            const intervals = schedule.weekly[day] ?? [];
            const name = dayName(dayIndex);
            return (
              <fieldset class="pcx-day" key={day} data-day={day}>
                <legend class="pcx-visually-hidden">{name}</legend>
                <div aria-hidden="true" class="pcx-strong pcx-day__label">
                  {name}
                </div>
                <div>
                  {intervals.length === 0 && (
                    <div class="pcx-muted pcx-day__label">{t('app.hours.closed')}</div>
                  )}
                  {intervals.map(([open, close], index) => {
                    const errs = issuesAt(day, index);
                    const gaps = warnings.filter((w) => w.weekday === day && w.index === index);
                    const overnight = close < open && close !== '';
                    const errId = `err-${day}-${index}`;
                    const update = (pair: [string, string]) =>
                      setDay(
                        day,
                        intervals.map((iv, i) => (i === index ? pair : iv)),
                      );
                    return (
                      <div key={index} data-interval={`${day}-${index}`}>
                        <div class="pcx-interval">
                          <TimeInput
                            value={open}
                            aria-label={t('app.hours.openAt', { day: name, n: index + 1 })}
                            aria-invalid={errs.length > 0 ? 'true' : undefined}
                            aria-describedby={errs.length > 0 ? errId : undefined}
                            onChange={(v) => update([v, close])}
                          />
                          <span aria-hidden="true">–</span>
                          <ClosingTimeInput
                            value={close}
                            aria-label={t('app.hours.closeAt', { day: name, n: index + 1 })}
                            aria-invalid={errs.length > 0 ? 'true' : undefined}
                            aria-describedby={errs.length > 0 ? errId : undefined}
                            onChange={(v) => update([open, v])}
                          />
                          {close === '24:00' && (
                            <span class="pcx-small pcx-muted">{t('app.hours.midnight')}</span>
                          )}
                          {overnight && <span class="pcx-badge">{t('app.hours.overnight')}</span>}
                          <Button
                            small
                            variant="link"
                            aria-label={t('app.hours.removeInterval', { day: name, n: index + 1 })}
                            onClick={() =>
                              setDay(
                                day,
                                intervals.filter((_, i) => i !== index),
                              )
                            }
                          >
                            {t('app.remove')}
                          </Button>
                        </div>
                        {errs.length > 0 && (
                          <div id={errId} class="pcx-error" data-testid="interval-error">
                            {errs.map(issueText).join(' ')}
                          </div>
                        )}
                        {gaps.slice(0, 2).map((g) => (
                          <div
                            key={`${g.date}-${g.boundary}`}
                            class="pcx-warning"
                            data-testid="dst-warning"
                          >
                            <span aria-hidden="true">⚠ </span>
                            {t('app.hours.dstGap', {
                              date: formatCalendarDate(g.date, locale),
                              time: g.time,
                              actual: formatDateTime(g.at, locale, schedule.timeZone),
                            })}
                          </div>
                        ))}
                      </div>
                    );
                  })}
                  <Button
                    small
                    onClick={() =>
                      setDay(day, [
                        ...intervals,
                        intervals.length ? ['18:00', '20:00'] : ['09:00', '17:00'],
                      ])
                    }
                    aria-label={t('app.hours.addIntervalFor', { day: name })}
                  >
                    {t('app.hours.addInterval')}
                  </Button>
                </div>
              </fieldset>
            );
          })}
          <p class="pcx-hint">{t('app.hours.overnightHint')}</p>
        </fieldset>
      </Locked>

      <div aria-live="polite" class="pcx-stack" data-testid="hours-preview">
        <h3 class="pcx-flush">{t('app.hours.preview')}</h3>
        {issues.length > 0 ? (
          <p class="pcx-muted">{t('app.hours.previewBlocked')}</p>
        ) : (
          previews.map((p) => (
            <div key={p.key}>
              <div class="pcx-small pcx-strong">{t(p.key)}</div>
              <PreviewResult result={p.result} timeZone={schedule.timeZone} />
            </div>
          ))
        )}
      </div>

      <Locked by="holidays">
        <HolidaysEditor
          holidays={schedule.holidays}
          timeZone={schedule.timeZone}
          issues={issues}
          issueText={issueText}
          today={todayIn(schedule.timeZone, now)}
          onAdd={addHolidays}
          onRemove={(date) =>
            draft.set((s) => ({ ...s, holidays: s.holidays.filter((d) => d !== date) }))
          }
          onClear={() => draft.set((s) => ({ ...s, holidays: [] }))}
        />
      </Locked>
    </Section>
  );
}
