import { TRANSFER_PART_CHARS } from './messages/history';

/**
 * Splits `text` in parts of at most `size` characters for the messaging layer, never between the
 * two halves of a surrogate pair (a lone half does not survive the conversion to UTF-8 that
 * messages go through). Used on both sides: the options page uploading a backup, the background
 * sending an export.
 */
export function splitText(text: string, size = TRANSFER_PART_CHARS): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}
