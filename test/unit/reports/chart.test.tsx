// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { MonthChart, monthSummary } from '../../../components/reports/MonthChart';
import { createTranslator } from '../../../lib/i18n';
import type { ReportRow } from '../../../lib/reports/index';

const row = (key: string, met: number, missed: number, open: number): ReportRow => ({
  key,
  filed: met + missed + open,
  due: met + missed + open,
  met,
  missed,
  open,
  unknown: 0,
  hitRate: met + missed ? met / (met + missed) : null,
  responseMedianMs: null,
  responseP90Ms: null,
  allowedMedianMs: null,
});
const ROWS = [row('2026-10', 3, 1, 0), row('2026-11', 0, 0, 2)];
const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)} %`);
const label = (k: string) => (k === '2026-10' ? 'octobre 2026' : 'novembre 2026');

describe('month chart', () => {
  it('is an image described by every month in words, in French', () => {
    const t = createTranslator('fr');
    const host = document.createElement('div');
    render(
      <MonthChart rows={ROWS} label={label} shortLabel={(k) => k} t={t} percent={pct} />,
      host,
    );
    const svg = host.querySelector('svg[role=img]')!;
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(host.querySelector(`[id="${titleId}"]`)?.textContent).toBe(
      'Premières réponses par mois',
    );
    expect(host.querySelector(`[id="${descId}"]`)?.textContent).toBe(
      monthSummary(t, ROWS, label, pct),
    );
    expect(monthSummary(t, ROWS, label, pct)).toBe(
      'octobre 2026 : 3 tenues, 1 manquée, 0 en cours, taux tenu 75 %. novembre 2026 : 0 tenue, 0 manquée, 2 en cours, taux tenu —.',
    );
  });

  it('draws met solid, missed hatched, open as an outline, and nothing for an empty part', () => {
    const host = document.createElement('div');
    render(
      <MonthChart
        rows={ROWS}
        label={label}
        shortLabel={(k) => k}
        t={createTranslator('en')}
        percent={pct}
      />,
      host,
    );
    const oct = host.querySelector('[data-month="2026-10"]')!;
    expect(oct.querySelectorAll('rect').length).toBe(2);
    expect(oct.querySelector('.pcx-chart__missed')?.getAttribute('fill')).toMatch(
      /^url\(#.+-hatch\)$/,
    );
    const nov = host.querySelector('[data-month="2026-11"]')!;
    expect([...nov.querySelectorAll('rect')].map((r) => r.getAttribute('class'))).toEqual([
      'pcx-chart__open',
    ]);
    // Bars share one scale: October's 4 fill the height, November's 2 half of it.
    const height = (el: Element) =>
      [...el.querySelectorAll('rect')].reduce((h, r) => h + Number(r.getAttribute('height')), 0);
    expect(height(oct)).toBeCloseTo(2 * height(nov), 6);
    expect(host.querySelector('figcaption')?.textContent).toContain('Missed');
  });

  it('draws nothing without months', () => {
    const host = document.createElement('div');
    render(
      <MonthChart
        rows={[]}
        label={label}
        shortLabel={(k) => k}
        t={createTranslator('en')}
        percent={pct}
      />,
      host,
    );
    expect(host.innerHTML).toBe('');
  });
});
