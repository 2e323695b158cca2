import { expect } from '@open-wc/testing';
import { frameUrl, readEmbed, WIDGET_ATTRIBUTES, WIDGET_NAMES } from '../../src/embed/params.js';
import { escapeHtml, iframeSnippet, scriptSnippet } from '../../src/embed/snippets.js';
import { feedChoices } from '../../src/embed/generator.js';
import { built } from './helpers.js';

const fromQuery = (query: string) => {
  const params = new URLSearchParams(query);
  return readEmbed(params.get('widget'), (name) => params.get(name));
};

describe('embed: what an embed URL may ask for', () => {
  it('reads the widget and its documented attributes, in documented order', () => {
    expect(fromQuery('widget=timeline&src=/d/219.json&lang=en&theme=dark&now=2026-06-30&agency=ubnd&from=2025&to=2027')).to.deep.equal({
      widget: 'timeline',
      attributes: { src: '/d/219.json', lang: 'en', theme: 'dark', now: '2026-06-30', agency: 'ubnd', from: '2025', to: '2027' },
    });
    expect(fromQuery('widget=GAUGE&target=cnsh-grdp&variant=bar')).to.deep.equal({ widget: 'gauge', attributes: { target: 'cnsh-grdp', variant: 'bar' } });
  });

  it('drops anything a widget does not document: event handlers, style, another widget\'s options', () => {
    const embed = fromQuery('widget=gauge&onclick=alert(1)&style=display:none&agency=x&id=y&target=cnsh-grdp&childId=3');
    expect(embed).to.deep.equal({ widget: 'gauge', attributes: { target: 'cnsh-grdp' } });
  });

  it('names no widget for an unknown or missing one', () => {
    expect(fromQuery('widget=chart&src=x')).to.equal(undefined);
    expect(fromQuery('src=x')).to.equal(undefined);
    expect(fromQuery('widget=__proto__')).to.equal(undefined);
  });

  it('ignores empty and overlong values', () => {
    expect(fromQuery(`widget=matrix&src=&agency=${'a'.repeat(3000)}&order=document`)).to.deep.equal({ widget: 'matrix', attributes: { order: 'document' } });
  });

  it('writes the frame URL with the widget first and values encoded', () => {
    const url = frameUrl({ widget: 'matrix', attributes: { src: 'https://portal.gov.vn/data/219 & more.json', order: 'document', lang: 'vi' } }, 'https://portal.gov.vn/tiendo/embed.html?old=1#x');
    expect(url.href).to.equal('https://portal.gov.vn/tiendo/embed.html?widget=matrix&src=https%3A%2F%2Fportal.gov.vn%2Fdata%2F219+%26+more.json&lang=vi&order=document');
  });

  it('accepts every attribute the custom elements manifest documents for each widget, and nothing else', async () => {
    const manifest = JSON.parse(await built('/custom-elements.json'));
    for (const widget of WIDGET_NAMES) {
      const declaration = manifest.modules.flatMap((m: any) => m.declarations ?? []).find((d: any) => d.tagName === `tiendo-${widget}`);
      expect(declaration, `tiendo-${widget} in custom-elements.json`).to.exist;
      const documented = (declaration.attributes as { name: string }[]).map((a) => a.name).sort();
      expect([...WIDGET_ATTRIBUTES[widget]].sort(), widget).to.deep.equal(documented);
    }
  });
});

describe('embed: copy-paste snippets', () => {
  const folder = 'https://portal.gov.vn/tiendo/';

  it('writes the loader script and the element with its attributes', () => {
    const code = scriptSnippet({ widget: 'gauge', attributes: { src: 'https://portal.gov.vn/data/219.json', lang: 'vi', theme: 'auto', target: 'cnsh-grdp' } }, folder);
    expect(code).to.equal(
      '<script type="module" src="https://portal.gov.vn/tiendo/loader.js"></script>\n' +
        '<tiendo-gauge src="https://portal.gov.vn/data/219.json" lang="vi" theme="auto" target="cnsh-grdp"></tiendo-gauge>',
    );
  });

  it('writes the iframe with a title, a first height and the optional resize script', () => {
    const code = iframeSnippet({ widget: 'timeline', attributes: { src: 'https://portal.gov.vn/data/219.json', now: '2026-06-30' } }, folder, 'Tiến độ — dòng thời gian');
    expect(code).to.equal(
      '<iframe data-tiendo src="https://portal.gov.vn/tiendo/embed.html?widget=timeline&amp;src=https%3A%2F%2Fportal.gov.vn%2Fdata%2F219.json&amp;now=2026-06-30" title="Tiến độ — dòng thời gian" width="100%" height="720" loading="lazy" frameborder="0"></iframe>\n' +
        '<script src="https://portal.gov.vn/tiendo/tiendo-embed.js" async></script>',
    );
  });

  it('escapes what a webmaster typed, so a value cannot close the attribute or open a tag', () => {
    const code = scriptSnippet({ widget: 'matrix', attributes: { src: '/x.json"><script>alert(1)</script>', agency: "a'b&c" } }, folder);
    expect(code).to.contain('src="/x.json&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(code).to.contain('agency="a&#39;b&amp;c"');
    const doc = new DOMParser().parseFromString(code, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(doc.querySelector('tiendo-matrix')!.getAttribute('src')).to.equal('/x.json"><script>alert(1)</script>');
    expect(escapeHtml(`<>&"'`)).to.equal('&lt;&gt;&amp;&quot;&#39;');
  });
});

describe('embed: generator choices from a feed', () => {
  it('lists sections, agencies and targets of Programme 219 in the chosen language', async () => {
    const feed = await (await fetch('/fixtures/laocai-219-ctr-tu.json')).json();
    const vi = feedChoices(feed, 'vi');
    expect(vi.tasks).to.equal(22);
    expect(vi.sections.map(([id]) => id)).to.deep.equal(['I', 'II', 'III', 'IV', 'V']);
    expect(vi.sections[0]![1]).to.equal('I. Tuyên truyền vai trò của công nghệ sinh học trong phát triển kinh tế - xã hội');
    expect(vi.agencies.find(([id]) => id === 'ban-tuyen-giao-tu')![1]).to.equal('Ban Tuyên giáo Tỉnh ủy');
    expect(feedChoices(feed, 'en').targets.find(([id]) => id === 'cnsh-grdp')).to.exist;
  });

  it('tolerates anything that is not a feed', () => {
    for (const junk of [null, 42, 'x', [], { tasks: 'no', sections: [null, 1, { id: 5 }] }]) {
      expect(feedChoices(junk, 'vi')).to.deep.equal({ tasks: 0, sections: [], agencies: [], targets: [] });
    }
  });
});
