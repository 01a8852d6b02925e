import { useMemo, useState } from 'preact/hooks';
import type { Program, Severity } from '../../lib/history/types';
import { previewWithSettings } from '../../lib/sla/preview';
import { useI18n } from '../i18n';
import { useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { Check, Field } from '../ui/Field';
import { fromDateTimeLocal, toDateTimeLocal } from '../ui/format';
import { PreviewResult } from '../ui/Preview';

/** "If I file now, when is the first response due?" — the rules' answer, with the rule named. */
export function Calculator() {
  const { t } = useI18n();
  const settings = useSettings();
  const zone = settings.schedule.timeZone;
  const [program, setProgram] = useState<Program>('csp');
  const [severity, setSeverity] = useState<Severity>('B');
  const [language, setLanguage] = useState(settings.supportLanguage);
  const [coverage, setCoverage] = useState(settings.coverage);
  const [breakFix, setBreakFix] = useState(true);
  const [filed, setFiled] = useState(() => toDateTimeLocal(new Date(), zone));
  const filedAt = fromDateTimeLocal(filed, zone);
  const result = useMemo(
    () =>
      filedAt
        ? previewWithSettings(settings, {
            program,
            severity,
            filedAt,
            supportLanguage: language,
            breakFix,
            coverage,
          })
        : null,
    [settings, program, severity, filed, language, breakFix, coverage],
  );
  return (
    <section aria-labelledby="calc-heading" class="pcx-stack">
      <h2 id="calc-heading" style={{ margin: 0 }}>
        {t('app.calc.heading')}
      </h2>
      <div class="pcx-grid-2">
        <Field label={t('app.ticket.program')}>
          {(p) => (
            <select
              {...p}
              value={program}
              onChange={(e) => setProgram(e.currentTarget.value as Program)}
            >
              <option value="csp">{t('program.csp')}</option>
              <option value="professional">{t('program.professional')}</option>
            </select>
          )}
        </Field>
        <Field label={t('app.ticket.severity')} hint={t(`severity.${severity}.impact`)}>
          {(p) => (
            <select
              {...p}
              value={severity}
              onChange={(e) => setSeverity(e.currentTarget.value as Severity)}
            >
              {(['A', 'B', 'C'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`severity.${s}.name`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('app.ticket.language')}>
          {(p) => (
            <select
              {...p}
              value={language}
              onChange={(e) => setLanguage(e.currentTarget.value as 'english' | 'local')}
            >
              <option value="english">{t('app.supportLanguage.english')}</option>
              <option value="local">{t('app.supportLanguage.local')}</option>
            </select>
          )}
        </Field>
        <Field label={t('app.calc.coverage')}>
          {(p) => (
            <select
              {...p}
              value={coverage}
              onChange={(e) => setCoverage(e.currentTarget.value as typeof coverage)}
            >
              <option value="around-the-clock">{t('app.coverage.around-the-clock')}</option>
              <option value="business-hours">{t('app.coverage.business-hours')}</option>
            </select>
          )}
        </Field>
        <Field
          label={t('app.ticket.filedAt', { zone })}
          error={filedAt ? null : t('app.form.badDateTime')}
        >
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              value={filed}
              onInput={(e) => setFiled(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="pcx-field" style={{ justifyContent: 'flex-end' }}>
          <Button small onClick={() => setFiled(toDateTimeLocal(new Date(), zone))}>
            {t('app.calc.now')}
          </Button>
        </div>
      </div>
      <Check
        label={t('app.ticket.breakFix')}
        hint={t('app.ticket.breakFixHint')}
        checked={breakFix}
        onChange={setBreakFix}
      />
      <div aria-live="polite">{result && <PreviewResult result={result} timeZone={zone} />}</div>
    </section>
  );
}
