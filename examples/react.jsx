// React 19 (documentation; not built in CI). React 19 passes objects to custom elements as
// properties and wires `on<event-name>` props as event listeners, so no wrapper is needed.
//
//   npm install tiendo react react-dom
//
// With TypeScript, add the tags to JSX (tiendo's own types declare HTMLElementTagNameMap):
//
//   import type { TiendoTimeline, TiendoMatrix } from 'tiendo';
//   declare module 'react' {
//     namespace JSX {
//       interface IntrinsicElements {
//         'tiendo-timeline': React.HTMLAttributes<TiendoTimeline> & Partial<Pick<TiendoTimeline, 'src' | 'feed' | 'now' | 'agency' | 'section'>>;
//         'tiendo-matrix': React.HTMLAttributes<TiendoMatrix> & Partial<Pick<TiendoMatrix, 'src' | 'feed' | 'agency' | 'order'>>;
//         'tiendo-feed': React.HTMLAttributes<HTMLElement> & { src?: string };
//       }
//     }
//   }
import { useEffect, useState } from 'react';
// Registers <tiendo-timeline> and <tiendo-matrix>; bundlers keep these imports (package.json "sideEffects").
import 'tiendo/timeline/define.js';
import 'tiendo/matrix/define.js';

export function ProgrammeProgress({ feedUrl, lang = 'vi' }) {
  const [feed, setFeed] = useState();
  const [agency, setAgency] = useState();

  // Either give the widgets a URL (src=…) or, as here, data you already have.
  useEffect(() => {
    const controller = new AbortController();
    fetch(feedUrl, { signal: controller.signal }).then((r) => r.json()).then(setFeed, () => {});
    return () => controller.abort();
  }, [feedUrl]);

  return (
    <section lang={lang}>
      <p aria-live="polite">{agency ? `Selected: ${agency}` : 'Pick a body in the matrix.'}</p>
      {/* tiendo-select: the reader chose a body (detail.agency) or opened a task (detail.task). */}
      <tiendo-matrix feed={feed} ontiendo-select={(e) => 'agency' in e.detail && setAgency(e.detail.agency)} />
      {/* The React state drives the timeline's highlight through its `agency` attribute. */}
      <tiendo-timeline feed={feed} agency={agency} now="2026-06-30" theme="auto" />
    </section>
  );
}

// Or let <tiendo-feed> share one feed and the selection, with no React state at all:
export function LinkedWidgets({ feedUrl }) {
  return (
    <tiendo-feed src={feedUrl}>
      <tiendo-matrix />
      <tiendo-timeline />
    </tiendo-feed>
  );
}
