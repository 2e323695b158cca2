/**
 * `cdn/tiendo.iife.min.js` of the self-hostable folder: every element from one plain
 * `<script src>`, for pages whose editor allows no `type="module"`:
 *
 * ```html
 * <script src="/tiendo/cdn/tiendo.iife.min.js" defer></script>
 * <tiendo-timeline src="/data/219.json"></tiendo-timeline>
 * ```
 *
 * A classic script that imports the folder's `index.js` (one level up, wherever the folder was
 * copied): the code is the folder's own modules and shared chunks, shipped once, not a second copy
 * of everything in one file. `window.tiendo` gets the classes when they have loaded, and
 * `tiendo.ready` is a promise of them (elements already on the page upgrade by themselves).
 */

interface ClassicApi {
  /** Resolves with `window.tiendo` once every element is defined; rejects if index.js cannot load. */
  ready: Promise<ClassicApi>;
  [name: string]: unknown;
}

const page = globalThis as { tiendo?: ClassicApi };
// Where this file was loaded from: index.js sits one folder up from it.
const here = (document.currentScript as HTMLScriptElement | null)?.src || document.querySelector<HTMLScriptElement>('script[src*="tiendo.iife"]')?.src;
const entry = new URL('../index.js', here ?? location.href).href;

const api = { ready: undefined as unknown as Promise<ClassicApi> } as ClassicApi;
api.ready = import(/* webpackIgnore: true */ entry).then(
  (classes: Record<string, unknown>) => Object.assign(api, classes),
  (error: unknown) => {
    console.error(`tiendo: ${entry} could not be loaded (${error}). cdn/tiendo.iife.min.js loads the rest of the folder it came in: copy the whole folder (dist/bundled).`);
    throw error;
  },
);
// Whoever awaits `ready` sees the failure; nobody awaiting it is not another error on the console.
api.ready.catch(() => undefined);
page.tiendo = api;
