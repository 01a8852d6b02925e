import type { LanguageSetting } from './i18n';
import { isIsoDate } from './lifecycle/calendar-date';
import type { Schedule } from './sla/business-time';
import { type LegacyZone, legacyZone } from './time-zones/legacy';

/**
 * The user's settings: stored in `storage.local` under one key (not `storage.sync`, whose 8 KB
 * per-item cap a list of holidays would exceed), read by every surface, written by the options
 * page. Versioned: `migrateSettings` turns anything ever stored (or garbage) into the current shape.
 */

/** The key of `settingsItem` (lib/platform/storage.ts), which alone reads and writes it. */
export const SETTINGS_KEY = 'settings';
const SETTINGS_VERSION = 1;

export const HELPER_IDS = [
  'context-banner',
  'plan-check',
  'severity-picker',
  'contact-check',
  'scope-hint',
  'eligibility-badge',
  'capture',
  'status-read',
] as const;
export type HelperId = (typeof HELPER_IDS)[number];

export interface PartnerProfile {
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  /** ISO 3166-1 alpha-2, e.g. `FR`. */
  country: string;
  /** The partner's own e-mail domains (lower case), e.g. `litware.com`. */
  ownDomains: string[];
  /** The partner's own Entra tenant ids or `*.onmicrosoft.com` domains. */
  ownTenants: string[];
}

export interface ReminderSettings {
  leadMinutes: number;
  beforeDue: boolean;
  atBreach: boolean;
  packExpiry: boolean;
  unusedIncidents: boolean;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  uiLanguage: LanguageSetting;
  supportLanguage: 'english' | 'local';
  coverage: 'around-the-clock' | 'business-hours';
  /** Read CSP B/C as business hours instead of the clock hours Microsoft's CSP guide states. */
  cspBusinessHoursForBC: boolean;
  /** Program applied to requests filed in the partner's own tenant. */
  ownTenantProgram: 'professional' | 'csp';
  /**
   * Microsoft's reply read on a portal page, for a ticket still awaiting its first response:
   * `propose` asks the agent in the popup before marking the ticket responded; `apply` marks it at
   * once, with the reply's time as the first response.
   */
  portalReplies: 'propose' | 'apply';
  schedule: Schedule;
  reminders: ReminderSettings;
  profile: PartnerProfile;
  helpers: Record<HelperId, boolean>;
}

const WEEKDAY_9_TO_5: [string, string][] = [['09:00', '17:00']];

/** Defaults. The time zone is the machine's at first run, passed in (no hidden globals). */
export function defaultSettings(timeZone: string): Settings {
  return {
    version: SETTINGS_VERSION,
    uiLanguage: 'browser',
    supportLanguage: 'english',
    coverage: 'business-hours',
    cspBusinessHoursForBC: false,
    ownTenantProgram: 'professional',
    portalReplies: 'propose',
    schedule: {
      timeZone,
      weekly: {
        mon: WEEKDAY_9_TO_5,
        tue: WEEKDAY_9_TO_5,
        wed: WEEKDAY_9_TO_5,
        thu: WEEKDAY_9_TO_5,
        fri: WEEKDAY_9_TO_5,
      },
      holidays: [],
    },
    reminders: {
      leadMinutes: 30,
      beforeDue: true,
      atBreach: true,
      packExpiry: true,
      unusedIncidents: true,
    },
    profile: {
      name: '',
      firstName: '',
      lastName: '',
      email: '',
      phone: '',
      country: '',
      ownDomains: [],
      ownTenants: [],
    },
    helpers: Object.fromEntries(HELPER_IDS.map((id) => [id, true])) as Record<HelperId, boolean>,
  };
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
const text = (value: unknown, fallback: string, max = 200): string =>
  typeof value === 'string' ? value.slice(0, max) : fallback;
const flag = (value: unknown, fallback: boolean): boolean =>
  typeof value === 'boolean' ? value : fallback;
const list = (value: unknown, max = 50): string[] =>
  Array.isArray(value)
    ? value
        .filter((v): v is string => typeof v === 'string')
        .map((v) => v.slice(0, 253))
        .slice(0, max)
    : [];

function migrateSchedule(raw: unknown, fallback: () => Schedule): Schedule {
  if (!isObject(raw) || typeof raw.timeZone !== 'string' || !isObject(raw.weekly))
    return fallback();
  const weekly: Schedule['weekly'] = {};
  for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const) {
    const intervals = raw.weekly[day];
    if (!Array.isArray(intervals)) continue;
    weekly[day] = intervals
      .filter(
        (pair): pair is [string, string] =>
          Array.isArray(pair) &&
          pair.length === 2 &&
          typeof pair[0] === 'string' &&
          typeof pair[1] === 'string',
      )
      .slice(0, 12);
  }
  // Only real dates: a stored 2026-02-31 would otherwise sit in the list forever, doing nothing.
  // The zone is kept as stored, a legacy one too (see `storedZoneWarning`).
  return { timeZone: raw.timeZone, weekly, holidays: list(raw.holidays, 2000).filter(isIsoDate) };
}

