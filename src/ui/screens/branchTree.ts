/**
 * The branch map's keyboard tree: the whole timeline as an ARIA tree, flat in the DOM. Linear runs are
 * flattened like the variations of a chess game: a branch point's first move continues the line at the
 * same level, and each other branch from it becomes a nested group headed by its first move. Arrow keys
 * move (selection follows focus and shows on the canvas), Right opens and enters a group, Left closes it
 * or goes up, Home/End jump, Enter or Space goes to the move. Which groups are closed is remembered per
 * timeline, so the tree reopens as it was left.
 */
import { type BranchModel, describeNode, type MapNode } from '../../app/branchModel.ts';
import { branchSelection } from '../../app/branchSelection.ts';
import type { Controller } from '../../app/controller.ts';
import { m } from '../../app/strings/catalogue.ts';
import { h, replace } from '../dom.ts';

/** Branch points the player has closed, in the timeline they belong to: the tree reopens as it was left. */
const collapsed = new Set<number>();
let collapsedIn: object | null = null;

/** Forgets the closed branch points when the screen opens on another timeline (or none). */
export function keepCollapsedFor(timeline: object | null): void {
  if (timeline === collapsedIn) return;
  collapsed.clear();
  collapsedIn = timeline;
}

const itemId = (id: number) => `branch-node-${id}`;

/** The node's mark, as on the canvas: round for the US, square for the DPRK; filled for a player. */
function glyph(n: MapNode): HTMLElement {
  const kind = n.parent === null ? 'start' : `${n.side}-${n.byPerson ? 'person' : 'computer'}`;
  return h('span', { class: `bn-glyph bn-${kind}`, 'aria-hidden': 'true' });
}

/**
 * A node's row: a compact visible line (hidden from screen readers) and, for them, the node in words,
 * which is the item's accessible name ("Move 9, US player, The dinner: …. Current. On the record.
 * Ending: …. Next decision: …, 2 choices untried.").
 */
function row(n: MapNode): HTMLElement {
  const untried = n.next?.untried ?? 0;
  const start = n.parent === null;
  return h(
    'span',
    { class: 'bn-row-wrap' },
    h(
      'span',
      { class: 'bn-row', 'aria-hidden': 'true', title: describeNode(n) },
      glyph(n),
      h('span', { class: 'bn-num' }, start ? '' : String(n.depth)),
      h(
        'span',
        { class: `bn-move${n.onRecord && !start ? (n.inferred ? ' bn-record bn-inferred' : ' bn-record') : ''}` },
        start ? m.branch_the_start() : n.move,
      ),
      n.byPerson ? h('span', { class: 'bn-who' }, n.who) : null,
      n.current ? h('span', { class: 'bn-tag bn-here' }, m.branches_here()) : null,
      n.ending ? h('span', { class: 'bn-tag bn-ending' }, `⚑ ${n.ending.title}`) : null,
      untried > 0 && n.next
        ? h(
            'span',
            { class: 'bn-tag bn-untried', title: m.branches_next_decision({ title: n.next.title }) },
            m.branches_untried({ count: untried }),
          )
        : null,
    ),
    h('span', { class: 'sr-only' }, describeNode(n)),
  );
}

interface Entry {
  readonly id: number;
  readonly level: number;
  /** The item this one sits under (its tree parent), or null at the top level. */
  readonly owner: number | null;
  /** Items under this one, in order. */
  readonly members: number[];
}

/**
 * The tree, flat in the DOM (levels, sizes and positions by ARIA attributes), so that each item holds
 * only its own row and its name is that row's text.
 */
export class BranchTree {
  readonly el: HTMLUListElement;
  private items = new Map<number, HTMLLIElement>();
  private entries = new Map<number, Entry>();
  private order: Entry[] = [];
  private top: readonly number[] = [];
  onError: ((message: string) => void) | null = null;

  constructor(
    private controller: Controller,
    labelledBy: string,
  ) {
    this.el = h('ul', {
      role: 'tree',
      class: 'branch-tree',
      'aria-labelledby': labelledBy,
      'aria-describedby': 'branch-tree-help',
      onkeydown: (e: Event) => this.onKey(e as KeyboardEvent),
    });
  }

  render(model: BranchModel): void {
    this.layout(model);
    this.items = new Map();
    const lis = this.order.map((e) => this.item(model.nodes[e.id], e));
    replace(this.el, ...lis);
    this.applyOpen();
    const selected = branchSelection.selected;
    this.mark(selected !== null && this.items.has(selected) ? selected : model.current, false);
  }

  /**
   * Document order: the first line at level 1; after a branch point come its other branches, each
   * headed by its first move with the rest of its line one level deeper.
   */
  private layout(model: BranchModel): void {
    const heads = new Map(model.lines.map((l) => [l.nodes[0], l]));
    this.order = [];
    this.entries = new Map();
    const add = (id: number, level: number, owner: number | null, continuation: readonly number[]) => {
      const entry: Entry = { id, level, owner, members: [] };
      this.order.push(entry);
      this.entries.set(id, entry);
      for (const alt of model.nodes[id].children.slice(1)) {
        entry.members.push(alt);
        add(alt, level + 1, id, heads.get(alt)?.nodes.slice(1) ?? []);
      }
      for (const next of continuation) {
        entry.members.push(next);
        add(next, level + 1, id, []);
      }
    };
    this.top = model.lines[0].nodes;
    for (const id of this.top) add(id, 1, null, []);
  }

