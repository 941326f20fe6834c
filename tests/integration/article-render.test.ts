// Renders an article with headings and checks the table of contents and heading anchors
// in the built HTML (the seed op-ed has no headings, so the browser tests can't).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './build-fixture.ts';

let html = '';

beforeAll(async () => {
  const dist = await builtSite('tests/fixtures/render-paths');
  html = readFileSync(join(dist, 'articles/article-with-headings/index.html'), 'utf8');
});

describe('an article with headings', () => {
  it('gets a table of contents listing its h2 and h3 headings, with clean names', () => {
    const toc = /<nav class="toc" aria-label="Contents">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    const links = [...toc.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['why-it-matters', 'Why it matters'],
      ['a-heading-with-code--symbols', 'A heading with code &amp; symbols!?'],
      ['why-it-matters-1', 'Why it matters'],
    ]);
  });

  it('puts an accessible anchor link after each heading, outside it', () => {
    // Other attributes (such as data-pagefind-ignore) may follow href.
    expect(html).toMatch(
      /<div class="heading-wrapper"><h2 id="why-it-matters">Why it matters<\/h2><a class="heading-anchor" href="#why-it-matters"[^>]*><span class="visually-hidden">Section titled “Why it matters”<\/span><\/a><\/div>/,
    );
    expect(html).toMatch(
      /<h3 id="a-heading-with-code--symbols">A heading with <code>code<\/code> &amp; symbols!\?<\/h3><a class="heading-anchor" href="#a-heading-with-code--symbols"[ >]/,
    );
    // In the article body (cards elsewhere on the page link their titles).
    const body = html.slice(html.indexOf('<div class="prose">'), html.indexOf('<footer class="article-end">'));
    expect(body).not.toMatch(/<h[1-6][^>]*>[^<]*<a /);
    expect(html).not.toMatch(/class="heading-anchor"[^>]*(aria-hidden|tabindex)/);
  });

  it('keeps paragraph ids across headings', () => {
    for (const n of [1, 2, 3, 4]) expect(html).toMatch(new RegExp(`<p id="p${n}" data-paragraph="${n}"[ >]`));
  });
});
