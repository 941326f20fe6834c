// Checks every article before the build starts, and reports all problems at once, one
// line each: "file:line: field: what was found, what is expected". The frontmatter is
// checked with the collection's own schema (src/lib/articles/schema.ts) after the same
// YAML parse Astro does (js-yaml), so this check and the build never disagree on a field.
// The body is parsed and its paragraphs numbered exactly as the build does it (one parser,
// one set of rules: src/lib/paragraphs/numbering.ts).
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import type { Image, Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { articleFiles, entryId } from '../../src/lib/articles/files.ts';
import { articleSchema } from '../../src/lib/articles/schema.ts';
import { readMarker } from '../../src/lib/paragraphs/marker.ts';
import { foldTag } from '../../src/lib/archive/slugs.ts';
import { numberParagraphs } from '../../src/lib/paragraphs/numbering.ts';
import { parseMdx } from '../../src/markdown/parse-mdx.ts';

export interface Problem {
  file: string;
  line?: number;
  field: string;
  message: string;
}

/** The text that marks a field or paragraph `npm run new` left for the editor to write. */
export const PLACEHOLDER = /FILL[ -]IN/;

/** "file:line: field: message", on one line. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.field}: ${p.message.replace(/\s*\n\s*/g, ' ')}`;
}

/** Checks every article in `dir`. File names in the problems are shown relative to `cwd`. */
export function checkContentDir(dir: string, cwd = process.cwd()): { files: number; problems: Problem[]; unmarked: string[] } {
  const problems: Problem[] = [];
  const unmarked: string[] = [];
  const ids = new Map<string, string>();
  const spellings = new TagSpellings();
  const files = articleFiles(dir);
  for (const file of files) {
    const shown = relative(cwd, join(dir, file)).split(sep).join('/');
    const bytes = readFileSync(join(dir, file));
    const result = checkArticle(shown, bytes);
    problems.push(...result.problems);
    for (const tag of result.tags) problems.push(...spellings.check(shown, tag));
    if (result.unmarked) unmarked.push(shown);
    const id = entryId(file);
    const other = ids.get(id);
    if (other) {
      problems.push({
        file: shown,
        field: 'file',
        message: `its address /articles/${id}/ is already taken by ${other}: rename one of the two files`,
      });
    } else ids.set(id, shown);
  }
  return { files: files.length, problems, unmarked };
}

const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/**
 * Tag spellings seen so far across articles: a tag that differs from an earlier one only by case
 * or accents ("Nato" after "NATO") is a problem, since the two would otherwise split one topic.
 */
export class TagSpellings {
  private first = new Map<string, { tag: string; where: string }>();

  check(file: string, { tag, line }: { tag: string; line: number }): Problem[] {
    const key = foldTag(tag);
    const seen = this.first.get(key);
    if (!seen) {
      this.first.set(key, { tag, where: `${file}:${line}` });
      return [];
    }
    if (seen.tag === tag) return [];
    return [
      {
        file,
        line,
        field: 'tags',
        message: `"${tag}" differs only by case or accents from "${seen.tag}" (${seen.where}): spell the topic the same way everywhere`,
      },
    ];
  }
}

/** Checks one article file's bytes; `tags` are its tags with their lines, for the spelling check across files; `unmarked` counts paragraphs without a "¶" marker. */
export function checkArticle(
  file: string,
  bytes: Uint8Array | string,
): { problems: Problem[]; tags: { tag: string; line: number }[]; unmarked?: number } {
  const problems: Problem[] = [];
  const add = (field: string, message: string, line?: number) => problems.push({ file, field, message, ...(line ? { line } : {}) });

  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    add('file', 'is not UTF-8 text: save it as UTF-8 plain text');
    return { problems, tags: [] };
  }
  if (text.includes('\0')) {
    add('file', 'holds binary data (a NUL byte): an article must be UTF-8 plain text');
    return { problems, tags: [] };
  }
  text = text.replace(/\r\n?/g, '\n');

  const match = FRONTMATTER.exec(text);
  if (!match) {
    add(
      'frontmatter',
      'is missing: start the file with a "---" line, the fields (title, description, author, date, source, disclaimer), and a closing "---" line',
      1,
    );
    return { problems, tags: [] };
  }
  const openLine = lineAt(text, match.index + match[0].indexOf('---'));
  const rawFrontmatter = match[1]!;
  const closeLine = openLine + countLines(rawFrontmatter);
  const lines = rawFrontmatter.split('\n'); // lines[0] is the rest of the opening "---" line

  let data: unknown;
  try {
    data = yaml.load(rawFrontmatter);
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number } };
    add(
      'frontmatter',
      `is not valid YAML (${e.reason ?? String(error)}): check the quotes and indentation`,
      e.mark ? openLine + e.mark.line : openLine,
    );
    return { problems, tags: [] };
  }
  if (data === null || data === undefined) data = {};

  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const path = key ? [...issue.path.map(String), key] : issue.path.map(String);
        const line = fieldLine(lines, path);
        add(path.join('.') || 'frontmatter', issue.message, line === undefined ? openLine : openLine + line);
      }
    }
  }

  lines.forEach((l, i) => {
    const at = l.search(PLACEHOLDER);
    if (at !== -1)
      add(
        fieldName(lines, i),
        `is not filled in yet (found "${excerpt(l.slice(at).replace(/"$/, ''))}"): write the real value and delete the FILL IN note`,
        openLine + i,
      );
  });

  const body = text.slice(match.index + match[0].length);
  const checked = inspectBody(file, body, closeLine, retiredNumbers(data));
  problems.push(...checked.problems);
  const tags = parsed.success ? parsed.data.tags.map((tag) => ({ tag, line: openLine + tagLine(lines, tag) })) : [];
  return { problems, tags, unmarked: checked.unmarked };
}

