// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/markdown/pipeline.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { sitemapAlternates } from './src/lib/articles/sitemap-alternates.ts';
import { contentDir } from './src/lib/articles/content-dir.ts';
import clientScripts from './src/integrations/client-scripts.ts';
import offline from './src/integrations/offline.ts';
import citeFiles from './src/integrations/cite-files.ts';
import ogCards from './src/integrations/og-cards.ts';
import contentGate from './src/integrations/content-gate.ts';
import incrementalLock from './src/integrations/incremental-lock.ts';

// Where the site is deployed: SITE_URL (origin, used for canonical URLs, feeds and the
// sitemap) and BASE_PATH (a sub-path such as /folio/, for project pages on static hosts).
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH || '/';
// Language versions of an article list each other in the sitemap (hreflang).
const alternates = sitemapAlternates(contentDir(), (id) => new URL(`${base.replace(/\/?$/, '/')}articles/${id}/`, site).href);

export default defineConfig({
  site,
  base,
  // FOLIO_OUT_DIR builds elsewhere than dist/ (tools/index-search.ts reads the same variable), and
  // FOLIO_CACHE_DIR moves Astro's cache (the content layer's store) with our own caches: the scale
  // bench builds each corpus with `npm run build` itself, clean, without touching the project's.
  outDir: process.env.FOLIO_OUT_DIR || 'dist',
  ...(process.env.FOLIO_CACHE_DIR && { cacheDir: `${process.env.FOLIO_CACHE_DIR}/astro` }),
  trailingSlash: 'always',
  // A page whose getStaticPaths() cacheKey and code are those of the last build is copied from
  // cacheDir/dist/ instead of rendered (src/lib/articles/cache-key.ts; docs/caches.md). FOLIO_CACHE=0
  // turns it off with our other caches; `astro build --force` renders every page (and records them).
  experimental: { incrementalBuild: process.env.FOLIO_CACHE !== '0' },
  // One shared style sheet (src/styles, imported by BaseLayout) cached across pages instead of a
  // copy inlined in each; only a tiny page-specific chunk (under Vite's 4 KB limit) is inlined.
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // The offline page is shown by the service worker in place of pages it has not kept: not a page to find.
  integrations: [
    contentGate(), // first: `npm run build` holds Astro here until the content check passes
    incrementalLock(), // one build at a time uses the incremental cache (see below)
    mdx(),
    sitemap({
      filter: (page) => !page.endsWith('/offline/'),
      serialize: (item) => {
        const links = alternates.get(item.url);
        return links ? { ...item, links } : item;
      },
    }),
    clientScripts(),
    securityHeaders(),
    offline(),
    citeFiles(),
    ogCards(),
  ],
  // Article images (Markdown ![alt](./x.jpg), through astro:assets): a srcset at the widths the
  // column needs; no inline styles (the CSP forbids them), article.css sizes them.
  image: { layout: 'constrained', responsiveStyles: false },
  markdown: {
    syntaxHighlight: false, // Shiki's inline styles would break the CSP
    // GFM is on by default (listing remark-gfm again ran it twice). Smart punctuation comes from
    // our remark-typography, which does what the built-in smartypants did at a fraction of the cost.
    processor: unified({
      smartypants: false,
      remarkPlugins,
      rehypePlugins: rehypePlugins(site),
    }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      // The head script (theme before first paint, the loader at the first interaction, service worker) is a
      // classic inline script, which Astro does not process: src/integrations/client-scripts.ts adds its hash.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
