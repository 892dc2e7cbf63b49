/**
 * Where a class's log lives between server restarts: an append-only list of records per class (its
 * set-up, each seat taken or freed, each move, each teacher action), from which the class and every
 * table are rebuilt exactly. Moves and teacher actions carry when they happened (`at`), so the soft
 * round timers come back with the time they had left. Nothing personal is in it: seats are table numbers and token hashes.
 * The embedded default is a file per class (`fileStore.ts`); tests use `MemoryStore`; a Redis store
 * can implement the same interface for several processes.
 */
import type { GameEvent, Side } from '../sim/session/index.ts';
import type { ClassSetup, TablePlan } from './setup.ts';

export type ClassRecord =
  | {
      readonly kind: 'class';
      readonly version: 1;
      readonly code: string;
      readonly setup: ClassSetup;
      readonly tables: readonly TablePlan[];
      /** sha-256 of the teacher token. */
      readonly teacher: string;
      /** When the class was made (ms since 1970): round timers count from here (absent in older logs). */
      readonly at?: number;
    }
  | { readonly kind: 'seat'; readonly table: number; readonly side: Side; readonly token: string }
  | { readonly kind: 'free'; readonly table: number; readonly side: Side }
  | { readonly kind: 'move'; readonly table: number; readonly event: GameEvent; readonly at?: number }
  | {
      readonly kind: 'teacher';
      readonly action: 'pause' | 'resume' | 'releaseDebrief';
      readonly tables: readonly number[];
      readonly at?: number;
    };

export interface ClassStore {
  /** Adds a record to the end of a class's log. Writes in call order; the embedded store writes at once. */
  append(code: string, record: ClassRecord): void;
  /** A class's records in order, or null if there is no such class. */
  load(code: string): Promise<readonly ClassRecord[] | null>;
  /** Every stored class, for restoring them at start. */
  codes(): Promise<readonly string[]>;
  /** Forgets a class (when the teacher ends it). */
  remove(code: string): Promise<void>;
}

/** Keeps logs in memory: for tests, and for a server that need not survive a restart. */
export class MemoryStore implements ClassStore {
  private logs = new Map<string, ClassRecord[]>();

  append(code: string, record: ClassRecord): void {
    const log = this.logs.get(code) ?? [];
    log.push(structuredClone(record));
    this.logs.set(code, log);
  }

  async load(code: string): Promise<readonly ClassRecord[] | null> {
    const log = this.logs.get(code);
    return log ? structuredClone(log) : null;
  }

  async codes(): Promise<readonly string[]> {
    return [...this.logs.keys()];
  }

  async remove(code: string): Promise<void> {
    this.logs.delete(code);
  }
}
