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
    testTimeout: 20_000,
  },
});
