/**
 * Display preferences as data: the choices, their defaults and a lenient parser of the stored form.
 * The browser store that keeps and applies them is `ui/prefs.ts`.
 */

/** Up to 200% (WCAG 1.4.4) by the setting alone, on any screen, whatever the browser's zoom. */
export const TEXT_SIZES = ['normal', 'large', 'larger', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const MOTION = ['system', 'reduce', 'full'] as const;
export type Motion = (typeof MOTION)[number];
/**
 * Number-key shortcuts for choices (WCAG 2.1.4): a bare digit, Alt + digit, or none. A single key
 * that acts page-wide must be possible to turn off or put behind a modifier.
 */
export const NUMBER_KEYS = ['plain', 'alt', 'off'] as const;
export type NumberKeys = (typeof NUMBER_KEYS)[number];

export interface Prefs {
  readonly textSize: TextSize;
  readonly highContrast: boolean;
  readonly motion: Motion;
  readonly numberKeys: NumberKeys;
  /** Self-voicing: the game reads each new screen aloud (Web Speech API), at this rate, in this voice. */
  readonly voice: boolean;
  readonly voiceRate: number;
  /** A voice's name as the browser lists it; '' for the system's default. */
  readonly voiceName: string;
}

export const VOICE_RATES = [0.75, 1, 1.25, 1.5] as const;

export const PREFS_KEY = 'hanoi-summit.prefs.v1';
export const DEFAULT_PREFS: Prefs = {
  textSize: 'normal',
  highContrast: false,
  motion: 'system',
  numberKeys: 'plain',
  voice: false,
  voiceRate: 1,
  voiceName: '',
};
export const TEXT_SCALE: Record<TextSize, number> = { normal: 1, large: 1.2, larger: 1.5, largest: 2 };

/** The `aria-keyshortcuts` value (and the shown hint) for choice `n` (1–9) under a setting; null when off. */
export function numberShortcut(n: number, setting: NumberKeys): string | null {
  if (setting === 'off' || n < 1 || n > 9) return null;
  return setting === 'alt' ? `Alt+${n}` : String(n);
}

/** Which choice (1–9) a key press picks under a setting, or null: it must match the setting exactly. */
export function numberPressed(
  e: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'repeat'>,
  setting: NumberKeys,
): number | null {
  if (setting === 'off' || e.repeat || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  if (e.altKey !== (setting === 'alt')) return null;
  // By physical key, so Alt + digit works where Alt changes the character (macOS Option).
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  return digit ? Number(digit[1]) : null;
}

export function parsePrefs(raw: string | null): Prefs {
  if (!raw) return DEFAULT_PREFS;
  try {
    const data = JSON.parse(raw) as Partial<Record<keyof Prefs, unknown>>;
    return {
      textSize: TEXT_SIZES.includes(data.textSize as TextSize) ? (data.textSize as TextSize) : DEFAULT_PREFS.textSize,
      highContrast: data.highContrast === true,
      motion: MOTION.includes(data.motion as Motion) ? (data.motion as Motion) : DEFAULT_PREFS.motion,
      numberKeys: NUMBER_KEYS.includes(data.numberKeys as NumberKeys)
        ? (data.numberKeys as NumberKeys)
        : DEFAULT_PREFS.numberKeys,
      voice: data.voice === true,
      voiceRate: (VOICE_RATES as readonly unknown[]).includes(data.voiceRate)
        ? (data.voiceRate as number)
        : DEFAULT_PREFS.voiceRate,
      voiceName: typeof data.voiceName === 'string' && data.voiceName.length <= 200 ? data.voiceName : DEFAULT_PREFS.voiceName,
    };
  } catch {
    return DEFAULT_PREFS;
  }
}
