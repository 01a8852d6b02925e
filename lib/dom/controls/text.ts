import { stripInvisible } from '../../names';

/**
 * Text as a person reads it in a control: decoration removed. Icon fonts (Fluent v8's chevron is
 * U+E70D in the private-use area, portals.md), caret characters, required markers and
 * "(Required)" remarks are not part of a value.
 */

// Private-use areas of the BMP and the supplementary planes, carets and chevrons drawn as text.
const DECORATION = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}⌄⌃▾▴▼▲⏷⏶˅˄❯❮›‹]/gu;
const REQUIRED = /\((?:required|obligatoire|requis)\)\s*$/i;

/** Anything worth the full clean-up: a glyph, a caret, a no-break space, a star, a remark. */
const NEEDS_CLEANING = /[\uE000-\uF8FF\uD800-\uDFFF⌄⌃▾▴▼▲⏷⏶˅˄❯❮›‹\u00a0*()]/;

export function cleanText(text: string | null | undefined): string {
  // Bidi controls and invisible characters are not part of what a person reads (lib/names.ts).
  const raw = stripInvisible(text ?? '');
  if (!NEEDS_CLEANING.test(raw)) return raw.replace(/\s+/g, ' ').trim();
  return raw
    .replace(DECORATION, ' ')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(REQUIRED, '')
    .replace(/\s*\*+$/, '')
    .trim();
}

/**
 * The text of an element without its decoration: descendants hidden from assistive technology
 * (`aria-hidden`, icons, SVG, `hidden`) are skipped, the way a screen reader would skip them.
 */
export function visibleText(
  el: Element | null | undefined,
  skip?: (el: Element) => boolean,
): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    const tag = e.tagName;
    if (
      tag === 'SVG' ||
      tag === 'svg' ||
      tag === 'STYLE' ||
      tag === 'SCRIPT' ||
      tag === 'TEMPLATE' ||
      e.getAttribute('aria-hidden') === 'true' ||
      e.hasAttribute('hidden') ||
      skip?.(e)
    )
      return;
    out += ' ';
    for (const child of e.childNodes) walk(child);
    out += ' ';
  };
  walk(el);
  return cleanText(out);
}
