import { useEffect, useState } from 'preact/hooks';
import { type CsvSeparator, defaultSeparator } from '../../lib/export-options';
import { MAX_IMPORT_BYTES } from '../../lib/history/types';
import type { Translate } from '../../lib/i18n';
import { ask } from '../../lib/platform/messages';
import { useI18n } from '../i18n';
import { useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { downloadText, readFileText } from '../ui/download';
import { Check, Field, RadioGroup } from '../ui/Field';
import { errorMessage } from '../ui/format';
import { StatusBanner } from '../ui/StatusBanner';
import { csvSeparatorItem, fetchExportOf, sendBackupWith } from './data-files';
import { Section } from './section';

type ExportFormat = 'json' | 'csv-tickets' | 'csv-packs' | 'ics';
type ImportSummary = Awaited<ReturnType<typeof ask<'history:import'>>>;

/** What the import preview says of the backup's settings, after the agent's choice. */
const SETTINGS_LINE = {
  none: 'app.exports.settings.none',
  restore: 'app.exports.settings.willRestore',
  keep: 'app.exports.settings.willKeep',
} as const;

/** Our data, the partner's: export it, bring a backup back (dry run first), or erase it all. */
export function DataSection() {
  const { t, locale, language } = useI18n();
  const settings = useSettings();
  // The separator chosen last in this browser, else the one the language's spreadsheets expect.
  const [chosenSeparator, setChosenSeparator] = useState<CsvSeparator | null>(null);
  const separator = chosenSeparator ?? defaultSeparator(language);
  useEffect(() => {
    void csvSeparatorItem.getValue().then((stored) => stored && setChosenSeparator(stored));
  }, []);
  const chooseSeparator = (next: CsvSeparator) => {
    setChosenSeparator(next);
    void csvSeparatorItem.setValue(next);
  };
  const [restoreSettings, setRestoreSettings] = useState(true);
  const [exportState, setExportState] = useState<{
    tone: 'ok' | 'error';
    text: (t: Translate) => string;
  } | null>(null);
  const [file, setFile] = useState<{ name: string; text: string; bytes: number } | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [importState, setImportState] = useState<{
    tone: 'ok' | 'error' | 'info';
    text: (t: Translate) => string;
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const [erasing, setErasing] = useState(false);
  const [typed, setTyped] = useState('');
  const [eraseError, setEraseError] = useState<string | null>(null);
  const [eraseDone, setEraseDone] = useState(false);
  const word = t('app.data.eraseWord');

  const doExport = async (format: ExportFormat) => {
    try {
      const out = await fetchExportOf({
        format,
        language,
        ...(format.startsWith('csv-') ? { separator } : {}),
      });
      downloadText(out.filename, out.mime, out.text);
      setExportState({ tone: 'ok', text: (t) => t('app.data.exported', { file: out.filename }) });
    } catch (e) {
      setExportState({ tone: 'error', text: (t) => errorMessage(t, e) });
    }
  };

  // Every file or mode change runs a dry run first: nothing is written until the user confirms.
  useEffect(() => {
    if (!file) return;
    let alive = true;
    setSummary(null);
    setBusy(true);
    // A large file goes in parts; the banner says how far it got (a live region).
    const onProgress = (done: number) =>
      alive &&
      setImportState({
        tone: 'info',
        text: (t) => t('app.data.sending', { percent: Math.round(done * 100) }),
      });
    void sendBackupWith(file.text, file.bytes, { mode, dryRun: true, onProgress })
      .then((s) => {
        if (!alive) return;
        setSummary(s);
        setImportState(null);
      })
      .catch(
        (e) =>
          alive &&
          setImportState({
            tone: 'error',
            text: (t) => t('app.data.importRefused', { detail: errorMessage(t, e) }),
          }),
      )
      .finally(() => alive && setBusy(false));
    return () => {
      alive = false;
    };
  }, [file, mode]);

  const confirmImport = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const done = await sendBackupWith(file.text, file.bytes, {
        mode,
        dryRun: false,
        settings: restoreSettings ? 'restore' : 'keep',
      });
      setImportState({
        tone: 'ok',
        text: (t) =>
          [
            t('app.data.imported', { ...done.changes }),
            ...(done.settings === 'restore' ? [t('app.exports.settings.restored')] : []),
          ].join(' '),
      });
      setFile(null);
      setSummary(null);
    } catch (e) {
      setImportState({
        tone: 'error',
        text: (t) => t('app.data.importRefused', { detail: errorMessage(t, e) }),
      });
    } finally {
      setBusy(false);
    }
  };

  const erase = async () => {
    if (typed.trim().toLowerCase() !== word.toLowerCase()) {
      setEraseError(t('app.data.eraseMismatch', { word }));
      return;
    }
    try {
      await ask('history:erase', { confirm: 'erase-everything' });
      setErasing(false);
      setEraseDone(true);
    } catch (e) {
      setEraseError(errorMessage(t, e));
    }
  };

  return (
    <Section id="data" title={t('app.options.data')} intro={t('app.data.intro')}>
      <fieldset class="pcx-fieldset">
        <legend>{t('app.data.export')}</legend>
        <RadioGroup
          legend={t('app.exports.separator')}
          name="csv-separator"
          value={separator}
          onChange={chooseSeparator}
          options={[
            {
              value: ',',
              label: t('app.exports.separator.comma'),
              hint: t('app.exports.separator.commaHint'),
            },
            {
              value: ';',
              label: t('app.exports.separator.semicolon'),
              hint: t('app.exports.separator.semicolonHint'),
            },
          ]}
        />
        <p class="pcx-hint">{t('app.exports.sheetsHint', { zone: settings.schedule.timeZone })}</p>
        <div class="pcx-row">
          {(['json', 'csv-tickets', 'csv-packs', 'ics'] as const).map((f) => (
            <Button key={f} onClick={() => void doExport(f)} data-format={f}>
              {t(`app.data.export.${f}`)}
            </Button>
          ))}
        </div>
        <p class="pcx-hint">{t('app.data.exportHint')}</p>
        <p class="pcx-hint">{t('app.exports.backupHint')}</p>
        {exportState && <StatusBanner tone={exportState.tone}>{exportState.text(t)}</StatusBanner>}
      </fieldset>

      <fieldset class="pcx-fieldset">
        <legend>{t('app.data.import')}</legend>
        <Field label={t('app.data.importFile')} hint={t('app.data.importHint')}>
          {(p) => (
            <input
              {...p}
              type="file"
              accept=".json,application/json"
              onChange={(e) => {
                const input = e.currentTarget;
                const chosen = input.files?.[0];
                if (!chosen) return;
                // The cap is about the file itself (its bytes), checked before reading it.
                if (chosen.size > MAX_IMPORT_BYTES) {
                  const mb = (bytes: number) =>
                    new Intl.NumberFormat(locale, {
                      minimumFractionDigits: 1,
                      maximumFractionDigits: 1,
                    }).format(bytes / 1024 / 1024);
                  setImportState({
                    tone: 'error',
                    text: (t) =>
                      t('app.data.tooLarge', {
                        size: mb(chosen.size),
                        max: MAX_IMPORT_BYTES / 1024 / 1024,
                      }),
                  });
                  input.value = '';
                  return;
                }
                void readFileText(chosen)
                  .then((text) => {
                    setRestoreSettings(true);
                    setFile({ name: chosen.name, text, bytes: chosen.size });
                  })
                  .catch(() =>
                    setImportState({ tone: 'error', text: (t) => t('app.ics.error.unreadable') }),
                  )
                  .finally(() => {
                    input.value = '';
                  });
              }}
            />
          )}
        </Field>
        {file && (
          <div class="pcx-stack" data-testid="import-summary">
            <RadioGroup
              legend={t('app.data.mode')}
              name="import-mode"
              value={mode}
              onChange={setMode}
              options={[
                {
                  value: 'merge',
                  label: t('app.data.mode.merge'),
                  hint: t('app.data.mode.mergeHint'),
                },
                {
                  value: 'replace',
                  label: t('app.data.mode.replace'),
                  hint: t('app.data.mode.replaceHint'),
                },
              ]}
            />
            {summary && (
              <StatusBanner tone="info" title={t('app.data.dryRun', { file: file.name })}>
                <div>{t('app.data.counts', { ...summary.counts })}</div>
                <div>{t('app.data.changes', { ...summary.changes })}</div>
                {summary.changes.skippedDeleted > 0 && (
                  <div data-testid="import-skipped-deleted">
                    {t('app.data.skippedDeleted', { n: summary.changes.skippedDeleted })}
                  </div>
                )}
                <div data-testid="import-settings">
                  {t(
                    SETTINGS_LINE[
                      (summary.settings ?? 'none') === 'none'
                        ? 'none'
                        : restoreSettings
                          ? 'restore'
                          : 'keep'
                    ],
                  )}
                </div>
              </StatusBanner>
            )}
            {summary && (summary.settings ?? 'none') !== 'none' && (
              <Check
                label={t('app.exports.settings.restore')}
                hint={t('app.exports.settings.restoreHint')}
                checked={restoreSettings}
                onChange={setRestoreSettings}
              />
            )}
            <div class="pcx-row">
              <Button
                variant="primary"
                disabled={!summary || busy}
                onClick={() => void confirmImport()}
              >
                {t(mode === 'replace' ? 'app.data.confirmReplace' : 'app.data.confirmMerge')}
              </Button>
              <Button
                onClick={() => {
                  setFile(null);
                  setSummary(null);
                }}
              >
                {t('app.cancel')}
              </Button>
            </div>
          </div>
        )}
        {importState && <StatusBanner tone={importState.tone}>{importState.text(t)}</StatusBanner>}
      </fieldset>

      <fieldset class="pcx-fieldset">
        <legend>{t('app.data.erase')}</legend>
        <p>{t('app.data.eraseIntro')}</p>
        <div>
          <Button
            variant="danger"
            onClick={() => {
              setTyped('');
              setEraseError(null);
              setEraseDone(false);
              setErasing(true);
            }}
          >
            {t('app.data.eraseButton')}
          </Button>
        </div>
        {eraseDone && <StatusBanner tone="ok">{t('app.data.erased')}</StatusBanner>}
      </fieldset>

      <Dialog
        open={erasing}
        onClose={() => setErasing(false)}
        title={t('app.data.eraseTitle')}
        footer={
          <>
            <Button onClick={() => setErasing(false)}>{t('app.cancel')}</Button>
            <Button variant="danger" type="submit" form="erase-form">
              {t('app.data.eraseButton')}
            </Button>
          </>
        }
      >
        <form
          id="erase-form"
          class="pcx-stack"
          onSubmit={(e) => {
            e.preventDefault();
            void erase();
          }}
        >
          <p>{t('app.data.eraseBody')}</p>
          <Field label={t('app.data.eraseType', { word })} error={eraseError}>
            {(p) => (
              <input
                {...p}
                value={typed}
                autoComplete="off"
                onInput={(e) => setTyped(e.currentTarget.value)}
              />
            )}
          </Field>
        </form>
      </Dialog>
    </Section>
  );
}
