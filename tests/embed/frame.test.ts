import { expect, waitUntil } from '@open-wc/testing';
import { messagesFrom, openFrame, shadowText, widgetsRendered } from './helpers.js';

const FEED = '/fixtures/laocai-219-ctr-tu.illustrative.json';
const embed = (query: string) => `/dist/bundled/embed.html?${query}`;
const docHeight = (frame: HTMLIFrameElement) => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);

/** The last height the frame reported in each format. */
function lastHeights(messages: unknown[], childId: string) {
  const pym = messages.filter((m): m is string => typeof m === 'string' && m.startsWith(`pymxPYMx${childId}xPYMxheightxPYMx`)).at(-1);
  const amp = messages.filter((m): m is { height: number } => (m as { sentinel?: string })?.sentinel === 'amp' && (m as { type?: string }).type === 'embed-size').at(-1);
  return { pym: pym ? Number(pym.split('xPYMx')[3]) : undefined, amp: amp?.height };
}

describe('embed.html: one widget in a frame', () => {
  it('renders the widget named in the URL with its attributes, and names the frame after the programme', async () => {
    let frame: HTMLIFrameElement | undefined;
    const messages = messagesFrom(() => frame?.contentWindow ?? null);
    frame = await openFrame({ src: embed(`widget=gauge&src=${encodeURIComponent(FEED)}&target=cnsh-grdp&lang=en&theme=dark&now=2025-06-30&childId=g1`), width: 700 });
    const doc = frame.contentDocument!;
    const [gauge] = await widgetsRendered(doc);
    expect(gauge!.localName).to.equal('tiendo-gauge');
    expect(['target', 'lang', 'theme', 'now'].map((a) => gauge!.getAttribute(a))).to.deep.equal(['cnsh-grdp', 'en', 'dark', '2025-06-30']);
    expect(shadowText(gauge)).to.contain("Contribution of the bio-industry to the province's GRDP");
    expect(doc.documentElement.lang).to.equal('en');
    await waitUntil(() => doc.title.startsWith('219-CTr/TU'), `title: ${doc.title}`);
    expect(doc.title).to.equal('219-CTr/TU — Targets');
    await waitUntil(() => frame!.contentWindow!.performance.getEntriesByName('tiendo:rendered').length === 1, 'no tiendo:rendered mark');
    await waitUntil(() => lastHeights(messages, 'g1').pym === docHeight(frame!), 'no height message');
  });

  it('posts its height to the parent in pym.js and AMP form, again whenever it changes', async () => {
    let frame: HTMLIFrameElement | undefined;
    const messages = messagesFrom(() => frame?.contentWindow ?? null);
    frame = await openFrame({ src: embed(`widget=matrix&src=${encodeURIComponent('/fixtures/laocai-219-ctr-tu.json')}&childId=m7`), width: 1000, height: 300 });
    await widgetsRendered(frame.contentDocument!);
    await waitUntil(() => lastHeights(messages, 'm7').pym === docHeight(frame!), 'no height message matching the document');
    const wide = lastHeights(messages, 'm7');
    expect(wide.amp, 'AMP embed-size says the same').to.equal(wide.pym);
    expect(wide.pym, 'the content, not the 300 px viewport').to.be.above(300);

    frame.width = '360'; // narrower: the matrix becomes cards, and the page taller
    await waitUntil(() => lastHeights(messages, 'm7').pym !== wide.pym && lastHeights(messages, 'm7').pym === docHeight(frame!), 'no new height after the resize', { timeout: 5000 });
    const narrow = lastHeights(messages, 'm7');
    expect(narrow.pym).to.not.equal(wide.pym);
    expect(narrow.amp).to.equal(narrow.pym);
  });

  it('answers a pym.js parent that sends its width', async () => {
    let frame: HTMLIFrameElement | undefined;
    const messages = messagesFrom(() => frame?.contentWindow ?? null);
    frame = await openFrame({ src: embed(`widget=gauge&src=${encodeURIComponent(FEED)}&childId=p`), width: 600 });
    await widgetsRendered(frame.contentDocument!);
    await waitUntil(() => lastHeights(messages, 'p').pym === docHeight(frame!));
    const count = messages.length;
    frame.contentWindow!.postMessage('pymxPYMxpxPYMxwidthxPYMx600', '*');
    await waitUntil(() => messages.length > count, 'no answer to the width message');
    expect(messages.slice(count)).to.deep.include(`pymxPYMxpxPYMxheightxPYMx${docHeight(frame)}`);
  });

  it('passes only documented attributes to the widget', async () => {
    const frame = await openFrame({ src: embed(`widget=gauge&src=${encodeURIComponent(FEED)}&onclick=alert(1)&style=display:none&id=x&agency=ubnd&variant=bar`) });
    const [gauge] = await widgetsRendered(frame.contentDocument!);
    // theme is the widget's own reflection of its default
    expect(gauge!.getAttributeNames().sort()).to.deep.equal(['lang', 'src', 'theme', 'variant']);
    expect(gauge!.getAttribute('lang')).to.equal('vi');
    expect(gauge!.getAttribute('theme')).to.equal('light');
  });

  it('shows the snippet generator without a widget, and says so for an unknown one', async () => {
    const frame = await openFrame({ src: embed(`widget=chart&src=${encodeURIComponent('/fixtures/laocai-219-ctr-tu.json')}`), width: 1100, height: 900 });
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('h1'), 'no generator');
    expect(doc.querySelector('h1')!.textContent).to.equal('Tạo mã nhúng tiendo');
    expect(doc.querySelector('[role="alert"]')!.textContent).to.contain('“chart”');
    const [script, iframe] = [...doc.querySelectorAll('textarea')].map((t) => t.value);
    expect(script).to.equal(
      `<script type="module" src="${location.origin}/dist/bundled/loader.js"></script>\n` +
        `<tiendo-timeline src="${location.origin}/fixtures/laocai-219-ctr-tu.json" lang="vi" theme="light"></tiendo-timeline>`,
    );
    expect(iframe).to.contain(`<iframe data-tiendo src="${location.origin}/dist/bundled/embed.html?widget=timeline&amp;src=`);

    // Choosing the gauge and one of the feed's targets rewrites both snippets.
    (doc.querySelector('input[value="gauge"]') as HTMLInputElement).click();
    await waitUntil(() => doc.querySelector('#opt-target option[value="cnsh-grdp"]'), 'targets not read from the feed');
    const target = doc.querySelector('#opt-target') as HTMLSelectElement;
    target.value = 'cnsh-grdp';
    target.dispatchEvent(new Event('change'));
    expect(doc.querySelectorAll('textarea')[0]!.value).to.contain('<tiendo-gauge src=').and.contain('target="cnsh-grdp"');
    expect(doc.querySelectorAll('textarea')[1]!.value).to.contain('widget=gauge').and.contain('target=cnsh-grdp').and.contain('height="420"');
    // …and the preview shows that gauge.
    const preview = doc.querySelector('iframe.preview') as HTMLIFrameElement;
    await waitUntil(() => preview.contentDocument?.querySelector('tiendo-gauge[target="cnsh-grdp"]'), 'no preview', { timeout: 5000 });
    await widgetsRendered(preview.contentDocument!);
  });
});
