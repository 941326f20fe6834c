// The web app manifest: what Chromium needs to offer to install the site (a name, a start URL
// in scope, a display mode and icons of 192 and 512 px), and the colours of its window.
import { SITE_DESCRIPTION, SITE_NAME } from '../site.ts';

export const ICON_SIZES = [192, 512] as const;

/** The tokens' light background and the favicon's accent (src/styles/tokens.css, src/assets/favicon.svg). */
export const THEME_COLOURS = { background: '#fcfbf8', theme: '#7a2a10' };

export function webManifest(base: string): object {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: SITE_DESCRIPTION,
    lang: 'en',
    start_url: root,
    scope: root,
    id: root,
    display: 'standalone',
    background_color: THEME_COLOURS.background,
    theme_color: THEME_COLOURS.theme,
    icons: ICON_SIZES.map((size) => ({ src: `${root}icons/${size}.png`, sizes: `${size}x${size}`, type: 'image/png' })),
  };
}