/** The paragraph numbers listed under retiredParagraphs in raw frontmatter. */
function retiredNumbers(data: unknown): string[] {
  const retired = (data as { retiredParagraphs?: unknown } | undefined)?.retiredParagraphs;
  return retired && typeof retired === 'object' ? Object.keys(retired) : [];
}

/**
 * The article with a "¶N " marker written before each unmarked paragraph: the number the
 * build gives it now, so that later insertions keep it. Null when nothing needs writing
 * (or the file does not parse; the check reports that).
 */
export function freezeParagraphNumbers(text: string): string | null {
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  const bodyStart = match.index + match[0].length;
  let data: unknown;
  let tree: Root;
  try {
    data = yaml.load(match[1]!);
    tree = parseMdx(text.slice(bodyStart));
  } catch {
    return null;
  }
  const unmarked = numberParagraphs(tree, retiredNumbers(data)).paragraphs.filter((p) => !p.marker);
  if (unmarked.length === 0) return null;
  let out = text;
  for (const { node, number } of unmarked.reverse()) {
    const at = bodyStart + node.position!.start.offset!;
    out = `${out.slice(0, at)}¶${number} ${out.slice(at)}`;
  }
  return out;
}

export interface BodyCheck {
  problems: Problem[];
  /** How many paragraphs have no "¶" marker, so take the number the build gives them. */
  unmarked: number;
}

/** Checks the MDX body; `firstLine` is the file line its first (partial) line is on. */
export function checkBody(file: string, body: string, firstLine = 1, retired: readonly string[] = []): Problem[] {
  return inspectBody(file, body, firstLine, retired).problems;
}

/**
 * Parses the body as the build does (Sätteri, src/markdown/render-article.ts) and applies the
 * build's numbering rules (src/lib/paragraphs/numbering.ts). The first parse skips positions,
 * which halves its cost; only a body with a problem is parsed again to name the lines.
 */
export function inspectBody(file: string, body: string, firstLine = 1, retired: readonly string[] = []): BodyCheck {
  let tree: Root;
  try {
    tree = parseMdx(body, { position: false });
  } catch (error) {
    return { problems: [syntaxProblem(file, error, firstLine)], unmarked: 0 };
  }
  const hasImages = body.includes('!['); // walking the whole tree costs more than the parse
  let result = bodyProblems(file, tree, firstLine, retired, hasImages);
  if (result.problems.length) result = bodyProblems(file, parseMdx(body), firstLine, retired, hasImages);
  return result;
}

