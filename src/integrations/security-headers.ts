// Writes `_headers` into the build output (Netlify, Cloudflare Pages and others read it):
// the same Content-Security-Policy Astro puts in each page's <meta>, sent as an HTTP header,
// plus the security headers a <meta> cannot carry. Astro puts the hashes of every script and
// style sheet of the build into every page's <meta>, even of files loaded from 'self' (which
// need none): each page's policy is cut down here to the hashes of the inline scripts and
// styles that page holds, and the header policy allows the union of those.
import { createHash } from 'node:crypto';
import { closeSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** Inline elements a hash can allow: scripts that run (not data blocks such as JSON-LD, nor src=) and <style>. */
const INLINE = /<(script|style)((?:\s[^>]*)?)>([\s\S]*?)<\/\1>/gi;

/** The 'sha256-…' sources that `html`'s own inline scripts and styles need. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, tag, attributes = '', content = ''] of html.matchAll(INLINE)) {
    if (tag!.toLowerCase() === 'script' && (/\ssrc=/i.test(attributes) || /type="application\/(ld\+)?json"/i.test(attributes))) continue;
    hashes.add(`'sha256-${createHash('sha256').update(content).digest('base64')}'`);
  }
  return hashes;
}

/** `policy` without the hash sources that none of `needed` is. */
export function keepHashes(policy: string, needed: Set<string>): string {
  return policy.replace(/\s*'sha(?:256|384|512)-[^']*'/g, (source) => (needed.has(source.trim()) ? source : ''));
}

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

/**
 * Writes `text` over the file's old bytes and cuts what is left, instead of truncating it to zero first:
 * ext4 starts writing out a file truncated to zero and written again when it is closed: that cost
 * this pass about twice the system time on 10,000 pages just written (docs/benchmarks.md, render7).
 */
export function overwrite(file: string, text: string): void {
  const bytes = Buffer.from(text);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, 0);
    ftruncateSync(fd, bytes.length);
  } finally {
    closeSync(fd);
  }
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
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies = new Set<string>();
        for (const file of await htmlFiles(outDir)) {
          // Synchronous reads and writes: for a thousand small pages several times cheaper than fs.promises.
          const html = readFileSync(file, 'utf8');
          const found = META_CSP.exec(html);
          if (!found) continue;
          const written = found[1]!;
          const policy = keepHashes(written.replace(/&#39;/g, "'"), inlineHashes(html));
          policies.add(policy);
          const rewritten = written.includes('&#39;') ? policy.replace(/'/g, '&#39;') : policy;
          if (rewritten !== written) overwrite(file, html.replace(written, rewritten));
        }
        if (policies.size === 0) throw new Error('No page has a Content-Security-Policy <meta>: is security.csp on?');
        await writeFile(join(outDir, '_headers'), headersFile(mergePolicies([...policies]), base));
        logger.info(`_headers written (${policies.size} distinct page policies merged)`);
      },
    },
  };
}
