// DOM building with text only: report text is hostile, so nothing from the API
// ever goes through innerHTML; attributes are set one by one.

/** A child: a node, text (set as text), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Creates an element with attributes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  append(node, children);
  return node;
}

/** Creates an SVG element with attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number | undefined> = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, String(value));
  append(node, children);
  return node;
}

/** Appends children, text as text nodes. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** A link to a client-side route. */
export function link(route: string, text: string, attrs: Record<string, string> = {}): HTMLAnchorElement {
  return el('a', { href: `#${route}`, ...attrs }, text);
}

/** Text with the given spans wrapped in <mark>, built as nodes (never markup). */
export function highlighted(text: string, spans: ReadonlyArray<{ start: number; end: number }>): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const sorted = [...spans].filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const span of sorted) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) fragment.appendChild(document.createTextNode(text.slice(at, start)));
    fragment.appendChild(el('mark', {}, text.slice(start, span.end)));
    at = span.end;
  }
  if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
  return fragment;
}

/** A section with a heading. */
export function section(title: string, ...children: Child[]): HTMLElement {
  return el('section', {}, el('h2', {}, title), ...children);
}
