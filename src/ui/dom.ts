/** A tiny element builder for the DOM layer: no framework, typed tags, listeners by `on*` keys. */

export type Child = Node | string | number | null | undefined | false;
type Listener = (event: Event) => void;
export type Attrs = Record<string, string | number | boolean | Listener | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'class') {
      el.className = String(value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A unique id for label/aria wiring. */
let counter = 0;
export const uid = (prefix: string): string => `${prefix}-${++counter}`;

/**
 * Moves focus without scrolling the page, for headings that take focus (tabindex -1). At once, not a
 * frame later: in between, focus would sit on <body> and a Tab would restart from the skip link.
 */
export function focusNow(el: HTMLElement | null): void {
  el?.focus({ preventScroll: true });
}

/** Clean-ups for the screen being shown; the layer runs them before it draws the next one. */
const disposers: (() => void)[] = [];
export const onDispose = (fn: () => void): void => {
  disposers.push(fn);
};
export function disposeScreen(): void {
  for (const fn of disposers.splice(0)) fn();
}
