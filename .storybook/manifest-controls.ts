/**
 * Turns custom-elements.json into Storybook controls. Storybook's web-components renderer
 * already makes an argType per attribute, property, event, part and custom property, but with the
 * TypeScript type text as its type ("string | undefined", "Theme"), which Storybook cannot read:
 * every one became a JSON editor. This enhancer gives each a real control, from the manifest
 * alone: string, number and boolean types; literal unions; and for named types ("Theme"), the
 * values the member's description lists in backticks ("`light`, `dark` or `auto`").
 */
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';
import { LANGS } from '../src/derive/lang.js';

interface Member {
  kind: string;
  name: string;
  static?: boolean;
  readonly?: boolean;
  description?: string;
  type?: { text: string };
  attribute?: string;
}
interface Attribute {
  name: string;
  fieldName?: string;
  description?: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** A control-able type for a manifest type text, if there is one. */
function typeOf(text: string | undefined, description: string | undefined, name: string): StrictInputType['type'] | undefined {
  if (name === 'lang') return { name: 'enum', value: [...LANGS] };
  const parts = (text ?? '').split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined' && p !== 'null');
  if (parts.length === 0) return { name: 'string' };
  if (parts.length === 1 && ['string', 'number', 'boolean'].includes(parts[0]!)) return { name: parts[0] as 'string' | 'number' | 'boolean' };
  if (parts.every((p) => /^'[^']*'$/.test(p))) return { name: 'enum', value: parts.map((p) => p.slice(1, -1)) };
  if (parts.length === 1 && /^[A-Z]\w*$/.test(parts[0]!)) {
    const listed = [...(description ?? '').matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]!);
    if (listed.length >= 2) return { name: 'enum', value: [...new Set(listed)] };
  }
  return undefined;
}

/** @param manifest custom-elements.json, as imported (its JSON type is too wide to name). */
export function manifestControls(manifest: unknown): ArgTypesEnhancer {
  const declarations = new Map<string, Declaration>();
  for (const mod of (manifest as Manifest).modules) for (const d of mod.declarations ?? []) if (d.tagName) declarations.set(d.tagName, d);

  return (context) => {
    const { argTypes, component } = context;
    const declaration = typeof component === 'string' ? declarations.get(component) : undefined;
    if (!declaration) return argTypes;
    const members = new Map((declaration.members ?? []).map((m) => [m.name, m]));
    const attributes = new Map((declaration.attributes ?? []).map((a) => [a.name, a]));
    const result: typeof argTypes = {};
    for (const [name, argType] of Object.entries(argTypes)) {
      const category = argType.table?.category;
      const next: StrictInputType = { ...argType };
      const userControl = argType.control !== undefined;
      if (category === 'properties' || category === 'attributes') {
        const attribute = attributes.get(name);
        const member = members.get(attribute?.fieldName ?? name);
        if (member?.static) {
          // Class-level (tiendoVersion): not something an element instance takes.
          next.table = { ...next.table, disable: true };
        } else if (member?.readonly) {
          next.control = false;
        } else if (!userControl) {
          const type = typeOf((attribute ?? member)?.type?.text, (attribute ?? member)?.description, name);
          if (type) next.type = type;
          else next.control = false;
        }
      } else if (category === 'css custom properties') {
        // Colour tokens get a colour picker (parameters.controls.matchers), the rest text.
        if (!userControl) next.type = { name: 'string' };
      } else if (!userControl) {
        next.control = false; // events, parts, slots: documented, nothing to set
      }
      result[name] = next;
    }
    return result;
  };
}