  private item(n: MapNode, e: Entry): HTMLLIElement {
    const siblings = e.owner === null ? this.top : (this.entries.get(e.owner)?.members ?? []);
    const li = h(
      'li',
      {
        role: 'treeitem',
        id: itemId(n.id),
        'data-node': n.id,
        class: `bn-item${n.byPerson || n.parent === null ? ' bn-person' : ''}${n.onPath ? ' bn-path' : ''}`,
        style: `--level: ${e.level - 1}`,
        'aria-level': e.level,
        'aria-setsize': siblings.length,
        'aria-posinset': siblings.indexOf(n.id) + 1,
        'aria-selected': 'false',
        tabindex: -1,
      },
      row(n),
    );
    li.addEventListener('click', () => this.mark(n.id, true));
    li.addEventListener('dblclick', () => this.go(n.id));
    this.items.set(n.id, li);
    return li;
  }

  /** Shows the items whose every owner is open; sets aria-expanded on items that have members. */
  private applyOpen(): void {
    for (const e of this.order) {
      const li = this.items.get(e.id) as HTMLLIElement;
      if (e.members.length > 0) li.setAttribute('aria-expanded', String(!collapsed.has(e.id)));
      let shown = true;
      for (let o = e.owner; o !== null && shown; o = this.entries.get(o)?.owner ?? null) shown = !collapsed.has(o);
      li.hidden = !shown;
    }
  }

  private setOpen(id: number, open: boolean): void {
    if (!this.entries.get(id)?.members.length) return;
    if (open) collapsed.delete(id);
    else collapsed.add(id);
    this.applyOpen();
  }

  /** Items a keyboard can reach: those not under a closed item, in document order. */
  private visible(): HTMLLIElement[] {
    return this.order.map((e) => this.items.get(e.id) as HTMLLIElement).filter((li) => !li.hidden);
  }

  /** Selects a node: one tab stop, aria-selected, its owners opened, scrolled into view; focus if asked. */
  mark(id: number, focus: boolean): void {
    const li = this.items.get(id);
    if (!li) return;
    for (const other of this.el.querySelectorAll<HTMLLIElement>('[aria-selected="true"], [tabindex="0"]')) {
      other.setAttribute('aria-selected', 'false');
      other.tabIndex = -1;
    }
    let reopened = false;
    for (let o = this.entries.get(id)?.owner ?? null; o !== null; o = this.entries.get(o)?.owner ?? null) {
      reopened = collapsed.delete(o) || reopened;
    }
    if (reopened) this.applyOpen();
    li.setAttribute('aria-selected', 'true');
    li.tabIndex = 0;
    this.reveal(li);
    if (focus) li.focus({ preventScroll: true });
    branchSelection.select(id, 'dom');
  }

  /** Scrolls the tree's own box (never the panel around it) so that an item shows. */
  reveal(li: HTMLLIElement | undefined = this.el.querySelector<HTMLLIElement>('[aria-selected="true"]') ?? undefined): void {
    const box = this.el.parentElement;
    if (!li || !box || !li.isConnected) return;
    const top = li.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientTop + box.scrollTop;
    const bottom = top + li.getBoundingClientRect().height;
    if (top < box.scrollTop) box.scrollTop = Math.max(0, top - 8);
    else if (bottom > box.scrollTop + box.clientHeight) box.scrollTop = bottom - box.clientHeight + 8;
  }

  go(id: number): void {
    const problem = this.controller.goTo(id);
    if (problem) this.onError?.(problem);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const li = (e.target as HTMLElement).closest<HTMLLIElement>('[role="treeitem"]');
    if (!li) return;
    const id = Number(li.dataset.node);
    const entry = this.entries.get(id);
    if (!entry) return;
    const items = this.visible();
    const i = items.indexOf(li);
    const to = (target: number | null | undefined) => {
      if (target !== null && target !== undefined) this.mark(target, true);
    };
    const at = (k: number) => (items[k] ? Number(items[k].dataset.node) : undefined);
    const open = entry.members.length > 0 && !collapsed.has(id);
    switch (e.key) {
      case 'ArrowDown':
        to(at(i + 1));
        break;
      case 'ArrowUp':
        to(at(i - 1));
        break;
      case 'Home':
        to(at(0));
        break;
      case 'End':
        to(at(items.length - 1));
        break;
      case 'ArrowRight':
        if (entry.members.length === 0) break;
        if (open) to(entry.members[0]);
        else this.setOpen(id, true);
        break;
      case 'ArrowLeft':
        if (open) this.setOpen(id, false);
        else to(entry.owner);
        break;
      case 'Enter':
      case ' ':
        this.go(id);
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  }
}
