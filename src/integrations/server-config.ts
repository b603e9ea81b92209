/**
 * After `astro build` (and after Pagefind): writes the production server's configuration from
 * src/data/http-headers.ts — deploy/nginx/otp-help.conf (an nginx snippet) and dist/_headers (static hosts) —
 * and a gzip and a Brotli copy beside every text file, for nginx's gzip_static / brotli_static.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { precompressed } from '../data/http-headers';
import { cspHeader, headersFile, nginxSnippet } from '../lib/server-config';
import { listFiles } from './files';

/** A file's URL path: dist/faq/index.html → /faq/, dist/404.html → /404.html. */
const urlPath = (root: string, file: string) => `/${relative(root, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

export default function serverConfig(): AstroIntegration {
  return {
    name: 'otp-help:server-config',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = listFiles(root);
        const pages = all.filter((f) => f.endsWith('.html'));
        const metas = pages.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<meta http-equiv="content-security-policy" content="([^"]+)"/gi)].map((m) => m[1]!));
        const csp = cspHeader(metas);

        const out = fileURLToPath(new URL('../../deploy/nginx/', import.meta.url));
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'otp-help.conf'), nginxSnippet(csp));
        writeFileSync(join(root, '_headers'), headersFile(csp, all.map((f) => urlPath(root, f)).sort()));

        let count = 0;
        for (const file of all) {
          if (!precompressed.some((ext) => file.endsWith(ext))) continue;
          const body = readFileSync(file);
          writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
          writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
          count++;
        }
        logger.info(`wrote deploy/nginx/otp-help.conf, dist/_headers, and gzip and Brotli copies of ${count} files`);
      },
    },
  };
}
