import { type Control, type PickResult, pickValue, shortestMatching } from '../../lib/dom/controls';
import { fieldRow } from '../../lib/dom/fields';
import type { Program, Severity } from '../../lib/history/types';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import { programFor } from '../../lib/portals/tenant';
import { type Preview, previewOrNull } from '../../lib/sla/preview';
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
import { formatDue, zonesDiffer } from './preview';
import { PreviewDetails } from './preview-details';
import {
  detectionOf,
  expectOnDetailsTab,
  ONE_PER_PAGE,
  onEarlierWizardTab,
  pageContext,
  show,
} from './shared';

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
  /** The page did not tell whose tenant this is: the picker asks (`onWhose`). */
  askWhose: boolean;
  breakFix: boolean;
  preview: Preview | null;
  dueHere: string | null;
  dueThere: string | null;
  requestZone: string | null;
  agentZone: string;
  /** The severity the portal did not take when picked from here, if any. */
  pickFailed?: Severity | null;
  onPick(severity: Severity): void;
  onBreakFix(breakFix: boolean): void;
  onWhose(kind: 'customer' | 'own'): void;
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
      {p.pickFailed && (
        <p class="pcx-error" role="alert">
          {t('severityPicker.pickFailed', { severity: p.pickFailed })}
        </p>
      )}
      {p.severity ? (
        <p>{t(`severity.${p.severity}.impact`)}</p>
      ) : (
        <p class="pcx-muted">{t('severityPicker.none')}</p>
      )}
      {p.askWhose && (
        <fieldset class="pcx-row" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>{t('severityPicker.whose')}</legend>
          <button
            type="button"
            aria-pressed={p.program === 'csp'}
            onClick={() => p.onWhose('customer')}
          >
            {t('severityPicker.whoseCustomer')}
          </button>
          <button
            type="button"
            aria-pressed={p.program !== null && p.program !== 'csp'}
            onClick={() => p.onWhose('own')}
          >
            {t('severityPicker.whoseOwn')}
          </button>
        </fieldset>
      )}
      {p.askWhose && !p.program && p.severity && (
        <p class="pcx-muted">{t('severityPicker.whoseNeeded')}</p>
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
        <PreviewDetails
          preview={p.preview}
          dueHere={p.dueHere}
          dueThere={p.dueThere}
          requestZone={p.requestZone}
          agentZone={p.agentZone}
        />
      )}
      {p.severity && p.program && !p.preview && (
        <p class="pcx-muted">{t('severityPicker.noPreview')}</p>
      )}
    </div>
  );
}

const breakFixBySignal = new WeakMap<AbortSignal, boolean>();
/** Whose tenant the agent said it is, where the page did not (per navigation). */
const whoseBySignal = new WeakMap<AbortSignal, 'customer' | 'own'>();
const pickFailedBySignal = new WeakMap<AbortSignal, Severity | null>();

/** Drives the portal's control: the plain option of that letter (not the emergency variant). */
function pickSeverity(
  control: Control,
  severity: Severity,
  signal?: AbortSignal,
): Promise<PickResult> {
  return pickValue(
    control,
    shortestMatching((label) => severityOfLabel(label) === severity),
    { signal },
  );
}

function scan(env: FeatureEnv) {
  if (onEarlierWizardTab(env.document)) return;
  const read = readSeverity(env.document);
  if (!read) {
    expectOnDetailsTab(env);
    return;
  }
  const ctx = pageContext(env, () => scan(env));
  if (ctx === null) return;
  const whose = whoseBySignal.get(env.signal);
  const askWhose = ctx !== undefined && ctx?.program == null;
  const program =
    ctx?.program ?? (ctx && whose ? programFor(ctx.detection.portal, whose, env.settings) : null);
  const breakFix = breakFixBySignal.get(env.signal) ?? true;
  const supportLanguage = readSupportLanguage(env.document) ?? env.settings.supportLanguage;
  const coverage = readCoverage(env.document) ?? env.settings.coverage;
  const requestZone = readRequestTimeZone(env.document);
  const agentZone = env.settings.schedule.timeZone;
  const at = new Date();
  const preview =
    read.severity && program
      ? previewOrNull(env.settings, {
          program,
          severity: read.severity,
          breakFix,
          supportLanguage,
          coverage,
          filedAt: at,
        })
      : null;
  const dueHere = preview ? formatDue(preview.dueAt, agentZone, env.locale) : null;
  const dueThere =
    preview && requestZone && zonesDiffer(requestZone, agentZone, preview.dueAt)
      ? formatDue(preview.dueAt, requestZone, env.locale)
      : null;
  if (ctx) {
    updateForm(ctx, {
      severity: read.severity,
      breakFix,
      supportLanguage,
      coverage,
      programChosen: ctx.program ? null : program,
    });
  }
  const failed = pickFailedBySignal.get(env.signal) ?? null;
  const props = {
    severity: read.severity,
    program,
    askWhose,
    breakFix,
    preview,
    dueHere,
    dueThere,
    requestZone: dueThere ? requestZone : null,
    agentZone,
    // A failed pick is shown until the portal's own value says that severity after all.
    pickFailed: failed === read.severity ? null : failed,
  };
  const anchor = fieldRow(read.control.element);
  show(
    env,
    'severity-picker',
    anchor,
    'after',
    'ok',
    JSON.stringify(props),
    () => (
      <SeverityPicker
        {...props}
        onPick={async (s) => {
          const control = severityControl(env.document);
          const result = control
            ? await pickSeverity(control, s, env.signal)
            : ({ ok: false, reason: 'navigated' } as const);
          if (env.signal.aborted) return;
          if (!result.ok) env.miss(`pick-${result.reason}`);
          pickFailedBySignal.set(env.signal, result.ok ? null : s);
          scan(env);
        }}
        onBreakFix={(value) => {
          breakFixBySignal.set(env.signal, value);
          scan(env);
        }}
        onWhose={(kind) => {
          whoseBySignal.set(env.signal, kind);
          scan(env);
        }}
      />
    ),
    ONE_PER_PAGE,
  );
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
