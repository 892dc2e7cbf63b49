/**
 * The branch map's DOM side: the whole timeline as an accessible tree beside the canvas map
 * (./branchTree.ts), with the same actions: go to the selected move, compare it with the current branch,
 * odds from it, and the map's zoom buttons.
 */
import '../../styles/branches.css';
import { branchModel, describeNode } from '../../app/branchModel.ts';
import { branchSelection } from '../../app/branchSelection.ts';
import type { Controller } from '../../app/controller.ts';
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
    h('summary', {}, 'Legend'),
    h(
      'ul',
      {},
      entry('sw-path', 'Path to where you are'),
      entry('sw-branch', 'Other branches'),
      entry('sw-record', 'On the record (2019)'),
      entry('sw-ending', 'Ending reached'),
      entry('sw-us', 'US move · DPRK move'),
      entry('sw-person', 'Player · computer'),
      entry('sw-untried', 'Choices untried next'),
    ),
  );
}

export function branchesScreen(controller: Controller): HTMLElement {
  const timeline = controller.timeline;
  keepCollapsedFor(timeline);
  if (!timeline)
    return h('section', { class: 'screen branches-screen' }, h('h2', { id: 'screen-heading', tabindex: -1 }, 'Branch map'));
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
  const goButton = h('button', { type: 'button', class: 'btn primary', onclick: () => tree.go(selected()) }, 'Go to this move');
  const compareButton = h(
    'button',
    {
      type: 'button',
      class: 'btn',
      'aria-describedby': 'branch-selected-text',
      onclick: () => mount('Comparison of two branches', comparePanel(controller, selected(), model.current)),
    },
    'Compare with the current branch',
  );
  const oddsButton = h(
    'button',
    {
      type: 'button',
      class: 'btn',
      'aria-describedby': 'branch-selected-text',
      onclick: () => mount('Odds from the selected move', oddsPanel(controller, selected())),
    },
    'Odds from here',
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
        'Close',
      ),
    );
    extra.focus({ preventScroll: true });
    extra.scrollIntoView?.({ block: 'nearest' });
  };

  const describeSelection = () => {
    const n = model.nodes[selected()];
    selectedText.textContent = describeNode(n);
    compareButton.disabled = n.id === model.current;
    goButton.textContent = n.current ? 'Back to this move' : 'Go to this move';
  };
  const refresh = () => {
    model = branchModel(timeline);
    const moves = model.nodes.length - 1;
    const here = model.nodes[model.current];
    summary.textContent = `${model.branches} branch${model.branches === 1 ? '' : 'es'}, ${moves} move${moves === 1 ? '' : 's'}. The game stands at ${here.parent === null ? 'the start' : `move ${here.depth}`}${here.ending ? `: ${here.ending.title}` : ''}.${timeline.locked ? ' Locked for assessment: you can go back to review, but not choose differently.' : ''}`;
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
    h('h2', { id: 'screen-heading', tabindex: -1 }, 'Branch map'),
    summary,
    h(
      'div',
      { class: 'branch-toolbar' },
      h('button', { type: 'button', class: 'btn primary', onclick: () => controller.closeBranches() }, 'Back to the game'),
      h(
        'div',
        { class: 'branch-zoom', role: 'group', 'aria-label': 'Map view' },
        h(
          'button',
          { type: 'button', class: 'btn small', onclick: () => branchSelection.zoom('in') },
          h('span', { 'aria-hidden': 'true' }, '+ '),
          'Zoom in',
        ),
        h(
          'button',
          { type: 'button', class: 'btn small', onclick: () => branchSelection.zoom('out') },
          h('span', { 'aria-hidden': 'true' }, '− '),
          'Zoom out',
        ),
        h('button', { type: 'button', class: 'btn small', onclick: () => branchSelection.zoom('reset') }, 'Reset view'),
      ),
    ),
    alert,
    legend(),
    h('h3', { id: 'branch-tree-label' }, 'Moves and branches'),
    h(
      'p',
      { class: 'hint', id: 'branch-tree-help' },
      'Up and Down move; Right and Left open and close a branch; Enter goes to the move.',
    ),
    h('div', { class: 'branch-tree-box' }, tree.el),
    h(
      'div',
      { class: 'branch-selected', role: 'group', 'aria-label': 'Selected move' },
      h('p', { class: 'eyebrow' }, 'Selected'),
      selectedText,
      h('div', { class: 'branch-selected-actions' }, goButton, compareButton, oddsButton),
    ),
    extra,
  );
}
