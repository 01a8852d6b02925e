import { fieldRow } from '../../lib/dom/fields';
import { optionLabels, optionMatching, pickOption } from '../../lib/dom/set-value';
import type { Program, Severity } from '../../lib/history/types';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import type { Preview } from '../../lib/sla/preview';
import type { HelperState } from '../mount';
import {
  readCoverage,
  readRequestTimeZone,
  readSeverity,
  readSupportLanguage,
  severityControl,
  severityOfLabel,
} from './form-reading';
import { updateForm } from './form-state';
import { useI18n } from './i18n';
import { computePreview, formatDue, zonesDiffer } from './preview';
import { detectionOf, expectOnDetailsTab, pageContext, show } from './shared';

/**
 * Severity picker, beside the Azure wizard's severity control: A/B/C with their impact in plain
 * words, a "not break-fix" box for CSP, and the first-response preview of lib/sla (domain.md §3).
 * Picking drives the portal's own control with real events; using the portal's control updates the
 * preview (the runtime rescans on every input/change).
 */

const SEVERITIES: Severity[] = ['A', 'B', 'C'];

export interface SeverityPickerProps {
  severity: Severity | null;
  program: Program | null;
  breakFix: boolean;
  preview: Preview | null;
  dueHere: string | null;
  dueThere: string | null;
  requestZone: string | null;
  agentZone: string;
  onPick(severity: Severity): void;
  onBreakFix(breakFix: boolean): void;
}

export function SeverityPicker(p: SeverityPickerProps) {
  const { t } = useI18n();
  const state: HelperState = 'ok';
  return (
    <div class="pcx-card" data-state={state}>
      <fieldset class="pcx-row" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend class="pcx-title">{t('severityPicker.title')}</legend>
        {SEVERITIES.map((s) => (
          <button key={s} type="button" aria-pressed={p.severity === s} onClick={() => p.onPick(s)}>
            {s}
          </button>
        ))}
      </fieldset>
      {p.severity ? (
        <p>{t(`severity.${p.severity}.impact`)}</p>
      ) : (
        <p class="pcx-muted">{t('severityPicker.none')}</p>
      )}
      {p.program === 'csp' && (
        <label>
          <input
            type="checkbox"
            checked={!p.breakFix}
            onChange={(e) => p.onBreakFix(!(e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('severityPicker.notBreakFix')}
        </label>
      )}
      {p.preview && p.dueHere && (
        <div aria-live="polite">
          <p>
            <strong>{t('severityPicker.due', { due: p.dueHere })}</strong>{' '}
            <span class="pcx-muted">({t('severityPicker.yourZone', { zone: p.agentZone })})</span>
          </p>
          {p.dueThere && p.requestZone && (
            <p>{t('severityPicker.dueThere', { due: p.dueThere, zone: p.requestZone })}</p>
          )}
          <p class="pcx-muted">
            {t('severityPicker.clock', { clock: t(`clock.${p.preview.clock}`) })}{' '}
            {t(`rule.${p.preview.rule}`)}
          </p>
          {p.preview.caveats.length > 0 && (
            <ul>
              {p.preview.caveats.map((c) => (
                <li key={c}>{t(`caveat.${c}`)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {p.severity && !p.preview && <p class="pcx-muted">{t('severityPicker.noPreview')}</p>}
    </div>
  );
}

const breakFixBySignal = new WeakMap<AbortSignal, boolean>();

/** Drives the portal's control: the plain option of that letter (not the emergency variant). */
export function pickSeverity(control: Element, severity: Severity): boolean {
  const labels = optionLabels(control).filter((l) => severityOfLabel(l) === severity);
  const plain = labels.sort((a, b) => a.length - b.length)[0];
  return plain ? pickOption(control, optionMatching([plain])) : false;
}

function scan(env: FeatureEnv) {
  const read = readSeverity(env.document);
  if (!read) {
    expectOnDetailsTab(env);
    return;
  }
  const ctx = pageContext(env, () => scan(env));
  if (ctx === null) return;
  const program = ctx?.program ?? null;
  const breakFix = breakFixBySignal.get(env.signal) ?? true;
  const supportLanguage = readSupportLanguage(env.document) ?? env.settings.supportLanguage;
  const coverage = readCoverage(env.document) ?? env.settings.coverage;
  const requestZone = readRequestTimeZone(env.document);
  const agentZone = env.settings.schedule.timeZone;
  const at = new Date();
  const preview =
    read.severity && program
      ? computePreview(env.settings, {
          program,
          severity: read.severity,
          breakFix,
          supportLanguage,
          coverage,
          at,
        })
      : null;
  const dueHere = preview ? formatDue(preview.dueAt, agentZone, env.locale) : null;
  const dueThere =
    preview && requestZone && zonesDiffer(requestZone, agentZone, preview.dueAt)
      ? formatDue(preview.dueAt, requestZone, env.locale)
      : null;
  if (ctx) updateForm(ctx, { severity: read.severity, breakFix, supportLanguage, coverage });
  const props = {
    severity: read.severity,
    program,
    breakFix,
    preview,
    dueHere,
    dueThere,
    requestZone: dueThere ? requestZone : null,
    agentZone,
  };
  show(env, 'severity-picker', fieldRow(read.control), 'after', 'ok', JSON.stringify(props), () => (
    <SeverityPicker
      {...props}
      onPick={(s) => {
        const control = severityControl(env.document);
        if (!control || !pickSeverity(control, s)) env.miss('pick');
      }}
      onBreakFix={(value) => {
        breakFixBySignal.set(env.signal, value);
        scan(env);
      }}
    />
  ));
}

export const severityPicker: Feature = {
  id: 'severity-picker',
  include(url, doc) {
    const d = detectionOf({ url, document: doc });
    return d?.portal === 'azure' && d.page === 'new-request';
  },
  scan,
  missAfterSeconds: null,
};
