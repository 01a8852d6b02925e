import type { ComponentChildren, JSX } from 'preact';

type Variant = 'default' | 'primary' | 'danger' | 'link';

export interface ButtonProps extends Omit<JSX.HTMLAttributes<HTMLButtonElement>, 'size'> {
  variant?: Variant;
  small?: boolean;
  type?: 'button' | 'submit';
  disabled?: boolean;
  /** Submits the form with this id from outside it (dialog footers). */
  form?: string;
  children?: ComponentChildren;
}

/** A button of the shared kit: `type="button"` unless said otherwise, so no form submits by accident. */
export function Button({
  variant = 'default',
  small,
  type = 'button',
  class: cls,
  ...rest
}: ButtonProps) {
  const classes = [
    'pcx-btn',
    variant !== 'default' && `pcx-btn--${variant}`,
    small && 'pcx-btn--small',
    cls,
  ]
    .filter(Boolean)
    .join(' ');
  return <button type={type} class={classes} {...rest} />;
}

/** A link opened in a new tab, without giving the target page a handle on ours. */
export function ExternalLink({
  href,
  children,
  button,
  ...rest
}: {
  href: string;
  children: ComponentChildren;
  button?: boolean;
} & JSX.HTMLAttributes<HTMLAnchorElement>) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      class={button ? 'pcx-btn pcx-btn--small' : undefined}
      {...rest}
    >
      {children}
    </a>
  );
}
