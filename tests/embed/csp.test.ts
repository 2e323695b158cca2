import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openFrame, shadowText, widgetsRendered } from './helpers.js';

type Violation = { directive: string; blocked: string };
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('examples/csp.html: the widgets under a strict Content-Security-Policy with Trusted Types', () => {
  it('render and respond to a reader with zero policy violations', async () => {
    const frame = await openFrame({ src: '/examples/csp.html', width: 1100, height: 900 });
    const win = frame.contentWindow as Window & { tiendoCsp: { violations: Violation[] } };
    const doc = frame.contentDocument!;
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    const [gauge, matrix, timeline] = await widgetsRendered(doc);
    expect([gauge, matrix, timeline].map((el) => el!.localName)).to.deep.equal(['tiendo-gauge', 'tiendo-matrix', 'tiendo-timeline']);
    // Styled (adopted stylesheets are allowed by style-src 'self'), not raw markup.
    expect(getComputedStyle(timeline!).display).to.equal('block');

    // Pick a body in the matrix: the timeline, sharing the feed, highlights its tasks.
    const header = $$(matrix!, 'thead th.agency').find((th) => th.textContent!.includes('HĐND tỉnh'))!;
    header.querySelector('button')!.click();
    await waitUntil(() => $$(timeline!, '.row.task.hl').length > 0, 'the timeline did not follow the matrix');
    expect($$(timeline!, '.row.task.hl').map((r) => r.dataset.key)).to.deep.equal(['t4', 't5', 't7']);

    // Keyboard in the matrix grid, then open a task's details in the timeline and close them.
    header.querySelector('button')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    ($$(timeline!, '.row.task').find((r) => r.dataset.key === 't5')!).click();
    await waitUntil(() => ($(timeline!, 'dialog') as HTMLDialogElement | null)?.open, 'no details dialog');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !($(timeline!, 'dialog') as HTMLDialogElement).open, 'the dialog did not close');

    // The timeline's table, the gauge's data table, another language and theme.
    $(timeline!, '[data-action="table"]')!.click();
    await waitUntil(() => $$(timeline!, 'table tbody tr').length > 0, 'no timeline table');
    ($(gauge!, 'details') as HTMLDetailsElement).open = true;
    await waitUntil(() => $(gauge!, '[part="table"] table'), 'no gauge table');
    doc.documentElement.lang = 'en';
    for (const el of [gauge, matrix, timeline]) el!.setAttribute('theme', 'dark');
    // Three widgets redraw in another language and theme: on a loaded machine that takes more than waitUntil's default second.
    await waitUntil(() => shadowText(matrix).includes('Lead'), 'the matrix did not switch to English', { timeout: 5000 });
    await Promise.all([gauge, matrix, timeline].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    expect(doc.getElementById('csp-status')!.textContent).to.equal('0 policy violations');

    // The counter is live and the policy enforced: an inline style and an HTML sink are both reported.
    // Reports arrive in the order of the violations, so once these two are in, any that the
    // reader's actions above caused are in too: the list must hold these two and nothing else.
    doc.body.setAttribute('style', 'outline: 1px solid red');
    expect(() => (doc.body.firstElementChild!.innerHTML = '<b>x</b>')).to.throw(/TrustedHTML/);
    const directives = () => win.tiendoCsp.violations.map((v) => v.directive);
    await waitUntil(() => directives().includes('style-src-attr') && directives().includes('require-trusted-types-for'), 'violations are not counted');
    expect(win.tiendoCsp.violations.map((v) => v.directive).sort(), JSON.stringify(win.tiendoCsp.violations)).to.deep.equal(['require-trusted-types-for', 'style-src-attr']);
  });

  it('the classic script (cdn/tiendo.iife.min.js) loads the folder under the same policy', async () => {
    const policy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
    const srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}">
      <script src="/examples/csp-count.js"></script><script src="/dist/bundled/cdn/tiendo.iife.min.js" defer></script></head>
      <body><tiendo-gauge src="/fixtures/laocai-219-ctr-tu.illustrative.json" target="cnsh-grdp" now="2026-06-30"></tiendo-gauge></body></html>`;
    const frame = await openFrame({ srcdoc, width: 800, height: 600 });
    const win = frame.contentWindow as Window & { tiendoCsp: { violations: Violation[] }; tiendo: { ready: Promise<{ TiendoGauge: unknown }> } };
    const [gauge] = await widgetsRendered(frame.contentDocument!);
    expect(shadowText(gauge)).to.contain('3,8%');
    expect((await win.tiendo.ready).TiendoGauge).to.equal(win.customElements.get('tiendo-gauge'));
    expect(win.tiendoCsp.violations, JSON.stringify(win.tiendoCsp.violations)).to.deep.equal([]);
  });
});
