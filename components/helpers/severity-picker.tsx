import { fieldRow } from '../../lib/dom/fields';
import type { Program, Severity } from '../../lib/history/types';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import { programFor } from '../../lib/portals/tenant';
import { type Preview, previewOrNull } from '../../lib/sla/preview';
import { HelperCard } from './card';
import {
  readCoverage,
  readRequestTimeZone,
  readSeverity,
  readSupportLanguage,
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
 * Severity preview, right below the Azure wizard's own severity control (domain.md §3): the
 * severity the portal's control holds, its impact in plain words, when the first response is due
 * (lib/sla), the rule and clock used, a "not break-fix" box for CSP, and the whose-tenant question
 * when the page does not tell. It adds no second A/B/C control: the portal's own is the one the
 * agent uses, and every change of it updates the preview (the runtime rescans on input/change).
 */

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
  onBreakFix(breakFix: boolean): void;
  onWhose(kind: 'customer' | 'own'): void;
}

export function SeverityPicker(p: SeverityPickerProps) {
  const { t } = useI18n();
  const title = !p.severity
    ? t('severityPicker.none')
    : p.preview && p.dueHere
      ? t('severityPicker.compact', {
          severity: t(`severity.${p.severity}.name`),
          due: t('severityPicker.due', { due: p.dueHere }),
        })
      : t(`severity.${p.severity}.name`);
  return (
    <HelperCard state="ok" title={title} why="first-response" live="none">
      {p.severity && <p class="pcx-muted">{t(`severity.${p.severity}.impact`)}</p>}
      {p.askWhose && (
        <fieldset class="pcx-row pcx-plain">
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
        <label class="pcx-check">
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
          dueInTitle
        />
      )}
      {p.severity && p.program && !p.preview && (
        <p class="pcx-muted">{t('severityPicker.noPreview')}</p>
      )}
    </HelperCard>
  );
}

const breakFixBySignal = new WeakMap<AbortSignal, boolean>();
/** Whose tenant the agent said it is, where the page did not (per navigation). */
const whoseBySignal = new WeakMap<AbortSignal, 'customer' | 'own'>();

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
