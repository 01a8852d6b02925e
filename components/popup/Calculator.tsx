import { useMemo, useState } from 'preact/hooks';
import type { Program, Severity } from '../../lib/history/types';
import { previewWithSettings } from '../../lib/sla/preview';
import { CLOCKS } from '../../lib/vocabulary';
import { useI18n } from '../i18n';
import { useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { SelectField } from '../ui/Field';
import { fromDateTimeLocal, toDateTimeLocal } from '../ui/format';
import { PreviewResult } from '../ui/Preview';
import {
  BreakFixCheck,
  FiledAtField,
  ProgramField,
  SeverityField,
  SupportLanguageField,
} from './ticket-fields';

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
        <ProgramField value={program} onChange={(p) => p !== 'unknown' && setProgram(p)} />
        <SeverityField value={severity} onChange={(s) => s && setSeverity(s)} />
        <SupportLanguageField value={language} onChange={setLanguage} />
        <SelectField
          label={t('app.calc.coverage')}
          value={coverage}
          options={CLOCKS}
          labelOf={(c) => t(`app.coverage.${c}`)}
          onChange={setCoverage}
        />
        <FiledAtField
          value={filed}
          timeZone={zone}
          error={filedAt ? null : t('app.form.badDateTime')}
          onChange={setFiled}
        />
        <div class="pcx-field pcx-field--end">
          <Button small onClick={() => setFiled(toDateTimeLocal(new Date(), zone))}>
            {t('app.calc.now')}
          </Button>
        </div>
      </div>
      <BreakFixCheck checked={breakFix} onChange={setBreakFix} />
      <div aria-live="polite">{result && <PreviewResult result={result} timeZone={zone} />}</div>
    </section>
  );
}
