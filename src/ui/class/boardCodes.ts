/**
 * Class results from codes: the board without a server. Each table's debrief shows its result code;
 * the teacher pastes or types them into the "Result codes" box (one at a time or many at once) and
 * builds the board, which the browser makes by replaying each code. A bad code never costs the good
 * ones: the board is built from every code that reads, each bad one is named with the reason, and the
 * box keeps what was typed so it can be corrected and built again.
 */
import { buildBoard, type CodesResult, resultCodesToTables } from '../../app/classBoard.ts';
import { m } from '../../app/strings/catalogue.ts';
import { h, replace } from '../dom.ts';
import { boardBody, exportButtons } from './board.ts';
import { showClassScreen } from './host.ts';

export function openBoardFromCodes(back: () => void): void {
  let result: CodesResult | null = null;
  const box = h('textarea', {
    id: 'result-codes',
    class: 'mono results-codes',
    rows: 6,
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': 'result-codes-hint',
  });
  const problems = h('div', { class: 'results-problems', id: 'result-code-problems', role: 'alert' });
  const status = h('p', { class: 'results-status', id: 'result-code-status', role: 'status' });
  const body = h('div', { class: 'results-host' });
  const exports = exportButtons(() => result?.dashboard ?? null);
  exports.hidden = true;
  const build = () => {
    replace(problems);
    if (box.value.trim() === '') {
      replace(problems, h('p', { class: 'alert' }, m.class_board_codes_empty()));
      return;
    }
    result = resultCodesToTables(box.value);
    status.textContent = m.class_board_codes_added({ count: result.tables.length });
    if (result.problems.length > 0)
      replace(
        problems,
        h(
          'div',
          { class: 'alert' },
          h('p', {}, m.class_board_problems()),
          h(
            'ul',
            {},
            ...result.problems.map((p) =>
              h('li', { class: 'mono-code' }, m.class_board_problem({ code: p.code, message: p.message })),
            ),
          ),
        ),
      );
    replace(body, boardBody(buildBoard(result.tables)));
    exports.hidden = result.tables.length === 0;
  };
  document.title = m.page_title({ screen: m.class_board_from_codes() });
  showClassScreen(
    h(
      'div',
      { class: 'screen class-screen class-results' },
      h('h2', { id: 'screen-heading', tabindex: -1 }, m.class_board_from_codes()),
      h(
        'form',
        {
          class: 'class-form results-codes-form',
          onsubmit: (e: Event) => {
            e.preventDefault();
            build();
          },
        },
        h('label', { for: 'result-codes' }, m.class_board_codes_label()),
        h('p', { class: 'hint', id: 'result-codes-hint' }, m.class_board_codes_intro()),
        box,
        h(
          'div',
          { class: 'form-actions' },
          h('button', { type: 'submit', class: 'btn primary', id: 'result-codes-build' }, m.class_board_build()),
          h('button', { type: 'button', class: 'btn', onclick: back }, m.class_back()),
        ),
        problems,
        status,
      ),
      body,
      exports,
    ),
  );
}
