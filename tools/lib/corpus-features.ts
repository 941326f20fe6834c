// `--features` for tools/generate-corpus.ts: articles shaped like ones authors write in
// ordinary MDX, for benchmarks: a GFM table, two footnotes, and a third of them without
// "¶" markers (numbered by the build, docs/paragraph-ids.md).

export interface FeatureTools {
  random: () => number;
  int: (lo: number, hi: number) => number;
  word: () => string;
}

/** The body from its paragraphs' texts (each without a marker) and heading lines ("## …" before paragraph i). */
export function featureBody(paragraphs: string[], headings: Map<number, string>, { random, int, word }: FeatureTools): string {
  const marked = random() >= 1 / 3;
  const rows = Array.from({ length: int(3, 8) }, () => `| ${word()} | ${int(1990, 2025)} | ${int(10, 99_999).toLocaleString('en')} |`);
  const table = [`Table: ${word()} by year`, '', '| Name | Year | Total |', '| ---- | ---: | ----: |', ...rows].join('\n');
  const blocks = paragraphs.map((text, i) => {
    const note = i === 0 || i === 2 ? `[^n${i}]` : '';
    const sentenceEnd = text.indexOf('. ') + 1 || text.length;
    const p = `${marked ? `¶${i + 1} ` : ''}${text.slice(0, sentenceEnd)}${note}${text.slice(sentenceEnd)}`;
    return `${headings.get(i) ?? ''}${p}${i === 1 ? `\n\n${table}` : ''}`;
  });
  const notes = [0, 2].map((i) => `[^n${i}]: ${Array.from({ length: int(6, 16) }, word).join(' ')}.`);
  return [...blocks, ...notes].join('\n\n');
}
