/**
 * The two endings of a summit as moments on the stage, whichever seat the player holds: a signing (the
 * text in the middle, the two seals pressed onto it one after the other) and a walkout (the walking
 * side's seal leaves the stage). Each has a caption that says it is staged, since the game's signings
 * never happened and its walkouts are re-enacted. They sit over whatever the stage shows and clear
 * themselves; with reduced motion they appear and go without moving.
 */
import type { GameObjects, Scene } from 'phaser';
import { SIDE_NAME } from '../../app/labels.ts';
import { m } from '../../app/strings/catalogue.ts';
import type { Side } from '../../sim/session/index.ts';
import { fontPx, inkFor, type Look } from '../look.ts';
import { COLOR, CSS_COLOR, SERIF, STAGE_WIDTH } from '../theme.ts';

const CX = STAGE_WIDTH / 2;
const CY = 300;
/** How long a set piece stays before it fades (ms). */
const HOLD = 3200;

function caption(scene: Scene, look: Look, text: string, y: number): GameObjects.Container {
  const ink = inkFor(look);
  const t = scene.add
    .text(0, 0, text, {
      fontFamily: SERIF,
      fontSize: fontPx(20, look),
      color: CSS_COLOR[ink.text],
      align: 'center',
      wordWrap: { width: STAGE_WIDTH - 120 },
    })
    .setOrigin(0.5);
  const g = scene.add.graphics();
  const w = t.width + 36;
  const h = t.height + 18;
  g.fillStyle(COLOR[ink.panel], 0.94);
  g.fillRect(-w / 2, -h / 2, w, h);
  g.lineStyle(2, COLOR[ink.accent], 1);
  g.strokeRect(-w / 2, -h / 2, w, h);
  return scene.add.container(CX, y, [g, t]).setDepth(21);
}

function fadeAway(scene: Scene, targets: GameObjects.GameObject[], ms: (d: number) => number): void {
  scene.tweens.add({
    targets,
    alpha: 0,
    delay: HOLD,
    duration: ms(500) || 1,
    onComplete: () => {
      for (const t of targets) t.destroy();
    },
  });
}

/** The deal is signed: the text grows in the middle of the stage and both seals are pressed onto it. */
export function signingSetPiece(scene: Scene, look: Look, ms: (d: number) => number): void {
  const parts: GameObjects.GameObject[] = [];
  const shade = scene.add.graphics().setDepth(19);
  shade.fillStyle(COLOR.ink, 0.55);
  shade.fillRect(0, 0, STAGE_WIDTH, 720);
  parts.push(shade);
  if (scene.textures.exists('ui:document')) {
    const paper = scene.add.image(CX, CY, 'ui:document').setDisplaySize(160, 200).setDepth(20);
    const { scaleX, scaleY } = paper;
    if (ms(1)) {
      paper.setScale(scaleX * 0.4, scaleY * 0.4);
      scene.tweens.add({ targets: paper, scaleX, scaleY, duration: ms(400), ease: 'Back.easeOut' });
    }
    parts.push(paper);
  }
  (['us', 'dprk'] as const).forEach((side, i) => {
    const key = `ui:seal-${side}`;
    if (!scene.textures.exists(key)) return;
    const x = CX + (i === 0 ? -42 : 42);
    const seal = scene.add
      .image(x, CY + 62, key)
      .setDisplaySize(56, 56)
      .setDepth(20)
      .setAlpha(ms(1) ? 0 : 1);
    // Pressed on, one after the other: from a little larger and clear to its size.
    scene.tweens.add({ targets: seal, alpha: 1, delay: ms(450 + i * 350), duration: ms(220) || 1 });
    parts.push(seal);
  });
  parts.push(caption(scene, look, m.setpiece_signed(), CY + 150));
  fadeAway(scene, parts, ms);
}

/** A side walks out: its seal slides off its own edge of the stage. */
export function walkSetPiece(scene: Scene, look: Look, ms: (d: number) => number, by: Side, leftSide: Side): void {
  const parts: GameObjects.GameObject[] = [];
  const key = `ui:seal-${by}`;
  const toLeft = by === leftSide;
  if (scene.textures.exists(key)) {
    const seal = scene.add
      .image(CX + (toLeft ? -80 : 80), CY, key)
      .setDisplaySize(96, 96)
      .setDepth(20);
    if (ms(1))
      scene.tweens.add({
        targets: seal,
        x: toLeft ? -60 : STAGE_WIDTH + 60,
        alpha: 0.2,
        duration: ms(1600),
        ease: 'Sine.easeIn',
      });
    parts.push(seal);
  }
  parts.push(caption(scene, look, m.setpiece_walk({ side: SIDE_NAME[by] }), CY + 110));
  fadeAway(scene, parts, ms);
}
