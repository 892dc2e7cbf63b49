/**
 * The summit's rooms: Hanoi at night, the Metropole dining room, the garden, the expanded-meeting
 * table, the press rooms. The backdrop follows the beat; portraits, meters and clock follow the view.
 */
import type { GameObjects } from 'phaser';
import { choiceById } from '../../app/content.ts';
import { REACTION_LINE, SIDE_SHORT } from '../../app/labels.ts';
import { stageFor } from '../../app/stageModel.ts';
import { m } from '../../app/strings/catalogue.ts';
import { tableBoard } from '../../app/tableBoard.ts';
import { type GameEvent, otherSide, type Side } from '../../sim/session/index.ts';
import type { View } from '../../sim/session/view.ts';
import { FigureRow } from '../art/figures.ts';
import { Hud } from '../art/hud.ts';
import { signingSetPiece, walkSetPiece } from '../art/setPieces.ts';
import { type CompactBoard, TableBoard } from '../art/tableBoard.ts';
import { COLOR, WIDTH } from '../theme.ts';
import { BaseScene } from './base.ts';

export class Summit extends BaseScene {
  private bg: GameObjects.Image | null = null;
  private bgKey = '';
  private figures!: FigureRow;
  private hud!: Hud;
  private tableTop: GameObjects.Graphics | null = null;
  private board!: TableBoard;
  /** The bargaining board is on the stage (a table beat): the figures step aside. */
  private boardUp = false;

  constructor() {
    super('Summit');
  }

  create(): void {
    this.bg = null;
    this.bgKey = '';
    this.tableTop = null;
    this.figures = new FigureRow(this, (d) => this.ms(d), this.look);
    this.hud = new Hud(this, this.look, (d) => this.ms(d));
    this.board = new TableBoard(this, this.look);
    this.boardUp = false;
    this.panelShade(0.45);
    this.redraw();
    this.fadeIn();
    this.listen('update', () => this.redraw());
    this.listen('move', ({ event, after }) => this.onMove(event, after));
    // The board's form follows the size the canvas is shown at (a phone turned, a window resized).
    const resized = () => this.redraw();
    this.scale.on('resize', resized);
    this.events.once('shutdown', () => this.scale.off('resize', resized));
  }

  /**
   * Below this shown width (CSS px) the board's 14 px design text would read at under 10 px on screen:
   * the stage is then a banner over the panel (phones, portrait tablets) and the board draws compact.
   */
  private static readonly COMPACT_BELOW = 900;
  /** The smallest text the compact board draws, in CSS px on the screen. */
  private static readonly COMPACT_TEXT = 16;

  /**
   * The compact board's form (the design font size that shows at `COMPACT_TEXT` px, and whether the
   * panel sits beside the stage, a phone on its side), or undefined when the full board reads.
   */
  private compactBoard(): CompactBoard | undefined {
    const shown = this.scale.displaySize.width;
    if (!(shown > 0) || shown >= Summit.COMPACT_BELOW) return undefined;
    return {
      px: Math.ceil((Summit.COMPACT_TEXT * this.look.scale * WIDTH) / shown),
      // The same query as responsive.css's side-by-side layout (a phone on its side).
      rowsBeside: window.matchMedia('(max-height: 560px) and (orientation: landscape)').matches,
    };
  }

  private redraw(): void {
    const view = this.controller.view();
    const stage = view && stageFor(view);
    if (!view || !stage || !view.beat) return;
    this.setBackdrop(`loc:${stage.backdrop}`);
    this.hud.draw(stage, view.beat.title);
    const board = view.beat.kind === 'table' ? tableBoard(view, this.controller.session?.settings.drills ?? false) : null;
    this.boardUp = board !== null;
    this.drawTable(!board && view.beat.kind === 'table');
    if (board) {
      this.figures.setVisible(false);
      this.board.draw(board, this.hud.top, this.hud.bottom, this.compactBoard());
      return;
    }
    this.board.clear();
    this.figures.setVisible(true);
    this.figures.keepBetween(this.hud.top, this.hud.bottom);
    this.figures.show(stage.figures, stage.viewer);
  }

  private setBackdrop(key: string): void {
    if (key === this.bgKey) return;
    this.bgKey = key;
    // Not loaded yet: the title art stands in until it arrives (`backdrop`, scenes/base.ts).
    const old = this.bg;
    const next = this.backdrop(key, 'loc:title').setDepth(-2);
    this.bg = next;
    if (!old) return;
    old.setDepth(-1);
    this.tweens.add({ targets: old, alpha: 0, duration: this.ms(500) || 1, onComplete: () => old.destroy() });
  }

  /** The green baize of the expanded meeting, drawn in front of the figures' lower edge. */
  private drawTable(on: boolean): void {
    if (!on) {
      this.tableTop?.destroy();
      this.tableTop = null;
      return;
    }
    if (this.tableTop) return;
    const g = this.add.graphics().setDepth(3);
    g.fillStyle(COLOR.tableWood, 1);
    g.fillRect(40, 432, 710, 36);
    g.fillStyle(COLOR.good, 0.25);
    g.fillRect(52, 436, 686, 18);
    this.tableTop = g;
  }

  private onMove(event: GameEvent, after: View): void {
    // At the table the board shows each answer on its rows; the panel words it. (The View after the move
    // decides: the first offer comes before the redraw that puts the board up.)
    if (event.type === 'WALK') {
      walkSetPiece(this, this.look, (d) => this.ms(d), event.by, after.viewer);
      if (!this.boardUp) this.figures.say(event.by, m.say_walk());
      return;
    }
    if (event.type === 'CHOOSE') {
      const resolve = choiceById(event.choiceId)?.choice.resolve;
      const ms = (d: number) => this.ms(d);
      if (resolve === 'sign' || resolve === 'acceptStanding') {
        signingSetPiece(this, this.look, ms);
        return;
      }
      if (resolve === 'walk') {
        walkSetPiece(this, this.look, ms, event.by, after.viewer);
        return;
      }
    }
    if (this.boardUp || after.beat?.kind === 'table') return;
    switch (event.type) {
      case 'OFFER': {
        const reaction = after.table?.offers.at(-1)?.reaction;
        this.slidePaper(event.by, () => reaction && this.figures.say(otherSide(event.by), REACTION_LINE[reaction]));
        break;
      }
      case 'ACCEPT':
        this.figures.say(event.by, m.say_agreed());
        break;
      case 'ADJOURN':
        this.figures.say(event.by, m.say_adjourn());
        break;
      case 'CHOOSE': {
        // A decision, not a quotation: shown as a caption naming the side.
        const label =
          (after.lastMove?.move === event.choiceId ? after.lastMove.label : null) ?? choiceById(event.choiceId)?.choice.label;
        if (label) this.figures.say(event.by, m.scene_decision({ side: SIDE_SHORT[event.by], label }), 'decision');
        break;
      }
      default:
        break;
    }
  }

  /** A paper slides across the table from the offering side to the other. */
  private slidePaper(by: Side, then: () => void): void {
    if (!this.textures.exists('ui:document')) {
      then();
      return;
    }
    const from = this.figures.xOf(by);
    const to = this.figures.xOf(otherSide(by));
    const paper = this.add.image(from, 440, 'ui:document').setDisplaySize(64, 80).setDepth(8).setAngle(-8);
    this.tweens.add({
      targets: paper,
      x: to,
      angle: 8,
      duration: this.ms(650) || 1,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        then();
        this.tweens.add({
          targets: paper,
          alpha: 0,
          delay: 1200,
          duration: this.ms(400) || 1,
          onComplete: () => paper.destroy(),
        });
      },
    });
  }
}
