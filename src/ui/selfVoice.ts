/**
 * Self-voicing (Game Accessibility Guidelines; as Ren'Py does it): with the setting on, each new beat,
 * the counterpart's answer and the ending are read aloud through the Web Speech API, at the chosen rate
 * and voice. Alt + R reads the current screen again and Escape stops (a modifier, so no single key acts
 * page-wide). What is read comes from `app/speechScript.ts`; this file only queues it.
 */
import type { Controller } from '../app/controller.ts';
import { speechFor } from '../app/speechScript.ts';
import { formatLocale } from '../app/strings/catalogue.ts';
import { prefs } from './prefs.ts';

/** The browser's speech engine, or null where there is none (the setting then says so). */
export const speechEngine = (): SpeechSynthesis | null =>
  typeof speechSynthesis === 'object' && speechSynthesis !== null ? speechSynthesis : null;

export function installSelfVoice(controller: Controller): () => void {
  let spokenKey = '';
  const speak = (force: boolean) => {
    const engine = speechEngine();
    const view = controller.view();
    if (!engine || !view || !prefs.current.voice) return;
    // The hand-over screen shows nothing of either side's game; nothing is read aloud there either.
    if (controller.screen.kind === 'pass') {
      engine.cancel();
      return;
    }
    // A new beat, a new answer at the table, or the ending: read once, unless asked again.
    const key = `${view.beat?.id ?? ''}|${view.table?.lastAnswer ? view.table.offers.length : ''}|${view.ending?.id ?? ''}`;
    if (!force && key === spokenKey) return;
    // Only what this seat may see, and only when it is this seat's turn or the game is over.
    if (!force && !view.over && view.turn?.seat !== 'human') return;
    spokenKey = key;
    engine.cancel();
    const voice = engine.getVoices().find((v) => v.name === prefs.current.voiceName) ?? null;
    for (const line of speechFor(view, prefs.current.numberKeys)) {
      const u = new SpeechSynthesisUtterance(line);
      u.rate = prefs.current.voiceRate;
      u.lang = formatLocale();
      if (voice) u.voice = voice;
      engine.speak(u);
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if (!prefs.current.voice) return;
    if (e.key === 'Escape') speechEngine()?.cancel();
    else if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyR') {
      e.preventDefault();
      speak(true);
    }
  };
  const offUpdate = controller.on('update', () => speak(false));
  const offScreen = controller.on('screen', () => speak(false));
  const offPrefs = prefs.on('change', (p) => {
    if (!p.voice) speechEngine()?.cancel();
  });
  document.addEventListener('keydown', onKey);
  return () => {
    offUpdate();
    offScreen();
    offPrefs();
    document.removeEventListener('keydown', onKey);
  };
}
