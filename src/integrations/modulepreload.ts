/**
 * After `astro build`: each page with an island names, in its <head>, every script module the island will
 * import (`<link rel="modulepreload">`), so that a phone fetches them all at once instead of learning of each
 * import only after the module before it has arrived (one round trip saved per level of imports).
 * Only static imports are followed: what an island loads on request (Pagefind) stays unloaded until then.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './files';

const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["'](\.\/[^"']+\.js)["']/g;
const ISLAND_URL = /(?:component|renderer)-url="(\/_astro\/[^"]+\.js)"/g;

/** The modules `entry` imports statically, directly or not (URLs under /_astro/). */
export function staticImports(entry: string, read: (url: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    for (const [, rel] of read(url).matchAll(STATIC_IMPORT)) {
      const dep = posix.join(posix.dirname(url), rel!);
      if (!seen.has(dep)) {
        seen.add(dep);
        visit(dep);
      }
    }
  };
  visit(entry);
  return [...seen];
}

export default function modulePreload(): AstroIntegration {
  return {
    name: 'otp-help:modulepreload',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const read = (url: string) => readFileSync(join(root, url), 'utf8');
        let pages = 0;
        for (const file of listFiles(root).filter((f) => f.endsWith('.html'))) {
          const html = readFileSync(file, 'utf8');
          const entries = [...new Set([...html.matchAll(ISLAND_URL)].map((m) => m[1]!))];
          if (entries.length === 0) continue;
          const urls = [...new Set([...entries, ...entries.flatMap((e) => staticImports(e, read))])];
          const links = urls.map((u) => `<link rel="modulepreload" href="${u}">`).join('');
          writeFileSync(file, html.replace('</head>', `${links}</head>`));
          pages++;
        }
        logger.info(`module preloads added to ${pages} pages with islands`);
      },
    },
  };
}
