/**
 * Saves: a named copy of this game, a save file and text to export, a share link, the list of stored
 * saves (load, download, delete), and import from a file or pasted text. Every problem is shown in the
 * dialog; nothing here can overwrite another save.
 */
import '../styles/history-saves.css';
import type { Controller } from '../app/controller.ts';
import { type DialogHandle, modalDialog } from './dialog.ts';
import { h, replace } from './dom.ts';
import { MAX_IMPORT_CHARS, type Outcome, type SaveKeeper } from './saves/keeper.ts';
import { isDamaged, type Slot } from './saves/store.ts';

const KIND_LABEL = { auto: 'Autosave', named: 'Saved', imported: 'Imported' } as const;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const fileName = (label: string): string =>
  `hanoi-summit-${
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'game'
  }.json`;

function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function createSavesDialog(controller: Controller, keeper: SaveKeeper): DialogHandle {
  const body = h('div', { class: 'saves-body' });
  const status = h('p', { class: 'saves-status', role: 'status', 'aria-live': 'polite' });
  const alert = h('p', { class: 'alert saves-alert', role: 'alert' });
  let confirmDelete: string | null = null;

  const modal = modalDialog({
    headingId: 'saves-title',
    className: 'saves-dialog',
    title: 'Saves',
    content: [alert, status, body],
  });
  const { dialog } = modal;

  const say = (text: string) => {
    alert.textContent = '';
    status.textContent = text;
  };
  const warn = (text: string) => {
    status.textContent = '';
    alert.textContent = text;
  };
  const after = (r: Outcome) => {
    if (r.ok) {
      // A load or an import moves the game on: the new screen takes focus, not the toolbar button.
      modal.close(false);
    } else {
      warn(r.error);
    }
  };

  function thisGame(): HTMLElement | null {
    const t = controller.timeline;
    if (!t) return null;
    const name = h('input', {
      id: 'save-name',
      type: 'text',
      maxlength: 60,
      autocomplete: 'off',
      value: `Seed ${t.seed}, move ${t.current.depth}`,
    });
    const text = h('textarea', { id: 'save-text', readonly: true, rows: 3, class: 'mono' });
    const code = keeper.shareCode() ?? '';
    const link = `${location.origin}${location.pathname}?code=${code}`;
    const linkBox = h('input', { id: 'share-link', type: 'text', readonly: true, value: link, class: 'mono' });
    const copy = async (el: HTMLInputElement | HTMLTextAreaElement, what: string) => {
      el.select();
      try {
        await navigator.clipboard.writeText(el.value);
        say(`${what} copied.`);
      } catch {
        say(`${what} selected: press Ctrl+C (⌘C on a Mac) to copy it.`);
      }
    };
    return h(
      'section',
      { class: 'saves-section', 'aria-labelledby': 'saves-this' },
      h('h3', { id: 'saves-this' }, 'This game'),
      h(
        'form',
        {
          class: 'saves-row',
          onsubmit: (e: Event) => {
            e.preventDefault();
            const r = keeper.saveAs(name.value);
            if (r.ok) {
              say(`Saved as “${r.slot.name}”.`);
              renderList();
            } else warn(r.error);
          },
        },
        h('label', { for: 'save-name' }, 'Name '),
        name,
        h('button', { type: 'submit', class: 'btn small primary' }, 'Save a copy'),
      ),
      h(
        'div',
        { class: 'saves-row' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn small',
            onclick: () => {
              download(fileName(`seed-${t.seed}-move-${t.current.depth}`), t.save());
              say('The save file is downloading.');
            },
          },
          'Download save file',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn small',
            onclick: () => {
              text.value = t.save();
              text.hidden = false;
              void copy(text, 'The save text');
            },
          },
          'Copy as text',
        ),
      ),
      Object.assign(text, { hidden: true }),
      h('label', { for: 'share-link' }, 'Share link (this path only, not the other branches)'),
      h(
        'div',
        { class: 'saves-row' },
        linkBox,
        h('button', { type: 'button', class: 'btn small', onclick: () => void copy(linkBox, 'The link') }, 'Copy link'),
      ),
      h('p', { class: 'hint' }, `${code.length} characters. Opening it replays the game and lands on its last move.`),
    );
  }

  const list = h('div', { class: 'saves-list-wrap' });
  /**
   * Delete asks first, in a separate group whose focused answer is "Keep it", so a double press can
   * never delete; after a delete, focus moves to the next save (or the list's heading).
   */
  function deleteControls(id: string, name: string): HTMLElement {
    if (confirmDelete !== id)
      return h(
        'button',
        {
          type: 'button',
          class: 'btn small',
          'aria-label': `Delete ${name}`,
          onclick: () => {
            confirmDelete = id;
            renderList();
            list.querySelector<HTMLElement>(`[data-slot="${CSS.escape(id)}"] .keep`)?.focus();
          },
        },
        'Delete',
      );
    return h(
      'div',
      { class: 'confirm-delete', role: 'group', 'aria-label': `Delete ${name}?` },
      h('span', {}, 'Delete for good? '),
      h(
        'button',
        {
          type: 'button',
          class: 'btn small keep',
          onclick: () => {
            confirmDelete = null;
            renderList();
            list.querySelector<HTMLElement>(`[data-slot="${CSS.escape(id)}"] button[aria-label^="Delete"]`)?.focus();
          },
        },
        'Keep it',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn small danger',
          'aria-label': `Yes, delete ${name}`,
          onclick: () => {
            const ids = keeper.store.list().map((x) => x.id);
            const next = ids[ids.indexOf(id) + 1] ?? ids[ids.indexOf(id) - 1] ?? null;
            keeper.store.remove(id);
            confirmDelete = null;
            say(`Deleted “${name}”.`);
            renderList();
            const target = next ? list.querySelector<HTMLElement>(`[data-slot="${CSS.escape(next)}"] button`) : null;
            (target ?? dialog.querySelector<HTMLElement>('#saves-yours'))?.focus();
          },
        },
        'Yes, delete',
      ),
    );
  }

  function slotRow(slot: Slot): HTMLElement {
    return h(
      'li',
      { class: 'saves-item', 'data-slot': slot.id },
      h(
        'p',
        {},
        h('strong', {}, slot.name),
        ` · ${KIND_LABEL[slot.kind]} ${formatTime(slot.savedAt)}`,
        h('br', {}),
        `${slot.summary.where} · move ${slot.summary.moves} · ${slot.summary.nodes} move${slot.summary.nodes === 1 ? '' : 's'} in all branches`,
      ),
      h(
        'div',
        { class: 'saves-row' },
        h(
          'button',
          { type: 'button', class: 'btn small', 'aria-label': `Load ${slot.name}`, onclick: () => after(keeper.load(slot.id)) },
          'Load',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn small',
            'aria-label': `Download ${slot.name}`,
            onclick: () => download(fileName(slot.name), slot.data),
          },
          'Download',
        ),
        deleteControls(slot.id, slot.name),
      ),
    );
  }

  function renderList(): void {
    const slots = keeper.store.list();
    const unreadable = keeper.store.readProblem;
    if (unreadable) alert.textContent = unreadable;
    replace(
      list,
      slots.length === 0
        ? h(
            'p',
            {},
            unreadable ? 'The saved games could not be read.' : 'No saves yet. Games are saved automatically as you play.',
          )
        : h(
            'ul',
            { class: 'saves-list', 'aria-label': 'Stored saves' },
            ...slots.map((s) =>
              isDamaged(s)
                ? h(
                    'li',
                    { class: 'saves-item damaged', 'data-slot': s.id },
                    h('p', {}, `A damaged save (${s.id}) that cannot be loaded. `),
                    h(
                      'div',
                      { class: 'saves-row' },
                      h(
                        'button',
                        { type: 'button', class: 'btn small', onclick: () => download(fileName(`damaged-${s.id}`), s.raw) },
                        'Download what is left',
                      ),
                      deleteControls(s.id, `the damaged save ${s.id}`),
                    ),
                  )
                : slotRow(s),
            ),
          ),
    );
  }

  function importSection(): HTMLElement {
    const file = h('input', {
      id: 'import-file',
      type: 'file',
      accept: '.json,.txt,application/json,text/plain',
      onchange: async () => {
        const f = file.files?.[0];
        file.value = '';
        if (!f) return;
        if (f.size > MAX_IMPORT_CHARS * 4) {
          warn(
            `“${f.name}” is ${(f.size / 1_000_000).toFixed(1)} MB: far too large to be a Hanoi Summit save. Nothing was imported.`,
          );
          return;
        }
        let text: string;
        try {
          text = await f.text();
        } catch {
          warn(`“${f.name}” could not be read. Nothing was imported.`);
          return;
        }
        after(keeper.importText(text, f.name.replace(/\.(json|txt)$/i, '')));
      },
    });
    const paste = h('textarea', {
      id: 'import-text',
      rows: 3,
      class: 'mono',
      placeholder: 'A save, a share code or a share link',
    });
    return h(
      'section',
      { class: 'saves-section', 'aria-labelledby': 'saves-import' },
      h('h3', { id: 'saves-import' }, 'Import'),
      h('label', { for: 'import-file' }, 'A save file '),
      file,
      h('label', { for: 'import-text' }, 'Or paste a save, a share code or a share link'),
      paste,
      h(
        'div',
        { class: 'saves-row' },
        h(
          'button',
          { type: 'button', class: 'btn small', onclick: () => after(keeper.importText(paste.value)) },
          'Import pasted text',
        ),
      ),
      h('p', { class: 'hint' }, 'An import is added as a new save; it never replaces one you have.'),
    );
  }

  const render = () => {
    confirmDelete = null;
    alert.textContent = keeper.store.problem ?? keeper.lastError ?? '';
    status.textContent = '';
    renderList();
    replace(
      body,
      thisGame(),
      h(
        'section',
        { class: 'saves-section', 'aria-labelledby': 'saves-yours' },
        h('h3', { id: 'saves-yours', tabindex: -1 }, 'Your saves'),
        list,
      ),
      importSection(),
    );
  };

  return {
    dialog,
    open: (from) => {
      render();
      modal.open(from);
    },
  };
}
