import type { CsvSeparator } from '../../lib/export-options';
import { TRANSFER_PART_CHARS } from '../../lib/messaging/messages/history';
import type { RequestOf, ResponseOf } from '../../lib/messaging/protocol';
import { splitText } from '../../lib/messaging/transfer-parts';
import { ask } from '../../lib/platform/messages';
import { defineItem } from '../../lib/platform/storage';

/**
 * The data section's files: exports asked with the page's language and the chosen separator, and
 * backups sent with the agent's choice about their settings. Same part-by-part transport as
 * `components/ui/download.ts`, with the whole request passed through.
 */

/**
 * The CSV separator the agent chose last, in this browser (null until chosen: the language's
 * usual one then applies). An export preference, not a setting: it is not in the backup.
 */
export const csvSeparatorItem = /* @__PURE__ */ defineItem<CsvSeparator | null>(
  'local:csvSeparator',
  {
    fallback: null,
    parse: (stored) => (stored === ',' || stored === ';' ? stored : undefined),
  },
);

/** An export from the background, its parts put together when it came in several. */
export async function fetchExportOf(
  request: RequestOf<'history:export'>,
): Promise<{ filename: string; mime: string; text: string }> {
  const first = await ask('history:export', request);
  if (!first.more) return { filename: first.filename, mime: first.mime, text: first.text };
  const parts = [first.text];
  for (let index = 1; index < first.more.parts; index++) {
    parts.push((await ask('history:export-part', { exportId: first.more.exportId, index })).text);
  }
  return { filename: first.filename, mime: first.mime, text: parts.join('') };
}

/**
 * Sends a backup file and runs the import on it (a dry run or the real one), in one message or
 * as an upload in ordered parts; `bytes` is the file's size, which the cap is about.
 */
export async function sendBackupWith(
  text: string,
  bytes: number,
  options: Omit<RequestOf<'history:import'>, 'text' | 'uploadId'> & {
    onProgress?: (done: number) => void;
  },
): Promise<ResponseOf<'history:import'>> {
  const { onProgress, ...request } = options;
  if (text.length <= TRANSFER_PART_CHARS) return ask('history:import', { ...request, text });
  const { uploadId, partChars } = await ask('history:import-begin', { bytes, chars: text.length });
  const parts = splitText(text, Math.min(partChars, TRANSFER_PART_CHARS));
  for (const [index, part] of parts.entries()) {
    await ask('history:import-chunk', { uploadId, index, text: part });
    onProgress?.((index + 1) / parts.length);
  }
  return ask('history:import', { ...request, uploadId });
}
