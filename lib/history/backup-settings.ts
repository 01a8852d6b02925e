/**
 * The settings a JSON backup carries, so that a new browser is set up by importing one file:
 * language, business hours and holidays, support terms, reminders, the partner profile, the
 * helpers' switches. Never the secrets.
 *
 * A secret is a value that grants access to something outside this browser (a password, a
 * token, a key, a shared access signature, a connection string): whoever reads the file could
 * use it. Settings hold none today; team mode will keep an Azure Storage SAS token or account key.
 * Secrets are named in `SECRET_SETTINGS` (paths in the settings object), and any key whose name
 * says it is one (`isSecretKey`) is treated the same, at any depth: a field added later without
 * being listed still stays out of the file. The same rule strips them from a file being imported
 * (a backup cannot plant a token), and a restore keeps this browser's own (`keepSecrets`).
 */

/** Settings paths (dot-separated) that hold secrets. Team mode adds e.g. `team.sasToken`. */
export const SECRET_SETTINGS: readonly string[] = [];

/** Key names that say they hold a secret, whatever their place. */
const SECRET_NAME =
  /(secret|token|password|passphrase|credential|sas|connection.?string|api.?key|account.?key|private.?key|signature)/i;

export function isSecretKey(key: string): boolean {
  return SECRET_NAME.test(key);
}

/** Whether the value at `path` (keys from the top of the settings) is a secret. */
export function isSecretSetting(path: readonly string[], listed = SECRET_SETTINGS): boolean {
  const key = path[path.length - 1];
  return (key !== undefined && isSecretKey(key)) || listed.includes(path.join('.'));
}

type Loose = Record<string, unknown>;
const isPlain = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of `settings` without its secrets (plain objects walked at every level). */
export function withoutSecrets(settings: unknown, listed = SECRET_SETTINGS): unknown {
  const walk = (value: unknown, path: string[]): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, path));
    if (!isPlain(value)) return value;
    const out: Loose = {};
    for (const [key, inner] of Object.entries(value)) {
      if (isSecretSetting([...path, key], listed)) continue;
      out[key] = walk(inner, [...path, key]);
    }
    return out;
  };
  return walk(settings, []);
}

/**
 * `restored` with the secrets of `current` put back at their places: restoring a backup never
 * signs this browser out of what it was signed in to.
 */
export function keepSecrets<T>(restored: T, current: unknown, listed = SECRET_SETTINGS): T {
  const walk = (target: unknown, source: unknown, path: string[]): unknown => {
    if (!isPlain(source)) return target;
    const out: Loose = isPlain(target) ? { ...target } : {};
    let touched = false;
    for (const [key, inner] of Object.entries(source)) {
      const at = [...path, key];
      if (isSecretSetting(at, listed)) {
        out[key] = inner;
        touched = true;
      } else if (isPlain(inner)) {
        const merged = walk(out[key], inner, at);
        if (merged !== out[key]) {
          out[key] = merged;
          touched = true;
        }
      }
    }
    return touched ? out : target;
  };
  return walk(restored, current, []) as T;
}

/** What an import does with the settings a backup carries. */
export type SettingsOutcome =
  /** The file has none (written before backups carried them): the current ones stay. */
  | 'none'
  /** They replace the current ones (a dry run: they will). */
  | 'restore'
  /** The agent chose to keep the current ones. */
  | 'keep';
