/**
 * The bargaining table drawn as a board on the stage (`app/tableBoard.ts` gives the rows): one row per
 * issue, its levels as a track, the US's latest offer as a blue disc above the track and the DPRK's as a
 * red square below it, the gap between them as a bar, agreement as a green ring, the level the counterpart
 * said it would accept as a hollow gold ring, and a gold edge on the issues it said cost it most (a wider
 * one for its red line). Shapes as well as colours tell the sides apart.
 *
 * Text grows with the text size like every canvas text; when the rows no longer fit between the HUD's
 * plates, the rows that matter most are drawn (those the counterpart spoke about, then the widest gaps) and
 * a footer says how many are in the panel's table, which always lists every issue.
 *
 * Where the canvas is shown small (a phone's or a portrait tablet's banner above the panel), rows of
 * 14 px design text would be a few pixels tall on the screen: the board then says only where the offers
 * stand, at a size that reads there, and points to the table below, which lists every issue.
 */
import type { GameObjects, Scene } from 'phaser';
import { SIDE_SHORT } from '../../app/labels.ts';
import { m } from '../../app/strings/catalogue.ts';
import { type Board, rowsThatFit } from '../../app/tableBoard.ts';
import { fontPx, type Ink, inkFor, type Look } from '../look.ts';
import { COLOR, CSS_COLOR, SANS, STAGE_WIDTH, WIDTH } from '../theme.ts';

const LEFT = 16;
const RIGHT = STAGE_WIDTH - 16;
const PAD = 14;

/** How the compact board draws: text at `px` design px, and where the panel's table is. */
export interface CompactBoard {
  readonly px: number;
  readonly rowsBeside: boolean;
}

export class TableBoard {
  private g: GameObjects.Graphics;
  private head: GameObjects.Text;
  private legend: GameObjects.Text[];
  private foot: GameObjects.Text;
  private names: GameObjects.Text[] = [];
  private ink: Ink;
  private key = '';

  constructor(
    private scene: Scene,
    private look: Look,
  ) {
    this.ink = inkFor(look);
    const style = { fontFamily: SANS, fontSize: fontPx(14, look), color: CSS_COLOR[this.ink.text] };
    this.g = scene.add.graphics().setDepth(4);
    this.head = scene.add.text(0, 0, '', { ...style, fontSize: fontPx(16, look), color: CSS_COLOR[this.ink.accent] }).setDepth(5);
    this.legend = [0, 1, 2].map(() => scene.add.text(0, 0, '', { ...style, fontSize: fontPx(13, look) }).setDepth(5));
    this.foot = scene.add.text(0, 0, '', { ...style, fontSize: fontPx(13, look) }).setDepth(5);
  }

