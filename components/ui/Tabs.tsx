import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabItem<T extends string> {
  id: T;
  label: ComponentChildren;
}

/**
 * Tabs after the WAI-ARIA tabs pattern: one tab stop (the selected tab), arrow keys move and
 * select (automatic activation), Home/End jump. Panels are rendered by the caller with
 * `tabPanelProps(id)` so that hidden panels keep their state (unsaved edits are never lost).
 */
export function Tabs<T extends string>({
  items,
  selected,
  onSelect,
  label,
  vertical,
  idBase,
}: {
  items: TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
  vertical?: boolean;
  idBase: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  const move = (index: number) => {
    const next = items[(index + items.length) % items.length]!;
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`#${idBase}-tab-${next.id}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = items.findIndex((i) => i.id === selected);
    const prev = vertical ? 'ArrowUp' : 'ArrowLeft';
    const next = vertical ? 'ArrowDown' : 'ArrowRight';
    if (event.key === next) move(index + 1);
    else if (event.key === prev) move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else return;
    event.preventDefault();
  };
  return (
    <div
      ref={list}
      role="tablist"
      aria-label={label}
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      class={vertical ? 'pcx-tablist pcx-tablist--vertical' : 'pcx-tablist'}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role="tab"
          class="pcx-tab"
          id={`${idBase}-tab-${item.id}`}
          aria-selected={item.id === selected}
          aria-controls={`${idBase}-panel-${item.id}`}
          tabIndex={item.id === selected ? 0 : -1}
          onClick={() => onSelect(item.id)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}

export function tabPanelProps(idBase: string, id: string, selected: string) {
  return {
    role: 'tabpanel',
    id: `${idBase}-panel-${id}`,
    'aria-labelledby': `${idBase}-tab-${id}`,
    hidden: id !== selected,
    tabIndex: 0,
  } as const;
}
