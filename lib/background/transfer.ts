import { RequestError } from '../errors';
import { megabytes } from '../history/backup';
import { MAX_IMPORT_BYTES } from '../history/types';
import { TRANSFER_PART_CHARS } from '../messaging/messages/history';
import { splitText } from '../messaging/transfer-parts';

export { splitText };

/**
 * Files that cross the messaging layer in parts: a backup the options page uploads, an export
 * the page downloads. Chrome refuses a message over 64 MB once serialised, so a file of any size
 * PCX writes travels as parts of `TRANSFER_PART_CHARS` characters.
 *
 * Parts live in the worker's memory, one upload and one export at a time (a new one replaces the
 * old), and are dropped once used. A worker restarted in between has forgotten them: ids carry
 * the worker instance they were made in, so a later call can say "interrupted" (choose the file
 * again) rather than "unknown".
 */

interface Upload {
  id: string;
  chars: number;
  parts: string[];
  received: number;
}

interface Outgoing {
  id: string;
  parts: string[];
}

export function createTransfers(
  instance: string = crypto.randomUUID().slice(0, 8),
  maxBytes = MAX_IMPORT_BYTES,
) {
  let upload: Upload | null = null;
  let outgoing: Outgoing | null = null;
  let count = 0;
  const nextId = () => `${instance}.${++count}`;

  /** Why an id is not the current one: made by an earlier worker, or replaced / used / made up. */
  const missing = (id: string, interrupted: string, unknown: string): never => {
    throw new RequestError(id.startsWith(`${instance}.`) ? unknown : interrupted, id);
  };

  function uploadOf(id: string): Upload {
    if (upload?.id === id) return upload;
    return missing(id, 'import-upload-interrupted', 'import-upload-unknown');
  }

  return {
    /** A new upload of a file of `bytes` bytes and `chars` characters. */
    begin(input: { bytes: number; chars: number }) {
      const size = Math.max(input.bytes, input.chars);
      if (size > maxBytes) throw new RequestError('import-too-large', megabytes(size));
      upload = { id: nextId(), chars: input.chars, parts: [], received: 0 };
      return { uploadId: upload.id, partChars: TRANSFER_PART_CHARS };
    },

    /** Part `index` of the upload, in order; anything else ends the upload. */
    chunk(input: { uploadId: string; index: number; text: string }) {
      const u = uploadOf(input.uploadId);
      if (input.index !== u.parts.length) {
        upload = null;
        throw new RequestError('import-upload-order', `${input.index} ≠ ${u.parts.length}`);
      }
      if (u.received + input.text.length > u.chars) {
        upload = null;
        throw new RequestError('import-upload-overflow', String(u.chars));
      }
      u.parts.push(input.text);
      u.received += input.text.length;
      return { received: u.received };
    },

    /** The assembled file of a finished upload, which is then forgotten. */
    take(uploadId: string): string {
      const u = uploadOf(uploadId);
      upload = null;
      if (u.received !== u.chars) {
        throw new RequestError('import-upload-incomplete', `${u.received} / ${u.chars}`);
      }
      return u.parts.join('');
    },

    /** The first part of `text` and, when there are more, where to read them. */
    send(text: string): { text: string; more?: { exportId: string; parts: number } } {
      const parts = splitText(text);
      if (parts.length <= 1) return { text };
      outgoing = { id: nextId(), parts };
      return { text: parts[0] as string, more: { exportId: outgoing.id, parts: parts.length } };
    },

    /** Part `index` of an export; the last part read frees it. */
    part(input: { exportId: string; index: number }): { text: string } {
      const o =
        outgoing?.id === input.exportId
          ? outgoing
          : missing(input.exportId, 'export-interrupted', 'export-unknown');
      const text = o.parts[input.index];
      if (text === undefined) throw new RequestError('export-unknown', String(input.index));
      if (input.index === o.parts.length - 1) outgoing = null;
      return { text };
    },
  };
}

export type Transfers = ReturnType<typeof createTransfers>;
