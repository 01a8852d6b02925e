/**
 * The choices of the exports that a page makes, kept out of lib/history (whose modules reach the
 * database, which only the background opens): the options page and the exports share them.
 */

export type CsvSeparator = ',' | ';';
export const CSV_SEPARATORS: readonly CsvSeparator[] = [',', ';'];

/**
 * The separator a spreadsheet in `language` expects: French Excel (and every locale whose decimal
 * mark is a comma) splits lines on `;`, English Excel on `,`. The agent can choose the other.
 */
export const defaultSeparator = (language: 'en' | 'fr'): CsvSeparator =>
  language === 'fr' ? ';' : ',';
