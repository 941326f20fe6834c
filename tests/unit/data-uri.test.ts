import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { svgDataUri } from '../../src/lib/data-uri.ts';

describe('svgDataUri', () => {
  it('percent-encodes what a URL or a double-quoted attribute cannot hold, and nothing else', () => {
    const uri = svgDataUri('<svg xmlns="http://www.w3.org/2000/svg">\n  <rect fill="#fff" width="100%"/>\n</svg>\n');
    expect(uri).toBe("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E %3Crect fill='%23fff' width='100%25'/%3E %3C/svg%3E");
    expect(uri).not.toMatch(/["<>#\s]{2}|[\n"<>#]/);
  });

  it('decodes back to the same drawing', () => {
    const svg = readFileSync('src/assets/favicon.svg', 'utf8');
    const decoded = decodeURIComponent(svgDataUri(svg).slice('data:image/svg+xml,'.length));
    expect(decoded).toBe(svg.trim().replace(/\s+/g, ' ').replace(/"/g, "'"));
  });
});
