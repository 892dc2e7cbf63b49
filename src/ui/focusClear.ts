/**
 * Focus not obscured (WCAG 2.4.11): a scroller with a sticky bar along its bottom (the briefing's
 * action bar) would let Tab move focus onto a control the bar covers, since the browser scrolls a
 * focused control into the scroller's view, not into the part of it the bar leaves. After each focus
 * move inside the scroller, this scrolls the focused control up until it clears the bar. The bar's
 * height changes with the text size and its wrapping, so it is measured each time, not assumed.
 */

/** The sticky bars a scroller may hold. */
const BARS = '.form-actions';
/** Space left between the focused control and the bar. */
const GAP = 8;

/** How far to scroll down so a control ending at `bottom` clears a bar starting at `barTop` (0: it does). */
export function clearance(bottom: number, barTop: number, gap = GAP): number {
  return Math.max(0, Math.ceil(bottom + gap - barTop));
}

export function keepFocusClear(scroller: HTMLElement): void {
  const adjust = (target: HTMLElement) => {
    if (!scroller.contains(target)) return;
    for (const bar of scroller.querySelectorAll<HTMLElement>(BARS)) {
      if (bar.contains(target)) continue;
      const barTop = bar.getBoundingClientRect().top;
      const rect = target.getBoundingClientRect();
      // Only a control the bar can cover: one that starts above the bar's bottom edge.
      if (rect.top >= bar.getBoundingClientRect().bottom) continue;
      const by = clearance(rect.bottom, barTop);
      if (by > 0) scroller.scrollTop += Math.min(by, Math.max(0, rect.top - scroller.getBoundingClientRect().top - GAP));
    }
  };
  scroller.addEventListener('focusin', (e) => {
    const target = e.target as HTMLElement;
    // Once now and once after the browser's own scroll-into-view, which may come after the event.
    adjust(target);
    requestAnimationFrame(() => {
      if (document.activeElement === target) adjust(target);
    });
  });
}
