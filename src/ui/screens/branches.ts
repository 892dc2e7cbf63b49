/**
 * The branch map's DOM side: the whole timeline as an accessible tree beside the canvas map
 * (./branchTree.ts), with the same actions: go to the selected move, compare it with the current branch,
 * odds from it, and the map's zoom buttons.
 */
import '../../styles/branches.css';
import { branchModel, describeNode } from '../../app/branchModel.ts';
import { branchSelection } from '../../app/branchSelection.ts';
import type { Controller } from '../../app/controller.ts';
import { m } from '../../app/strings/catalogue.ts';
import { h, onDispose, replace } from '../dom.ts';
import { BranchTree, keepCollapsedFor } from './branchTree.ts';
import { comparePanel } from './comparePanel.ts';
import { oddsPanel } from './oddsPanel.ts';

function legend(): HTMLElement {
  const entry = (swatch: string, text: string) =>
    h('li', {}, h('span', { class: `bn-swatch ${swatch}`, 'aria-hidden': 'true' }), h('span', {}, text));
  return h(
    'details',
    { class: 'notes branch-legend', open: true },
    h('summary', {}, m.branches_legend()),
    h(
      'ul',
      {},
      entry('sw-path', m.branches_legend_path()),
      entry('sw-branch', m.branches_legend_branch()),
      entry('sw-record', m.branches_legend_record()),
      entry('sw-ending', m.branches_legend_ending()),
      entry('sw-us', 'US move · DPRK move'),
      entry('sw-person', m.branches_legend_person()),
      entry('sw-untried', m.branches_legend_untried()),
    ),
  );
}

export function branchesScreen(controller: Controller): HTMLElement {
  const timeline = controller.timeline;
  keepCollapsedFor(timeline);
  if (!timeline)
    return h(
      'section',
      { class: 'screen branches-screen' },
      h('h2', { id: 'screen-heading', tabindex: -1 }, m.toolbar_branch_map()),
    );
  const summary = h('p', { class: 'branch-summary' });
  const alert = h('p', { class: 'alert', role: 'alert', hidden: true });
  const tree = new BranchTree(controller, 'branch-tree-label');
  const selectedText = h('p', { class: 'branch-selected-text', id: 'branch-selected-text' });
  const extra = h('div', { class: 'branch-extra', tabindex: -1 });
  let model = branchModel(timeline);

  const showError = (message: string) => {
    alert.textContent = message;
    alert.hidden = false;
  };
  tree.onError = showError;
  const selected = (): number => {
    const id = branchSelection.selected;
    return id !== null && id < model.nodes.length ? id : model.current;
  };
  const goButton = h('button', { type: 'button', class: 'btn primary', onclick: () => tree.go(selected()) }, m.branches_go());
  const compareButton = h(
    'button',
    {
      type: 'button',
      class: 'btn',
      'aria-describedby': 'branch-selected-text',
      onclick: () => mount(m.branches_compare_region(), comparePanel(controller, selected(), model.current)),
    },
    m.branches_compare(),
  );
  const oddsButton = h(
    'button',
    {
      type: 'button',
      class: 'btn',
      'aria-describedby': 'branch-selected-text',
      onclick: () => mount(m.branches_odds_region(), oddsPanel(controller, selected())),
    },
    m.odds_heading(),
  );
  const mount = (label: string, panel: HTMLElement) => {
    extra.setAttribute('role', 'region');
    extra.setAttribute('aria-label', label);
    replace(
      extra,
      panel,
      h(
        'button',
        {
          type: 'button',
          class: 'btn small',
          onclick: () => {
            replace(extra);
            extra.removeAttribute('role');
            extra.removeAttribute('aria-label');
            (compareButton.disabled ? goButton : compareButton).focus();
          },
        },
        m.dialog_close(),
      ),
    );
    extra.focus({ preventScroll: true });
    extra.scrollIntoView?.({ block: 'nearest' });
  };

  const describeSelection = () => {
    const n = model.nodes[selected()];
    selectedText.textContent = describeNode(n);
    compareButton.disabled = n.id === model.current;
    goButton.textContent = n.current ? m.branches_back() : m.branches_go();
  };
  const refresh = () => {
    model = branchModel(timeline);
    const moves = model.nodes.length - 1;
    const here = model.nodes[model.current];
    const counts = m.branches_counts({
      branches: m.branches_count({ count: model.branches }),
      moves: m.branches_moves({ count: moves }),
    });
    const where = here.parent === null ? m.compare_the_start() : m.compare_at_move({ move: here.depth });
    const stands = here.ending ? m.branches_stands_ended({ where, ending: here.ending.title }) : m.branches_stands({ where });
    summary.textContent = [counts, stands, timeline.locked ? m.branches_locked() : ''].filter(Boolean).join(' ');
    tree.render(model);
    describeSelection();
  };

  // The map opens on the node the game stands on.
  branchSelection.select(timeline.current.id, 'dom');
  refresh();
  const offSelect = branchSelection.on('select', ({ id, from }) => {
    if (from === 'canvas' && id !== null) tree.mark(id, false);
    describeSelection();
  });
  const offTimeline = controller.on('timeline', refresh);
  // Once the screen is on the page, the tree shows the selected move.
  requestAnimationFrame(() => tree.reveal());
  onDispose(() => {
    offSelect();
    offTimeline();
  });

  return h(
    'section',
    { class: 'screen branches-screen', 'aria-labelledby': 'screen-heading' },
    h('h2', { id: 'screen-heading', tabindex: -1 }, m.toolbar_branch_map()),
    summary,
    h(
      'div',
      { class: 'branch-toolbar' },
      h('button', { type: 'button', class: 'btn primary', onclick: () => controller.closeBranches() }, m.print_back()),
      h(
        'div',
        { class: 'branch-zoom', role: 'group', 'aria-label': m.branches_map_view() },
        h(
          'button',
          { type: 'button', class: 'btn small', onclick: () => branchSelection.zoom('in') },
          h('span', { 'aria-hidden': 'true' }, '+ '),
          m.branches_zoom_in(),
        ),
        h(
          'button',
          { type: 'button', class: 'btn small', onclick: () => branchSelection.zoom('out') },
          h('span', { 'aria-hidden': 'true' }, '− '),
          m.branches_zoom_out(),
        ),
        h(
          'button',
          { type: 'button', class: 'btn small', onclick: () => branchSelection.zoom('reset') },
          m.branches_reset_view(),
        ),
      ),
    ),
    alert,
    legend(),
    h('h3', { id: 'branch-tree-label' }, m.branches_tree_heading()),
    h('p', { class: 'hint', id: 'branch-tree-help' }, m.branches_tree_keys()),
    h('div', { class: 'branch-tree-box' }, tree.el),
    h(
      'div',
      { class: 'branch-selected', role: 'group', 'aria-label': m.branches_selected_label() },
      h('p', { class: 'eyebrow' }, m.branches_selected()),
      selectedText,
      h('div', { class: 'branch-selected-actions' }, goButton, compareButton, oddsButton),
    ),
    extra,
  );
}
