import { type ComponentChild, createContext } from 'preact';
import { useContext, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../lib/platform/messages';
import type { WhyTopic } from '../../lib/rules/why';
import type { HelperState } from '../mount';
import { useI18n } from './i18n';
import { ICONS, type IconName } from './icons.generated';

/**
 * Every in-page helper's frame, styled like a Fluent 2 message bar (components/helper-host.css,
 * tokens generated from @fluentui/tokens): the status icon of its verdict, the verdict as its title,
 * its details, a "Why?" that opens the rule behind the verdict on the extension's rules page, a
 * control that hides it for this request, and the small PCX mark that says who added it.
 *
 * Hidden is remembered per request (the navigation, see `show` in ./shared): a rescan after the
 * portal's next change keeps it hidden, and the collapsed bar keeps one line (icon and verdict)
 * with "Show". The state icon is never the only signal: the title says the verdict in words.
 */

export interface CardFrame {
  /** Hidden for this request when the helper is mounted. */
  collapsed: boolean;
  /** Remembers the agent's choice for this request. */
  onCollapse(collapsed: boolean): void;
}

/** Unframed (unit tests, previews): a card collapses locally and forgets on unmount. */
const CardFrameContext = createContext<CardFrame>({ collapsed: false, onCollapse: () => {} });

export const CardFrameProvider = CardFrameContext.Provider;

export function Icon({ name, class: className }: { name: IconName; class?: string }) {
  const icon = ICONS[name];
  return (
    <svg
      class={className ?? 'pcx-icon'}
      viewBox={icon.viewBox}
      aria-hidden="true"
      focusable="false"
    >
      {icon.paths.map((d) => (
        <path key={d} d={d} fill="currentColor" />
      ))}
    </svg>
  );
}

/**
 * The PCX mark: a small brand-coloured "PCX" tag, drawn by the style sheet (generated content), so
 * that it is not part of the helper's text, with "Added by PCX" as its tooltip. Not the product's
 * icon: a blue square with a check mark reads as a ticked checkbox at this size.
 */
function Mark() {
  const { t } = useI18n();
  return <span class="pcx-mark" title={t('card.mark')} aria-hidden="true" />;
}

export interface HelperCardProps {
  /** The verdict: picks the message bar's intent and icon. */
  state: HelperState;
  /** The verdict in words, one line when collapsed. */
  title: ComponentChild;
  /** The rule behind the verdict, opened by "Why?". */
  why?: WhyTopic;
  /** `status` (default) announces changes politely; `none` for a card whose parts announce. */
  live?: 'status' | 'none';
  children?: ComponentChild;
}

export function HelperCard({ state, title, why, live = 'status', children }: HelperCardProps) {
  const { t } = useI18n();
  const frame = useContext(CardFrameContext);
  const [collapsed, setCollapsed] = useState(frame.collapsed);
  const [whyFailed, setWhyFailed] = useState(false);
  const toggled = useRef(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // The toggle is replaced by its counterpart: a keyboard user keeps the focus on it.
  useLayoutEffect(() => {
    if (toggled.current) toggle.current?.focus({ preventScroll: true });
    toggled.current = false;
  }, [collapsed]);
  const setHidden = (value: boolean) => {
    const root = toggle.current?.getRootNode();
    toggled.current = root instanceof ShadowRoot && root.activeElement === toggle.current;
    setCollapsed(value);
    frame.onCollapse(value);
  };
  const icon: IconName = state;
  const role = live === 'status' ? 'status' : undefined;
  if (collapsed)
    return (
      <div class="pcx-card pcx-card--collapsed" data-state={state} data-collapsed="">
        <Icon name={icon} class="pcx-icon pcx-state-icon" />
        <p class="pcx-title pcx-card__summary">{title}</p>
        <button
          ref={toggle}
          type="button"
          class="pcx-subtle"
          aria-expanded="false"
          data-pcx-toggle=""
          onClick={() => setHidden(false)}
        >
          <Icon name="show" />
          {t('card.show')}
        </button>
        <Mark />
      </div>
    );
  const openWhy = async () => {
    if (!why) return;
    const reply = await request('rules:why', { topic: why });
    setWhyFailed(!reply.ok);
  };
  return (
    <div class="pcx-card" data-state={state} role={role}>
      <Icon name={icon} class="pcx-icon pcx-state-icon" />
      <div class="pcx-card__body">
        <div class="pcx-title">{title}</div>
        {children}
        {whyFailed && (
          <p class="pcx-error" role="alert">
            {t('card.whyFailed')}
          </p>
        )}
      </div>
      <div class="pcx-card__actions">
        {why && (
          <button
            type="button"
            class="pcx-link"
            aria-label={t('card.whyLabel')}
            data-why={why}
            onClick={() => void openWhy()}
          >
            {t('card.why')}
          </button>
        )}
        <button
          ref={toggle}
          type="button"
          class="pcx-subtle pcx-icon-only"
          aria-expanded="true"
          aria-label={t('card.hide')}
          title={t('card.hide')}
          data-pcx-toggle=""
          onClick={() => setHidden(true)}
        >
          <Icon name="hide" />
        </button>
        <Mark />
      </div>
    </div>
  );
}
