import { fieldRow } from '../../lib/dom/fields';
import { SCOPE_TEXT_MAX } from '../../lib/messaging/messages/rules';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import { request } from '../../lib/platform/messages';
import type { ScopeHints } from '../../lib/rules/scope';
import type { HelperState } from '../mount';
import { HelperCard } from './card';
import { readDescription, readTitle } from './form-reading';
import { updateForm } from './form-state';
import { useI18n } from './i18n';
import { debounce, detectionOf, pageContext, show } from './shared';

/**
 * Scope hint, under the request's summary and description (domain.md §4): topics a support
 * incident does not cover, and "several problems = several incidents". Recomputed ~400 ms after
 * the agent stops typing. The verdict comes from the background (`rules:scope`), which holds the
 * product-lifecycle table; an unanswered request leaves the hint unshown, never wrong.
 */

export function scopeState(hints: ScopeHints): HelperState {
  return hints.topics.length || hints.severalProblems || hints.unlisted?.length ? 'warning' : 'ok';
}

export function ScopeHint({ hints }: { hints: ScopeHints }) {
  const { t } = useI18n();
  const state = scopeState(hints);
  if (state === 'ok')
    return <HelperCard state="ok" title={t('scopeHint.ok')} why="scope" live="none" />;
  return (
    <HelperCard state="warning" title={t('scopeHint.title')} why="scope">
      <ul>
        {hints.topics.map((topic) => (
          <li key={topic}>{t(`scope.${topic}`)}</li>
        ))}
        {hints.severalProblems && <li>{t('scope.several-problems')}</li>}
        {(hints.unlisted ?? []).map(({ product, version }) => (
          <li key={`${product} ${version}`}>{t('scope.unlisted', { product, version })}</li>
        ))}
      </ul>
    </HelperCard>
  );
}

interface FieldMemo {
  text: string;
  hints: ScopeHints | null;
  schedule: () => void;
}

const memos = new WeakMap<AbortSignal, Map<Element, FieldMemo>>();

const DEBOUNCE_MS = 400;

function compute(text: string): Promise<ScopeHints | null> {
  // The background reads the language from the text itself: the page's language is the portal's,
  // not necessarily the one the agent writes in.
  return request('rules:scope', { text: text.slice(0, SCOPE_TEXT_MAX) }).then((reply) =>
    reply.ok ? reply.data : null,
  );
}

function scanField(env: FeatureEnv, control: Element, text: string) {
  let byField = memos.get(env.signal);
  if (!byField) {
    byField = new Map();
    memos.set(env.signal, byField);
  }
  const memo = byField.get(control);
  const render = (m: FieldMemo) => {
    if (!m.hints) return;
    const hints = m.hints;
    show(
      env,
      'scope-hint',
      fieldRow(control),
      'after',
      scopeState(hints),
      JSON.stringify(hints),
      () => <ScopeHint hints={hints} />,
    );
  };
  // Asks the background for the current text's hints; a reply for an older text is dropped.
  const refresh = (m: FieldMemo) => {
    const asked = m.text;
    void compute(asked).then((hints) => {
      if (env.signal.aborted || !hints || m.text !== asked) return;
      m.hints = hints;
      render(m);
    });
  };
  if (!memo) {
    const created: FieldMemo = { text, hints: null, schedule: () => {} };
    created.schedule = debounce(env.signal, DEBOUNCE_MS, () => refresh(created));
    byField.set(control, created);
    refresh(created);
    return;
  }
  if (memo.text !== text) {
    memo.text = text;
    memo.schedule();
  } else {
    render(memo);
  }
}

function scan(env: FeatureEnv) {
  const title = readTitle(env.document);
  const description = readDescription(env.document);
  if (!title && !description) return;
  if (title) scanField(env, title.control.element, title.text);
  if (description) scanField(env, description.control.element, description.text);
  const ctx = pageContext(env, () => scan(env));
  if (ctx && title?.text) updateForm(ctx, { title: title.text });
}

export const scopeHint: Feature = {
  id: 'scope-hint',
  include(url, doc) {
    const d = detectionOf({ url, document: doc });
    return (d?.portal === 'azure' || d?.portal === 'm365-admin') && d.page === 'new-request';
  },
  scan,
};
