/**
 * A very small schema language for validating messages that cross a trust boundary (content
 * script → background, extension page → background). Hand-written rather than a dependency
 * because it is tiny, must run in every context, and must be strict in ways general libraries are
 * not by default: unknown keys are errors, `__proto__`/`constructor`/`prototype` keys are errors,
 * only plain objects and arrays are accepted, strings and arrays carry hard length caps.
 */

import { DOMAIN, GUID } from './ids';
import { cleanName, NAME_MAX } from './names';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Schema<T> {
  /** Validates `input`; `path` is used in error messages (e.g. `payload.ticket.severity`). */
  parse(input: unknown, path: string): Result<T>;
  readonly optional?: boolean;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Names every object answers to through its prototype (`constructor`, `toString`, `__proto__`,
 * `hasOwnProperty` …). A string that becomes a key of an object (a helper id in the miss counters,
 * an access id in a lookup) must never be one of them: `counters.constructor` is a function.
 */
export function isPrototypeName(name: string): boolean {
  return FORBIDDEN_KEYS.has(name) || name in Object.prototype;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (path: string, what: string): Result<never> => ({
  ok: false,
  error: `${path || 'value'}: ${what}`,
});

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function str(
  options: { max?: number; min?: number; pattern?: RegExp } = {},
): Schema<string> {
  const { max = 1000, min = 0, pattern } = options;
  return {
    parse(input, path) {
      if (typeof input !== 'string') return fail(path, 'expected a string');
      if (input.length < min) return fail(path, `shorter than ${min}`);
      if (input.length > max) return fail(path, `longer than ${max}`);
      if (pattern && !pattern.test(input)) return fail(path, 'malformed');
      return ok(input);
    },
  };
}

/**
 * A name a page showed (a customer's, a directory's, a contact's): capped like `str`, then
 * cleaned (`cleanName`: no bidi controls, no invisible characters, white space collapsed), so
 * that whatever a sender read from a page, only the cleaned name is stored and shown.
 */
export function nameString(options: { max?: number } = {}): Schema<string> {
  const max = options.max ?? NAME_MAX;
  const inner = str({ max });
  return {
    parse(input, path) {
      const r = inner.parse(input, path);
      return r.ok ? ok(cleanName(r.value, max)) : r;
    },
  };
}

/** A string that will be used as an object key: like `str`, and never a prototype name. */
export function keyString(
  options: { max?: number; min?: number; pattern?: RegExp } = {},
): Schema<string> {
  const inner = str(options);
  return {
    parse(input, path) {
      const r = inner.parse(input, path);
      if (r.ok && isPrototypeName(r.value)) return fail(path, 'reserved name');
      return r;
    },
  };
}

export function num(options: { int?: boolean; min?: number; max?: number } = {}): Schema<number> {
  const { int = false, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
  return {
    parse(input, path) {
      if (typeof input !== 'number' || !Number.isFinite(input))
        return fail(path, 'expected a number');
      if (int && !Number.isInteger(input)) return fail(path, 'expected a whole number');
      if (input < min || input > max) return fail(path, `out of range [${min}, ${max}]`);
      return ok(input);
    },
  };
}

export function bool(): Schema<boolean> {
  return {
    parse: (input, path) =>
      typeof input === 'boolean' ? ok(input) : fail(path, 'expected true or false'),
  };
}

export function literal<const T extends readonly (string | number | boolean | null)[]>(
  ...values: T
): Schema<T[number]> {
  return {
    parse(input, path) {
      return (values as readonly unknown[]).includes(input)
        ? ok(input as T[number])
        : fail(path, `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
    },
  };
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return {
    parse: (input, path) => (input === null ? ok(null) : inner.parse(input, path)),
  };
}

export function optional<T>(inner: Schema<T>): Schema<T | undefined> {
  return {
    optional: true,
    parse: (input, path) => (input === undefined ? ok(undefined) : inner.parse(input, path)),
  };
}

export function arr<T>(item: Schema<T>, options: { max?: number } = {}): Schema<T[]> {
  const { max = 1000 } = options;
  return {
    parse(input, path) {
      if (!Array.isArray(input)) return fail(path, 'expected a list');
      if (input.length > max) return fail(path, `more than ${max} items`);
      const out: T[] = [];
      for (let i = 0; i < input.length; i++) {
        const r = item.parse(input[i], `${path}[${i}]`);
        if (!r.ok) return r;
        out.push(r.value);
      }
      return ok(out);
    },
  };
}

export type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { optional: true } ? K : undefined extends Infer<S[K]> ? K : never;
}[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
/** `T` written out as one object type (an intersection shown and checked as its members). */
type Flat<T> = { [K in keyof T]: T[K] } & {};
export type InferShape<S extends Shape> = Flat<
  { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** A strict object: every key must be declared, none may be a prototype key. */
export function obj<S extends Shape>(shape: S): Schema<InferShape<S>> {
  return {
    parse(input, path) {
      if (!isPlainObject(input)) return fail(path, 'expected an object');
      for (const key of Object.keys(input)) {
        if (FORBIDDEN_KEYS.has(key)) return fail(`${path}.${key}`, 'forbidden key');
        if (!Object.hasOwn(shape, key)) return fail(`${path}.${key}`, 'unexpected key');
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(shape)) {
        const schema = shape[key] as Schema<unknown>;
        const r = schema.parse(input[key], path ? `${path}.${key}` : key);
        if (!r.ok) return r;
        if (r.value !== undefined) out[key] = r.value;
      }
      return ok(out as InferShape<S>);
    },
  };
}

/** A strict object whose every key may be left out (a patch of `shape`). */
export function partial<S extends Shape>(shape: S): Schema<Partial<InferShape<S>>> {
  const optionalShape: Shape = {};
  for (const key of Object.keys(shape)) {
    optionalShape[key] = optional(shape[key] as Schema<unknown>);
  }
  return obj(optionalShape) as Schema<Partial<InferShape<S>>>;
}

/** A record keyed by strings matching `key`, e.g. miss counters per helper id. */
export function record<T>(
  key: Schema<string>,
  value: Schema<T>,
  options: { max?: number } = {},
): Schema<Record<string, T>> {
  const { max = 200 } = options;
  return {
    parse(input, path) {
      if (!isPlainObject(input)) return fail(path, 'expected an object');
      const keys = Object.keys(input);
      if (keys.length > max) return fail(path, `more than ${max} entries`);
      const out: Record<string, T> = {};
      for (const k of keys) {
        if (isPrototypeName(k)) return fail(`${path}.${k}`, 'forbidden key');
        const kr = key.parse(k, `${path}.${k}`);
        if (!kr.ok) return kr;
        const vr = value.parse(input[k], `${path}.${k}`);
        if (!vr.ok) return vr;
        out[k] = vr.value;
      }
      return ok(out);
    },
  };
}

/** One of several object shapes, chosen by a literal discriminant. */
export function union<T>(...options: Schema<T>[]): Schema<T> {
  return {
    parse(input, path) {
      let first: Result<T> | null = null;
      for (const option of options) {
        const r = option.parse(input, path);
        if (r.ok) return r;
        first ??= r;
      }
      return first ?? fail(path, 'no option matched');
    },
  };
}

/** `inner`, then a check of what it accepted (`what` names the refusal). */
export function refine<T>(inner: Schema<T>, check: (value: T) => boolean, what: string): Schema<T> {
  return {
    parse(input, path) {
      const r = inner.parse(input, path);
      if (!r.ok) return r;
      return check(r.value) ? r : fail(path, what);
    },
  };
}

/**
 * Years a date or an instant may fall in. Wide enough for any support history (and a pack bought
 * long ago), narrow enough that every consumer (Date, Intl, ICS) reads it the same way.
 */
const MIN_YEAR = 1970;
const MAX_YEAR = 2200;

const DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_PARTS =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** Days in `month` (1–12) of `year`, leap years included (Gregorian). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar date written `YYYY-MM-DD` (2026-02-31 and 9999-99-99 are not). */
export function isCalendarDate(text: string): boolean {
  const parts = DATE_PARTS.exec(text);
  if (!parts) return false;
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A real instant: ISO 8601 with a real date, hours 0–23, minutes and seconds 0–59 and an offset
 * of at most ±14:00 (the widest in use, Kiribati). `2026-01-01T99:99Z` is not one.
 */
export function isInstant(text: string): boolean {
  const parts = INSTANT_PARTS.exec(text);
  if (!parts || !isCalendarDate(parts[1] as string)) return false;
  const [hour, minute, second] = [parts[2], parts[3], parts[4] ?? '0'].map(Number) as number[];
  if ((hour as number) > 23 || (minute as number) > 59 || (second as number) > 59) return false;
  if (parts[5] !== undefined) {
    const offset = Number(parts[6]) * 60 + Number(parts[7]);
    if (Number(parts[7]) > 59 || offset > 14 * 60) return false;
  }
  return Number.isFinite(Date.parse(text));
}

/** Common field shapes. */
export const isoDate = () =>
  refine(str({ max: 10, pattern: DATE_PARTS }), isCalendarDate, 'not a calendar date');
export const isoInstant = () =>
  refine(str({ max: 40, pattern: INSTANT_PARTS }), isInstant, 'not a real date and time');
export const tenantId = () => str({ max: 36, pattern: GUID });
export const domainName = () => str({ max: 253, pattern: DOMAIN });
