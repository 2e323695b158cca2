/** `<tiendo-gauge>` without registering it: the class, its pure layout and on-track logic. */
export { TiendoGauge } from './element.js';
export { layoutGauge, gridLayout, VARIANTS, type Variant, type GaugeLayout, type LayoutOptions, type Tick, type Label } from './layout.js';
export { targetProgress, betterWay, meets, pathValue, type Progress, type TargetStatus, type Better } from '../derive/progress.js';
export { gaugeScale, type GaugeScale } from './scale.js';
export { gaugeSentence } from './describe.js';
