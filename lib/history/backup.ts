/**
 * Backups of the history, in four modules: the JSON backup as written (`backup-json.ts`: canonical
 * form, checksum, export), reading a backup file (`backup-parse.ts`: every check before anything
 * is written), planning its import (`backup-plan.ts`: merge or replace, computed inside the import
 * transaction), the settings it carries without their secrets (`backup-settings.ts`), and the
 * exports for other tools (`backup-sheets.ts`: CSV sheets, calendar).
 */

export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
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
  isSecretKey,
  isSecretSetting,
  keepSecrets,
  SECRET_SETTINGS,
  type SettingsOutcome,
  withoutSecrets,
} from './backup-settings';
export {
  CSV_BOM,
  CSV_SEPARATORS,
  type CsvSeparator,
  csvCell,
  DUE_EVENT_MINUTES,
  defaultSeparator,
  exportIcs,
  exportPacksCsv,
  exportTicketsCsv,
  type IcsLabels,
  type IcsOptions,
  icsEscape,
  icsFold,
  icsTriggerBefore,
  localDateTime,
  PACK_ALARM_TRIGGER,
  PACK_COLUMNS,
  type SheetOptions,
  TICKET_COLUMNS,
  usableZone,
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
