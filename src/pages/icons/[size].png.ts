// The web app manifest's icons (src/pages/manifest.webmanifest.ts): /icons/192.png and /icons/512.png.
import type { APIRoute, GetStaticPaths } from 'astro';
import { appIconPng } from '../../lib/reader/app-icon.ts';
import { ICON_SIZES } from '../../lib/reader/manifest.ts';
import { cacheKey } from '../../lib/articles/cache-key.ts';

// Drawn by code alone (in the page's code hash): the size is the whole key (incremental builds).
export const getStaticPaths = (() =>
  ICON_SIZES.map((size) => ({ params: { size: String(size) }, cacheKey: cacheKey({ size }) }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await appIconPng(Number(params['size']))), { headers: { 'Content-Type': 'image/png' } });
