// The frontmatter schema of an article. Pure Zod (Astro's copy, Zod 4), so the
// content collection, the editor scripts and the unit tests share one definition.
import { z } from 'astro/zod';
import { smartPunctuation } from '../../markdown/remark-typography.ts';

/** A calendar date written as a quoted ISO string; impossible dates are refused, never rolled over. */
export const isoDate = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is required: write a quoted ISO date such as "2010-11-21"'
        : `must be a quoted ISO date such as "2010-11-21" (found ${describe(issue.input)}; an unquoted YAML date is read as a timestamp)`,
  })
  .refine(isRealIsoDate, {
    error: (issue) => `must be a real calendar date written YYYY-MM-DD (found "${String(issue.input)}")`,
  })
  .transform((s) => new Date(`${s}T00:00:00Z`));

/** An absolute http(s) URL; `javascript:`, `data:` and relative URLs are refused. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  error: (issue) => `must be an absolute http(s) URL such as "https://example.com/page" (found ${describe(issue.input)})`,
});

const text = (what: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `is required: ${what}` : `must be text: ${what} (found ${describe(issue.input)})`),
    })
    .trim()
    .min(1, { error: `must not be empty: ${what}` });

/** Text a reader sees as prose: set with the same curly quotes and dashes as the article body. */
const prose = (what: string) => text(what).transform((s) => smartPunctuation(s));

const person = z.strictObject(
  {
    name: text("the author's name"),
    bio: prose('one sentence about the author, such as their position').optional(),
    url: httpUrl.optional(),
    family: text('the family name, where it is not the last word of the name ("van Beethoven")').optional(),
  },
  { error: (issue) => (issue.input === undefined ? 'is required: author:\n  name: "…"' : `${unknownKeys(issue)}`) },
);

const fields = z.strictObject(
  {
    title: prose('the headline'),
    description: prose('a one- or two-sentence standfirst, shown in lists and in link previews'),
    author: person.optional(),
    authors: z
      .array(person, { error: 'must be a list of authors, each with a name' })
      .min(1, { error: 'must name at least one author' })
      .optional(),
    /** For a translated piece: who translated it, and from which language. */
    translator: text("the translator's name").optional(),
    originalLanguage: text('the language the article was first written in, such as "Russian"').optional(),
    date: isoDate,
    updated: isoDate.optional(),
    source: z.strictObject(
      {
        url: httpUrl,
        publisher: text('the name of the original publication, such as "The Moscow Times"'),
      },
      { error: (issue) => (issue.input === undefined ? 'is required: source:\n  url: "https://…"\n  publisher: "…"' : unknownKeys(issue)) },
    ),
    disclaimer: prose('the publisher’s disclaimer shown under the article'),
    section: text('the section, such as "Opinion"').default('Opinion'),
    tags: z.array(text('a tag')).default([]),
    /** Paragraph numbers deleted from the article, each with the notice shown to a reader who follows an old link. */
    retiredParagraphs: z
      .record(
        z.string().regex(/^\d+[a-z]*$/, { error: 'must be a paragraph number such as "5" or "4a"' }),
        prose('the notice shown for a deleted paragraph'),
      )
      .default({}),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as "en" or "en-GB"' })
      .default('en'),
    /** The same key on every language version of one piece: they link to each other as translations. */
    translationKey: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a lower-case key such as "river-ferries", shared by the translations of one piece' })
      .optional(),
  },
  { error: (issue) => unknownKeys(issue) },
);

/** One `author:` or a list of `authors:`, never both; the output has `authors` only. */
export const articleSchema = fields
  .superRefine((data, ctx) => {
    if (!data.author && !data.authors)
      ctx.addIssue({ code: 'custom', path: ['author'], message: 'is required: author:\n  name: "…" (or a list under authors:)' });
    if (data.author && data.authors)
      ctx.addIssue({ code: 'custom', path: ['authors'], message: 'cannot be given with author: keep one of the two' });
  })
  .transform(({ author, authors, ...rest }) => ({ ...rest, authors: authors ?? (author ? [author] : []) }));

export type ArticleData = z.output<typeof articleSchema>;

export function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function describe(value: unknown): string {
  if (value instanceof Date) return `the unquoted date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return `"${value}"`;
  if (value === null) return 'nothing';
  return typeof value === 'object' ? 'a list or group' : String(value);
}

function unknownKeys(issue: { code?: string; keys?: string[]; input?: unknown }): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling (fields: title, description, author, authors, translator, originalLanguage, date, updated, source, disclaimer, section, tags, retiredParagraphs, lang, translationKey)`;
  }
  return `must be a group of fields (found ${describe(issue.input)})`;
}
