/**
 * The baseline for docs/benchmarks.md: an empty Phaser 4 game (1280×720, FIT, WebGL) plus one button,
 * built with Vite like the game. scripts/measure-load.mjs times its button against the game's title.
 */
import { AUTO, Game, Scale, Scene } from 'phaser';

class Empty extends Scene {
  constructor() {
    super('Empty');
  }
}

new Game({
  type: AUTO,
  parent: 'game-container',
  width: 1280,
  height: 720,
  scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_BOTH },
  scene: [Empty],
});
const button = document.createElement('button');
button.id = 'start';
button.textContent = 'Start';
document.body.append(button);
