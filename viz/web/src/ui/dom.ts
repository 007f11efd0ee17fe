/**
 * Building DOM without HTML strings: every piece of text goes in through textContent (via text
 * nodes), so article text, titles and names are always shown as characters, never parsed.
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') node.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') node.className = String(v);
    else if (k === 'value' && 'value' in node) (node as HTMLInputElement).value = String(v);
    else if (v === true) node.setAttribute(k, '');
    else node.setAttribute(k, String(v));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replace a container's content. */
export function fill(parent: HTMLElement, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export const byId = (id: string): HTMLElement => {
  const n = document.getElementById(id);
  if (!n) throw new Error(`explorer: could not find #${id} (index.html out of date?)`);
  return n;
};

export function badge(text: string, cls = ''): HTMLSpanElement {
  return el('span', { class: `badge ${cls}` }, text);
}
