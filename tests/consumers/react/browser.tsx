// The React wrapper in a browser (tests/cli/consumers.test.mjs bundles this with React 19, then
// with React 18, against the packed package): the feed object reaches the element as a property,
// and onTiendoLoad / onTiendoSelect receive the events.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TiendoTimeline } from 'tiendo/react';

function App({ feed }: { feed: unknown }) {
  const [loaded, setLoaded] = useState('');
  const [agency, setAgency] = useState('');
  return (
    <main>
      <TiendoTimeline feed={feed} now="2025-06-30" onTiendoLoad={(e) => setLoaded(`loaded, ${e.detail.issues.length} problems`)} onTiendoSelect={(e) => setAgency(`chose ${e.detail.agency}`)} />
      <output id="loaded">{loaded}</output>
      <output id="agency">{agency}</output>
    </main>
  );
}

const feed: unknown = await (await fetch('/feed.json')).json();
createRoot(document.getElementById('root')!).render(<App feed={feed} />);
