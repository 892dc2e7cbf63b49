/**
 * Display preferences (text size, high contrast, reduced motion, AI speed), kept in localStorage and
 * applied as classes and custom properties on <html> so the DOM layer and the scenes can follow them.
 */
import { Emitter } from './emitter.ts';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const MOTION = ['system', 'reduce', 'full'] as const;
export type Motion = (typeof MOTION)[number];

export interface Prefs {
  readonly textSize: TextSize;
  readonly highContrast: boolean;
  readonly motion: Motion;
}

const KEY = 'hanoi-summit.prefs.v1';
const DEFAULTS: Prefs = { textSize: 'normal', highContrast: false, motion: 'system' };
const TEXT_SCALE: Record<TextSize, number> = { normal: 1, large: 1.2, larger: 1.4 };

export function parsePrefs(raw: string | null): Prefs {
  if (!raw) return DEFAULTS;
  try {
    const data = JSON.parse(raw) as Partial<Record<keyof Prefs, unknown>>;
    return {
      textSize: TEXT_SIZES.includes(data.textSize as TextSize) ? (data.textSize as TextSize) : DEFAULTS.textSize,
      highContrast: data.highContrast === true,
      motion: MOTION.includes(data.motion as Motion) ? (data.motion as Motion) : DEFAULTS.motion,
    };
  } catch {
    return DEFAULTS;
  }
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

class PrefStore extends Emitter<{ change: Prefs }> {
  private value: Prefs = parsePrefs(readStorage());

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
      localStorage.setItem(KEY, JSON.stringify(this.value));
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
