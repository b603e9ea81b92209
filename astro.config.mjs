// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefind from './src/integrations/pagefind.ts';
import modulePreload from './src/integrations/modulepreload.ts';
import serverConfig from './src/integrations/server-config.ts';
import sitemap from '@astrojs/sitemap';
import { cspDirectives, scriptSources, styleSources } from './src/data/http-headers.ts';

// The site's public origin. Full URLs (staff links, QR codes, answers.json) are built from this one setting.
const site = process.env.SITE_ORIGIN ?? 'https://otp-help.date-shinkin.example';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    preact(),
    // The customer pages only: not the staff reference, the search page or the 404 page.
    sitemap({ filter: (page) => !/\/(staff|search|404)\/?$/.test(new URL(page).pathname) }),
    modulePreload(),
    pagefind(),
    serverConfig(),
  ],
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
  // The <meta> policy, with hashes for Astro's own scripts and styles. Production adds the same as a header, with
  // frame-ancestors (src/data/http-headers.ts, the one source of these directives).
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptSources] },
      styleDirective: { resources: [...styleSources] },
    },
  },
});
