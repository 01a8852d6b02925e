#!/usr/bin/env node
// Regenerates lib/lifecycle/data.generated.ts from test/fixtures/reference/lifecycle.json (the
// project's copy of the shared reference). Run: node scripts/gen-lifecycle.mjs
// It also writes lib/lifecycle/SOURCES.md, every source the rows cite.
// With --validate <file> it only checks that file's rows.
// With --check it writes nothing and exits 1 when a committed file is stale (used by the tests).
// The rules in lib/lifecycle rely on the invariants checked here, so a bad row fails the build of
// the data instead of producing a silent wrong verdict.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const input = `${root}test/fixtures/reference/lifecycle.json`;
const output = `${root}lib/lifecycle/data.generated.ts`;
const sourcesOutput = `${root}lib/lifecycle/SOURCES.md`;

const SUBTYPES = ['fixed', 'fixed-mainstream-only', 'modern-on-prem', 'modern-online'];
const KNOWN_FIELDS = new Set([
  'product',
  'version',
  'releaseDate',
  'mainstreamEnd',
  'extendedEnd',
  'policy',
  'policySubtype',
  'retirementDate',
  'esuEnd',
  'esuSource',
  'earliestPossibleEndOfSupport',
  'notes',
  'source',
  'inferred',
]);
/** Facts a row may have derived rather than read; the policy's doubt is in policySubtype. */
const INFERABLE_FIELDS = [
  'releaseDate',
  'mainstreamEnd',
  'extendedEnd',
  'retirementDate',
  'esuEnd',
  'earliestPossibleEndOfSupport',
];
const DATE_FIELDS = [
  'releaseDate',
  'mainstreamEnd',
  'extendedEnd',
  'retirementDate',
  'esuEnd',
  'earliestPossibleEndOfSupport',
];

