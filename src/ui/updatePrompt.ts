/**
 * The offline copy updates only when the player says so. When a new version has been downloaded, a
 * small status bar says so with a "Reload" button; nothing swaps code in the middle of a lesson, and a
 * player who ignores it gets the new version the next time every tab of the game is closed.
 */
import { m } from '../app/strings/catalogue.ts';
import { h } from './dom.ts';

/** Shows the prompt in `root` (once); `reload` activates the waiting version and reloads the page. */
export function showUpdatePrompt(root: HTMLElement, reload: () => void): HTMLElement {
  const existing = root.querySelector<HTMLElement>('#update-prompt');
  if (existing) return existing;
  const bar = h(
    'div',
    { id: 'update-prompt', class: 'update-prompt', role: 'status' },
    h('span', {}, m.update_ready()),
    ' ',
    h('button', { type: 'button', class: 'btn small', onclick: () => reload() }, m.update_reload()),
    ' ',
    h('button', { type: 'button', class: 'btn small', onclick: () => bar.remove() }, m.update_later()),
  );
  root.append(bar);
  return bar;
}
