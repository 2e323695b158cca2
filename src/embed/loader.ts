/**
 * The tiendo loader: one small module for any page. It defines each `tiendo-*` element the first
 * time one appears in the document (already there, or added later by a CMS or a framework) and
 * fetches only that widget's code: a page with one gauge never downloads the timeline.
 *
 * ```html
 * <script type="module" src="/tiendo/loader.js"></script>
 * <tiendo-gauge src="/data/programme.json" target="cnsh-grdp"></tiendo-gauge>
 * ```
 *
 * The widget modules are imported with paths relative to this file (the build writes them as
 * `./tiendo-gauge.js` next to `loader.js`, resolved against the loader's own URL like any module
 * specifier), so a portal can copy the folder anywhere; nothing is ever fetched from another host.
 * Elements inside another component's shadow root are not seen by a document observer: pass that
 * root to `upgrade()`.
 */
import { preloadFeed } from '../core/preload.js';

/**
 * Each tag and the module that defines it: every widget of the registry (src/widgets.ts), and
 * `<tiendo-feed>`. Literal imports, so that the build knows the graph and shared chunks are
 * fetched once; `npm run build:registry` writes them from the registry.
 */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  // widgets:start (npm run build:registry writes these lines from src/widgets.ts)
  'tiendo-timeline': () => import('../timeline/define.js'),
  'tiendo-matrix': () => import('../matrix/define.js'),
  'tiendo-gauge': () => import('../gauge/define.js'),
  'tiendo-summary': () => import('../summary/define.js'),
  // widgets:end
  'tiendo-feed': () => import('../core/feed-define.js'),
};

const requested = new Set<string>();
let observer: MutationObserver | undefined;

/** The tags not requested yet, as one selector ('' when all are). */
function pending(): string {
  return Object.keys(ELEMENTS).filter((tag) => !requested.has(tag)).join(',');
}

/**
 * Loads the code of every tiendo element in `root` (a document, a shadow root or an element,
 * itself included) whose tag is not defined yet. Safe to call any number of times.
 */
export function upgrade(root: ParentNode): void {
  const selector = pending();
  if (!selector) return;
  const found = new Set<Element>();
  if (root instanceof Element && root.matches(selector)) found.add(root);
  for (const el of root.querySelectorAll(selector)) found.add(el);
  // The feeds first: their download then runs beside the code's, not after it.
  for (const el of found) preloadFeed(el.getAttribute('src'));
  for (const tag of new Set([...found].map((el) => el.localName))) load(tag);
}

function load(tag: string): void {
  requested.add(tag);
  if (!pending()) observer?.disconnect(); // every tag requested: nothing left to watch for
  if (customElements.get(tag)) return; // another copy of tiendo defined it
  ELEMENTS[tag]!().catch((error: unknown) => {
    requested.delete(tag); // a later element may try again (the network may be back)
    watch();
    console.error(`tiendo: could not load <${tag}>`, error);
  });
}

/** Watches the document for tiendo elements added after the first look. */
function watch(): void {
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) upgrade(node);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') {
  watch();
  upgrade(document);
}
