/** A minimal typed event emitter shared by the DOM layer and the Phaser scenes. */
export class Emitter<Events extends Record<string, unknown>> {
  private listeners: { [K in keyof Events]?: Set<(payload: Events[K]) => void> } = {};

  on<K extends keyof Events>(type: K, fn: (payload: Events[K]) => void): () => void {
    let set = this.listeners[type];
    if (!set) {
      set = new Set();
      this.listeners[type] = set;
    }
    set.add(fn);
    return () => set.delete(fn);
  }

  /** Calls each listener; one removed by an earlier listener during the same emit is not called. */
  emit<K extends keyof Events>(type: K, payload: Events[K]): void {
    const set = this.listeners[type];
    if (!set) return;
    for (const fn of [...set]) if (set.has(fn)) fn(payload);
  }
}
