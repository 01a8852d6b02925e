/** Exports for other tools: CSV sheets, the calendar, settings in the backup. */
export const exportsEn = {
  'app.exports.label': 'Exports',
} as const;
