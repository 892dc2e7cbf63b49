/**
 * The Phaser the game ships: Phaser 4's own minimal entry (src/phaser-core.js) plus the few game objects
 * and loaders the scenes use, and nothing else (no physics, sound, tilemaps, particles, video, sprites'
 * animation files, audio or tilemap loaders). Only the production build uses it (vite.config.ts); the dev
 * server keeps Phaser's prebuilt module. Adding a game object or loader the scenes did not use before means
 * adding its factory (and creator) here: the build then fails loudly on `this.add.<name>` being undefined
 * at run time, which the e2e suite catches on the first screen that draws it.
 *
 * Paths are relative because Phaser's package exports only its built files.
 * CommonJS on purpose: Phaser's sources are CommonJS, and its factories register themselves when required.
 */
require('../../../node_modules/phaser/src/polyfills/requestVideoFrame');

var CONST = require('../../../node_modules/phaser/src/const');
var Extend = require('../../../node_modules/phaser/src/utils/object/Extend');

var Phaser = {
  Animations: require('../../../node_modules/phaser/src/animations'),
  BlendModes: require('../../../node_modules/phaser/src/renderer/BlendModes'),
  Cache: require('../../../node_modules/phaser/src/cache'),
  Cameras: { Scene2D: require('../../../node_modules/phaser/src/cameras/2d') },
  Core: require('../../../node_modules/phaser/src/core'),
  Class: require('../../../node_modules/phaser/src/utils/Class'),
  Data: require('../../../node_modules/phaser/src/data'),
  Display: { Masks: require('../../../node_modules/phaser/src/display/mask') },
  DOM: require('../../../node_modules/phaser/src/dom'),
  Events: require('../../../node_modules/phaser/src/events'),
  Filters: require('../../../node_modules/phaser/src/filters'),
  Game: require('../../../node_modules/phaser/src/core/Game'),
  GameObjects: {
    DisplayList: require('../../../node_modules/phaser/src/gameobjects/DisplayList'),
    GameObjectCreator: require('../../../node_modules/phaser/src/gameobjects/GameObjectCreator'),
    GameObjectFactory: require('../../../node_modules/phaser/src/gameobjects/GameObjectFactory'),
    UpdateList: require('../../../node_modules/phaser/src/gameobjects/UpdateList'),
    Components: require('../../../node_modules/phaser/src/gameobjects/components'),
    BuildGameObject: require('../../../node_modules/phaser/src/gameobjects/BuildGameObject'),
    GameObject: require('../../../node_modules/phaser/src/gameobjects/GameObject'),
    Container: require('../../../node_modules/phaser/src/gameobjects/container/Container'),
    Graphics: require('../../../node_modules/phaser/src/gameobjects/graphics/Graphics'),
    Image: require('../../../node_modules/phaser/src/gameobjects/image/Image'),
    Rectangle: require('../../../node_modules/phaser/src/gameobjects/shape/rectangle/Rectangle'),
    Text: require('../../../node_modules/phaser/src/gameobjects/text/Text'),
    Zone: require('../../../node_modules/phaser/src/gameobjects/zone/Zone'),
    Factories: {
      Container: require('../../../node_modules/phaser/src/gameobjects/container/ContainerFactory'),
      Graphics: require('../../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory'),
      Image: require('../../../node_modules/phaser/src/gameobjects/image/ImageFactory'),
      Rectangle: require('../../../node_modules/phaser/src/gameobjects/shape/rectangle/RectangleFactory'),
      Text: require('../../../node_modules/phaser/src/gameobjects/text/TextFactory'),
      Zone: require('../../../node_modules/phaser/src/gameobjects/zone/ZoneFactory'),
    },
    Creators: {
      Container: require('../../../node_modules/phaser/src/gameobjects/container/ContainerCreator'),
      Graphics: require('../../../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator'),
      Image: require('../../../node_modules/phaser/src/gameobjects/image/ImageCreator'),
      Text: require('../../../node_modules/phaser/src/gameobjects/text/TextCreator'),
      Zone: require('../../../node_modules/phaser/src/gameobjects/zone/ZoneCreator'),
    },
  },
  Input: require('../../../node_modules/phaser/src/input'),
  Loader: {
    FileTypes: {
      ImageFile: require('../../../node_modules/phaser/src/loader/filetypes/ImageFile'),
      SVGFile: require('../../../node_modules/phaser/src/loader/filetypes/SVGFile'),
    },
    File: require('../../../node_modules/phaser/src/loader/File'),
    FileTypesManager: require('../../../node_modules/phaser/src/loader/FileTypesManager'),
    GetURL: require('../../../node_modules/phaser/src/loader/GetURL'),
    LoaderPlugin: require('../../../node_modules/phaser/src/loader/LoaderPlugin'),
    MergeXHRSettings: require('../../../node_modules/phaser/src/loader/MergeXHRSettings'),
    MultiFile: require('../../../node_modules/phaser/src/loader/MultiFile'),
    XHRLoader: require('../../../node_modules/phaser/src/loader/XHRLoader'),
    XHRSettings: require('../../../node_modules/phaser/src/loader/XHRSettings'),
  },
  Math: {
    Between: require('../../../node_modules/phaser/src/math/Between'),
    DegToRad: require('../../../node_modules/phaser/src/math/DegToRad'),
    FloatBetween: require('../../../node_modules/phaser/src/math/FloatBetween'),
    RadToDeg: require('../../../node_modules/phaser/src/math/RadToDeg'),
    Vector2: require('../../../node_modules/phaser/src/math/Vector2'),
  },
  Plugins: require('../../../node_modules/phaser/src/plugins'),
  Renderer: require('../../../node_modules/phaser/src/renderer'),
  Scale: require('../../../node_modules/phaser/src/scale'),
  ScaleModes: require('../../../node_modules/phaser/src/renderer/ScaleModes'),
  Scene: require('../../../node_modules/phaser/src/scene/Scene'),
  Scenes: require('../../../node_modules/phaser/src/scene'),
  Structs: require('../../../node_modules/phaser/src/structs'),
  Textures: require('../../../node_modules/phaser/src/textures'),
  Time: require('../../../node_modules/phaser/src/time'),
  TintModes: require('../../../node_modules/phaser/src/renderer/TintModes'),
  Tweens: require('../../../node_modules/phaser/src/tweens'),
};

Phaser = Extend(false, Phaser, CONST);

module.exports = Phaser;

global.Phaser = Phaser;
