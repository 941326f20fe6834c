// Writes N synthetic op-eds (valid frontmatter, 8–14 paragraphs with ¶ markers, some
// with headings, a Zipf-distributed vocabulary of real and made-up words) into a folder.
// Deterministic: the same --count and --seed always give the same files.
//   node tools/generate-corpus.ts --count 1000 --out /tmp/folio-corpus [--seed 1] [--russian 200] [--features]
// --russian N: N of the articles are in Russian (lang: ru; words from a Russian fixture and
// made-up Cyrillic ones), for measuring search across languages.
// --features: tables, footnotes, some articles without ¶ markers (tools/lib/corpus-features.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { featureBody } from './lib/corpus-features.ts';

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cyrillic syllables for the made-up words of Russian articles. */
const SYLLABLES_RU = [
  'ка',
  'ло',
  'ми',
  'тер',
  'сан',
  'вор',
  'ден',
  'при',
  'ста',
  'ну',
  'ров',
  'ель',
  'жи',
  'ско',
  'бра',
  'гу',
  'ость',
  'на',
  'пол',
  'чи',
];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'san',
  'vor',
  'del',
  'ish',
  'ur',
  'pen',
  'gra',
  'bel',
  'ton',
  'ric',
  'sta',
  'mon',
  'qui',
  'zer',
  'fal',
  'dun',
  'ol',
  'ent',
  'ast',
  'rel',
  'mar',
  'ves',
  'nor',
  'tic',
  'pho',
  'lan',
];
const FIRST = [
  'Anna',
  'Boris',
  'Clara',
  'Dmitri',
  'Elena',
  'Farid',
  'Grace',
  'Hugo',
  'Irina',
  'Jonas',
  'Kemal',
  'Lena',
  'Marek',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sergei',
  'Tamar',
];
const LAST = [
  'Abramova',
  'Brandt',
  'Castillo',
  'Dvorak',
  'Eriksen',
  'Fischer',
  'Gromov',
  'Haddad',
  'Ivanova',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Okafor',
  'Petrov',
  'Rossi',
  'Sato',
  'Tanaka',
  'Varga',
];
const TOPICS = [
  'NATO',
  'Russia',
  'European Union',
  'Energy',
  'Arms Control',
  'Missile Defense',
  'China',
  'Ukraine',
  'Baltic States',
  'Poland',
  'Germany',
  'France',
  'United States',
  'Middle East',
  'Iran',
  'Central Asia',
  'Caucasus',
  'Economy',
  'Trade',
  'Sanctions',
  'Elections',
  'Human Rights',
  'Media',
  'Migration',
  'Climate',
  'Arctic',
  'Cybersecurity',
  'Diplomacy',
  'Defense Budgets',
  'Nuclear Weapons',
  'Terrorism',
  'Afghanistan',
  'Balkans',
  'Turkey',
  'India',
  'Japan',
  'Oil and Gas',
  'Corruption',
  'Law',
  'History',
];
const PUBLISHERS = ['The Moscow Times', 'The Baltic Review', 'Central European Post', 'The Atlantic Ledger', 'Danube Daily'];

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** How many of the `count` articles are in Russian (the last ones). */
  russian?: number;
  /** Text whose Cyrillic words seed the Russian vocabulary. */
  russianText?: string;
  /** Tables, footnotes and a third without "¶" markers (tools/lib/corpus-features.ts). */
  features?: boolean;
}

