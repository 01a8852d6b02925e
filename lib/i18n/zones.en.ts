/** Time zones: the picker, Windows names, legacy fixed-offset zones. */
export const zonesEn = {
  'app.zones.label': 'Time zone',
} as const;
