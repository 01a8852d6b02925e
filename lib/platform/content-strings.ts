import { browser } from 'wxt/browser';
import { type ContentStrings, hasContentStrings, provideContentStrings } from '../i18n/content';
import type { Language } from '../i18n/translate';
import { request } from './messages';
import { contentStringsItems } from './storage';

/**
 * Where a content script gets the strings of the language it speaks: the background publishes
 * each language's helper strings in extension storage (lib/background/content-strings.ts),
 * stamped with the extension's version, and a content script reads only its own language's entry
 * (`contentStringsItems`). So a portal page carries no catalog in its code, and after an update a
 * tab never shows the previous version's strings: an entry of another version is ignored until
 * the background (woken by a ping) has written this version's.
 */

const asked = new Set<Language>();

/**
 * Loads the strings of `language` into this script once (a second call does nothing). Never
 * throws: a dead context or a refused storage read leaves the helpers waiting, silent.
 */
export function loadContentStrings(language: Language): void {
  if (asked.has(language) || hasContentStrings(language)) return;
  asked.add(language);
  let version: string;
  try {
    version = browser.runtime.getManifest().version;
  } catch {
    return;
  }
  const item = contentStringsItems.item(language);
  const take = (value: { version: string; strings: Record<string, string> } | null) => {
    if (value?.version !== version) return false;
    if (!hasContentStrings(language))
      provideContentStrings(language, value.strings as ContentStrings);
    return true;
  };
  const stop = item.watch((value) => {
    if (take(value)) stop();
  });
  void item
    .getValue()
    .then((value) => {
      if (take(value)) stop();
      // Not published for this version yet: a starting background publishes them; wake it.
      else void request('ping', {});
    })
    .catch(stop);
}
