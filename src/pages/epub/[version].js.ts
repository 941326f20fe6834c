// The EPUB writer, bundled at build time: /epub/<content hash>.js (see src/lib/share-bundle.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { epubBundle } from '../../lib/share-bundle.ts';

export const getStaticPaths = (async () => [{ params: { version: (await epubBundle()).version } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response((await epubBundle()).code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
