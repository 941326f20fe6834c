// Writes `_headers` into the build output (Netlify, Cloudflare Pages and others read it):
// the same Content-Security-Policy Astro puts in each page's <meta>, sent as an HTTP header,
// plus the security headers a <meta> cannot carry. Astro puts the hashes of every script and
// style sheet of the build into every page's <meta>, even of files loaded from 'self' (which
// need none): each page's policy is cut down to the hashes of the inline scripts and styles that
// page holds (src/lib/csp/page-policy.ts, as the page is rendered), and the header policy allows
// the union of those.
import { readFileSync, writeFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trimPagePolicy } from '../lib/csp/page-policy.ts';

/** Headers sent with every file, besides the CSP. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Strict-Transport-Security': 'max-age=31536000',
};

/** Directives that only work in a header, not in a <meta> policy. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** Merges CSP strings: the union of the sources of each directive, in first-seen order. */
export function mergePolicies(policies: string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The text of the `_headers` file for a site whose base path is `base`. */
export function headersFile(policy: string, base: string): string {
  const all = `${base.endsWith('/') ? base : `${base}/`}*`;
  const lines = [
    '# Security headers for static hosts that read _headers (Netlify, Cloudflare Pages).',
    '# Written at build time by src/integrations/security-headers.ts; see README.md for other hosts.',
    all,
    `  Content-Security-Policy: ${[policy, ...HEADER_ONLY_DIRECTIVES].join('; ')}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    `${all.slice(0, -1)}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    // The service worker is checked for updates on every visit; a cached copy would delay a deploy.
    `${all.slice(0, -1)}sw.js`,
    '  Cache-Control: no-cache',
  ];
  return `${lines.join('\n')}\n`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'folio-security-headers',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        // Each page's policy is cut as the page is rendered, so that the pass below need not write the pages again.
        addMiddleware({ entrypoint: new URL('./page-csp-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies = new Set<string>();
        for (const file of await htmlFiles(outDir)) {
          // Synchronous reads and writes: for a thousand small pages several times cheaper than fs.promises.
          // The pages were trimmed as they were rendered (page-csp-middleware.ts): this reads their
          // policies for the header and rewrites only a page that was not.
          const page = readFileSync(file, 'utf8');
          const { html, policy } = trimPagePolicy(page);
          if (policy === undefined) continue;
          policies.add(policy);
          if (html !== page) writeFileSync(file, html);
        }
        if (policies.size === 0) throw new Error('No page has a Content-Security-Policy <meta>: is security.csp on?');
        await writeFile(join(outDir, '_headers'), headersFile(mergePolicies([...policies]), base));
        logger.info(`_headers written (${policies.size} distinct page policies merged)`);
      },
    },
  };
}
