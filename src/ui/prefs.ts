/**
 * Display preferences (text size, high contrast, reduced motion, AI speed), kept in localStorage and
 * applied as classes and custom properties on <html> so the DOM layer and the scenes can follow them.
 */
import { Emitter } from '../app/emitter.ts';
import { PREFS_KEY, type Prefs, parsePrefs, TEXT_SCALE } from '../app/prefs.ts';

function readStorage(): string | null {
  try {
    return localStorage.getItem(PREFS_KEY);
  } catch {
    return null;
  }
}

class PrefStore extends Emitter<{ change: Prefs }> {
  private value: Prefs = parsePrefs(readStorage());

  constructor() {
    super();
    // "System" follows the operating system live: a change there applies without a reload.
    if (typeof matchMedia === 'function')
      matchMedia('(prefers-reduced-motion: reduce)').addEventListener?.('change', () => {
        this.apply();
        this.emit('change', this.value);
      });
  }

  get current(): Prefs {
    return this.value;
  }

  /** True when animations should be skipped: the setting, or the system setting when left on "system". */
  get reducedMotion(): boolean {
    if (this.value.motion !== 'system') return this.value.motion === 'reduce';
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  set(patch: Partial<Prefs>): void {
    this.value = { ...this.value, ...patch };
    try {
      localStorage.setItem(PREFS_KEY, JSON.stringify(this.value));
    } catch {
      // Private mode or storage full: the setting still applies for this visit.
    }
    this.apply();
    this.emit('change', this.value);
  }

  apply(): void {
    const root = document.documentElement;
    root.style.setProperty('--text-scale', String(TEXT_SCALE[this.value.textSize]));
    root.classList.toggle('high-contrast', this.value.highContrast);
    root.classList.toggle('reduce-motion', this.reducedMotion);
  }
}

export const prefs = new PrefStore();
