import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. `lib/` runs in Node; component tests opt into happy-dom with a
// `// @vitest-environment happy-dom` docblock. WxtVitest gives `fakeBrowser` for the few modules
// that touch extension APIs (lib/platform).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // The helpers' strings, as the background publishes them to a content script.
    setupFiles: ['test/unit/setup-strings.ts'],
    globals: true,
    environment: 'node',
    restoreMocks: true,
    unstubGlobals: true,
    // One module graph per worker instead of one per file: the import of the same modules by 86
    // files was most of the run. Test files reset what they share (fakeBrowser.reset(), a new
    // IDBFactory) in their own beforeEach, and nothing in lib/ keeps state a test can see otherwise.
    isolate: false,
    testTimeout: 20_000,
  },
});
