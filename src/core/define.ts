/**
 * Registers an element once. Two copies of tiendo on a page (a portal's and a newspaper embed's)
 * must not throw: the same version is a no-op; another version keeps the first definition and
 * says so in one console warning for the whole page, naming both versions.
 */
export const VERSION = '0.1.0';

type TiendoConstructor = CustomElementConstructor & { tiendoVersion?: string };

/**
 * Whether a version clash was already reported. It lives on the global object under a registered
 * symbol (not in this module) because each copy of tiendo has its own module state, and the page
 * should get one warning however many copies, tags and load orders are involved.
 */
const REPORTED = Symbol.for('tiendo.define.reported');

export function define(tag: string, ctor: TiendoConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server rendering without a registry shim
  const existing = registry.get(tag) as TiendoConstructor | undefined;
  if (existing) {
    if (existing !== ctor) clash(existing.tiendoVersion);
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // Another script defined it between get() and define(): same outcome as above.
    const winner = registry.get(tag) as TiendoConstructor | undefined;
    if (winner) clash(winner.tiendoVersion);
    else console.warn(`tiendo: could not define <${tag}>`, error);
  }
}

/** Warns once per page that another version of tiendo already defined the elements. */
function clash(other: string | undefined): void {
  if (other === VERSION) return; // another copy of this very version: nothing differs
  const global = globalThis as { [REPORTED]?: true };
  if (global[REPORTED]) return;
  global[REPORTED] = true;
  console.warn(
    `tiendo: two versions are loaded on this page — ${other ?? 'an unknown version'} (in use) and ${VERSION} (not used). ` +
      'Load tiendo once: one script, the loader or one bundle.',
  );
}
