/**
 * The offline copy updates only when the player says so. When a new version has been downloaded, a
 * small status bar says so with a "Reload" button; nothing swaps code in the middle of a lesson, and a
 * player who ignores it gets the new version the next time every tab of the game is closed.
 */
import { m } from '../app/strings/catalogue.ts';
import '../styles/updatePrompt.css';
import { h } from './dom.ts';

/** Shows the prompt in `root` (once); `reload` activates the waiting version and reloads the page. */
export function showUpdatePrompt(root: HTMLElement, reload: () => void): HTMLElement {
  const existing = root.querySelector<HTMLElement>('#update-prompt');
  if (existing) return existing;
  // The status region goes in empty and is filled a moment later: many screen readers ignore a live
  // region that arrives already holding its text.
  const status = h('span', { role: 'status', class: 'update-text' });
  const later = h('button', { type: 'button', class: 'btn small', onclick: () => close() }, m.update_later());
  const bar = h(
    'div',
    { id: 'update-prompt', class: 'update-prompt', role: 'region', 'aria-label': m.update_region() },
    status,
    h(
      'span',
      { class: 'update-actions' },
      h('button', { type: 'button', class: 'btn small', onclick: () => reload() }, m.update_reload()),
      later,
    ),
  );
  const close = () => {
    // Focus on "Later" would fall to <body> with the bar; it goes to the game's heading instead.
    const hadFocus = bar.contains(document.activeElement);
    bar.remove();
    if (hadFocus) document.querySelector<HTMLElement>('#screen-heading')?.focus({ preventScroll: true });
  };
  root.append(bar);
  setTimeout(() => {
    status.textContent = m.update_ready();
  }, 50);
  return bar;
}
