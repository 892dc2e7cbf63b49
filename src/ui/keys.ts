/**
 * Number keys 1–9 press the matching choice button. Nothing else is captured: Tab, Enter, Space and
 * the arrows keep their browser meaning (Phaser's keyboard plugin is switched off).
 */
export function installNumberKeys(root: HTMLElement): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
    if (!/^[1-9]$/.test(e.key)) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, [contenteditable="true"], dialog')) return;
    if (document.querySelector('dialog[open]')) return;
    const button = root.querySelector<HTMLButtonElement>(`button[data-key="${e.key}"]`);
    if (!button || button.disabled) return;
    e.preventDefault();
    button.click();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