/** Distinct author names for a corpus of `count` articles: about 3 in 100 (300 for 10,000), at least 3. */
function authorPool(count: number, random: () => number): string[] {
  const names = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`));
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [names[i], names[j]] = [names[j]!, names[i]!];
  }
  return names.slice(0, Math.min(names.length, Math.max(3, Math.round(count * 0.03))));
}

/** A Zipf draw from `items`: the first is the most frequent, as with real authors and topics. */
function zipfDraw<T>(items: readonly T[], random: () => number): () => T {
  const cumulative: number[] = [];
  items.forEach((_x, i) => cumulative.push((cumulative[i - 1] ?? 0) + 1 / (i + 1) ** 0.8));
  return () => {
    const r = random() * cumulative.at(-1)!;
    return items[cumulative.findIndex((c) => c >= r)]!;
  };
}

/** Years 2006–2025: 20 years of articles. */
const FIRST_YEAR = 2006;
const LAST_YEAR = 2025;

/** The generated articles as [file name, MDX text] pairs. */
export function generateCorpus(
  { count, seed = 1, russian = 0, russianText = '', features = false }: CorpusOptions,
  seedText: string,
): [string, string][] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

  // Vocabulary: the seed article's words, then made-up words, ranked for a Zipf draw.
  const body = seedText.replace(/^---\n[\s\S]*?\n---\n/, '');
  const real = [...new Set(body.toLowerCase().match(/[a-z]{3,}/g) ?? [])];
  const madeUp = new Set<string>();
  while (madeUp.size < 20_000) madeUp.add(Array.from({ length: int(2, 4) }, () => pick(SYLLABLES)).join(''));
  const zipf = (vocabulary: string[]) => {
    const cumulative: number[] = [];
    vocabulary.forEach((_w, i) => cumulative.push((cumulative[i - 1] ?? 0) + 1 / (i + 1)));
    return () => {
      const r = random() * cumulative[cumulative.length - 1]!;
      let [lo, hi] = [0, cumulative.length - 1];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < r) lo = mid + 1;
        else hi = mid;
      }
      return vocabulary[lo]!;
    };
  };
  const english = zipf([...real, ...madeUp]);
  let word = english;
  const russianWords = () => {
    const realRu = [...new Set(russianText.toLowerCase().match(/[а-яё]{3,}/g) ?? [])];
    const madeUpRu = new Set<string>();
    while (madeUpRu.size < 20_000) madeUpRu.add(Array.from({ length: int(2, 4) }, () => pick(SYLLABLES_RU)).join(''));
    return zipf([...realRu, ...madeUpRu]);
  };
  const sentence = () => {
    const words = Array.from({ length: int(8, 26) }, word);
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    return `${words.join(' ')}.`;
  };
  const title = () =>
    Array.from({ length: int(3, 8) }, word)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');

  // Authors, years and topics repeat as in a real archive: a few prolific authors, many occasional ones.
  const nextAuthor = zipfDraw(authorPool(count, random), random);
  const nextTopic = zipfDraw(TOPICS, random);
  const files: [string, string][] = [];
  for (let n = 1; n <= count; n++) {
    const inRussian = n > count - russian;
    if (inRussian && word === english) word = russianWords();
    const headline = title();
    const date = new Date(Date.UTC(int(FIRST_YEAR, LAST_YEAR), int(0, 11), int(1, 28))).toISOString().slice(0, 10);
    const author = nextAuthor();
    const tags = [...new Set(Array.from({ length: int(1, 3) }, nextTopic))];
    const publisher = pick(PUBLISHERS);
    const slug = `generated-${inRussian ? 'ru-' : ''}${String(n).padStart(5, '0')}`;
    const paragraphs = Array.from({ length: int(8, 14) }, () => Array.from({ length: int(3, 8) }, sentence).join(' '));
    const withHeadings = random() < 0.3;
    const heading = (i: number) => (withHeadings && i > 0 && i % 4 === 0 ? `## ${title()}\n\n` : '');
    const body = features
      ? featureBody(paragraphs, new Map(paragraphs.map((_p, i) => [i, heading(i)])), { random, int, word })
      : paragraphs.map((p, i) => `${heading(i)}¶${i + 1} ${p}`).join('\n\n');
    const frontmatter = [
      '---',
      `title: ${JSON.stringify(headline)}`,
      `description: ${JSON.stringify(paragraphs[0]!.split('. ')[0]! + '.')}`,
      'author:',
      `  name: ${JSON.stringify(author)}`,
      `  bio: ${JSON.stringify(`${author} is a columnist for ${publisher}.`)}`,
      `date: "${date}"`,
      `tags: ${JSON.stringify(tags)}`,
      'source:',
      `  url: "https://example.com/${slug}"`,
      `  publisher: ${JSON.stringify(publisher)}`,
      `disclaimer: ${JSON.stringify(`The views expressed in opinion pieces do not necessarily reflect the position of ${publisher}.`)}`,
      ...(inRussian ? ['lang: "ru"'] : []),
      '---',
    ].join('\n');
    files.push([`${slug}.mdx`, `${frontmatter}\n\n${body}\n`]);
  }
  return files;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      russian: { type: 'string', default: '0' },
      features: { type: 'boolean', default: false },
    },
  });
  if (!values.out) {
    console.error('Usage: node tools/generate-corpus.ts --count N --out DIR [--seed S] [--features]');
    process.exit(2);
  }
  const seedText = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8');
  const russianText = readFileSync('tests/fixtures/i18n-content/rechnye-paromy-zimoy.mdx', 'utf8');
  const files = generateCorpus(
    { count: Number(values.count), seed: Number(values.seed), russian: Number(values.russian), russianText, features: values.features },
    seedText,
  );
  rmSync(values.out, { recursive: true, force: true });
  mkdirSync(values.out, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(values.out, name), text);
  console.log(`Wrote ${files.length} articles to ${values.out}`);
}
