import { useId } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import type { ReportRow } from '../../lib/reports/index';

/**
 * First responses by month as stacked bars, drawn in plain SVG (no chart library: a few hundred
 * bytes of code, and every part of it is ours to make accessible). Met is solid, missed hatched,
 * still open an outline: the shapes tell them apart without colour, and the legend shows the same
 * shapes. The SVG is an image whose description is the text summary (every month in words); the
 * table below it holds the same figures. Colours are the page theme's, so dark mode and paper follow.
 */

const H = 180;
const TOP = 22;
const BOTTOM = 34;
const SLOT = 64;
const LEFT = 36;

export function monthSummary(
  t: Translate,
  rows: readonly ReportRow[],
  label: (key: string) => string,
  percent: (rate: number | null) => string,
): string {
  return rows
    .map((r) =>
      t('reports.chart.month', {
        month: label(r.key),
        met: r.met,
        missed: r.missed,
        open: r.open,
        rate: percent(r.hitRate),
      }),
    )
    .join(' ');
}

export function MonthChart({
  rows,
  label,
  shortLabel,
  t,
  percent,
}: {
  rows: readonly ReportRow[];
  /** "November 2026", for the description. */
  label: (key: string) => string;
  /** "Nov 26", under a bar. */
  shortLabel: (key: string) => string;
  t: Translate;
  percent: (rate: number | null) => string;
}) {
  const id = useId();
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.map((r) => r.met + r.missed + r.open));
  const width = LEFT + SLOT * rows.length + 8;
  const height = TOP + H + BOTTOM;
  const y = (n: number) => TOP + H - (n / max) * H;
  const bar = SLOT * 0.6;
  return (
    <figure class="pcx-chart" data-testid="month-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
      >
        <title id={`${id}-t`}>{t('reports.chart.title')}</title>
        <desc id={`${id}-d`}>{monthSummary(t, rows, label, percent)}</desc>
        <defs>
          <pattern
            id={`${id}-hatch`}
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" class="pcx-chart__missed-bg" />
            <line x1="0" y1="0" x2="0" y2="6" class="pcx-chart__hatch" />
          </pattern>
        </defs>
        <line x1={LEFT} x2={width - 4} y1={TOP + H} y2={TOP + H} class="pcx-chart__axis" />
        <text x={LEFT - 6} y={TOP + 4} class="pcx-chart__tick" text-anchor="end">
          {max}
        </text>
        <text x={LEFT - 6} y={TOP + H} class="pcx-chart__tick" text-anchor="end">
          0
        </text>
        {rows.map((r, i) => {
          const x = LEFT + SLOT * i + (SLOT - bar) / 2;
          const met = { from: 0, to: r.met };
          const missed = { from: r.met, to: r.met + r.missed };
          const open = { from: r.met + r.missed, to: r.met + r.missed + r.open };
          const rect = (part: { from: number; to: number }, cls: string, fill?: string) =>
            part.to > part.from ? (
              <rect
                x={x}
                y={y(part.to)}
                width={bar}
                height={y(part.from) - y(part.to)}
                class={cls}
                fill={fill}
              />
            ) : null;
          return (
            <g key={r.key} data-month={r.key}>
              {rect(met, 'pcx-chart__met')}
              {rect(missed, 'pcx-chart__missed', `url(#${id}-hatch)`)}
              {rect(open, 'pcx-chart__open')}
              <text
                x={x + bar / 2}
                y={y(open.to) - 5}
                class="pcx-chart__value"
                text-anchor="middle"
              >
                {percent(r.hitRate)}
              </text>
              <text x={x + bar / 2} y={TOP + H + 16} class="pcx-chart__tick" text-anchor="middle">
                {shortLabel(r.key)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="pcx-chart__legend">
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" class="pcx-chart__met" />
            </svg>{' '}
            {t('reports.col.met')}
          </li>
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" class="pcx-chart__missed" fill={`url(#${id}-hatch)`} />
            </svg>{' '}
            {t('reports.col.missed')}
          </li>
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <rect x="1" y="1" width="12" height="12" class="pcx-chart__open" />
            </svg>{' '}
            {t('reports.col.open')}
          </li>
          <li class="pcx-muted">{t('reports.chart.rateNote')}</li>
        </ul>
      </figcaption>
    </figure>
  );
}
