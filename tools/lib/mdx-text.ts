// Plain text → MDX-safe text. MDX reads `{`/`}` as JavaScript expressions and `<` as the
// start of a JSX tag, and has no `<https://…>` autolinks. The submissions are Markdown-ish,
// so what the editor meant (`*emphasis*`, `[text](https://…)`, a `\*` escape) is left as it is.

/** Escapes what MDX would misread in a run of prose; returns the text and what it changed. */
export function escapeMdx(text: string): { text: string; changes: string[] } {
  const changes: string[] = [];
  // One pass, so that nothing this function writes is escaped again.
  const out = text.replace(/<((?:https?|mailto):[^\s<>]+)>|(?<!\\)[{}<]/g, (m, url?: string) => {
    if (url) {
      // <https://…> autolinks become ordinary links (MDX would read them as a broken tag).
      changes.push(`turned the autolink <${url}> into a link`);
      return `[${escapeLinkText(url)}](${url})`;
    }
    changes.push(`escaped "${m}"`);
    return `\\${m}`;
  });
  return { text: out, changes };
}

/** Link text shown for a bare URL: underscores and asterisks would read as emphasis. */
function escapeLinkText(url: string): string {
  return url.replace(/([_*[\]])/g, '\\$1');
}

/** Plain text of a line of Markdown-ish prose: links reduced to their text, emphasis marks dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
