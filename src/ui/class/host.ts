/**
 * Where a class screen is drawn: in place of the title in the panel's body, with focus on its
 * heading, as the game's own screens do. The class styles load here, with the class code.
 */
import '../../styles/class.css';
import { focusNow, replace } from '../dom.ts';

/** The panel body the title screen sits in (the class screens take its place). */
export function classHost(): HTMLElement {
  const title = document.querySelector('#panel .screen');
  const host = (title?.parentElement ?? document.getElementById('panel') ?? document.body) as HTMLElement;
  return host;
}

export function showClassScreen(screen: HTMLElement, focus = true): void {
  const host = classHost();
  // The layer sets its root's class per screen on its next render; until then the class screens own the panel.
  const root = document.getElementById('ui-layer');
  if (root) root.className = 'screen-title screen-class';
  replace(host, screen);
  if (focus) focusNow(screen.querySelector<HTMLElement>('#screen-heading'));
}
