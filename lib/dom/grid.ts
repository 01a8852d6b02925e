import { accessibleName, textOf } from './fields';
import { type LabelKey, type LabelLanguage, matchesLabel } from './labels';
import { queryAll } from './query';

/**
 * Grids read by their column headers, never by class names or column positions: an ARIA grid
 * (Fluent v8's DetailsList: `role=grid`, a header row of `role=columnheader`, rows of
 * `role=gridcell` / `role=rowheader`, the selection check being a cell of its own under a header
 * of its own) or a native `<table>`. A cell belongs to the header at the same place in its row,
 * or to the header of the same `aria-colindex` where the grid numbers its columns (a virtualised
 * grid may leave columns out).
 */

const GRIDS = '[role=grid],[role=treegrid],[role=table],table';
const HEADER = '[role=columnheader],th:not([scope=row])';
const CELL = '[role=gridcell],[role=rowheader],[role=cell],td,th[scope=row]';

/** A grid's rows, each a map from the column key to the cell. */
export interface GridRead {
  grid: Element;
  rows: Map<string, Element>[];
}

/** Elements matching `selector` in `grid` that belong to it, not to a grid nested inside. */
function own(grid: Element, selector: string): Element[] {
  return [...grid.querySelectorAll(selector)].filter((el) => el.closest(GRIDS) === grid);
}

/** A header's visible name: its label (Fluent names it by `aria-labelledby`), else its text. */
function headerName(el: Element): string {
  return accessibleName(el) || textOf(el);
}

/**
 * Reads every grid of `root` whose headers name all the `required` columns (and, where present,
 * the `optional` ones). Returns nothing when no grid has them: the caller counts a miss.
 */
export function readGrids<R extends string, O extends string = never>(
  root: ParentNode,
  columns: { required: Record<R, LabelKey>; optional?: Record<O, LabelKey> },
  languages: LabelLanguage[],
): GridRead[] {
  type K = R | O;
  const out: GridRead[] = [];
  const wanted = [
    ...Object.entries(columns.required).map(([k, label]) => [k, label, true] as const),
    ...Object.entries(columns.optional ?? {}).map(([k, label]) => [k, label, false] as const),
  ] as [K, LabelKey, boolean][];
  for (const grid of queryAll(root, GRIDS)) {
    const headers = own(grid, HEADER);
    if (headers.length === 0) continue;
    const headerRow = headers[0]!.closest('[role=row],tr');
    const inRow = headerRow ? headers.filter((h) => h.closest('[role=row],tr') === headerRow) : [];
    // Each wanted column: its index among the header row's cells and its `aria-colindex`.
    const at = new Map<K, { index: number; colIndex: string | null }>();
    for (const [key, label] of wanted) {
      const index = inRow.findIndex((h) => matchesLabel(headerName(h), label, languages));
      if (index >= 0) at.set(key, { index, colIndex: inRow[index]!.getAttribute('aria-colindex') });
    }
    if (wanted.some(([key, , required]) => required && !at.has(key))) continue;
    const rows: Map<string, Element>[] = [];
    for (const row of own(grid, '[role=row],tr')) {
      if (row === headerRow) continue;
      const cells = [...row.querySelectorAll(CELL)].filter(
        (c) => c.closest('[role=row],tr') === row,
      );
      if (cells.length === 0) continue;
      const cellsNumbered = cells.every((c) => c.hasAttribute('aria-colindex'));
      const read = new Map<string, Element>();
      for (const [key, where] of at) {
        const cell =
          cellsNumbered && where.colIndex
            ? cells.find((c) => c.getAttribute('aria-colindex') === where.colIndex)
            : cells.length === inRow.length
              ? cells[where.index]
              : undefined;
        if (cell) read.set(key, cell);
      }
      rows.push(read);
    }
    out.push({ grid, rows });
  }
  return out;
}

/**
 * A details page's properties, read by their labels: a description list (`dt`/`dd`), or a
 * label and value side by side (`[role=term]`/`[role=definition]`). Each key's first value wins.
 */
export function readProperties<K extends string>(
  root: ParentNode,
  labels: Record<K, LabelKey>,
  languages: LabelLanguage[],
): Map<K, Element> {
  const out = new Map<K, Element>();
  for (const term of queryAll(root, 'dt,[role=term]')) {
    const name = textOf(term);
    const key = (Object.keys(labels) as K[]).find(
      (k) => !out.has(k) && matchesLabel(name, labels[k], languages),
    );
    if (!key) continue;
    let value = term.nextElementSibling;
    while (value && !(value.matches('dd,[role=definition]') || value.matches('dt,[role=term]')))
      value = value.nextElementSibling;
    if (value?.matches('dd,[role=definition]')) out.set(key, value);
  }
  return out;
}
