/**
 * Node module hooks (`module.register`, from server-renderer.ts; they run in Node's hooks thread)
 * for @lit-labs/ssr, which is the user's install (an optional peer dependency), not a copy bundled
 * into the CLI. They do at load time what bundling it did at build time:
 *
 * - **One Lit.** The server renderer patches `LitElement.prototype` and calls `ReactiveElement`'s
 *   methods on the widgets: it must use the widgets' own Lit. Its imports of Lit's packages are
 *   resolved from tiendo's place in node_modules, as tiendo's are — in an app on Lit 2.8, npm
 *   nests a Lit 3 under @lit-labs/ssr that would otherwise render nothing ("this._$EM is not a
 *   function").
 * - **One patch.** @lit-labs/ssr 4 cannot render a binding inside an SVG `<title>` (the timeline's
 *   tooltips: `<title>${timeframe}</title>`) in an ordinary, hydratable template: lit-html writes
 *   that marker as text, and the server renderer looks for text markers only in server-only
 *   templates, then fails with "Unexpected final partIndex". Static output is never hydrated, so
 *   `<title>` and `<textarea>` are read as in a server-only template. The patch is checked: a
 *   version without the line stops the render with a message instead of rendering wrong.
 */

/** The file, and the condition in it, as @lit-labs/ssr 4.1 writes them. */
const RENDER_VALUE = /\/@lit-labs\/ssr\/lib\/render-value\.js$/;
export const SSR_RAW_TEXT = 'else if (!hydratable &&\n                    /^(title|textarea|script|style)$/.test(node.tagName)) {';
const SSR_RAW_TEXT_PATCHED = 'else if ((!hydratable || /^(title|textarea)$/.test(node.tagName)) &&\n                    /^(title|textarea|script|style)$/.test(node.tagName)) {';

/** Said (by server-renderer.ts) when a version of @lit-labs/ssr no longer has the line. */
export const PATCH_FAILED = 'tiendo: the <title> patch does not apply';

/** The server renderer's own modules (and its client part's), whose imports of Lit are shared. */
const SERVER_RENDERER = /\/@lit-labs\/ssr(-client)?\/(?!node_modules\/)/;
const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr-dom-shim)(\/|$)/;

export function patchRenderValue(source: string, url: string): string {
  if (!source.includes(SSR_RAW_TEXT)) throw new Error(`${PATCH_FAILED} to ${url}`);
  return source.replace(SSR_RAW_TEXT, SSR_RAW_TEXT_PATCHED);
}

export interface HookData {
  /** A module of the tiendo package: Lit is resolved from here. */
  shareFrom: string;
}

let shareFrom: string | undefined;

/** Node's `initialize` hook: the data server-renderer.ts registered the hooks with. */
export function initialize(data: HookData): void {
  shareFrom = data.shareFrom;
}

interface ResolveContext {
  parentURL?: string;
  conditions?: string[];
}
type NextResolve = (specifier: string, context: ResolveContext) => Promise<{ url: string }>;

/** Node's `resolve` hook: Lit, imported by the server renderer, resolves as tiendo's own imports do. */
export async function resolve(specifier: string, context: ResolveContext, nextResolve: NextResolve): Promise<{ url: string }> {
  const shared = shareFrom && context.parentURL && SERVER_RENDERER.test(context.parentURL.replaceAll('\\', '/')) && LIT.test(specifier);
  return nextResolve(specifier, shared ? { ...context, parentURL: shareFrom } : context);
}

interface LoadResult {
  format?: string | null;
  source?: string | ArrayBuffer | ArrayBufferView | null;
  shortCircuit?: boolean;
}

/** Node's `load` hook: every module passes through unchanged but @lit-labs/ssr's render-value.js. */
export async function load(url: string, context: object, nextLoad: (url: string, context: object) => Promise<LoadResult>): Promise<LoadResult> {
  const result = await nextLoad(url, context);
  if (!RENDER_VALUE.test(url.replaceAll('\\', '/')) || result.source == null) return result;
  const text = typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source);
  return { ...result, source: patchRenderValue(text, url) };
}
