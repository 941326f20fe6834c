// What a screen reader gets: Chromium's own accessibility tree (over the DevTools protocol),
// which, unlike Playwright's ARIA snapshot, reflects CSS such as text-transform and content.
import type { Page } from '@playwright/test';

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

export interface Heard {
  role: string;
  name: string;
  description?: string;
}

/** The tree's nodes in reading order under the element `selector` matches (document order, ignored nodes skipped). */
export async function heard(page: Page, selector: string): Promise<Heard[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) throw new Error(`nothing matches ${selector}`);
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
  if (!start) return [];
  const out: Heard[] = [];
  const walk = (n: AXNode) => {
    const role = n.role?.value ?? '';
    if (!n.ignored && role !== 'InlineTextBox' && role !== 'none' && role !== 'generic') {
      out.push({ role, name: n.name?.value ?? '', ...(n.description?.value ? { description: n.description.value } : {}) });
    }
    if (role === 'StaticText') return;
    for (const id of n.childIds ?? []) walk(byId.get(id)!);
  };
  walk(start);
  return out;
}

/** The text under an element as a screen reader reads it in browse mode: its text runs, joined. */
export async function heardText(page: Page, selector: string): Promise<string> {
  return (await heard(page, selector))
    .filter((n) => n.role === 'StaticText')
    .map((n) => n.name)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
