/**
 * Backups of the history, in four modules: the JSON backup as written (`backup-json.ts`: canonical
 * form, checksum, export), reading a backup file (`backup-parse.ts`: every check before anything
 * is written), planning its import (`backup-plan.ts`: merge or replace, computed inside the import
 * transaction), and the exports for other tools (`backup-sheets.ts`: CSV sheets, calendar).
 */

export {
  BACKUP_FORMAT,
  type Backup,
  canonicalData,
  canonicalJson,
  exportJson,
  megabytes,
  sha256Hex,
  utf8Length,
} from './backup-json';
export { jsonDepthExceeds, MAX_JSON_DEPTH, parseBackup } from './backup-parse';
export { planImport } from './backup-plan';
export {
  csvCell,
  exportIcs,
  exportPacksCsv,
  exportTicketsCsv,
  type IcsLabels,
  icsEscape,
  icsFold,
  PACK_COLUMNS,
  TICKET_COLUMNS,
} from './backup-sheets';
export type { BackupCounts, ImportSummary } from './types';
// The largest backup, in bytes of the file, and the schemas a backup's records are checked with:
// both declared with the records (`types.ts`).
export {
  customerRecord,
  eventRecord,
  MAX_IMPORT_BYTES,
  packRecord,
  ticketRecord,
  tombstoneRecord,
} from './types';
