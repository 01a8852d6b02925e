import type { zonesEn } from './zones.en';

/** Time zones: the picker, Windows names, legacy fixed-offset zones. */
export const zonesFr: Record<keyof typeof zonesEn, string> = {
  'app.zones.label': 'Fuseau horaire',
};
