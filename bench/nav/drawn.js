// Sets the `drawn` User Timing mark once the page's picture has been produced: after the next
// animation frame and the task queued behind it (the frame with the drawing was painted). The
// navigation bench (scripts/bench-nav.mjs) reads the mark's time from navigation start. Loaded by
// the tiendo pages and the hand-written pages alike, so both pay for it.

/** Marks `drawn` after the next painted frame. */
export function markDrawn() {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark('drawn');
    channel.port2.postMessage(0);
  });
}

/**
 * For a tiendo element: waits for its feed (the `tiendo-load` event, or a model already there),
 * then for Lit until no update is pending, then marks. `tiendo-error` marks `failed`.
 */
export function markWhenDrawn(el) {
  const settle = async () => {
    while (!(await el.updateComplete));
    markDrawn();
  };
  if (el.model) return void settle();
  el.addEventListener('tiendo-load', settle, { once: true });
  el.addEventListener('tiendo-error', () => performance.mark('failed'), { once: true });
}

/** Escapes text for innerHTML (the hand-written pages write HTML strings, as a webmaster would). */
export const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** A feed text in Vietnamese: a string or a `{vi, en}` map. */
export const vi = (text) => (typeof text === 'string' ? text : text?.vi ?? Object.values(text ?? {})[0] ?? '');
