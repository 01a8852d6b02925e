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

// ——— CSV cells (RFC 4180), shared by the history's sheets and the reports page ———

/**
 * What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @ and | (DDE),
 * their full-width and small forms (Excel folds them to ASCII), and a leading tab or CR.
 */
const FORMULA_START = /^[=+\-@|\uFF1D\uFF0B\uFF0D\uFF20\uFF5C\uFE66\uFE62\uFE63\uFE6B]/;

/**
 * Whether some part of the text could start a formula once a spreadsheet splits it. Spreadsheets
 * skip leading spaces, and French (and other) Excel splits a line on `;` rather than `,`, so a
 * cell `Contoso;=1+1` becomes a cell `=1+1` there; every `,`- or `;`-separated part is checked
 * after trimming. A false alarm costs one quote mark, a miss runs a formula.
 */
function looksLikeFormula(text: string): boolean {
  if (/^[\t\r]/.test(text)) return true;
  return text.split(/[;,]/).some((part) => FORMULA_START.test(part.replace(/^[\s\u3000]+/, '')));
}

/**
 * One CSV cell (RFC 4180). Every text cell is quoted (quotes doubled), so no separator inside it
 * ever splits it, whatever the spreadsheet's list separator; a text that could start a formula
 * anywhere is prefixed with a single quote as well. Numbers and booleans stay bare.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = looksLikeFormula(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The byte-order mark: without it Excel reads UTF-8 as the machine's code page (Ã© for é). */
export const CSV_BOM = '\uFEFF';
