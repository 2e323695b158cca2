import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, shadowText, widgetsRendered } from './helpers.js';

/**
 * A portal's copy of tiendo and a newspaper embed's copy on one page: the classic script and the
 * self-hosted folder's module entry (index.js). The other version is the folder served again with
 * another version number (tests/other-build.mjs, `/__build/<version>/`): its own Lit, its own
 * classes, the same tags.
 */
const folder = (version: string) => (version === '0.1.0' ? '/dist/bundled' : `/__build/${version}`);

function page(scripts: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8">
    <script>
      window.warnings = []; window.errors = [];
      const warn = console.warn.bind(console);
      console.warn = (...args) => { warnings.push(args.map(String).join(' ')); warn(...args); };
      addEventListener('error', (e) => errors.push(e.message));
      addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    </script></head><body>
    <tiendo-feed src="/fixtures/laocai-219-ctr-tu.illustrative.json">
      <tiendo-gauge target="cnsh-grdp" now="2025-06-30"></tiendo-gauge><tiendo-matrix section="I"></tiendo-matrix>
    </tiendo-feed>
    ${scripts}</body></html>`;
}

type Page = Window & { warnings: string[]; errors: string[]; tiendo?: unknown; secondRan?: true };

describe('two builds of tiendo on one page', () => {
  for (const [first, second] of [['0.1.0', '9.9.9-test'], ['9.9.9-test', '0.1.0']] as const) {
    it(`do not throw, and warn once naming both versions (${first} first)`, async () => {
      const classic = `${folder(first)}/cdn/tiendo.iife.min.js`;
      const module = `${folder(second)}/index.js`;
      // The classic script first: once its classes are defined (tiendo.ready), the other copy comes as a module.
      // Its load event fires once the whole module graph has run, and with it every define() of that copy.
      const after = `tiendo.ready.then(() => { const s = document.createElement('script'); s.type = 'module'; s.src = ${JSON.stringify(module)}; s.onload = () => (window.secondRan = true); document.body.append(s); })`;
      const frame = await openFrame({ srcdoc: page(`<script src="${classic}"></script><script>${after}</script>`) });
      const win = frame.contentWindow as Page;
      const [gauge, matrix] = await widgetsRendered(frame.contentDocument!);
      await waitUntil(() => win.secondRan, 'the second copy did not run', { timeout: 5000 });

      expect(win.errors).to.deep.equal([]);
      const ours = win.warnings.filter((w) => w.startsWith('tiendo:'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.equal(
        `tiendo: two versions are loaded on this page — ${first} (in use) and ${second} (not used). Load tiendo once: one script, the loader or one bundle.`,
      );
      const version = (tag: string) => (win.customElements.get(tag) as unknown as { tiendoVersion: string }).tiendoVersion;
      expect(['tiendo-feed', 'tiendo-timeline', 'tiendo-matrix', 'tiendo-gauge'].map(version)).to.deep.equal([first, first, first, first]);
      // And the page works: the feed reached both widgets.
      expect(shadowText(gauge)).to.contain('3,8%');
      expect(shadowText(matrix)).to.contain('Tổ chức học tập, quán triệt');
    });
  }
});
