import { fieldRow } from '../../lib/dom/fields';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import { type ScopeHints, scopeHints } from '../../lib/rules/scope';
import type { HelperState } from '../mount';
import { readDescription, readTitle } from './form-reading';
import { updateForm } from './form-state';
import { useI18n } from './i18n';
import { debounce, detectionOf, pageContext, show } from './shared';

/**
 * Scope hint, under the request's summary and description (domain.md §4): topics a support
 * incident does not cover, and "several problems = several incidents". Recomputed ~400 ms after
 * the agent stops typing.
 */

export function scopeState(hints: ScopeHints): HelperState {
  return hints.topics.length || hints.severalProblems ? 'warning' : 'ok';
}

export function ScopeHint({ hints }: { hints: ScopeHints }) {
  const { t } = useI18n();
  const state = scopeState(hints);
  if (state === 'ok')
    return (
      <div class="pcx-card" data-state="ok">
        <p class="pcx-muted">{t('scopeHint.ok')}</p>
      </div>
    );
  return (
    <div class="pcx-card" data-state="warning" role="status">
      <p class="pcx-title">{t('scopeHint.title')}</p>
      <ul>
        {hints.topics.map((topic) => (
          <li key={topic}>{t(`scope.${topic}`)}</li>
        ))}
        {hints.severalProblems && <li>{t('scope.several-problems')}</li>}
      </ul>
    </div>
  );
}

interface FieldMemo {
  text: string;
  hints: ScopeHints | null;
  schedule: () => void;
}

const memos = new WeakMap<AbortSignal, Map<Element, FieldMemo>>();

const DEBOUNCE_MS = 400;

function compute(env: FeatureEnv, text: string): ScopeHints {
  // Hints follow the text's language when the page says it; both pattern sets otherwise.
  const lang = env.document.documentElement.lang.toLowerCase().startsWith('fr')
    ? 'fr'
    : env.document.documentElement.lang.toLowerCase().startsWith('en')
      ? 'en'
      : undefined;
  return scopeHints(text, lang, new Date());
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
  if (!memo) {
    const created: FieldMemo = { text, hints: compute(env, text), schedule: () => {} };
    created.schedule = debounce(env.signal, DEBOUNCE_MS, () => {
      created.hints = compute(env, created.text);
      render(created);
    });
    byField.set(control, created);
    render(created);
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
  if (title) scanField(env, title.control, title.text);
  if (description) scanField(env, description.control, description.text);
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
