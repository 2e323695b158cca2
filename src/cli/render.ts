/**
 * A widget as static markup: the element's own class and template, server-rendered by Lit into a
 * declarative shadow root (`<template shadowrootmode="open">`), so a browser with JavaScript off
 * shows the same picture and data table the live widget draws. Nothing here draws anything.
 *
 * The server has no ResizeObserver: the width a layout needs is the element's public `width`
 * input, set as a property (not written into the markup). A server rendering is `static` media
 * (core/medium.ts): every row drawn, the data table built at once.
 */
import { html, unsafeStatic } from 'lit/static-html.js';
import { loadProblemList } from '../core/frame.js';
import { tagOf, type WidgetName } from '../widgets.js';
import { WIDGET_CLASSES, type WidgetClass } from './widget-classes.js';
import { serverRenderer } from './server-renderer.js';

export type { WidgetName };

export interface RenderOptions {
  widget: WidgetName;
  /** The feed as JSON (the element reads and checks it itself, exactly as in a page). */
  feed: unknown;
  /** The feed's URL, when it came from one: relative links in it resolve against it. */
  src?: string;
  width: number;
  /** The day statuses and the today line are drawn for (set as a property: `attributes` may name it too). */
  now?: string;
  /** Attributes of the element: lang, now, theme, target, variant, … */
  attributes: Record<string, string>;
}

/** Registers the widget's element, once (each widget's classes load only when it is rendered). */
async function defineServerElement(name: WidgetName): Promise<void> {
  const tag = tagOf(name);
  if (customElements.get(tag)) return;
  const Class: WidgetClass = await WIDGET_CLASSES[name]();
  if (!customElements.get(tag)) customElements.define(tag, Class as unknown as CustomElementConstructor);
}

const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;
const escapeAttribute = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The element with its declarative shadow root, as HTML text. */
export async function renderElement(options: RenderOptions): Promise<string> {
  const { render, collectResult } = await serverRenderer();
  await defineServerElement(options.widget);
  // A page renders its problem list when its module arrives; a static render happens once, so it
  // waits for it first ("2 items are not shown" with no list of what and where helps nobody).
  await loadProblemList();
  const tag = tagOf(options.widget);
  const attributes = Object.entries({ ...options.attributes, ...(options.src && { src: options.src }) })
    .filter(([name]) => ATTRIBUTE.test(name))
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  // Tag and attribute names are ours (checked above) and values escaped: safe to make static.
  const template = html`<${unsafeStatic(tag)} ${unsafeStatic(attributes)} .feed=${options.feed} .width=${options.width} .now=${options.now}></${unsafeStatic(tag)}>`;
  const markup = await collectResult(render(template));
  return stripMarkers(markup).replace(/^<(tiendo-[a-z]+)\s+/, '<$1 ');
}

/**
 * Static output runs no script, so the controls that need one (the widgets mark them `no-print`:
 * zoom and order buttons, keyboard hints) would be dead buttons. They are hidden by one rule added
 * to each shadow root's styles; the picture, legend, table and caption are untouched.
 */
export function hideScriptControls(markup: string): string {
  return markup.replace(
    /(<template shadowroot(?:mode)?="open"[^>]*>\s*<style>)/g,
    '$1\n/* tiendo render: static output, no script: controls that need one are hidden */\n.no-print { display: none !important; }\n',
  );
}

/**
 * Lit's hydration markers (`<!--lit-part …-->`, `<!--lit-node 3-->`) mean nothing without Lit on
 * the page; static output is smaller and cleaner without them.
 */
export function stripMarkers(markup: string): string {
  return markup.replace(/<!--\/?lit-part[^>]*?-->|<!--lit-node \d+-->|<!--\?-->|<!---->/g, '');
}
