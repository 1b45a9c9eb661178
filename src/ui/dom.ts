/**
 * Building DOM without markup strings. Text is only ever set through `textContent`, so text from a
 * scenario file shows literally and can never run (the lint rules forbid innerHTML and friends).
 */
import { listFormat, NARROW_LIST } from './intl-cache.ts';

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (false/undefined are left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

/** A real `<button type="button">` that calls `onClick` when pressed (click, Enter or Space). */
export function button(attrs: Attrs, onClick: () => void, ...children: Child[]): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, ...children);
  b.addEventListener('click', () => onClick());
  return b;
}

/** Appends children; strings become text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/**
 * A list the way the UI language writes one: "a, b, c", 「a、b、c」 in Japanese and Chinese,
 * "a, b 및 c" in Korean. (The `unit` list type joins Chinese items with no separator at all.)
 */
export function formatList(lang: string, items: readonly string[]): string {
  return listFormat(lang, NARROW_LIST).format(items);
}
