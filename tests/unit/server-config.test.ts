import { describe, expect, it } from 'vitest';
import { cspHeader, headersFile, nginxSnippet, ruleFor } from '../../src/lib/server-config';

const meta = [
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-BBB='",
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-CCC=' 'sha256-AAA='; style-src 'self' 'sha256-BBB='",
];

describe('cspHeader', () => {
  it('allows the site only, forbids framing, and carries every hash the pages use', () => {
    const csp = cspHeader(meta);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-CCC='");
    expect(csp).toContain("style-src 'self' 'sha256-BBB='");
    expect(csp).not.toMatch(/https?:|\*|unsafe-inline/);
  });
});

describe('ruleFor', () => {
  it('matches as nginx does: exact, then expression, then longest prefix', () => {
    expect(ruleFor('/check/').cacheControl).toBe('no-store');
    expect(ruleFor('/_astro/a.1234.js').cacheControl).toContain('immutable');
    expect(ruleFor('/pagefind/pagefind.ja_1a2b.pf_meta').cacheControl).toContain('immutable');
    expect(ruleFor('/pagefind/pagefind.js').cacheControl).toBe('no-cache');
    expect(ruleFor('/faq/').cacheControl).toBe('no-cache');
  });
});

describe('nginxSnippet', () => {
  const conf = nginxSnippet(cspHeader(meta));
  it('sends every header in every location, with errors too', () => {
    const locations = conf.split('location ').slice(1);
    expect(locations.length).toBeGreaterThanOrEqual(4);
    for (const loc of locations) {
      for (const h of ['Content-Security-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cache-Control']) {
        expect(loc).toMatch(new RegExp(`add_header ${h} "[^"]+" always;`));
      }
    }
    expect(conf).toContain('gzip_static on;');
    expect(conf).toContain('error_page 404 /404.html;');
  });
});

describe('headersFile', () => {
  it('gives each path one Cache-Control, by the same rules as nginx', () => {
    const file = headersFile(cspHeader(meta), ['/', '/check/', '/faq/', '/pagefind/pagefind.js', '/pagefind/pagefind.ja_1.pf_meta', '/_astro/x.js', '/pagefind/fragment/ja_1.pf_fragment']);
    const block = (path: string) => file.split('\n\n').find((b) => b.startsWith(`${path}\n`));
    expect(block('/check/')).toContain('Cache-Control: no-store');
    expect(block('/faq/')).toContain('Cache-Control: no-cache');
    expect(block('/_astro/*')).toContain('immutable');
    expect(block('/pagefind/pagefind.ja_1.pf_meta')).toContain('immutable');
    expect(block('/_astro/x.js')).toBeUndefined();
    expect(file.split('\n').filter((l) => l === '/*')).toHaveLength(1);
  });
});