  /**
   * Draws the board between `top` and `bottom` (the HUD's plates); redraws only when something changed.
   * `compact`, when given, draws the compact board: its design font size that reads on the screen, and
   * whether the panel's table is beside the stage rather than below it.
   */
  draw(board: Board, top: number, bottom: number, compact?: CompactBoard): void {
    const key = `${top}:${bottom}:${JSON.stringify(compact ?? null)}:${JSON.stringify(board)}`;
    if (key === this.key) return;
    this.key = key;
    if (compact) {
      this.drawCompact(board, top, bottom, compact);
      return;
    }
    this.head.setFontSize(fontPx(16, this.look));
    this.foot.setFontSize(fontPx(13, this.look)).setWordWrapWidth(null);
    for (const t of this.legend) t.setVisible(true);
    const s = this.look.scale;
    const ink = this.ink;
    const g = this.g.clear();
    g.fillStyle(COLOR[ink.panel], this.look.highContrast ? 1 : 0.96);
    g.fillRect(LEFT, top + 6, RIGHT - LEFT, bottom - top - 12);

    const x0 = LEFT + PAD;
    let y = top + 6 + PAD * 0.6;
    const summary =
      board.issuesApart === null
        ? m.board_summary_waiting()
        : m.board_summary_apart({ count: board.issuesApart, total: board.rows.length });
    this.setText(this.head, `${m.board_heading()} · ${summary}`);
    this.head.setPosition(x0, y).setWordWrapWidth(RIGHT - LEFT - 2 * PAD);
    y += this.head.height + 4;

    // The legend: the shapes as they appear on the rows.
    const legendWords = [
      m.board_legend_offer({ side: SIDE_SHORT.us }),
      m.board_legend_offer({ side: SIDE_SHORT.dprk }),
      m.board_legend_accept(),
    ];
    const r = 6 * Math.min(s, 1.5);
    let lx = x0;
    this.legend.forEach((t, i) => {
      this.setText(t, legendWords[i]);
      if (lx + 3 * r + t.width > RIGHT - PAD) {
        lx = x0;
        y += t.height + 4;
      }
      const cy = y + t.height / 2;
      this.marker(i === 0 ? 'us' : i === 1 ? 'dprk' : 'accept', lx + r, cy, r);
      t.setPosition(lx + 2 * r + 6, y);
      lx += 2 * r + 6 + t.width + 18;
    });
    y += this.legend[0].height + 8;

    const nameW = Math.min(330, Math.round(190 * s));
    const trackX0 = x0 + nameW + 14 + r;
    const trackX1 = RIGHT - PAD - r;
    const nameStyle = { fontFamily: SANS, fontSize: fontPx(14, this.look), color: CSS_COLOR[ink.text] };
    const probe = this.name(0, nameStyle, nameW);
    const minRowH = Math.max(probe.height + 10, 4 * r + 8);
    const footH = this.foot.height + 6;
    const space = bottom - 12 - PAD * 0.5 - y - footH;
    const shown = rowsThatFit(board.rows, Math.floor(space / minRowH));
    // Spread the rows over the room there is, up to half as tall again.
    const rowH = shown.length ? Math.min(minRowH * 1.5, Math.max(minRowH, space / shown.length)) : minRowH;

    shown.forEach((row, i) => {
      const ry = y + i * rowH;
      const name = this.name(i, nameStyle, nameW);
      this.setText(name, row.name);
      name.setPosition(x0 + 8, ry + (rowH - name.height) / 2);
      // The counterpart's note on this issue: a gold edge at the row's start.
      if (row.note) {
        g.fillStyle(COLOR[row.note === 'redLine' ? 'goldBright' : ink.accent], 1);
        g.fillRect(x0 - 4, ry + 3, row.note === 'redLine' ? 8 : 4, rowH - 6);
      }
      const cy = ry + rowH / 2;
      const last = row.levels.length - 1;
      const xOf = (level: number) => trackX0 + (last === 0 ? 0 : ((trackX1 - trackX0) * level) / last);
      g.lineStyle(2, COLOR[ink.barTrack], 1);
      g.lineBetween(trackX0, cy, trackX1, cy);
      g.fillStyle(COLOR[ink.barLow], 1);
      for (let level = 0; level <= last; level++) g.fillCircle(xOf(level), cy, 2.5);
      const { us, dprk } = row.offered;
      if (us !== undefined && dprk !== undefined) {
        if (us === dprk) {
          g.lineStyle(3, COLOR.good, 1);
          g.strokeCircle(xOf(us), cy, 2 * r + 2);
        } else {
          g.fillStyle(COLOR[ink.accent], 0.45);
          g.fillRect(Math.min(xOf(us), xOf(dprk)), cy - 3, Math.abs(xOf(us) - xOf(dprk)), 6);
        }
      }
      if (row.acceptAt !== null) this.marker('accept', xOf(row.acceptAt), cy, r + 3);
      if (us !== undefined) this.marker('us', xOf(us), cy - r + 1, r);
      if (dprk !== undefined) this.marker('dprk', xOf(dprk), cy + r - 1, r);
    });
    for (let i = shown.length; i < this.names.length; i++) this.setText(this.names[i], '');

    const hidden = board.rows.length - shown.length;
    this.setText(this.foot, hidden > 0 ? m.board_more_in_panel({ count: hidden }) : '');
    this.foot.setPosition(x0, y + shown.length * rowH + 4);
  }

