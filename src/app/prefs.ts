/**
 * Display preferences as data: the choices, their defaults and a lenient parser of the stored form.
 * The browser store that keeps and applies them is `ui/prefs.ts`.
 */

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const MOTION = ['system', 'reduce', 'full'] as const;
export type Motion = (typeof MOTION)[number];

export interface Prefs {
  readonly textSize: TextSize;
  readonly highContrast: boolean;
  readonly motion: Motion;
}

export const PREFS_KEY = 'hanoi-summit.prefs.v1';
export const DEFAULT_PREFS: Prefs = { textSize: 'normal', highContrast: false, motion: 'system' };
export const TEXT_SCALE: Record<TextSize, number> = { normal: 1, large: 1.2, larger: 1.4 };

export function parsePrefs(raw: string | null): Prefs {
  if (!raw) return DEFAULT_PREFS;
  try {
    const data = JSON.parse(raw) as Partial<Record<keyof Prefs, unknown>>;
    return {
      textSize: TEXT_SIZES.includes(data.textSize as TextSize) ? (data.textSize as TextSize) : DEFAULT_PREFS.textSize,
      highContrast: data.highContrast === true,
      motion: MOTION.includes(data.motion as Motion) ? (data.motion as Motion) : DEFAULT_PREFS.motion,
    };
  } catch {
    return DEFAULT_PREFS;
  }
}
