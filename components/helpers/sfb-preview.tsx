import { fieldRow } from '../../lib/dom/fields';
import type { Severity } from '../../lib/history/types';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import { type Preview, previewOrNull } from '../../lib/sla/preview';
import { HelperCard } from './card';
import { useI18n } from './i18n';
import { formatDue } from './preview';
import { PreviewDetails } from './preview-details';
import { onStepOne, readSfbCoverage, readSfbSeverity } from './sfb-form';
import { detectionOf, removeHelpers, show } from './shared';

/**
 * The first-response preview on Support for business (domain.md §3: professional support), from
 * the same engine as the Azure severity picker (`computePreview`): beside "What is the severity of
 * your issue?" the due time of the chosen severity, counted the way "When would you like to receive
 * support?" says; beside that question, what each of its choices would give for that severity.
 * The form has no support-language field: the agent's setting is used.
 */

type Coverage = 'business-hours' | 'around-the-clock';
const COVERAGES: Coverage[] = ['business-hours', 'around-the-clock'];

export function SfbPreview(p: {
  severity: Severity | null;
  preview: Preview | null;
  dueHere: string | null;
  agentZone: string;
}) {
  const { t } = useI18n();
  return (
    <HelperCard
      state={p.preview ? 'ok' : 'unknown'}
      title={t('sfbPreview.title')}
      why="first-response"
    >
      {p.severity ? (
        <p>{t(`severity.${p.severity}.impact`)}</p>
      ) : (
        <p class="pcx-muted">{t('sfbPreview.none')}</p>
      )}
      {p.preview && p.dueHere && (
        <PreviewDetails
          preview={p.preview}
          dueHere={p.dueHere}
          dueThere={null}
          requestZone={null}
          agentZone={p.agentZone}
        />
      )}
      {p.severity && !p.preview && <p class="pcx-muted">{t('severityPicker.noPreview')}</p>}
    </HelperCard>
  );
}

function CoverageChoices(p: {
  severity: Severity | null;
  chosen: Coverage | null;
  dues: { coverage: Coverage; due: string | null }[];
}) {
  const { t } = useI18n();
  return (
    <HelperCard
      state={p.severity ? 'ok' : 'unknown'}
      why="first-response"
      title={
        p.severity
          ? t('sfbPreview.coverage.title', { severity: p.severity })
          : t('sfbPreview.coverage.none')
      }
    >
      {p.severity && (
        <ul>
          {p.dues.map((d) => (
            <li key={d.coverage} aria-current={d.coverage === p.chosen ? 'true' : undefined}>
              {d.coverage === p.chosen ? (
                <strong>{t(`sfbPreview.coverage.${d.coverage}`, { due: d.due ?? '—' })}</strong>
              ) : (
                t(`sfbPreview.coverage.${d.coverage}`, { due: d.due ?? '—' })
              )}
            </li>
          ))}
        </ul>
      )}
    </HelperCard>
  );
}

function scan(env: FeatureEnv) {
  const doc = env.document;
  if (!onStepOne(doc)) {
    removeHelpers(doc, 'sfb-preview');
    removeHelpers(doc, 'sfb-coverage');
    return;
  }
  const severityField = readSfbSeverity(doc);
  const coverageField = readSfbCoverage(doc);
  if (!severityField) {
    removeHelpers(doc, 'sfb-preview');
    removeHelpers(doc, 'sfb-coverage');
    // Step 1 is open and its severity question is missing: the anchor is due, count it.
    if (coverageField) env.expect();
    return;
  }
  const severity = severityField.severity;
  const chosen = coverageField?.coverage ?? null;
  const agentZone = env.settings.schedule.timeZone;
  const at = new Date();
  const previewFor = (coverage: Coverage) =>
    severity
      ? previewOrNull(env.settings, {
          program: 'professional',
          severity,
          breakFix: true,
          supportLanguage: env.settings.supportLanguage,
          coverage,
          filedAt: at,
        })
      : null;
  const preview = previewFor(chosen ?? env.settings.coverage);
  const dueHere = preview ? formatDue(preview.dueAt, agentZone, env.locale) : null;
  const props = { severity, preview, dueHere, agentZone };
  const shown = show(
    env,
    'sfb-preview',
    fieldRow(severityField.control),
    'after',
    preview ? 'ok' : 'unknown',
    JSON.stringify(props),
    () => <SfbPreview {...props} />,
  );
  removeHelpers(doc, 'sfb-preview', shown?.host);
  if (!coverageField) {
    removeHelpers(doc, 'sfb-coverage');
    return;
  }
  const dues = COVERAGES.map((coverage) => {
    const p = previewFor(coverage);
    return { coverage, due: p ? formatDue(p.dueAt, agentZone, env.locale) : null };
  });
  const coverage = show(
    env,
    'sfb-coverage',
    fieldRow(coverageField.control),
    'after',
    severity ? 'ok' : 'unknown',
    JSON.stringify([severity, chosen, dues]),
    () => <CoverageChoices severity={severity} chosen={chosen} dues={dues} />,
  );
  removeHelpers(doc, 'sfb-coverage', coverage?.host);
}

/** Registered under the severity picker's toggle: it is that helper on this portal. */
export const sfbPreview: Feature = {
  id: 'severity-picker',
  include(url, doc) {
    const d = detectionOf({ url, document: doc });
    return d?.portal === 'support-for-business' && d.page === 'new-request';
  },
  scan,
  missAfterSeconds: null,
};
