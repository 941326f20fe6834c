// Checks every article before the build starts, and reports all problems at once, one
// line each: "file:line: field: what was found, what is expected". The frontmatter is
// checked with the collection's own schema (src/lib/articles/schema.ts) after the same
// YAML parse Astro does (js-yaml), so this check and the build never disagree on a field.
// The body is scanned cheaply; only a body that could hold MDX syntax (`{`, `}`, `<`,
// import/export lines) or an unusual block gets a full MDX parse.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { articleFiles, entryId } from '../../src/lib/articles/files.ts';
import { articleSchema } from '../../src/lib/articles/schema.ts';
import { readMarker } from '../../src/lib/paragraphs/marker.ts';

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
export function checkContentDir(dir: string, cwd = process.cwd()): { files: number; problems: Problem[] } {
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  const files = articleFiles(dir);
  for (const file of files) {
    const shown = relative(cwd, join(dir, file)).split(sep).join('/');
    const bytes = readFileSync(join(dir, file));
    const result = checkArticle(shown, bytes);
    problems.push(...result.problems);
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
  return { files: files.length, problems };
}

const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** Checks one article file's bytes. */
export function checkArticle(file: string, bytes: Uint8Array | string): { problems: Problem[] } {
  const problems: Problem[] = [];
  const add = (field: string, message: string, line?: number) => problems.push({ file, field, message, ...(line ? { line } : {}) });

  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    add('file', 'is not UTF-8 text: save it as UTF-8 plain text');
    return { problems };
  }
  if (text.includes('\0')) {
    add('file', 'holds binary data (a NUL byte): an article must be UTF-8 plain text');
    return { problems };
  }
  text = text.replace(/\r\n?/g, '\n');

  const match = FRONTMATTER.exec(text);
  if (!match) {
    add(
      'frontmatter',
      'is missing: start the file with a "---" line, the fields (title, description, author, date, source, disclaimer), and a closing "---" line',
      1,
    );
    return { problems };
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
    return { problems };
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
  problems.push(...checkBody(file, body, closeLine));
  return { problems };
}

/** Checks the MDX body; `firstLine` is the file line its first (partial) line is on. */
export function checkBody(file: string, body: string, firstLine = 1): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string, line: number) => problems.push({ file, field, message, line: firstLine + line - 1 });
  const paragraphs = quickParagraphs(body) ?? parsedParagraphs(body, add);
  if (!paragraphs) return problems;

  if (paragraphs.length === 0) {
    add('body', 'has no paragraphs: an article needs at least one, starting "¶1 "', 1);
    return problems;
  }
  const seen = new Map<string, number>();
  paragraphs.forEach(({ text, line }, i) => {
    const marker = readMarker(text);
    if (!marker) {
      add(
        'body',
        `paragraph ${i + 1} has no "¶" marker (found ${JSON.stringify(excerpt(text))}): start it with its number, such as "¶${i + 1} "`,
        line,
      );
      return;
    }
    const first = seen.get(marker.number);
    if (first !== undefined)
      add(
        'body',
        `paragraph marker "¶${marker.number}" is used twice (first on line ${firstLine + first - 1}): give each paragraph its own number`,
        line,
      );
    else seen.set(marker.number, line);
    if (PLACEHOLDER.test(text))
      add('body', `paragraph ¶${marker.number} is not filled in yet (found "${excerpt(marker.rest)}"): write the article's text`, line);
  });
  return problems;
}

interface Para {
  text: string;
  line: number;
}

/**
 * The common case without a parser: blocks separated by blank lines, each either one ATX
 * heading line or a "¶N" paragraph whose lines cannot start another block. Returns null
 * when the body holds anything else, so the caller parses it properly.
 */
function quickParagraphs(body: string): Para[] | null {
  if (/[{}<]/.test(body) || /^(?:import|export)\b/m.test(body)) return null;
  const paragraphs: Para[] = [];
  const lines = body.split('\n');
  let block: string[] = [];
  let start = 0;
  const flush = () => {
    if (block.length === 0) return true;
    const [first, ...rest] = block;
    block = [];
    if (/^#{1,6} /.test(first!)) return rest.length === 0;
    if (!readMarker(first!) || rest.some((l) => /^[\s#>*+\-=_`~|\d]/.test(l))) return false;
    paragraphs.push({ text: first!, line: start + 1 });
    return true;
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') {
      if (!flush()) return null;
    } else {
      if (block.length === 0) start = i;
      block.push(lines[i]!);
    }
  }
  return flush() ? paragraphs : null;
}

const mdxParser = unified().use(remarkParse).use(remarkMdx);

/** The top-level paragraphs from a real MDX parse, or null (and a problem) on a syntax error. */
function parsedParagraphs(body: string, add: (field: string, message: string, line: number) => void): Para[] | null {
  try {
    const tree = mdxParser.parse(body);
    return tree.children.flatMap((node) => {
      if (node.type !== 'paragraph') return [];
      const first = node.children[0];
      return [{ text: first?.type === 'text' ? first.value : '', line: node.position?.start.line ?? 1 }];
    });
  } catch (error) {
    const e = error as { reason?: string; line?: number; column?: number };
    const hint = 'escape a literal "{", "}" or "<" with a backslash, and write links as [text](https://…)';
    add('body', `MDX syntax error at column ${e.column ?? '?'}: ${e.reason ?? String(error)}: ${hint}`, e.line ?? 1);
    return null;
  }
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
