// Open Graph images: CPU time and bytes per card, over the first 200 articles of the
// generated corpus (the titles the scale benchmark builds) plus a few edge cases. CPU time
// is counted twice: on the main thread (drawing, packing) and in the whole process (with
// the deflating, which runs on libuv's thread pool).
// Run alone: npm run -s bench:og
import { readFileSync } from 'node:fs';
import { longDate } from '../../src/lib/dates.ts';
import { ogPng, type OgCard } from '../../src/lib/og/image.ts';
import { generateCorpus } from '../generate-corpus.ts';
import type { BenchPart } from './types.ts';

/** Per card, with 1,000 articles in mind: ≤ 3 CPU-ms (3 s at N = 1,000) and ≤ 8 KB (8 MB). */
const BUDGET = { cpuMs: 3, bytes: 8_000 };
const COUNT = 200;

const field = (text: string, name: string) => JSON.parse(text.match(new RegExp(`^\\s*${name}: (.*)$`, 'm'))![1]!) as string;

function corpusCards(): OgCard[] {
  const seed = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8');
  return generateCorpus({ count: COUNT }, seed).map(([, text]) => ({
    siteName: 'Folio',
    section: 'Opinion',
    title: field(text, 'title'),
    author: field(text, 'name'),
    source: `${field(text, 'publisher')}, ${longDate(new Date(field(text, 'date')))}`,
  }));
}

const EDGE_CASES: Record<string, string> = {
  short: 'On Trust',
  seed: 'Turning a Happy Hour Into a Happy Alliance',
  cyrillic: 'Превращение дружеской встречи в настоящий союз',
  '140 characters':
    'Why the Eastern Partnership Needs a Second Act: Energy, Migration, Trade and the Long Shadow of the Frozen Conflicts on Europe’s Edge Today',
};

const ms = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1000;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

export async function runOgImage(): Promise<string[]> {
  const cards = corpusCards();
  // The first card pays for loading the fonts and rasterising its glyphs (cached for the build).
  let start = process.cpuUsage();
  await ogPng(cards[0]!);
  console.log(`first card (fonts loaded, glyph cache empty): ${ms(process.cpuUsage(start)).toFixed(1)} CPU-ms`);

  const bytes: number[] = [];
  start = process.cpuUsage();
  const mainStart = process.threadCpuUsage();
  const wall = performance.now();
  for (const card of cards) bytes.push((await ogPng(card)).length);
  const perCard = ms(process.cpuUsage(start)) / cards.length;
  const mainPerCard = ms(process.threadCpuUsage(mainStart)) / cards.length;
  const wallPerCard = (performance.now() - wall) / cards.length;
  const mean = bytes.reduce((a, b) => a + b, 0) / bytes.length;
  console.log(
    `${cards.length} generated articles, one card at a time: ${perCard.toFixed(2)} CPU-ms a card in all, ${mainPerCard.toFixed(2)} on the main thread (${wallPerCard.toFixed(2)} ms wall); budget ≤ ${BUDGET.cpuMs} in all`,
  );
  console.log(
    `  bytes: mean ${Math.round(mean)}, median ${percentile(bytes, 0.5)}, 95th percentile ${percentile(bytes, 0.95)}, max ${Math.max(...bytes)}; budget ≤ ${BUDGET.bytes} a card`,
  );
  console.log(
    `  at N = 1,000: ≈ ${perCard.toFixed(1)} CPU-s (${mainPerCard.toFixed(1)} s on the main thread) and ${((mean * 1000) / 1e6).toFixed(1)} MB of dist/`,
  );
  for (const [name, title] of Object.entries(EDGE_CASES))
    console.log(
      `  ${name} title (${title.length} characters): ${(await ogPng({ ...cards[0]!, title, author: 'Dmitry Trenin', source: 'The Moscow Times, 21 November 2010' })).length} bytes`,
    );

  const failures: string[] = [];
  if (perCard > BUDGET.cpuMs) failures.push(`${perCard.toFixed(2)} CPU-ms a card (budget ${BUDGET.cpuMs})`);
  if (mean > BUDGET.bytes) failures.push(`${Math.round(mean)} bytes a card on average (budget ${BUDGET.bytes})`);
  return failures;
}

const part: BenchPart = { title: 'Open Graph images', run: runOgImage };
export default part;

if (import.meta.main) {
  const failures = await runOgImage();
  if (failures.length) console.log(`\nOver budget:\n  ${failures.join('\n  ')}`);
}
