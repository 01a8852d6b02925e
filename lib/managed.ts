import { isIsoDate } from './lifecycle/calendar-date';
import { HELPER_IDS, type HelperId, type PartnerProfile, type Settings } from './settings';
import { type Schedule, validateSchedule, WEEKDAYS } from './sla/schedule';
import { legacyZone } from './time-zones/legacy';

/**
 * Settings a partner's IT sets for every agent, through the browser's policies for extensions:
 * Chrome and Edge read them from `3rdparty` policy (Intune, Group Policy, a JSON file on Linux) and
 * check them against public/managed-schema.json; Firefox reads `3rdparty.Extensions` of its
 * `policies.json`. Both hand them to the extension as `storage.managed` (docs/DEPLOYMENT.md).
 *
 * A value set by policy wins over the agent's own and is shown locked in options. What the agent
 * had stored is kept underneath: if IT removes the policy, the agent's own value comes back, as
 * the browsers do with their own policies. A policy value that cannot be used (a time zone that is
 * no place, hours that overlap) is left out, the agent's value stays, and options say why.
 *
 * Pure and small: every content script reads the settings through it.
 */

/** The profile fields a policy may set: the company's, never an agent's own name. */
export const MANAGED_PROFILE_FIELDS = ['name', 'email', 'phone', 'country'] as const;
type ProfileField = (typeof MANAGED_PROFILE_FIELDS)[number];

/** What a policy can lock, one key per field of the options page. */
export type LockKey =
  | 'timeZone'
  | 'businessHours'
  | 'holidays'
  | 'ownDomains'
  | 'ownTenants'
  | `profile.${ProfileField}`
  | `helpers.${HelperId}`;

export interface ManagedPolicy {
  timeZone?: string;
  businessHours?: Schedule['weekly'];
  holidays?: string[];
  ownDomains?: string[];
  ownTenants?: string[];
  profile?: Partial<Pick<PartnerProfile, ProfileField>>;
  helpers?: Partial<Record<HelperId, boolean>>;
}

/** A policy entry left out, named as the administrator wrote it (`BusinessHours`, `Helpers.x`). */
export interface PolicyProblem {
  policy: string;
  reason: 'type' | 'time-zone' | 'legacy-zone' | 'hours' | 'date' | 'unknown';
}

export interface Managed {
  policy: ManagedPolicy;
  locks: ReadonlySet<LockKey>;
  problems: PolicyProblem[];
}

export const NO_POLICY: Managed = { policy: {}, locks: new Set(), problems: [] };

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown, max: number): string[] | null =>
  Array.isArray(v) && v.every((x) => typeof x === 'string')
    ? (v as string[])
        .map((x) => x.trim())
        .filter(Boolean)
        .slice(0, max)
    : null;

/** The top-level policy names of public/managed-schema.json (a unit test keeps both in step). */
export const POLICY_NAMES = [
  'TimeZone',
  'BusinessHours',
  'Holidays',
  'OwnDomains',
  'OwnTenants',
  'ProfileTemplate',
  'Helpers',
] as const;

const PROFILE_POLICY: Record<ProfileField, string> = {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  country: 'Country',
};

function zoneProblem(zone: string): PolicyProblem['reason'] | null {
  if (legacyZone(zone)) return 'legacy-zone';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return null;
  } catch {
    return 'time-zone';
  }
}

/** `BusinessHours`: `{ "mon": [{ "opens": "09:00", "closes": "17:00" }], … }`; absent days closed. */
function weeklyOf(raw: unknown): Schedule['weekly'] | null {
  if (!isObject(raw)) return null;
  const weekly: Schedule['weekly'] = {};
  for (const [day, intervals] of Object.entries(raw)) {
    if (!(WEEKDAYS as readonly string[]).includes(day) || !Array.isArray(intervals)) return null;
    const pairs: [string, string][] = [];
    for (const interval of intervals) {
      if (!isObject(interval)) return null;
      const { opens, closes } = interval;
      if (typeof opens !== 'string' || typeof closes !== 'string') return null;
      pairs.push([opens, closes]);
    }
    weekly[day as (typeof WEEKDAYS)[number]] = pairs.slice(0, 12);
  }
  return weekly;
}

/**
 * What `storage.managed` holds → the policy PCX applies. Never throws: anything unusable is a
 * problem, reported, and left out; the rest applies.
 */
