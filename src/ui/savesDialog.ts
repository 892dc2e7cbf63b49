/**
 * Saves: a named copy of this game, a save file and text to export, a share link, the list of stored
 * saves (load, download, delete), and import from a file or pasted text. Every problem is shown in the
 * dialog; nothing here can overwrite another save.
 */
import '../styles/history-saves.css';
import type { Controller } from '../app/controller.ts';
import { formatLocale, m, messageRecord } from '../app/strings/catalogue.ts';
import { type DialogHandle, modalDialog } from './dialog.ts';
import { h, replace } from './dom.ts';
import { MAX_IMPORT_CHARS, type Outcome, type SaveKeeper } from './saves/keeper.ts';
import { isDamaged, type Slot } from './saves/store.ts';

const KIND_LABEL = messageRecord({ auto: m.slot_kind_auto, named: m.slot_kind_named, imported: m.slot_kind_imported });

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

export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(formatLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

export function createSavesDialog(controller: Controller, keeper: SaveKeeper): DialogHandle {
  const body = h('div', { class: 'saves-body' });
  const status = h('p', { class: 'saves-status', role: 'status', 'aria-live': 'polite' });
  const alert = h('p', { class: 'alert saves-alert', role: 'alert' });
  let confirmDelete: string | null = null;

  const modal = modalDialog({
    headingId: 'saves-title',
    className: 'saves-dialog',
    title: m.saves_heading(),
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
      value: m.saves_default_name({ seed: t.seed, depth: t.current.depth }),
    });
    const text = h('textarea', { id: 'save-text', readonly: true, rows: 3, class: 'mono' });
    const code = keeper.shareCode() ?? '';
    const link = `${location.origin}${location.pathname}?code=${code}`;
    const linkBox = h('input', { id: 'share-link', type: 'text', readonly: true, value: link, class: 'mono' });
    const copy = async (el: HTMLInputElement | HTMLTextAreaElement, what: 'text' | 'link') => {
      el.select();
      try {
        await navigator.clipboard.writeText(el.value);
        say(what === 'text' ? m.saves_text_copied() : m.saves_link_copied());
      } catch {
        say(what === 'text' ? m.saves_text_selected() : m.saves_link_selected());
      }
    };
    return h(
      'section',
      { class: 'saves-section', 'aria-labelledby': 'saves-this' },
      h('h3', { id: 'saves-this' }, m.saves_this_game()),
      h(
        'form',
        {
          class: 'saves-row',
          onsubmit: (e: Event) => {
            e.preventDefault();
            const r = keeper.saveAs(name.value);
            if (r.ok) {
              say(m.saves_saved_as({ name: r.slot.name }));
              renderList();
            } else warn(r.error);
          },
        },
        h('label', { for: 'save-name' }, m.saves_name_label()),
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
              say(m.saves_downloading());
            },
          },
          m.saves_download_file(),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn small',
            onclick: () => {
              text.value = t.save();
              text.hidden = false;
              void copy(text, 'text');
            },
          },
          m.saves_copy_text(),
        ),
      ),
      Object.assign(text, { hidden: true }),
      h('label', { for: 'share-link' }, m.saves_share_link_label()),
      h(
        'div',
        { class: 'saves-row' },
        linkBox,
        h('button', { type: 'button', class: 'btn small', onclick: () => void copy(linkBox, 'link') }, m.saves_copy_link()),
      ),
      h('p', { class: 'hint' }, m.saves_code_length({ count: code.length })),
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
          'aria-label': m.saves_delete_named({ name }),
          onclick: () => {
            confirmDelete = id;
            renderList();
            list.querySelector<HTMLElement>(`[data-slot="${CSS.escape(id)}"] .keep`)?.focus();
          },
        },
        m.saves_delete(),
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
        m.saves_keep(),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn small danger',
          'aria-label': m.saves_confirm_delete_named({ name }),
          onclick: () => {
            const ids = keeper.store.list().map((x) => x.id);
            const next = ids[ids.indexOf(id) + 1] ?? ids[ids.indexOf(id) - 1] ?? null;
            keeper.store.remove(id);
            confirmDelete = null;
            say(m.saves_deleted({ name }));
            renderList();
            const target = next ? list.querySelector<HTMLElement>(`[data-slot="${CSS.escape(next)}"] button`) : null;
            (target ?? dialog.querySelector<HTMLElement>('#saves-yours'))?.focus();
          },
        },
        m.saves_confirm_delete(),
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
        m.saves_slot_meta({ kind: KIND_LABEL[slot.kind], time: formatTime(slot.savedAt) }),
        h('br', {}),
        m.saves_slot_summary({ where: slot.summary.where, moves: slot.summary.moves, count: slot.summary.nodes }),
      ),
      h(
        'div',
        { class: 'saves-row' },
        h(
          'button',
          { type: 'button', class: 'btn small', 'aria-label': `Load ${slot.name}`, onclick: () => after(keeper.load(slot.id)) },
          m.saves_load(),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn small',
            'aria-label': m.saves_download_named({ name: slot.name }),
            onclick: () => download(fileName(slot.name), slot.data),
          },
          m.saves_download(),
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
        ? h('p', {}, unreadable ? m.saves_unreadable_list() : m.saves_none())
        : h(
            'ul',
            { class: 'saves-list', 'aria-label': m.saves_list_label() },
            ...slots.map((s) =>
              isDamaged(s)
                ? h(
                    'li',
                    { class: 'saves-item damaged', 'data-slot': s.id },
                    h('p', {}, m.saves_damaged_row({ id: s.id })),
                    h(
                      'div',
                      { class: 'saves-row' },
                      h(
                        'button',
                        { type: 'button', class: 'btn small', onclick: () => download(fileName(`damaged-${s.id}`), s.raw) },
                        m.saves_download_damaged(),
                      ),
                      deleteControls(s.id, m.saves_damaged_name({ id: s.id })),
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
          warn(m.import_file_too_large({ name: f.name, megabytes: (f.size / 1_000_000).toFixed(1) }));
          return;
        }
        let text: string;
        try {
          text = await f.text();
        } catch {
          warn(m.import_file_unreadable({ name: f.name }));
          return;
        }
        after(keeper.importText(text, f.name.replace(/\.(json|txt)$/i, '')));
      },
    });
    const paste = h('textarea', {
      id: 'import-text',
      rows: 3,
      class: 'mono',
      placeholder: m.import_paste_placeholder(),
    });
    return h(
      'section',
      { class: 'saves-section', 'aria-labelledby': 'saves-import' },
      h('h3', { id: 'saves-import' }, m.import_heading()),
      h('label', { for: 'import-file' }, m.import_file_label()),
      file,
      h('label', { for: 'import-text' }, m.import_paste_label()),
      paste,
      h(
        'div',
        { class: 'saves-row' },
        h(
          'button',
          { type: 'button', class: 'btn small', onclick: () => after(keeper.importText(paste.value)) },
          m.import_paste_button(),
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
        h('h3', { id: 'saves-yours', tabindex: -1 }, m.saves_yours()),
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
