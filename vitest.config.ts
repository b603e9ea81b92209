import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

// Two projects: plain unit tests, and the few that render an .astro component with Astro's container API
// (`*.astro.test.ts`), which need Astro's Vite config (slower to start, so only for them).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/**/*.astro.test.ts'] } },
      getViteConfig({ test: { name: 'astro', include: ['tests/unit/**/*.astro.test.ts'] } }),
    ],
  },
});
