/** The Phaser game: 1280×720 design size, scaled to fit and centred, WebGL with automatic fallback. */
import { AUTO, Game, Scale } from 'phaser';
import type { Controller } from '../app/controller.ts';
import type { Look } from './look.ts';
import { Aftermath } from './scenes/Aftermath.ts';
import { Backdrops } from './scenes/Backdrops.ts';
import { Boot } from './scenes/Boot.ts';
import { BranchMap } from './scenes/BranchMap.ts';
import { Briefing } from './scenes/Briefing.ts';
import { Debrief } from './scenes/Debrief.ts';
import { Dispute } from './scenes/Dispute.ts';
import { Pass } from './scenes/Pass.ts';
import { Preloader } from './scenes/Preloader.ts';
import { Summit } from './scenes/Summit.ts';
import { Title } from './scenes/Title.ts';
import { COLOR, HEIGHT, WIDTH } from './theme.ts';

/**
 * `reducedMotion` is asked on every tween, so a change of the setting applies at once; `look` (text
 * size and high contrast) is asked when a scene draws, and the director restarts the scene on a change.
 */
export { canvasText } from './textProbe.ts';

export function createGame(parent: HTMLElement, controller: Controller, reducedMotion: () => boolean, look: () => Look): Game {
  const game = new Game({
    type: AUTO,
    parent,
    width: WIDTH,
    height: HEIGHT,
    backgroundColor: COLOR.night,
    scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_BOTH, width: WIDTH, height: HEIGHT },
    // The DOM layer owns the keyboard: no Phaser key capture anywhere.
    input: { keyboard: false },
    audio: { noAudio: true },
    banner: false,
    // A turn-based game: 30 frames a second is plenty and halves the work of software WebGL.
    fps: { target: 30, limit: 30 },
    // Kept after presenting: a still picture lets the loop sleep (stillLoop.ts), and its last frame must stay on screen.
    render: { antialias: true, antialiasGL: false, preserveDrawingBuffer: true },
    scene: [Boot, Preloader, Backdrops, Title, Briefing, Pass, Summit, Dispute, Aftermath, Debrief, BranchMap],
    callbacks: {
      preBoot: (g) => {
        g.registry.set('controller', controller);
        g.registry.set('reducedMotion', reducedMotion);
        g.registry.set('look', look);
      },
    },
  });
  return game;
}
