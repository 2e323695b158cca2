/**
 * Registers an element once. Two copies of tiendo on a page (a portal's and a newspaper embed's)
 * must not throw: the same version is a no-op, another version warns once and keeps the first.
 */
export const VERSION = '0.1.0';

const warned = new Set<string>();

export function define(tag: string, ctor: CustomElementConstructor & { tiendoVersion?: string }): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server rendering without a registry shim
  const existing = registry.get(tag) as (CustomElementConstructor & { tiendoVersion?: string }) | undefined;
  if (existing) {
    if (existing !== ctor && existing.tiendoVersion !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(`tiendo: <${tag}> is already defined by tiendo ${existing.tiendoVersion ?? '(unknown version)'}; this copy (${VERSION}) is not used.`);
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // Another script defined it between get() and define(): same outcome as above.
    console.warn(`tiendo: could not define <${tag}>`, error);
  }
}
