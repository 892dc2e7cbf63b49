/** Follows the controller's screen and the beat's kind, and keeps exactly one content scene running. */
import type { Game } from 'phaser';
import type { Controller, Screen } from '../app/controller.ts';

export type SceneKey = 'Title' | 'Briefing' | 'Pass' | 'Summit' | 'Dispute' | 'Aftermath' | 'Debrief' | 'BranchMap';

export function sceneFor(screen: Screen, beatKind: string | undefined): SceneKey {
  switch (screen.kind) {
    case 'title':
      return 'Title';
    case 'briefing':
      return 'Briefing';
    case 'pass':
      return 'Pass';
    case 'aftermath':
      return 'Aftermath';
    case 'debrief':
      return 'Debrief';
    case 'branches':
      return 'BranchMap';
    case 'play':
      return beatKind === 'scope' ? 'Dispute' : 'Summit';
  }
}

export class Director {
  /** The scene asked for last. */
  current: SceneKey | null = null;
  /** The scene that has been created and has run a frame: what is on screen. */
  shown: SceneKey | null = null;
  private beatId: string | null = null;

  /** A scene was asked for and has not yet run a frame: the loop must not sleep before it shows. */
  get settling(): boolean {
    return this.current !== null && this.shown !== this.current;
  }

  constructor(
    private game: Game,
    private controller: Controller,
  ) {
    controller.on('screen', () => this.sync(true));
    controller.on('update', () => this.sync(false));
    this.sync(true);
  }

  /** The text size or contrast changed: the scene on screen draws itself again in the new look. */
  restyle(): void {
    if (!this.game.loop.running) this.game.loop.wake(true);
    const key = this.current;
    const scene = key && this.game.scene.getScene(key);
    if (!key || !scene) return;
    if (!scene.sys.isActive()) {
      // Still starting (a scene change or an earlier restyle under way): it may be drawing in the look it
      // read before this change, so draw it again once it is up.
      scene.events.once('create', () => this.restyle());
      return;
    }
    this.shown = null;
    scene.events.once('create', () => {
      scene.events.once('postupdate', () => {
        if (this.current === key) this.shown = key;
      });
    });
    scene.scene.restart();
  }

  sync(screenChanged: boolean): void {
    // A still scene may have let the loop sleep (see stillLoop.ts); scene changes happen inside its step.
    if (!this.game.loop.running) this.game.loop.wake(true);
    const view = this.controller.view();
    const key = sceneFor(this.controller.screen, view?.beat?.kind);
    const beatId = view?.beat?.id ?? null;
    // A new scope beat redraws the map; other scenes update themselves in place.
    const restart = key === this.current && (screenChanged || (key === 'Dispute' && beatId !== this.beatId)) && key !== 'Summit';
    this.beatId = beatId;
    if (key === this.current && !restart) return;
    for (const scene of this.game.scene.getScenes(true)) {
      if (scene.scene.key !== key && scene.scene.key !== 'Backdrops') this.game.scene.stop(scene.scene.key);
    }
    this.shown = null;
    // Phaser may create the scene synchronously inside start(), so note the request first.
    this.current = key;
    const scene = this.game.scene.getScene(key);
    // Shown once it has run a frame: by then its input zones are live as well.
    scene?.events.once('create', () => {
      scene.events.once('postupdate', () => {
        if (this.current === key) this.shown = key;
      });
    });
    if (restart) scene?.scene.restart();
    else this.game.scene.start(key);
  }
}
