import { provideContentStrings } from '../../lib/i18n/content';
import { contentCatalog } from '../../lib/i18n/content-catalog';

// Component tests render helpers as a content script does once its strings are loaded
// (lib/platform/content-strings.ts has its own test of the loading itself).
provideContentStrings('en', contentCatalog('en'));
provideContentStrings('fr', contentCatalog('fr'));
