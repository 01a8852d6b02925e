import { CSV_BOM, type CsvSeparator, csvCell } from '../export-options';
import type { ReportGrouping } from './first-response';
import type { PackRow, ReportRow } from './index';

/**
 * A report's tables as CSV for a spreadsheet: the UTF-8 byte-order mark, the separator the agent's
 * spreadsheet expects, the page's own column names, and numbers as numbers (counts, the hit rate
 * as a fraction, durations in minutes), so a spreadsheet can sum and chart them. Group and pack
 * names are the labels the page shows, never ids.
 */

export interface ReportCsvLabels {
  group: string;
  columns: {
    filed: string;
    due: string;
    met: string;
    missed: string;
    open: string;
    unknown: string;
    rate: string;
    medianMin: string;
    p90Min: string;
    allowedMin: string;
  };
}

const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 60_000));

function lines(header: string[], rows: (string | number | null)[][], separator: CsvSeparator) {
  return `${CSV_BOM}${[header, ...rows].map((r) => r.map(csvCell).join(separator)).join('\r\n')}\r\n`;
}

export function firstResponseCsv(
  rows: readonly ReportRow[],
  labels: ReportCsvLabels,
  groupLabel: (key: string, by: ReportGrouping) => string,
  by: ReportGrouping,
  separator: CsvSeparator,
): string {
  const c = labels.columns;
  return lines(
    [
      labels.group,
      c.filed,
      c.due,
      c.met,
      c.missed,
      c.open,
      c.unknown,
      c.rate,
      c.medianMin,
      c.p90Min,
      c.allowedMin,
    ],
    rows.map((r) => [
      groupLabel(r.key, by),
      r.filed,
      r.due,
      r.met,
      r.missed,
      r.open,
      r.unknown,
      r.hitRate === null ? null : Number(r.hitRate.toFixed(4)),
      minutes(r.responseMedianMs),
      minutes(r.responseP90Ms),
      minutes(r.allowedMedianMs),
    ]),
    separator,
  );
}

export interface PackCsvLabels {
  pack: string;
  purchased: string;
  expires: string;
  incidents: string;
  used: string;
  left: string;
  spent: string;
  refunded: string;
  overrides: string;
  unused: string;
}

export function packsCsv(
  rows: readonly PackRow[],
  labels: PackCsvLabels,
  packLabel: (row: PackRow) => string,
  separator: CsvSeparator,
): string {
  return lines(
    [
      labels.pack,
      labels.purchased,
      labels.expires,
      labels.incidents,
      labels.used,
      labels.left,
      labels.spent,
      labels.refunded,
      labels.overrides,
      labels.unused,
    ],
    rows.map((p) => [
      packLabel(p),
      p.purchasedOn,
      p.expiresOn,
      p.incidents,
      p.used,
      p.left,
      p.consumed,
      p.refunded,
      p.overrides,
      p.expiringUnused,
    ]),
    separator,
  );
}
