// The committed article must carry the seed's words, in order: nothing lost, added or
// "corrected" beyond the two rejoined paragraph splits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const seed = readFileSync('tests/fixtures/seed/000_88b5449c8e31528e.txt', 'utf8');
const mdx = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8');

const normalise = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').split(/\s+/).filter(Boolean);

/** The seed's body: the lines between the date line and the author's bio line. */
function seedBody(): string {
  const lines = seed.split('\n');
  const start = lines.findIndex((l) => /^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(l.trim())) + 1;
  const end = lines.findIndex((l) => l.startsWith('Dmitry Trenin is director'));
  return lines.slice(start, end).join('\n');
}

function articleBody(): { words: string[]; paragraphs: string[] } {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const paragraphs = body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { words: normalise(paragraphs.map((p) => p.replace(/^¶\d+[a-z]* /, '')).join('\n')), paragraphs };
}

describe('seed fidelity', () => {
  it('has the seed body words in order', () => {
    expect(articleBody().words).toEqual(normalise(seedBody()));
  });

  it('has ten paragraphs, the two mid-sentence splits rejoined', () => {
    const { paragraphs } = articleBody();
    expect(paragraphs).toHaveLength(10);
    expect(paragraphs.every((p, i) => p.startsWith(`¶${i + 1} `))).toBe(true);
    expect(paragraphs[1]).toContain('Baltic states. It is Moscow’s responsibility'.replace('’', "'"));
    expect(paragraphs[7]).toContain('embrace of the country\'s "non-bloc" status');
  });

  it('keeps the bio, disclaimer and source URL from the seed in the frontmatter', () => {
    const bio = seed.split('\n').find((l) => l.startsWith('Dmitry Trenin is director'))!;
    const disclaimer = /^\*(.+)\*$/m.exec(seed)![1]!;
    const url = /<(https:[^>]+)>/.exec(seed)![1]!;
    expect(mdx).toContain(`bio: "${bio.trim()}"`);
    expect(mdx).toContain(`disclaimer: "${disclaimer}"`);
    expect(mdx).toContain(`url: "${url}"`);
  });
});
