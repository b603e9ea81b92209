import type { APIRoute } from 'astro';

/** Search engines may read the customer pages; the staff reference and the search page are not for them. */
export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', 'Disallow: /staff/', 'Disallow: /search/', `Sitemap: ${new URL('sitemap-index.xml', site)}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
