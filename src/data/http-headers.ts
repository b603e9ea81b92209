/**
 * How the built site is served in production: the one source of truth for the response headers. The build
 * writes from it an nginx configuration (deploy/nginx/otp-help.conf) and a `_headers` file for static hosts
 * (Netlify, Cloudflare Pages); `npm run serve:prod` serves dist/ through real nginx with it.
 * The Content-Security-Policy's directives are shared with Astro's <meta> policy (astro.config.mjs).
 */

/**
 * The CSP directives the site needs, besides the hashes Astro adds for its own inline scripts and styles:
 * nothing but the site itself; Pagefind needs 'wasm-unsafe-eval' and workers from blob:.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self' blob:",
] as const;
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
export const styleSources = ["'self'"] as const;

/**
 * Only a header can say these: no other site may frame any page (the classic set-up for a phishing page around
 * the practice page), nor can a <meta> policy.
 */
export const headerOnlyDirectives: readonly string[] = ["frame-ancestors 'none'"];

/** Sent with every response. */
export const securityHeaders: Readonly<Record<string, string>> = {
  /** Browsers only ever use HTTPS for this host, for two years (the site has no other subdomains to cover). */
  'Strict-Transport-Security': 'max-age=63072000',
  /** A file is what its Content-Type says, never sniffed into a script. */
  'X-Content-Type-Options': 'nosniff',
  /** Other sites learn at most that a visitor came from this origin, never which answer they read. */
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  /** Powerful features the site never uses are off, for it and anything it might embed. */
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()',
};

export interface CacheRule {
  /** What the rule covers, for people. */
  what: string;
  /** nginx `location` (prefix, `=` exact, or `~` regular expression). */
  location: string;
  /** Netlify / Cloudflare `_headers` patterns for whole directories; other files are listed by name at build. */
  headersPaths: readonly string[] | null;
  cacheControl: string;
}

/**
 * Caching, most specific first. HTML is revalidated on every visit so that a corrected answer is seen at once;
 * files whose names carry a hash of their content never change and are kept for a year.
 */
export const cacheRules: readonly CacheRule[] = [
  {
    what: 'the environment checker: its HEAD request reads the server clock from this response, which must never come from a cache',
    location: '= /check/',
    headersPaths: null,
    cacheControl: 'no-store',
  },
  {
    what: "Astro's hashed scripts and styles",
    location: '/_astro/',
    headersPaths: ['/_astro/*'],
    cacheControl: 'public, max-age=31536000, immutable',
  },
  {
    what: "Pagefind's index files, named by a hash of their content (Pagefind documents them as cacheable indefinitely)",
    location: '~ ^/pagefind/.+\\.pf_[a-z]+$',
    headersPaths: ['/pagefind/fragment/*', '/pagefind/index/*'],
    cacheControl: 'public, max-age=31536000, immutable',
  },
  {
    what: "Pagefind's entry files (pagefind.js, pagefind-entry.json, the wasm): same names every build, so revalidated",
    location: '/pagefind/',
    headersPaths: null,
    cacheControl: 'no-cache',
  },
  {
    what: 'pages and every other file: revalidated on every visit (304 when unchanged)',
    location: '/',
    headersPaths: null,
    cacheControl: 'no-cache',
  },
];

/** Files written compressed at build (gzip and Brotli beside the original) and served as such. */
export const precompressed: readonly string[] = ['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt'];