export function parseManaged(raw: unknown): Managed {
  if (!isObject(raw) || Object.keys(raw).length === 0) return NO_POLICY;
  const policy: ManagedPolicy = {};
  const locks = new Set<LockKey>();
  const problems: PolicyProblem[] = [];
  const problem = (name: string, reason: PolicyProblem['reason']) =>
    problems.push({ policy: name, reason });

  for (const name of Object.keys(raw))
    if (!(POLICY_NAMES as readonly string[]).includes(name)) problem(name, 'unknown');

  if ('TimeZone' in raw) {
    const zone = typeof raw.TimeZone === 'string' ? raw.TimeZone.trim() : null;
    const why = zone === null ? 'type' : zoneProblem(zone);
    if (why || zone === null) problem('TimeZone', why ?? 'type');
    else {
      policy.timeZone = zone;
      locks.add('timeZone');
    }
  }
  if ('BusinessHours' in raw) {
    const weekly = weeklyOf(raw.BusinessHours);
    if (!weekly) problem('BusinessHours', 'type');
    // Checked in its own zone when the policy sets one, else in UTC: the intervals' own rules
    // (format, overlap, a week with no hours) do not depend on the zone.
    else if (
      validateSchedule({ timeZone: policy.timeZone ?? 'UTC', weekly, holidays: [] }).length > 0
    )
      problem('BusinessHours', 'hours');
    else {
      policy.businessHours = weekly;
      locks.add('businessHours');
    }
  }
  if ('Holidays' in raw) {
    const dates = strings(raw.Holidays, 2000);
    if (!dates) problem('Holidays', 'type');
    else if (!dates.every(isIsoDate)) problem('Holidays', 'date');
    else {
      policy.holidays = [...new Set(dates)].sort();
      locks.add('holidays');
    }
  }
  for (const [name, key] of [
    ['OwnDomains', 'ownDomains'],
    ['OwnTenants', 'ownTenants'],
  ] as const) {
    if (!(name in raw)) continue;
    const values = strings(raw[name], 50);
    if (!values) problem(name, 'type');
    else {
      policy[key] = [...new Set(values.map((v) => v.toLowerCase()))];
      locks.add(key);
    }
  }
  if ('ProfileTemplate' in raw) {
    const template = raw.ProfileTemplate;
    if (!isObject(template)) problem('ProfileTemplate', 'type');
    else {
      const profile: ManagedPolicy['profile'] = {};
      for (const field of MANAGED_PROFILE_FIELDS) {
        const name = PROFILE_POLICY[field];
        if (!(name in template)) continue;
        const value = template[name];
        if (typeof value !== 'string') problem(`ProfileTemplate.${name}`, 'type');
        else {
          profile[field] = field === 'country' ? value.trim().toUpperCase() : value.trim();
          locks.add(`profile.${field}`);
        }
      }
      for (const name of Object.keys(template))
        if (!Object.values(PROFILE_POLICY).includes(name))
          problem(`ProfileTemplate.${name}`, 'unknown');
      policy.profile = profile;
    }
  }
  if ('Helpers' in raw) {
    const helpers = raw.Helpers;
    if (!isObject(helpers)) problem('Helpers', 'type');
    else {
      const switches: ManagedPolicy['helpers'] = {};
      for (const [id, on] of Object.entries(helpers)) {
        if (!(HELPER_IDS as readonly string[]).includes(id)) problem(`Helpers.${id}`, 'unknown');
        else if (typeof on !== 'boolean') problem(`Helpers.${id}`, 'type');
        else {
          switches[id as HelperId] = on;
          locks.add(`helpers.${id as HelperId}`);
        }
      }
      policy.helpers = switches;
    }
  }
  return { policy, locks, problems };
}

/** The settings every surface uses: the agent's, with what the policy sets over them. */
export function applyManaged(settings: Settings, { policy }: Managed): Settings {
  if (Object.keys(policy).length === 0) return settings;
  return {
    ...settings,
    schedule: {
      timeZone: policy.timeZone ?? settings.schedule.timeZone,
      weekly: policy.businessHours ?? settings.schedule.weekly,
      holidays: policy.holidays ?? settings.schedule.holidays,
    },
    profile: {
      ...settings.profile,
      ...policy.profile,
      ownDomains: policy.ownDomains ?? settings.profile.ownDomains,
      ownTenants: policy.ownTenants ?? settings.profile.ownTenants,
    },
    helpers: { ...settings.helpers, ...policy.helpers },
  };
}

/**
 * What to store after an edit of the effective settings: the edit, except where the policy
 * locks a field, where the agent's own stored value stays (so it comes back without the policy).
 */
export function keepOwnValues(next: Settings, stored: Settings, { locks }: Managed): Settings {
  if (locks.size === 0) return next;
  const out: Settings = {
    ...next,
    schedule: { ...next.schedule },
    profile: { ...next.profile },
    helpers: { ...next.helpers },
  };
  if (locks.has('timeZone')) out.schedule.timeZone = stored.schedule.timeZone;
  if (locks.has('businessHours')) out.schedule.weekly = stored.schedule.weekly;
  if (locks.has('holidays')) out.schedule.holidays = stored.schedule.holidays;
  if (locks.has('ownDomains')) out.profile.ownDomains = stored.profile.ownDomains;
  if (locks.has('ownTenants')) out.profile.ownTenants = stored.profile.ownTenants;
  for (const field of MANAGED_PROFILE_FIELDS)
    if (locks.has(`profile.${field}`)) out.profile[field] = stored.profile[field];
  for (const id of HELPER_IDS) if (locks.has(`helpers.${id}`)) out.helpers[id] = stored.helpers[id];
  return out;
}