  /**
   * The summary alone, readable on a small screen, and where the rows are: the table below the stage
   * (portrait) or beside it (a phone on its side). The plate is as tall as its text, so the scene shows.
   */
  private drawCompact(board: Board, top: number, bottom: number, compact: CompactBoard): void {
    const right = WIDTH - 16;
    const x0 = LEFT + PAD;
    const wrap = right - LEFT - 2 * PAD;
    const summary =
      board.issuesApart === null
        ? m.board_summary_waiting()
        : m.board_summary_apart({ count: board.issuesApart, total: board.rows.length });
    this.setText(this.head, `${m.board_heading()} · ${summary}`);
    this.head.setWordWrapWidth(wrap).setPosition(x0, top + 6 + PAD);
    this.foot.setWordWrapWidth(wrap);
    // At a large text size the words may not fit between the HUD's plates: the pointer to the table goes
    // first (the table is there either way), then the heading shrinks until it fits.
    const room = bottom - 6 - PAD - this.head.y;
    let px = compact.px;
    for (;;) {
      this.head.setFontSize(`${px}px`);
      this.setText(this.foot, compact.rowsBeside ? m.board_rows_beside() : m.board_rows_below());
      this.foot.setFontSize(`${px}px`).setPosition(x0, this.head.y + this.head.height + px / 2);
      if (this.foot.y + this.foot.height - this.head.y <= room) break;
      this.setText(this.foot, '');
      if (this.head.height <= room || px <= 12) break;
      px = Math.floor(px * 0.9);
    }
    for (const t of this.legend) t.setVisible(false);
    for (const t of this.names) this.setText(t, '');
    const textBottom = this.foot.text ? this.foot.y + this.foot.height : this.head.y + this.head.height;
    const plateBottom = Math.min(bottom - 6, textBottom + PAD);
    const g = this.g.clear();
    g.fillStyle(COLOR[this.ink.panel], this.look.highContrast ? 1 : 0.96);
    g.fillRect(LEFT, top + 6, right - LEFT, plateBottom - top - 6);
  }

  /** Hides the board (off the table). */
  clear(): void {
    if (this.key === '') return;
    this.key = '';
    this.g.clear();
    for (const t of [this.head, this.foot, ...this.legend, ...this.names]) this.setText(t, '');
  }

  private marker(kind: 'us' | 'dprk' | 'accept', x: number, y: number, r: number): void {
    const g = this.g;
    if (kind === 'us') {
      g.fillStyle(COLOR.usLight, 1);
      g.fillCircle(x, y, r);
      g.lineStyle(1.5, COLOR.ink, 1);
      g.strokeCircle(x, y, r);
    } else if (kind === 'dprk') {
      g.fillStyle(COLOR.dprkLight, 1);
      g.fillRect(x - r, y - r, 2 * r, 2 * r);
      g.lineStyle(1.5, COLOR.ink, 1);
      g.strokeRect(x - r, y - r, 2 * r, 2 * r);
    } else {
      g.lineStyle(2.5, COLOR.goldBright, 1);
      g.strokeCircle(x, y, r + 2);
    }
  }

  private name(i: number, style: { fontFamily: string; fontSize: string; color: string }, width: number): GameObjects.Text {
    this.names[i] ??= this.scene.add.text(0, 0, '', { ...style, wordWrap: { width }, maxLines: 2 }).setDepth(5);
    if (this.names[i].text === '') this.names[i].setText('Mg');
    return this.names[i];
  }

  private setText(t: GameObjects.Text, value: string): void {
    if (t.text !== value) t.setText(value);
  }
}