/**
 * The warning a stored zone deserves: EST, EST5EDT, Etc/GMT+5… were accepted before the options
 * refused them (lib/time-zones). Such a zone is kept, never changed behind the user's back: the
 * deadlines already computed with it stay explained, and the options page shows this warning with
 * the place meant, for the user to pick. Null for a zone that is a place (or UTC).
 */
export function storedZoneWarning(settings: Pick<Settings, 'schedule'>): LegacyZone | null {
  return legacyZone(settings.schedule.timeZone);
}

/**
 * Anything → current settings. Unknown or invalid fields fall back to their defaults one by one,
 * so a single bad value never throws the user's other settings away. Future versions are read as
 * far as they are understood (a downgrade keeps working).
 */
export function migrateSettings(raw: unknown, timeZone: string | (() => string)): Settings {
  // The machine's zone is only asked for when the stored schedule cannot be used: its first
  // reading is costly in a fresh page (ICU data), and a content script reads the settings at start.
  const zone = typeof timeZone === 'function' ? timeZone : () => timeZone;
  if (!isObject(raw)) return defaultSettings(zone());
  const d = defaultSettings('UTC');
  const profile = isObject(raw.profile) ? raw.profile : {};
  const reminders = isObject(raw.reminders) ? raw.reminders : {};
  const helpers = isObject(raw.helpers) ? raw.helpers : {};
  const lead = reminders.leadMinutes;
  return {
    version: SETTINGS_VERSION,
    uiLanguage: pick(raw.uiLanguage, ['browser', 'en', 'fr'] as const, d.uiLanguage),
    supportLanguage: pick(raw.supportLanguage, ['english', 'local'] as const, d.supportLanguage),
    coverage: pick(raw.coverage, ['around-the-clock', 'business-hours'] as const, d.coverage),
    cspBusinessHoursForBC: flag(raw.cspBusinessHoursForBC, d.cspBusinessHoursForBC),
    ownTenantProgram: pick(
      raw.ownTenantProgram,
      ['professional', 'csp'] as const,
      d.ownTenantProgram,
    ),
    portalReplies: pick(raw.portalReplies, ['propose', 'apply'] as const, d.portalReplies),
    schedule: migrateSchedule(raw.schedule, () => defaultSettings(zone()).schedule),
    reminders: {
      leadMinutes:
        typeof lead === 'number' && Number.isInteger(lead) && lead >= 0 && lead <= 24 * 60
          ? lead
          : d.reminders.leadMinutes,
      beforeDue: flag(reminders.beforeDue, d.reminders.beforeDue),
      atBreach: flag(reminders.atBreach, d.reminders.atBreach),
      packExpiry: flag(reminders.packExpiry, d.reminders.packExpiry),
      unusedIncidents: flag(reminders.unusedIncidents, d.reminders.unusedIncidents),
    },
    profile: {
      name: text(profile.name, ''),
      firstName: text(profile.firstName, ''),
      lastName: text(profile.lastName, ''),
      email: text(profile.email, '', 254),
      phone: text(profile.phone, '', 40),
      country: text(profile.country, '', 2).toUpperCase(),
      ownDomains: list(profile.ownDomains).map((v) => v.toLowerCase()),
      ownTenants: list(profile.ownTenants).map((v) => v.toLowerCase()),
    },
    helpers: Object.fromEntries(
      Object.entries(d.helpers).map(([id, on]) => [id, flag(helpers[id], on)]),
    ) as Record<HelperId, boolean>,
  };
}
