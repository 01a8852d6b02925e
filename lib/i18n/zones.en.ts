/** Time zones: the picker, Windows names, legacy fixed-offset zones. */
export const zonesEn = {
  'app.zones.label': 'Time zone',
  'app.zones.hint':
    'Type a city, a country, a name such as Central European Time, a Windows zone (Romance Standard Time) or an offset (UTC+1), then pick from the list.',
  'app.zones.list': 'Time zones',
  'app.zones.current': 'In use: {zone}, {offset} now.',
  'app.zones.currentNamed': 'In use: {zone} ({name}), {offset} now.',
  'app.zones.count':
    '{n, plural, =0 {No time zone found.} one {# time zone found.} other {# time zones found.}}',
  'app.zones.matched': 'matches {text}',
  'app.zones.legacy.fixedSummer':
    '{name} is a fixed {offset} all year, with no summer time: deadlines would be an hour off all summer. Did you mean {zone} ({zoneName}), which has summer time?',
  'app.zones.legacy.fixedSame':
    '{name} is a fixed offset ({offset}), not a place. Did you mean {zone} ({zoneName})?',
  'app.zones.legacy.fixedNone':
    '{name} is a fixed {offset} all year, not a place: type the city your support team works in.',
  'app.zones.legacy.rule':
    '{name} is an old rule name, not a place. Did you mean {zone} ({zoneName})?',
  'app.zones.legacy.stored':
    'Saved before PCX checked zones: it stays in use until you pick another zone and save.',
  'app.zones.use': 'Use {zone}',
  'app.zones.unknown': '“{typed}” is not a time zone PCX knows: pick one from the list.',
  'app.zones.fromWindows': 'Windows zone {typed}: {zone}.',
  'app.zones.fromAlias': '{typed} is now called {zone}.',
} as const;
