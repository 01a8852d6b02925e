import type { exportsEn } from './exports.en';

/** Exports for other tools: CSV sheets, the calendar, settings in the backup. */
export const exportsFr: Record<keyof typeof exportsEn, string> = {
  'app.exports.label': 'Exports',
};
