// `npm start`: build the widgets, then serve the demo page of Programme 219-CTr/TU.
import { execSync } from 'node:child_process';
import { serve } from './serve.mjs';

execSync('npx rollup -c --silent', { stdio: 'inherit' });
execSync('node scripts/build-schema.mjs', { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 8080);
const server = await serve({ port }).catch((e) => {
  if (e.code !== 'EADDRINUSE') throw e;
  console.log(`Port ${port} is busy; using a free one (set PORT to choose).`);
  return serve({ port: 0 });
});
console.log(`\n  tiendo demo — Programme 219-CTr/TU, Lào Cai\n  → http://127.0.0.1:${server.address().port}/demo/\n\n  (Ctrl+C to stop)`);
