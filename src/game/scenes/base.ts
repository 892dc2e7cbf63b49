/** What every scene shares: the controller, reduced motion, the look (text size, contrast), backdrops and tidy listeners. */

import { Scene } from 'phaser';
import type { Controller, ControllerEvents } from '../../app/controller.ts';
import { type Ink, inkFor, type Look, PLAIN_LOOK } from '../look.ts';
import { STAGE_CHANGED } from '../stillLoop.ts';
import { COLOR, HEIGHT, STAGE_WIDTH, WIDTH } from '../theme.ts';
import { NEED_BACKDROP } from './Backdrops.ts';

export abstract class BaseScene extends Scene {
  get controller(): Controller {
    return this.registry.get('controller') as Controller;
  }

  /** The display settings the canvas follows, read as the scene draws. */
  get look(): Look {
    const look = this.registry.get('look') as (() => Look) | undefined;
    return look?.() ?? PLAIN_LOOK;
  }

  /** The look's colours (high contrast or not). */
  get ink(): Ink {
    return inkFor(this.look);
  }

  /** A tween duration, or 0 when motion is reduced. */
  protected ms(duration: number): number {
    const reducedMotion = this.registry.get('reducedMotion') as () => boolean;
    return reducedMotion() ? 0 : duration;
  }

  /** Listens to the controller while this scene runs. */
  protected listen<K extends keyof ControllerEvents>(type: K, fn: (payload: ControllerEvents[K]) => void): void {
    const off = this.controller.on(type, fn);
    this.events.once('shutdown', off);
  }

  /**
   * A full-screen backdrop; one not loaded yet is asked for (`Backdrops`) and shows `fallback` until
   * its texture arrives, then itself.
   */
  protected backdrop(key: string, fallback = 'loc:title') {
    if (this.textures.exists(key)) return this.add.image(0, 0, key).setOrigin(0).setDisplaySize(WIDTH, HEIGHT);
    const image = this.add.image(0, 0, fallback).setOrigin(0).setDisplaySize(WIDTH, HEIGHT);
    const arrived = () => {
      if (!image.active) return;
      image.setTexture(key).setDisplaySize(WIDTH, HEIGHT);
      this.game.events.emit(STAGE_CHANGED);
    };
    this.textures.once(`addtexture-${key}`, arrived);
    this.events.once('shutdown', () => this.textures.off(`addtexture-${key}`, arrived));
    this.game.events.emit(NEED_BACKDROP, key);
    return image;
  }

  /** Darkens the strip under the DOM panel so its text stays readable over any art. */
  protected panelShade(alpha = 0.55): void {
    const g = this.add.graphics();
    g.fillStyle(COLOR.ink, alpha);
    g.fillRect(STAGE_WIDTH, 0, WIDTH - STAGE_WIDTH, HEIGHT);
    g.fillStyle(COLOR.gold, 0.6);
    g.fillRect(STAGE_WIDTH, 0, 2, HEIGHT);
  }

  /** Fades the scene in from the night colour (a plain overlay; skipped when motion is reduced). */
  protected fadeIn(): void {
    const d = this.ms(350);
    if (d === 0) return;
    const veil = this.add.rectangle(0, 0, WIDTH, HEIGHT, COLOR.ink).setOrigin(0).setDepth(100);
    this.tweens.add({ targets: veil, alpha: 0, duration: d, onComplete: () => veil.destroy() });
  }
}
