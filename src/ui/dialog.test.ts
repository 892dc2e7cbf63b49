import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FocusReturn, focusWasLost } from './dialog.ts';

/**
 * The dialogs' focus rule without a browser (the e2e specs drive the real dialogs), and that every dialog
 * is built by the one helper: no other file in the DOM layer makes a `<dialog>`, opens or closes one.
 */
const node = (name: string) => ({ name }) as unknown as Element;

describe('focus after a dialog closes', () => {
  const body = node('body');
  const inside = node('inside');
  const elsewhere = node('elsewhere');
  const dialog = { contains: (n: Node | null) => n === inside };

  it('counts focus as lost when it is nowhere, on the body, or still inside the closed dialog', () => {
    expect(focusWasLost(null, body, dialog)).toBe(true);
    expect(focusWasLost(body, body, dialog)).toBe(true);
    expect(focusWasLost(inside, body, dialog)).toBe(true);
    expect(focusWasLost(elsewhere, body, dialog)).toBe(false);
  });

  it('gives focus back to the opener only when it was lost, and forgets the opener after a close', () => {
    const f = new FocusReturn<string>();
    f.opened('history button');
    expect(f.closed(false)).toBeNull();
    f.opened('history button');
    expect(f.closed(true)).toBe('history button');
    expect(f.closed(true)).toBeNull();
  });

  it('leaves focus to the new screen after a close that moved the game on, for that close only', () => {
    const f = new FocusReturn<string>();
    f.opened('saves button');
    f.closing(false);
    expect(f.closed(true)).toBeNull();
    f.opened('saves button');
    f.closing(true);
    expect(f.closed(true)).toBe('saves button');
    // A close(false) on a dialog that was not open fires no close event; the next opening starts afresh.
    f.closing(false);
    f.opened('glossary term');
    expect(f.closed(true)).toBe('glossary term');
  });

  it('gives focus to the latest opener when the dialog is opened again while open', () => {
    const f = new FocusReturn<string>();
    f.opened('first term');
    f.opened('second term');
    expect(f.closed(true)).toBe('second term');
  });
});

describe('every dialog uses the helper', () => {
  const dir = new URL('.', import.meta.url).pathname;
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'dialog.ts')
    .map((f) => ({ f, text: readFileSync(join(dir, f), 'utf8') }));

  it('finds the dialog modules', () => {
    const users = files.filter(({ text }) => text.includes('modalDialog(')).map(({ f }) => f);
    expect(users.sort()).toEqual([
      'class/askFirst.ts',
      'glossaryUi.ts',
      'historyDialog.ts',
      'leaveDialog.ts',
      'savesDialog.ts',
      'settingsDialog.ts',
      'teacherGuideDialog.ts',
    ]);
  });

  it.each(['showModal(', "h('dialog'", "createElement('dialog'", 'dialog.close(', '.returnValue'])(
    'has no %s outside dialog.ts',
    (code) => {
      expect(files.filter(({ text }) => text.includes(code)).map(({ f }) => f)).toEqual([]);
    },
  );
});
