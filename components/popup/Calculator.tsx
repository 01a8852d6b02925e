import { useMemo, useState } from 'preact/hooks';
import type { Program, Severity } from '../../lib/history/types';
import { previewWithSettings } from '../../lib/sla/preview';
import { CLOCKS, PROGRAM_IDS, SEVERITY_IDS, SUPPORT_LANGUAGES } from '../../lib/vocabulary';
import { useI18n } from '../i18n';
import { useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { Check, Field, SelectField } from '../ui/Field';
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
      <h2 id="calc-heading" class="pcx-flush">
        {t('app.calc.heading')}
      </h2>
      <div class="pcx-grid-2">
        <SelectField
          label={t('app.ticket.program')}
          value={program}
          options={PROGRAM_IDS}
          labelOf={(p) => t(`program.${p}`)}
          onChange={setProgram}
        />
        <SelectField
          label={t('app.ticket.severity')}
          hint={t(`severity.${severity}.impact`)}
          value={severity}
          options={SEVERITY_IDS}
          labelOf={(s) => t(`severity.${s}.name`)}
          onChange={setSeverity}
        />
        <SelectField
          label={t('app.ticket.language')}
          value={language}
          options={SUPPORT_LANGUAGES}
          labelOf={(l) => t(`app.supportLanguage.${l}`)}
          onChange={setLanguage}
        />
        <SelectField
          label={t('app.calc.coverage')}
          value={coverage}
          options={CLOCKS}
          labelOf={(c) => t(`app.coverage.${c}`)}
          onChange={setCoverage}
        />
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
        <div class="pcx-field pcx-field--end">
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
