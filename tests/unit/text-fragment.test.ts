// Building text directives against a model of the page's text and reading them back with
// the matching rules of the Text Fragments spec (case-insensitive, whole words, first match).
import { describe, expect, it } from 'vitest';
import { directiveFor, Matcher, parseTextDirective, serialize, wordRange, type PageText } from '../../src/lib/text-fragment.ts';

/** A page of blocks; `[` `]` mark the selection (removed from the text). */
function page(...blocks: string[]): { page: PageText; start: number; end: number; m: Matcher } {
  const marked = blocks.join('\n');
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  return { page: { text }, start, end, m: new Matcher(text, 'en') };
}
const link = (p: ReturnType<typeof page>) => directiveFor(p.page, p.start, p.end, p.m);
const landsOn = (p: ReturnType<typeof page>, directive: string) => {
  const parsed = parseTextDirective(`#p1:~:${directive}`)!;
  return p.m.match(parsed.directive);
};

describe('the matcher', () => {
  const text = 'Happy Hour\nThe happy hour in Russia. NATO and Russia met; later NATO and Russia parted.';
  const m = new Matcher(text, 'en');
  const at = (s: string, from = 0) => [text.indexOf(s, from), text.indexOf(s, from) + s.length];
  it('is case-insensitive and takes the first match on the page', () => {
    expect(m.match({ start: 'happy hour' })).toEqual([0, 10]);
  });
  it('matches whole words only', () => {
    expect(m.match({ start: 'ussia' })).toBeNull();
    expect(m.match({ start: 'Russia. NATO' })).toEqual(at('Russia. NATO'));
  });
  it('honours prefix, end and suffix', () => {
    const second = at('NATO and Russia', text.indexOf('later'));
    expect(m.match({ prefix: 'later', start: 'NATO and Russia' })).toEqual(second);
    expect(m.match({ start: 'NATO', end: 'Russia', suffix: 'parted' })).toEqual([at('NATO')[0], second[1]]);
  });
  it('never matches across a block break', () => {
    expect(m.match({ start: 'Hour The' })).toBeNull();
  });
});

describe('building a directive', () => {
  it('quotes a short passage whole, encoding "-" and ","', () => {
    const p = page('In [Russia-NATO, today] we met.');
    expect(link(p)).toBe('text=Russia%2DNATO%2C%20today');
  });
  it('adds context when the words occur earlier on the page, in any case', () => {
    const p = page('Turning a Happy Hour', 'For the [happy hour] in Russia-NATO relations');
    const d = link(p)!;
    expect(d).toBe('text=happy%20hour,-in');
    expect(landsOn(p, d)).toEqual([p.start, p.end]);
  });
  it('gives a long passage as start,end and lands exactly on it', () => {
    const p = page('[one two three four five six seven eight nine ten] eleven');
    expect(link(p)).toBe('text=one,ten');
    expect(landsOn(p, link(p)!)).toEqual([p.start, p.end]);
  });
  it('makes every selection of whole words on a repetitive page land on itself', () => {
    const text = [
      'NATO and Russia',
      'NATO and Russia met. Later, NATO and Russia parted; NATO met Russia.',
      'Russia and NATO, NATO and Russia.',
    ].join('\n');
    const m = new Matcher(text, 'en');
    const words = [...text.matchAll(/[\p{L}]+/gu)].map((w) => [w.index, w.index + w[0].length] as const);
    let made = 0;
    for (let i = 0; i < words.length; i++)
      for (let j = i; j < words.length; j++) {
        const d = directiveFor({ text }, words[i]![0], words[j]![1], m);
        if (!d) continue;
        made++;
        expect(m.match(parseTextDirective(`#x:~:${d}`)!.directive)).toEqual([words[i]![0], words[j]![1]]);
      }
    expect(made).toBeGreaterThan(words.length * 4);
  });
});

describe('the words of a selection', () => {
  it('widens a selection that cuts words, the apostrophe of "Senate’s" included', () => {
    const p = page('the U.S. Senate[’s ratification of New ST]ART.');
    expect(p.page.text.slice(...wordRange(p.page, p.start, p.end, p.m)!)).toBe('Senate’s ratification of New START');
  });
  it('leaves out control labels (a ¶ link) at the edges', () => {
    const text = 'as to how. ¶1\nIt is good';
    const article = [...text].map((_, i) => !(i >= 11 && i <= 12));
    const m = new Matcher(text, 'en');
    expect(text.slice(...wordRange({ text, article }, 0, text.indexOf('It'), m)!)).toBe('as to how.');
  });
});

describe('reading a directive back', () => {
  it('parses prefix, start, end and suffix, and serializes them again', () => {
    const parsed = parseTextDirective('#p7:~:text=a%20b-,start,end,-c')!;
    expect(parsed).toEqual({ id: 'p7', directive: { prefix: 'a b', start: 'start', end: 'end', suffix: 'c' } });
    expect(serialize(parsed.directive)).toBe('text=a%20b-,start,end,-c');
    expect(parseTextDirective('#p7')).toBeNull();
  });
});
