/**
 * The docs page of every component: the title, the copy-paste snippet (the meta's
 * `parameters.snippet`), then what custom-elements.json says — the element's summary and
 * description, and its attributes, properties, events, parts and custom properties with their
 * controls — then the stories.
 */
import { createElement as h, Fragment } from 'react';
import { Controls, Description, Primary, Source, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';

interface Manifest {
  modules: { declarations?: { tagName?: string; summary?: string }[] }[];
}

function Snippet() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const code = preparedMeta.parameters.snippet as string | undefined;
  return code ? h(Source, { code, language: 'html', dark: true }) : null;
}

/** @param manifest custom-elements.json: the `@summary` of the component's class becomes the subtitle. */
export function docsPage(manifest: unknown) {
  const summaries = new Map<string, string>();
  for (const mod of (manifest as Manifest).modules) {
    for (const d of mod.declarations ?? []) if (d.tagName && d.summary) summaries.set(d.tagName, d.summary);
  }
  function Summary() {
    const { preparedMeta } = useOf('meta', ['meta']);
    const summary = typeof preparedMeta.component === 'string' ? summaries.get(preparedMeta.component) : undefined;
    return h(Subtitle, null, summary);
  }
  return function DocsPage() {
    return h(Fragment, null, h(Title), h(Snippet), h(Summary), h(Description, { of: 'meta' }), h(Primary), h(Controls), h(Stories, { includePrimary: false }));
  };
}
