// `npm run build` (last step): examples/server-rendered.html, the page of docs/cli.md's "Server-
// rendered, then live". The timeline and the matrix of Programme 219 as `tiendo render --format
// fragment` writes them, with the feed's URL, on a page that also loads their scripts: the picture
// is there at the first paint (and with scripts off), the live widgets take over once they have
// read the feed. Generated, not committed: it is the CLI's output of the day (.gitignore).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const FEED = 'fixtures/laocai-219-ctr-tu.json';
const fragment = (widget) =>
  execFileSync('node', ['bin/tiendo.mjs', 'render', widget, FEED, '--format', 'fragment', '--attr', `src=../${FEED}`], { encoding: 'utf8' });

writeFileSync('examples/server-rendered.html', `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>tiendo — server-rendered, then live</title>
  <link rel="stylesheet" href="examples.css">
  <script type="module" src="../dist/bundled/tiendo-timeline.js"></script>
  <script type="module" src="../dist/bundled/tiendo-matrix.js"></script>
</head>
<body>
  <header class="page">
    <nav><a href="index.html">← examples</a></nav>
    <h1>Chương trình 219-CTr/TU: server-rendered, then live</h1>
    <p lang="en">Each widget below is <code>tiendo render … --format fragment --attr src=…</code> pasted into the page
      (written by <code>npm run build</code>), and the page loads the widgets' scripts too. Readers see the programme at the
      first paint, and keep it with scripts off; the live widgets take over once they have read the feed.
      See <a href="../docs/cli.md">docs/cli.md</a>, "Server-rendered, then live".</p>
  </header>
  <main>
${fragment('timeline')}
${fragment('matrix')}
  </main>
</body>
</html>
`);
console.log('wrote examples/server-rendered.html');
