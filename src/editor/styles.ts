/**
 * The editor's look, on the widgets' tokens: one column on a phone (360 px), the preview beside
 * the forms from 1000 px. Targets of at least 40 px for thumbs; the focus ring is always visible.
 */
import { css } from 'lit';

export const editorStyles = css`
  :host { display: block; font-family: var(--_font); font-size: 1rem; line-height: 1.45; color: var(--_text); background: var(--_bg); color-scheme: light dark; }
  :host([theme='light']) { color-scheme: light; }
  * { box-sizing: border-box; }
  h1 { font-size: 1.35rem; margin: 0; }
  h2 { font-size: 1.1rem; margin: 0 0 8px; }
  h3.section { font-size: 0.95rem; margin: 16px 0 6px; color: var(--_muted); }
  p { margin: 0; }
  .editor { display: flex; flex-direction: column; gap: 12px; padding: 12px; max-width: 1400px; margin: 0 auto; }
  .editor.dragging { outline: 3px dashed var(--_accent); outline-offset: -6px; }
  .top { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
  .top .intro { flex-basis: 100%; color: var(--_muted); }
  .langs { display: inline-flex; gap: 4px; }
  button { font: inherit; color: var(--_text); background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius); padding: 6px 12px; min-height: 40px; cursor: pointer; }
  button:hover { border-color: var(--_muted); }
  button[aria-pressed='true'] { background: var(--_text); color: var(--_bg); }
  button.primary { background: var(--_accent); border-color: var(--_accent); color: var(--_bg); font-weight: 600; }
  button.danger { border-color: var(--_overdue); color: var(--_overdue); }
  button:disabled { opacity: 0.5; cursor: default; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  input, select { font: inherit; color: var(--_text); background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: 6px 8px; min-height: 40px; width: 100%; }
  input[type='checkbox'] { width: auto; min-height: 0; }
  input[aria-invalid='true'], select[aria-invalid='true'] { border-color: var(--_overdue); border-width: 2px; }
  .open { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; padding: 12px; border: 1px dashed var(--_border); border-radius: var(--_radius); }
  .open .hint, .hint { color: var(--_muted); }
  .url { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; flex: 1 1 280px; }
  .url label { flex-basis: 100%; font-size: 0.9em; }
  .url input { flex: 1 1 180px; width: auto; }
  .message { flex-basis: 100%; }
  .toolbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; padding: 8px; background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius); }
  .toolbar .file { font-family: monospace; font-size: 0.9em; }
  .toolbar .state { font-size: 0.9em; color: var(--_done); font-weight: 600; }
  .toolbar .state.has-errors { color: var(--_overdue); }
  .toolbar .changes, .toolbar .error, .toolbar .keys { flex-basis: 100%; font-size: 0.9em; }
  .toolbar .keys { color: var(--_muted); }
  .error { color: var(--_overdue); font-size: 0.9em; }
  .ok { color: var(--_done); }
  .layout { display: grid; gap: 16px; }
  .edit { display: flex; flex-direction: column; gap: 16px; min-width: 0; }
  .panel { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 12px; min-width: 0; }
  fieldset { border: 1px solid var(--_grid); border-radius: var(--_radius); margin: 0 0 12px; padding: 8px 12px; min-width: 0; }
  .field { display: flex; flex-direction: column; gap: 2px; margin-bottom: 8px; }
  .field.check { flex-direction: row; flex-wrap: wrap; align-items: center; gap: 8px; }
  .field.warn { border-inline-start: 4px solid var(--_illustrative); padding-inline-start: 8px; }
  .illustrative-note { flex-basis: 100%; font-weight: 600; }
  .lang-tag { color: var(--_muted); font-size: 0.85em; }
  .items { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
  .item { border-top: 1px solid var(--_grid); padding-top: 8px; }
  .item-head { display: flex; flex-direction: column; gap: 2px; }
  .number { font-weight: 700; }
  .item-title { overflow-wrap: anywhere; }
  .meta-line { color: var(--_muted); font-size: 0.9em; }
  .meta-line strong { color: var(--_text); }
  .item-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
  .item-problems { margin: 4px 0; padding-inline-start: 1.2em; font-size: 0.9em; }
  .item-problems .error, .item-problems li.error { color: var(--_overdue); }
  .item-problems code { font-size: 0.9em; }
  .mini-form { margin-top: 8px; padding: 10px; background: var(--_surface); border-radius: var(--_radius); display: grid; gap: 0 12px; }
  .mini-form .actions { display: flex; gap: 8px; }
  .choices { display: flex; flex-direction: column; gap: 4px; }
  .choice { display: flex; gap: 8px; align-items: baseline; }
  .preview { min-width: 0; display: flex; flex-direction: column; gap: 12px; }
  .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  @media (min-width: 640px) {
    .mini-form { grid-template-columns: repeat(2, minmax(0, 1fr)); }
    .mini-form .actions, .mini-form .hint, .mini-form fieldset { grid-column: 1 / -1; }
  }
  @media (min-width: 1000px) {
    .layout { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
    .preview { position: sticky; top: 130px; max-height: calc(100vh - 140px); overflow: auto; }
  }
`;
