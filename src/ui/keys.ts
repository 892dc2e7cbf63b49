/**
 * Number keys 1–9 press the matching choice button, as the player's setting says: a bare digit, Alt +
 * digit, or not at all (Settings; WCAG 2.1.4). Nothing else is captured: Tab, Enter, Space and the
 * arrows keep their browser meaning (Phaser's keyboard plugin is switched off). A key held down never
 * repeats, so one press never both chooses and confirms what the choice opens.
 */
import { numberPressed } from '../app/prefs.ts';
import { prefs } from './prefs.ts';

export function installNumberKeys(root: HTMLElement): () => void {
  const onKey = (e: KeyboardEvent) => {
    const n = numberPressed(e, prefs.current.numberKeys);
    if (n === null) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, [contenteditable="true"], dialog')) return;
    if (document.querySelector('dialog[open]')) return;
    const button = root.querySelector<HTMLButtonElement>(`button[data-key="${n}"]`);
    if (!button || button.disabled) return;
    e.preventDefault();
    button.click();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
