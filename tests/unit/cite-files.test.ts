// The /cite/ files written in one pass at the end of the build: every article's three records,
// under cite/, byte for byte what the records module makes.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCiteFiles } from '../../src/integrations/cite-files.ts';
import { citeFiles } from '../../src/lib/citation/files.ts';
import { bibtex, cslJson, ris } from '../../src/lib/citation/records.ts';
import { seed, two } from './citation-inputs.ts';

describe('citeFiles', () => {
  it('names an article its BibTeX, RIS and CSL-JSON files', () => {
    expect(citeFiles('seed', seed)).toEqual([
      ['seed.bib', bibtex(seed)],
      ['seed.ris', ris(seed)],
      ['seed.json', `${JSON.stringify(cslJson(seed))}\n`],
    ]);
  });
});

describe('writeCiteFiles', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every file it is handed under cite/', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cite-files-'));
    const ids = Array.from({ length: 40 }, (_, i) => `article-${i}`);
    const written = await writeCiteFiles(dir, function* () {
      for (const id of ids) yield* citeFiles(id, id.endsWith('7') ? two : seed);
    });
    expect(written).toBe(120);
    expect(readdirSync(join(dir, 'cite'))).toHaveLength(120);
    expect(readFileSync(join(dir, 'cite', 'article-17.ris'), 'utf8')).toBe(ris(two));
    expect(readFileSync(join(dir, 'cite', 'article-3.bib'), 'utf8')).toBe(bibtex(seed));
  });
});
