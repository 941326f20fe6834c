// Typographic punctuation, as SmartyPants does it: "curly" quotes and apostrophes, -- as an
// em dash, ... as an ellipsis, ``these'' as double quotes. Astro's built-in smartypants
// (remark-smartypants → retext) parses every sentence into a natural-language tree and took
// about a third of the build's CPU time at 1,000 articles; this plugin applies the same rules
// to the text directly. tests/unit/typography.test.ts checks it against remark-smartypants.
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const isWord = (c: string | undefined) => c !== undefined && c !== '' && WORD.test(c);
const isSpace = (c: string | undefined) => c !== undefined && c !== '' && SPACE.test(c);
/** Punctuation or a symbol: anything that is neither a word character nor white space. */
const isMark = (c: string | undefined) => c !== undefined && c !== '' && !isWord(c) && !isSpace(c);

const OPEN = { '"': '“', "'": '‘' } as const;
const CLOSE = { '"': '”', "'": '’' } as const;

/** Curls the quotes in `text`; `before` is the text that precedes it in the same block. */
export function curlQuotes(text: string, before: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c !== '"' && c !== "'") continue;
    const previous = i > 0 ? chars[i - 1] : before.slice(-1) || undefined;
    const next = chars[i + 1];
    const nextNext = chars[i + 2];
    const rest = chars.slice(i + 1, i + 4).join(''); // enough for the look-aheads below
    if (isMark(next) && !isWord(nextNext)) chars[i] = CLOSE[c];
    else if ((next === '"' || next === "'") && isWord(nextNext)) {
      chars[i] = OPEN[c];
      chars[i + 1] = OPEN[next];
      i++;
    } else if (/^\d\ds/.test(rest)) chars[i] = CLOSE[c];
    else if ((isSpace(previous) || isMark(previous)) && isWord(next)) chars[i] = OPEN[c];
    else if (previous !== undefined && !isSpace(previous) && !isMark(previous)) chars[i] = CLOSE[c];
    else if (next === undefined || isSpace(next) || (c === "'" && /^s(?![\p{L}\p{N}])/u.test(rest))) chars[i] = CLOSE[c];
    else chars[i] = OPEN[c];
  }
  return chars.join('');
}

/** Dashes, ellipses and backtick quotes, then curly quotes. */
export function smartPunctuation(text: string, before = ''): string {
  const replaced = text
    .replace(/(?<!-)--(?!-)/g, '—')
    .replace(/\.(?: ?\.){2,}/g, '…')
    .replace(/``/g, '“')
    .replace(/''/g, '”');
  return curlQuotes(replaced, before);
}

/** Code, raw HTML and MDX expressions keep their characters. */
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'mdxFlowExpression', 'mdxTextExpression']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote', 'root', 'mdxJsxFlowElement']);

export default function remarkTypography() {
  return (tree: Root) => {
    // The text already seen in the current block, so a quote after *emphasis* or a link knows what precedes it.
    let before = '';
    visit(tree, (node, _index, parent) => {
      if (BLOCKS.has(node.type)) before = '';
      if (node.type === 'inlineCode') before += (node as { value: string }).value;
      if (SKIPPED.has(node.type)) return 'skip';
      if (node.type === 'text' && parent) {
        const text = node as Text;
        const original = text.value;
        text.value = smartPunctuation(original, before);
        before += original;
      }
      return undefined;
    });
  };
}
