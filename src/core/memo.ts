/**
 * Remembering a pure function's last results, the one way every widget and the feed loader do it:
 * a layout is recomputed only when one of its inputs changed, so hovering, focusing or scrolling
 * (which change none of them) costs nothing.
 *
 * Arguments are compared by identity, as Lit compares properties: a changed feed or set is a new
 * object. A plain options object (`{ width, lang }`, made afresh on every call) is compared one
 * level deep, by the identity of its values.
 */

/** True when two argument lists are the same inputs (see above). */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameOptions(a[i], b[i])) return false;
  return true;
}

function sameOptions(a: unknown, b: unknown): boolean {
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.is(a[k], b[k]) && (k in b));
}

function isPlain(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object') return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/**
 * `fn` remembering its last `keep` calls (most recent first): the same inputs give the same
 * result object back without calling `fn`.
 */
export function memo<A extends unknown[], R>(fn: (...args: A) => R, keep = 1): (...args: A) => R {
  const calls: Array<{ args: A; result: R }> = [];
  return (...args: A) => {
    const i = calls.findIndex((c) => sameInputs(c.args, args));
    const hit = i >= 0 ? calls.splice(i, 1)[0]! : { args, result: fn(...args) };
    calls.unshift(hit);
    if (calls.length > keep) calls.length = keep;
    return hit.result;
  };
}

/**
 * `memo` per object: one memory for each first argument (held weakly, so it goes with the object),
 * e.g. a layout per gauge target, or a model per feed object shared by fifty widgets. A first
 * argument that is not an object is not remembered.
 */
export function memoPer<K, A extends unknown[], R>(fn: (key: K, ...args: A) => R, keep = 1): (key: K, ...args: A) => R {
  const memos = new WeakMap<object, (...args: A) => R>();
  return (key: K, ...args: A) => {
    if (key === null || (typeof key !== 'object' && typeof key !== 'function')) return fn(key, ...args);
    let remembered = memos.get(key as object);
    if (!remembered) memos.set(key as object, (remembered = memo((...a: A) => fn(key, ...a), keep)));
    return remembered(...args);
  };
}