function bodyProblems(file: string, tree: Root, firstLine: number, retired: readonly string[], hasImages: boolean): BodyCheck {
  const problems: Problem[] = [];
  const add = (field: string, message: string, node?: Node) =>
    problems.push({ file, field, message, line: firstLine + (node?.position?.start.line ?? 1) - 1 });
  const { paragraphs, unmarked, problems: numbering } = numberParagraphs(tree, retired);
  if (paragraphs.length === 0) add('body', 'has no paragraphs: an article needs at least one paragraph of text');
  for (const problem of numbering) {
    const { number, node } = problem.paragraph;
    if (problem.kind === 'duplicate')
      add(
        'body',
        `paragraph marker "¶${number}" is used twice (first on line ${firstLine + (problem.first.node.position?.start.line ?? 1) - 1}): give each paragraph its own number`,
        node,
      );
    else
      add(
        'body',
        `paragraph "¶${number}" is listed in retiredParagraphs: a retired number is never reused; give this paragraph a new one`,
        node,
      );
  }
  for (const { node, number } of paragraphs) {
    const first = node.children[0];
    const text = first?.type === 'text' ? (readMarker(first.value)?.rest ?? first.value) : '';
    if (PLACEHOLDER.test(text))
      add('body', `paragraph ¶${number} is not filled in yet (found "${excerpt(text)}"): write the article's text`, node);
  }
  if (hasImages)
    visit(tree, 'image', (node: Image) => {
      if (!node.alt?.trim())
        add(
          'body',
          `image ${JSON.stringify(excerpt(node.url))} has no alt text: describe it for readers who cannot see it, as in ![A crowded harbour at dawn](${node.url})`,
          node,
        );
    });
  return { problems, unmarked };
}

function syntaxProblem(file: string, error: unknown, firstLine: number): Problem {
  // Sätteri's message: "15:3: Unexpected … (mdx-jsx:unexpected-character)".
  const message = error instanceof Error ? error.message : String(error);
  const m = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(message);
  const hint = 'escape a literal "{", "}" or "<" with a backslash, and write links as [text](https://…)';
  return {
    file,
    field: 'body',
    message: `MDX syntax error at column ${m?.[2] ?? '?'}: ${m?.[3] ?? message}: ${hint}`,
    line: firstLine + Number(m?.[1] ?? 1) - 1,
  };
}

/** The 0-based frontmatter line of a field path such as ["source", "url"], if present. */
function fieldLine(lines: string[], path: string[]): number | undefined {
  let from = 0;
  let indent = '';
  let found: number | undefined;
  for (const key of path) {
    const re = new RegExp(`^${indent}${escapeRegExp(key)}\\s*:`);
    let i = from;
    for (; i < lines.length; i++) {
      if (re.test(lines[i]!)) break;
      if (i > from && indent && !lines[i]!.startsWith(indent) && lines[i]!.trim()) return found;
    }
    if (i === lines.length) return found;
    found = i;
    from = i + 1;
    indent = (/^\s*/.exec(lines[from] ?? '')?.[0] ?? '') || '  ';
  }
  return found;
}

/** The 0-based frontmatter line of a tag: the first line from `tags:` on that holds it. */
function tagLine(lines: string[], tag: string): number {
  const start = Math.max(
    0,
    lines.findIndex((l) => /^tags\s*:/.test(l)),
  );
  const at = lines.findIndex((l, i) => i >= start && l.includes(tag));
  return at === -1 ? start : at;
}

/** The field a frontmatter line belongs to ("author.name"), for placeholder messages. */
function fieldName(lines: string[], i: number): string {
  const key = /^(\s*)([\w-]+)\s*:/.exec(lines[i]!);
  if (!key) return 'frontmatter';
  if (!key[1]) return key[2]!;
  for (let j = i - 1; j >= 0; j--) {
    const parent = /^([\w-]+)\s*:/.exec(lines[j]!);
    if (parent) return `${parent[1]}.${key[2]}`;
  }
  return key[2]!;
}

const lineAt = (text: string, index: number) => countLines(text.slice(0, index)) + 1;
const countLines = (s: string) => s.split('\n').length - 1;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const excerpt = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
