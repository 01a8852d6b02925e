import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyManaged,
  keepOwnValues,
  MANAGED_PROFILE_FIELDS,
  NO_POLICY,
  POLICY_NAMES,
  parseManaged,
} from '../../lib/managed';
import { defaultSettings, HELPER_IDS, migrateSettings } from '../../lib/settings';

const schema = JSON.parse(
  readFileSync(new URL('../../public/managed-schema.json', import.meta.url), 'utf8'),
);

/** A policy as an administrator writes it (docs/DEPLOYMENT.md's sample). */
const SAMPLE = {
  TimeZone: 'Europe/Paris',
  BusinessHours: {
    mon: [{ opens: '08:30', closes: '18:00' }],
    tue: [{ opens: '08:30', closes: '18:00' }],
    wed: [{ opens: '08:30', closes: '18:00' }],
    thu: [{ opens: '08:30', closes: '18:00' }],
    fri: [
      { opens: '08:30', closes: '12:00' },
      { opens: '14:00', closes: '17:00' },
    ],
  },
  Holidays: ['2026-12-25', '2026-12-24', '2026-12-25'],
  OwnDomains: ['Litware.com', ' litware.fr '],
  OwnTenants: ['litware.onmicrosoft.com'],
  ProfileTemplate: { Name: 'Litware SAS', Phone: '+33 1 23 45 67 89', Country: 'fr' },
  Helpers: { 'scope-hint': false, capture: true },
};

const agent = () => {
  const s = defaultSettings('America/New_York');
  return migrateSettings(
    {
      ...s,
      schedule: {
        timeZone: 'America/New_York',
        weekly: { mon: [['10:00', '16:00']] },
        holidays: [],
      },
      profile: {
        ...s.profile,
        name: 'Mine',
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@litware.com',
        ownDomains: ['old.example'],
      },
      helpers: { ...s.helpers, 'scope-hint': true, 'plan-check': false },
    },
    'UTC',
  );
};

describe('managed policy (storage.managed)', () => {
  it('agrees with public/managed-schema.json: the same names, helpers and profile fields', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_NAMES].sort());
    expect(Object.keys(schema.properties.Helpers.properties).sort()).toEqual(
      [...HELPER_IDS].sort(),
    );
    expect(Object.keys(schema.properties.ProfileTemplate.properties).sort()).toEqual(
      MANAGED_PROFILE_FIELDS.map((f) => f[0]!.toUpperCase() + f.slice(1)).sort(),
    );
    expect(Object.keys(schema.properties.BusinessHours.properties)).toEqual([
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
      'sat',
      'sun',
    ]);
  });

  it('no policy (Chrome answers {}, Firefox refuses) changes nothing and locks nothing', () => {
    for (const raw of [{}, undefined, null, 'x', []]) expect(parseManaged(raw)).toBe(NO_POLICY);
    const own = agent();
    expect(applyManaged(own, NO_POLICY)).toBe(own);
  });

  it('applies the sample over the agent’s own values, and locks exactly what it sets', () => {
    const managed = parseManaged(SAMPLE);
    expect(managed.problems).toEqual([]);
    expect([...managed.locks].sort()).toEqual(
      [
        'timeZone',
        'businessHours',
        'holidays',
        'ownDomains',
        'ownTenants',
        'profile.name',
        'profile.phone',
        'profile.country',
        'helpers.scope-hint',
        'helpers.capture',
      ].sort(),
    );
    const s = applyManaged(agent(), managed);
    expect(s.schedule.timeZone).toBe('Europe/Paris');
    expect(s.schedule.weekly.fri).toEqual([
      ['08:30', '12:00'],
      ['14:00', '17:00'],
    ]);
    expect(s.schedule.weekly.sat).toBeUndefined();
    expect(s.schedule.holidays).toEqual(['2026-12-24', '2026-12-25']);
    expect(s.profile).toMatchObject({
      name: 'Litware SAS',
      phone: '+33 1 23 45 67 89',
      country: 'FR',
      // The agent's own name and e-mail are theirs.
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@litware.com',
      ownDomains: ['litware.com', 'litware.fr'],
      ownTenants: ['litware.onmicrosoft.com'],
    });
    expect(s.helpers['scope-hint']).toBe(false);
    // A helper the policy leaves out stays the agent's choice.
    expect(s.helpers['plan-check']).toBe(false);
  });

  it('keeps the agent’s own value under a locked field, so that it comes back without the policy', () => {
    const own = agent();
    const managed = parseManaged(SAMPLE);
    const edited = applyManaged(own, managed);
    // The agent edits an unlocked field (their first name) and the form sends everything back.
    const next = { ...edited, profile: { ...edited.profile, firstName: 'Augusta' } };
    const stored = keepOwnValues(next, own, managed);
    expect(stored.profile.firstName).toBe('Augusta');
    expect(stored.profile.name).toBe('Mine');
    expect(stored.profile.ownDomains).toEqual(['old.example']);
    expect(stored.schedule).toEqual(own.schedule);
    expect(stored.helpers['scope-hint']).toBe(true);
    expect(applyManaged(stored, NO_POLICY).profile.name).toBe('Mine');
  });

  it('leaves out what cannot be used, says why, and applies the rest', () => {
    const managed = parseManaged({
      TimeZone: 'EST',
      BusinessHours: {
        mon: [
          { opens: '09:00', closes: '17:00' },
          { opens: '12:00', closes: '18:00' },
        ],
      },
      Holidays: ['2026-02-30'],
      OwnTenants: 'litware.onmicrosoft.com',
      ProfileTemplate: { Name: 'Litware', Email: 42, Nickname: 'x' },
      Helpers: { 'plan-check': 'off', 'no-such-helper': true, capture: false },
      Colour: 'blue',
    });
    expect(managed.problems).toEqual(
      expect.arrayContaining([
        { policy: 'Colour', reason: 'unknown' },
        { policy: 'TimeZone', reason: 'legacy-zone' },
        { policy: 'BusinessHours', reason: 'hours' },
        { policy: 'Holidays', reason: 'date' },
        { policy: 'OwnTenants', reason: 'type' },
        { policy: 'ProfileTemplate.Email', reason: 'type' },
        { policy: 'ProfileTemplate.Nickname', reason: 'unknown' },
        { policy: 'Helpers.plan-check', reason: 'type' },
        { policy: 'Helpers.no-such-helper', reason: 'unknown' },
      ]),
    );
    expect(managed.problems).toHaveLength(9);
    expect([...managed.locks].sort()).toEqual(['helpers.capture', 'profile.name']);
    const s = applyManaged(agent(), managed);
    expect(s.schedule.timeZone).toBe('America/New_York');
    expect(s.profile.name).toBe('Litware');
    expect(parseManaged({ TimeZone: 'Mars/Olympus' }).problems).toEqual([
      { policy: 'TimeZone', reason: 'time-zone' },
    ]);
    expect(parseManaged({ BusinessHours: { funday: [] } }).problems).toEqual([
      { policy: 'BusinessHours', reason: 'type' },
    ]);
  });
});
