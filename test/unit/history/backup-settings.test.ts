import { describe, expect, it } from 'vitest';
import { createHistoryService } from '../../../lib/background/history-service';
import {
  exportJson,
  isSecretSetting,
  keepSecrets,
  parseBackup,
  SECRET_SETTINGS,
  sha256Hex,
  withoutSecrets,
} from '../../../lib/history/backup';
import { canonicalJson, canonicalString } from '../../../lib/history/backup-json';
import { createRouter } from '../../../lib/messaging/router';
import {
  defaultSettings,
  migrateSettings,
  SETTINGS_KEY,
  type Settings,
} from '../../../lib/settings';
import { env, freshFactory, memoryArea, packInput, popup, ticketInput } from './helpers';

/** The settings a backup carries: written, checked, restored or kept, never their secrets. */

const NOW = new Date('2026-11-21T10:00:00.000Z');
const EMPTY = { customers: [], tickets: [], packs: [], events: [] };

function mine(): Settings {
  const s = defaultSettings('Europe/Paris');
  return {
    ...s,
    uiLanguage: 'fr',
    coverage: 'around-the-clock',
    reminders: { ...s.reminders, leadMinutes: 45 },
    profile: { ...s.profile, firstName: 'Camille', email: 'camille@litware.fr' },
    schedule: { ...s.schedule, holidays: ['2026-12-25'] },
  };
}

function setup(settings?: unknown) {
  const storage = memoryArea();
  if (settings !== undefined) storage.data[SETTINGS_KEY] = structuredClone(settings);
  const service = createHistoryService({
    factory: () => freshFactory(),
    storage,
    now: () => NOW,
    timeZone: () => 'UTC',
  });
  const route = createRouter(service.handlers, env);
  const ask = async <T = unknown>(type: string, payload: unknown): Promise<T> => {
    const reply = await route({ type, payload } as never, popup);
    if (!reply.ok) throw Object.assign(new Error(reply.error.code), reply.error);
    return reply.data as T;
  };
  return { storage, ask };
}

describe('what a secret is', () => {
  it('no setting of today is one: the settings go in whole', () => {
    const s = mine();
    expect(withoutSecrets(s)).toEqual(s);
    expect(SECRET_SETTINGS).toEqual([]);
  });

  it('a field of the secret kind stays out, listed or not, at any depth', () => {
    const withTeam = {
      ...mine(),
      team: {
        account: 'litwarestorage',
        container: 'pcx',
        sasToken: 'sv=2024-01-01&sig=abc',
        accountKey: 'AAAA==',
        connectionString: 'DefaultEndpointsProtocol=https;AccountKey=AAAA==',
      },
    };
    const out = withoutSecrets(withTeam) as { team: Record<string, unknown> };
    expect(out.team).toEqual({ account: 'litwarestorage', container: 'pcx' });
    expect(JSON.stringify(out)).not.toMatch(/sig=|AAAA/);
    // A secret that does not say so by its name is named in the list.
    expect(isSecretSetting(['team', 'container'], ['team.container'])).toBe(true);
    expect(
      (withoutSecrets(withTeam, ['team.container']) as { team: object }).team,
    ).not.toHaveProperty('container');
  });

  it('a restore keeps this browser’s own secrets', () => {
    const restored = { ...mine(), team: { account: 'other' } };
    const current = { team: { account: 'mine', sasToken: 'sv=mine' }, password: 'x' };
    expect(keepSecrets(restored, current)).toEqual({
      ...mine(),
      team: { account: 'other', sasToken: 'sv=mine' },
      password: 'x',
    });
  });
});

