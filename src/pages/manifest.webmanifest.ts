// /manifest.webmanifest, linked from every page's <head> (BaseLayout).
import type { APIRoute } from 'astro';
import { webManifest } from '../lib/reader/manifest.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'application/manifest+json' } });
