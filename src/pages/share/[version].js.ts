// The sharing script, bundled at build time: /share/<content hash>.js (see src/lib/share-bundle.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareBundle } from '../../lib/share-bundle.ts';

export const getStaticPaths = (async () => [{ params: { version: (await shareBundle()).version } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response((await shareBundle()).code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
