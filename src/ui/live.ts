/**
 * Live regions (`role="status"`, `aria-live`) go into the page empty and get their words after: many
 * screen readers say nothing for a region that arrives already holding its text, since they announce
 * changes to a region they know, not a new one. A screen builds its regions empty with `h()` and
 * writes to them through `liveText`, which holds the first words back until the region has been in the
 * page for a moment, and writes later ones at once. `live.test.ts` fails if a region is built filled.
 */

/** How long a new region stands empty before its first words (long enough for the tree to notice it). */
export const FIRST_WORDS_MS = 60;

const waiting = new WeakMap<HTMLElement, string>();
const ready = new WeakSet<HTMLElement>();

/** Sets a live region's text (or a text part of it, `into`), announcing it once the region is in the page. */
export function liveText(region: HTMLElement, text: string, into: HTMLElement = region): void {
  if (ready.has(region)) {
    into.textContent = text;
    return;
  }
  const first = !waiting.has(into);
  waiting.set(into, text);
  if (!first) return;
  let tries = 0;
  const settle = () => {
    if (!region.isConnected) {
      // Still being built: look again shortly (a screen is put in the page straight after it is built);
      // a region that never arrives (a screen replaced at once) is let go after a few seconds.
      if (++tries < 50) setTimeout(settle, FIRST_WORDS_MS);
      else waiting.delete(into);
      return;
    }
    setTimeout(() => {
      ready.add(region);
      into.textContent = waiting.get(into) ?? '';
      waiting.delete(into);
    }, FIRST_WORDS_MS);
  };
  settle();
}
