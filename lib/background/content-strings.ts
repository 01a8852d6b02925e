import { contentCatalog } from '../i18n/content-catalog';
import type { Language } from '../i18n/translate';
import { contentStringsItems, type KeyValueArea } from '../platform/storage';

const LANGUAGES: readonly Language[] = ['en', 'fr'];

/**
 * Publishes the helpers' strings for the content scripts (lib/platform/content-strings.ts): one
 * entry per language, stamped with the extension's version, written only when it differs from
 * what is stored. Run at every start of the background. `area`: the browser's, or a test's.
 */
export async function publishContentStrings(
  version: string,
  area?: () => KeyValueArea,
): Promise<void> {
  const family = area ? contentStringsItems.withArea(area) : contentStringsItems;
  for (const language of LANGUAGES) {
    const item = family.item(language);
    const wanted = { version, strings: contentCatalog(language) };
    if (JSON.stringify(await item.getValue()) === JSON.stringify(wanted)) continue;
    await item.setValue(wanted);
  }
}
