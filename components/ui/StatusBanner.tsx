import type { ComponentChildren } from 'preact';

/**
 * A message box. `error` is announced assertively (role="alert"); others politely (role="status").
 * The tone is carried by the title text and an icon as well as colour.
 */
export function StatusBanner({
  tone,
  title,
  children,
  actions,
}: {
  tone: 'info' | 'ok' | 'warning' | 'error';
  title?: ComponentChildren;
  children?: ComponentChildren;
  actions?: ComponentChildren;
}) {
  const icon = tone === 'error' ? '⛔' : tone === 'warning' ? '⚠' : tone === 'ok' ? '✓' : 'ℹ';
  return (
    <div
      class={`pcx-banner${tone === 'info' ? '' : ` pcx-banner--${tone}`}`}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      {title && (
        <div class="pcx-banner__title">
          <span aria-hidden="true">{icon} </span>
          {title}
        </div>
      )}
      {children && <div>{children}</div>}
      {actions && <div class="pcx-row pcx-mt-6">{actions}</div>}
    </div>
  );
}
