// robots.txt: everything may be crawled; the sitemap's address follows the configured site.
import type { APIRoute } from 'astro';
import { absolute } from '../lib/articles/links.ts';
import { withBase } from '../lib/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(withBase('sitemap-index.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
