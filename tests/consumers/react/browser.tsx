// The React wrapper in a browser (tests/cli/consumers.test.mjs bundles this against the packed
// package twice: with React 19, then with React 18 — `react18`/`react-dom18` put in place of
// `react`/`react-dom` for the whole bundle, tiendo/react included): the feed object reaches the
// element as a property, and onTiendoLoad / onTiendoSelect receive the events.
import { useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { TiendoTimeline } from 'tiendo/react';

function App({ feed }: { feed: unknown }) {
  const [loaded, setLoaded] = useState('');
  const [chosen, setChosen] = useState('');
  return (
    <main>
      <TiendoTimeline
        feed={feed}
        now="2025-06-30"
        onTiendoLoad={(e) => setLoaded(`loaded, ${e.detail.issues.length} problems`)}
        onTiendoSelect={(e) => setChosen(e.detail.task ? `chose task ${e.detail.task}` : `chose ${e.detail.agency}`)}
      />
      <output id="react">{version}</output>
      <output id="loaded">{loaded}</output>
      <output id="chosen">{chosen}</output>
    </main>
  );
}

const feed: unknown = await (await fetch('/feed.json')).json();
createRoot(document.getElementById('root')!).render(<App feed={feed} />);
