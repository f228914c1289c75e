/**
 * Finding things in a page the way a user names them (a button's label, a field's label, visible
 * text), for puppeteer in Firefox. Every lookup waits (generously: a loaded machine runs
 * Firefox's pages slowly); clicks and typing are real input events sent over WebDriver BiDi.
 */
import type { ElementHandle, Frame, Page } from 'puppeteer-core';

type Where = Page | Frame;
type Name = string | RegExp;

const pattern = (name: Name) =>
  typeof name === 'string'
    ? { source: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' }
    : { source: name.source, flags: name.flags };

const TIMEOUT = 30_000;

/** The element, in the page, whose accessible name matches. Runs in the page. */
function findNamed(kind: 'button' | 'field', source: string, flags: string): Element | null {
  const re = new RegExp(source, flags);
  const name = (el: Element) => {
    const aria = el.getAttribute('aria-label');
    if (aria) return aria.trim();
    if (kind === 'button') return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const id = el.id;
    const label =
      (id && document.querySelector(`label[for="${CSS.escape(id)}"]`)) || el.closest('label');
    return (label?.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const selector =
    kind === 'button' ? 'button, [role=button], [role=tab]' : 'input, textarea, select';
  // The document and every open shadow root in it (the overlay lives in one).
  const roots: (Document | ShadowRoot)[] = [document];
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  for (const root of roots) {
    const found = [...root.querySelectorAll(selector)].find((el) => re.test(name(el)));
    if (found) return found;
  }
  return null;
}

async function named(where: Where, kind: 'button' | 'field', name: Name, timeout = TIMEOUT) {
  const { source, flags } = pattern(name);
  const handle = await where.waitForFunction(
    findNamed,
    { polling: 100, timeout },
    kind,
    source,
    flags,
  );
  return handle as unknown as ElementHandle<HTMLElement>;
}

/** A button (or tab) by its label, in the page or an open shadow root of it. */
export const button = (where: Where, name: Name, timeout?: number) =>
  named(where, 'button', name, timeout);

/** An input, textarea or select by its label. */
export const field = (where: Where, name: Name, timeout?: number) =>
  named(where, 'field', name, timeout) as Promise<ElementHandle<HTMLInputElement>>;

/** Clicks the button named `name` (a real click at its place on the page). */
export async function click(where: Where, name: Name): Promise<void> {
  const el = await button(where, name);
  await el.click();
}

/** Types into the field labelled `name`, key by key, as a user would. */
export async function type(where: Where, name: Name, text: string): Promise<void> {
  const el = await field(where, name);
  await el.click();
  await el.type(text);
}

/** The value of the field labelled `name`. */
export async function valueOf(where: Where, name: Name): Promise<string> {
  const el = await field(where, name);
  return el.evaluate((input) => input.value);
}

/**
 * Waits for `text` to be shown somewhere in the page: in its own text or in that of an open
 * shadow root (the overlay's).
 */
export async function shows(where: Where, text: Name, timeout = TIMEOUT): Promise<void> {
  const { source, flags } = pattern(text);
  const re = typeof text === 'string' ? { source: source.slice(1, -1), flags } : { source, flags };
  await where.waitForFunction(
    (s: string, f: string) => {
      const parts = [document.body?.innerText ?? ''];
      for (const el of document.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        for (const child of el.shadowRoot.children)
          if (child.localName !== 'style') parts.push((child as HTMLElement).innerText ?? '');
      }
      return new RegExp(s, f).test(parts.join('\n'));
    },
    { polling: 100, timeout },
    re.source,
    re.flags,
  );
}