function isIsoDate(value) {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Turns one reference row into a `LifecycleRow`, or throws with the row named. */
function toRow(raw) {
  const name = `${raw.product} ${raw.version}`;
  const fail = (why) => {
    throw new Error(`lifecycle.json: ${name}: ${why}`);
  };
  for (const key of Object.keys(raw)) if (!KNOWN_FIELDS.has(key)) fail(`unknown field ${key}`);
  if (typeof raw.product !== 'string' || !raw.product) fail('product missing');
  if (typeof raw.version !== 'string' || !raw.version) fail('version missing');
  if (typeof raw.source !== 'string' || !raw.source) fail('source missing');
  for (const field of DATE_FIELDS) {
    const value = raw[field];
    if (value !== undefined && value !== null && !isIsoDate(value)) fail(`${field} is not a date`);
  }
  // The reference qualifies a few subtypes, e.g. "fixed (assumed)": keep the doubt as a field.
  const subtypeMatch = /^([a-z-]+)(?: \((assumed|inferred)\))?$/.exec(raw.policySubtype ?? '');
  if (!subtypeMatch || !SUBTYPES.includes(subtypeMatch[1]))
    fail(`policySubtype ${raw.policySubtype}`);
  const [, policySubtype, certainty] = subtypeMatch;
  if (raw.policy !== policySubtype.split('-')[0]) fail(`policy ${raw.policy} vs ${policySubtype}`);

  const row = {
    product: raw.product,
    version: raw.version,
    releaseDate: raw.releaseDate ?? null,
    mainstreamEnd: raw.mainstreamEnd ?? null,
    extendedEnd: raw.extendedEnd ?? null,
    policy: raw.policy,
    policySubtype,
  };
  if (certainty) row.policySubtypeCertainty = certainty;
  for (const field of [
    'retirementDate',
    'esuEnd',
    'esuSource',
    'earliestPossibleEndOfSupport',
    'notes',
  ]) {
    if (raw[field] !== undefined && raw[field] !== null) row[field] = raw[field];
  }
  if (raw.inferred !== undefined) {
    // Which facts were derived (e.g. a date taken from a sibling product): listed, so a verdict
    // built on them can say so. Each must name a fact the row has, once.
    if (!Array.isArray(raw.inferred) || raw.inferred.length === 0) fail('inferred must be a list');
    for (const field of raw.inferred) {
      if (!INFERABLE_FIELDS.includes(field)) fail(`inferred names ${field}`);
      if (row[field] === undefined || row[field] === null) fail(`inferred ${field} has no value`);
    }
    if (new Set(raw.inferred).size !== raw.inferred.length) fail('inferred repeats a field');
    row.inferred = [...raw.inferred];
  }
  row.source = raw.source;

  if (row.policy === 'modern') {
    if (row.mainstreamEnd || row.extendedEnd) fail('modern row with mainstream/extended dates');
  } else if (row.releaseDate) {
    // A released fixed row must say when mainstream ends; extended exists unless mainstream-only.
    if (!row.mainstreamEnd) fail('released fixed row without mainstreamEnd');
    if (policySubtype === 'fixed' && !row.extendedEnd) fail('fixed row without extendedEnd');
    if (policySubtype === 'fixed-mainstream-only' && row.extendedEnd)
      fail('mainstream-only row with extendedEnd');
    if (row.mainstreamEnd < row.releaseDate) fail('mainstream ends before release');
    if (row.extendedEnd && row.extendedEnd < row.mainstreamEnd)
      fail('extended ends before mainstream');
  }
  if (row.retirementDate && row.policy !== 'modern') fail('retirementDate on a fixed row');
  return row;
}

function generate(rawRows) {
  const rows = rawRows.map(toRow);
  const seen = new Set();
  for (const row of rows) {
    const key = `${row.product}\u0000${row.version}`;
    if (seen.has(key)) throw new Error(`lifecycle.json: duplicate ${row.product} ${row.version}`);
    seen.add(key);
  }
  return [
    '// generated by scripts/gen-lifecycle.mjs, do not edit',
    '// from test/fixtures/reference/lifecycle.json',
    "import type { LifecycleRow } from './types';",
    '',
    `export const LIFECYCLE_ROWS: readonly LifecycleRow[] = ${JSON.stringify(rows, null, 2)};`,
    '',
  ].join('\n');
}

const escapeCell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Every source, once, then each row with its source and what it derived (Markdown). */
function sourcesMarkdown(rawRows) {
  const rows = rawRows.map(toRow);
  // A row may cite several sources, separated by "; ": each is listed once, in order of first use.
  const distinct = [...new Set(rows.flatMap((row) => row.source.split('; ').map((s) => s.trim())))];
  const lines = [
    '<!-- generated by scripts/gen-lifecycle.mjs from test/fixtures/reference/lifecycle.json, do not edit -->',
    '# Lifecycle data sources',
    '',
    "Every date in `data.generated.ts` comes from one of these public sources. Microsoft's lifecycle",
    'data (the YAML that learn.microsoft.com/lifecycle renders) is preferred; endoflife.date comes',
    'second. A fact derived rather than read is listed under "Inferred" for its row, and a policy',
    'assumed or inferred is marked in its subtype. A product version with no public source is not in',
    'the data, and its verdict says so.',
    '',
    `## Sources (${distinct.length})`,
    '',
    ...distinct.map((source) => `- ${source}`),
    '',
    `## Rows (${rows.length})`,
    '',
    '| Product | Version | Policy | Inferred | Source |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => {
      const policy = `${row.policySubtype}${row.policySubtypeCertainty ? ` (${row.policySubtypeCertainty})` : ''}`;
      const inferred = row.inferred?.join(', ') ?? '';
      return `| ${[row.product, row.version, policy, inferred, row.source].map(escapeCell).join(' | ')} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

// --validate <file>: check another reference file against the same rules, write nothing.
const validateAt = process.argv.indexOf('--validate');
if (validateAt >= 0) {
  try {
    generate(JSON.parse(readFileSync(process.argv[validateAt + 1], 'utf8')));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  process.exit(0);
}

const rawRows = JSON.parse(readFileSync(input, 'utf8'));
const outputs = [
  [output, generate(rawRows)],
  [sourcesOutput, sourcesMarkdown(rawRows)],
];
if (process.argv.includes('--check')) {
  let stale = false;
  for (const [path, text] of outputs) {
    let current = null;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // a missing file is stale
    }
    if (current !== text) {
      console.error(`${path} is stale: run node scripts/gen-lifecycle.mjs`);
      stale = true;
    }
  }
  if (stale) process.exit(1);
} else {
  for (const [path, text] of outputs) {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