describe('the JSON backup with the settings', () => {
  it('writes format 2 with the settings and their checksum, never a secret', async () => {
    const text = await exportJson(EMPTY, {
      now: NOW,
      settings: { ...mine(), team: { sasToken: 'sv=secret' } },
    });
    const file = JSON.parse(text);
    expect(file.formatVersion).toBe(2);
    expect(file.settings.profile.firstName).toBe('Camille');
    expect(text).not.toContain('sv=secret');
    expect(file.settingsChecksum).toBe(await sha256Hex(canonicalString(file.settings)));
    const read = await parseBackup(text);
    expect(migrateSettings(read.settings, 'UTC')).toEqual(mine());
  });

  it('a file whose settings were edited by hand is refused, naming the settings', async () => {
    const text = await exportJson(EMPTY, { now: NOW, settings: mine() });
    const edited = text.replace('"leadMinutes":45', '"leadMinutes":5');
    await expect(parseBackup(edited)).rejects.toMatchObject({
      code: 'import-checksum',
      message: 'settings',
    });
    const file = JSON.parse(text);
    delete file.settingsChecksum;
    await expect(parseBackup(JSON.stringify(file))).rejects.toMatchObject({
      code: 'import-wrong-format',
      message: 'settingsChecksum',
    });
  });

  it('a secret planted in a file is dropped on the way in', async () => {
    const planted = { ...mine(), team: { sasToken: 'sv=planted' } };
    const file = JSON.parse(await exportJson(EMPTY, { now: NOW }));
    file.settings = planted;
    file.settingsChecksum = await sha256Hex(canonicalString(planted));
    const read = await parseBackup(JSON.stringify(file));
    expect(JSON.stringify(read.settings)).not.toContain('sv=planted');
  });

  it('round trip: export here, import in a fresh browser, the settings come back', async () => {
    const here = setup(mine());
    await here.ask('tickets:add', ticketInput());
    const { text } = await here.ask<{ text: string }>('history:export', { format: 'json' });
    const there = setup();
    const dry = await there.ask('history:import', { text, mode: 'replace', dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, settings: 'restore' });
    expect(there.storage.data[SETTINGS_KEY]).toBeUndefined();
    const done = await there.ask('history:import', { text, mode: 'replace', dryRun: false });
    expect(done).toMatchObject({ changes: { added: 1 }, settings: 'restore' });
    expect(migrateSettings(there.storage.data[SETTINGS_KEY], 'UTC')).toEqual(mine());
  });

  it('the agent can keep the current settings', async () => {
    const here = setup(mine());
    const { text } = await here.ask<{ text: string }>('history:export', { format: 'json' });
    const current = { ...defaultSettings('America/Toronto'), uiLanguage: 'en' as const };
    const there = setup(current);
    const done = await there.ask('history:import', {
      text,
      mode: 'merge',
      dryRun: false,
      settings: 'keep',
    });
    expect(done).toMatchObject({ settings: 'keep' });
    expect(there.storage.data[SETTINGS_KEY]).toEqual(current);
  });

  it('a restore keeps the secrets this browser holds', async () => {
    const here = setup(mine());
    const { text } = await here.ask<{ text: string }>('history:export', { format: 'json' });
    const there = setup({ ...mine(), team: { sasToken: 'sv=this-browser' } });
    await there.ask('history:import', { text, mode: 'merge', dryRun: false });
    expect(there.storage.data[SETTINGS_KEY]).toMatchObject({
      team: { sasToken: 'sv=this-browser' },
    });
  });

  it('a file from an older version (no settings, no formatVersion) still imports', async () => {
    const here = setup(mine());
    await here.ask('tickets:add', ticketInput());
    const { text } = await here.ask<{ text: string }>('history:export', { format: 'json' });
    const old = JSON.parse(text);
    delete old.settings;
    delete old.settingsChecksum;
    delete old.formatVersion;
    const current = defaultSettings('Europe/Brussels');
    const there = setup(current);
    const done = await there.ask('history:import', {
      text: JSON.stringify(old),
      mode: 'merge',
      dryRun: false,
    });
    expect(done).toMatchObject({ changes: { added: 1 }, settings: 'none' });
    expect(there.storage.data[SETTINGS_KEY]).toEqual(current);
  });

  it('when the history is refused, the settings are put back as they were', async () => {
    const here = setup(mine());
    // A pack spent more than it holds: refused inside the import, after the settings were read.
    const pack = await here.ask<{ id: string }>('packs:add', packInput({ incidents: 0 }));
    const { text } = await here.ask<{ text: string }>('history:export', { format: 'json' });
    const file = JSON.parse(text);
    file.data.tickets = [];
    const current = defaultSettings('Asia/Tokyo');
    const there = setup(current);
    // Re-sign a file whose ticket links to the empty pack: every check passes, the plan refuses.
    const ticket = { ...JSON.parse(JSON.stringify(await sampleTicket())), packId: pack.id };
    file.data.tickets = [ticket];
    file.checksum = await sha256Hex(canonicalJson(file.data));
    await expect(
      there.ask('history:import', { text: JSON.stringify(file), mode: 'replace', dryRun: false }),
    ).rejects.toMatchObject({ code: 'import-pack-overspent' });
    expect(there.storage.data[SETTINGS_KEY]).toEqual(current);
  });
});

/** A stored ticket, as a backup holds it. */
async function sampleTicket() {
  const s = setup();
  await s.ask('tickets:add', ticketInput());
  const { text } = await s.ask<{ text: string }>('history:export', { format: 'json' });
  return JSON.parse(text).data.tickets[0];
}
