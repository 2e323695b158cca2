// A React 19 + TypeScript app (strict), as a consumer writes it against the packed package:
// the wrapper components of tiendo/react and the bare tags through the JSX types of tiendo/jsx.
// Compiled only (tests/cli/consumers.test.mjs); the @ts-expect-error lines fail the build if the
// types ever become too loose to catch the mistake they mark.
import { useState } from 'react';
import type {} from 'tiendo/jsx';
import 'tiendo/gauge/define.js';
import { TiendoMatrix, TiendoSummary, TiendoTimeline, type TiendoSelectEvent } from 'tiendo/react';

export function Programme({ feed }: { feed: unknown }) {
  const [agency, setAgency] = useState<string | undefined>();
  const [problems, setProblems] = useState(0);
  const choose = (event: TiendoSelectEvent) => setAgency(event.detail.agency);
  return (
    <>
      <TiendoMatrix feed={feed} layout="table" onTiendoSelect={choose} onTiendoLoad={(e) => setProblems(e.detail.issues.length)} />
      <TiendoTimeline feed={feed} agency={agency} now="2026-06-30" onTiendoError={(e) => console.warn(e.detail.error.message, e.detail.stale)} />
      <tiendo-timeline feed={feed} agency={agency} theme="dark" lang="en" ontiendo-select={(e) => setAgency(e.detail.agency)} />
      <tiendo-gauge target="cnsh-grdp" variant="bar" src="/data/219.json" />
      <TiendoSummary feed={feed} href="#timeline" onTiendoLoad={(e) => setProblems(e.detail.issues.length)} />
      <p>{problems}</p>
      {/* @ts-expect-error: "pie" is not a variant */}
      <tiendo-gauge variant="pie" />
      {/* @ts-expect-error: no such widget option */}
      <TiendoMatrix feed={feed} colour="red" />
      {/* @ts-expect-error: the summary fires no tiendo-select */}
      <TiendoSummary onTiendoSelect={choose} />
      {/* @ts-expect-error: a selection's agency is a string */}
      <TiendoMatrix onTiendoSelect={(e) => e.detail.agency.toFixed()} />
    </>
  );
}
