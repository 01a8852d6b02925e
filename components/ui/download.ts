import { TRANSFER_PART_CHARS } from '../../lib/messaging/messages/history';
import type { RequestOf, ResponseOf } from '../../lib/messaging/protocol';
import { splitText } from '../../lib/messaging/transfer-parts';
import { ask } from '../../lib/platform/messages';

/** Saves text as a file through a Blob and a temporary `<a download>` (no downloads permission). */
export function downloadText(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a user-chosen file as text. */
export function readFileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** An export from the background, its parts put together when it came in several. */
export async function fetchExport(
  format: RequestOf<'history:export'>['format'],
): Promise<{ filename: string; mime: string; text: string }> {
  const first = await ask('history:export', { format });
  if (!first.more) return { filename: first.filename, mime: first.mime, text: first.text };
  const parts = [first.text];
  for (let index = 1; index < first.more.parts; index++) {
    parts.push((await ask('history:export-part', { exportId: first.more.exportId, index })).text);
  }
  return { filename: first.filename, mime: first.mime, text: parts.join('') };
}

/**
 * Sends a backup file to the background and runs the import on it (a dry run or the real one).
 * A file that fits one message goes as it is; a larger one as an upload in ordered parts, each
 * under the message cap. `bytes` is the file's size (`File.size`), which the cap is about.
 */
export async function sendBackup(
  text: string,
  bytes: number,
  options: { mode: 'merge' | 'replace'; dryRun: boolean; onProgress?: (done: number) => void },
): Promise<ResponseOf<'history:import'>> {
  const { mode, dryRun } = options;
  if (text.length <= TRANSFER_PART_CHARS) return ask('history:import', { text, mode, dryRun });
  const { uploadId, partChars } = await ask('history:import-begin', { bytes, chars: text.length });
  const parts = splitText(text, Math.min(partChars, TRANSFER_PART_CHARS));
  for (const [index, part] of parts.entries()) {
    await ask('history:import-chunk', { uploadId, index, text: part });
    options.onProgress?.((index + 1) / parts.length);
  }
  return ask('history:import', { uploadId, mode, dryRun });
}
