import type { zonesEn } from './zones.en';

/** Time zones: the picker, Windows names, legacy fixed-offset zones. */
export const zonesFr: Record<keyof typeof zonesEn, string> = {
  'app.zones.label': 'Fuseau horaire',
  'app.zones.hint':
    'Tapez une ville, un pays, un nom comme heure d’Europe centrale, un fuseau Windows (Romance Standard Time) ou un décalage (UTC+1), puis choisissez dans la liste.',
  'app.zones.list': 'Fuseaux horaires',
  'app.zones.current': 'En vigueur : {zone}, {offset} actuellement.',
  'app.zones.currentNamed': 'En vigueur : {zone} ({name}), {offset} actuellement.',
  'app.zones.count':
    '{n, plural, =0 {Aucun fuseau trouvé.} one {# fuseau trouvé.} other {# fuseaux trouvés.}}',
  'app.zones.matched': 'correspond à {text}',
  'app.zones.legacy.fixedSummer':
    '{name} est un décalage fixe, {offset} toute l’année, sans heure d’été : les échéances seraient décalées d’une heure tout l’été. Vouliez-vous dire {zone} ({zoneName}), qui passe à l’heure d’été ?',
  'app.zones.legacy.fixedSame':
    '{name} est un décalage fixe ({offset}), pas un lieu. Vouliez-vous dire {zone} ({zoneName}) ?',
  'app.zones.legacy.fixedNone':
    '{name} est un décalage fixe, {offset} toute l’année, pas un lieu : tapez la ville où travaille votre équipe de support.',
  'app.zones.legacy.rule':
    '{name} est un ancien nom de règle, pas un lieu. Vouliez-vous dire {zone} ({zoneName}) ?',
  'app.zones.legacy.stored':
    'Enregistré avant que PCX ne vérifie les fuseaux : il reste en vigueur tant que vous n’en choisissez pas un autre et n’enregistrez pas.',
  'app.zones.use': 'Utiliser {zone}',
  'app.zones.unknown':
    '« {typed} » n’est pas un fuseau horaire connu de PCX : choisissez-en un dans la liste.',
  'app.zones.fromWindows': 'Fuseau Windows {typed} : {zone}.',
  'app.zones.fromAlias': '{typed} s’appelle désormais {zone}.',
};
