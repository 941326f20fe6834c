// Cuts each rendered page's CSP <meta> to the hashes that page needs (src/lib/csp/page-policy.ts)
// before Astro writes it, so the pages are written once (security-headers.ts adds this middleware).
import { defineMiddleware } from 'astro:middleware';
import { trimPagePolicy } from '../lib/csp/page-policy.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const { html } = trimPagePolicy(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
