/**
 * The snippet generator: `embed.html` with no widget named. A webmaster picks a widget, a feed,
 * a language and a theme (and the widget's own options, read from the feed), sees a live
 * preview, and copies a script snippet or an iframe snippet. URLs in the snippets point to the
 * folder this page is served from, so a self-hosted copy writes its own addresses.
 */
import { COMMON_ATTRIBUTES, WIDGET_NAMES, widget } from '../widgets.js';
import { frameUrl, type Embed } from './params.js';
import { readHeight } from './size-protocol.js';
import { iframeSnippet, scriptSnippet } from './snippets.js';
import { pageLang, type PageLang } from './words.js';
import { WORDS } from './generator-words.js';
import { h, options } from './dom.js';

type Choice = readonly [value: string, label: string];

/** What the generator offers from the feed: its sections, agencies and targets. */
interface FeedChoices {
  tasks: number;
  sections: Choice[];
  agencies: Choice[];
  targets: Choice[];
}

/** Feed text is a string or a map of languages. */
function textOf(value: unknown, lang: PageLang): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const map = value as Record<string, unknown>;
    const text = map[lang] ?? map.vi ?? Object.values(map)[0];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

/** Reads just the ids and names the options need; the widget itself validates the feed. */
export function feedChoices(feed: unknown, lang: PageLang): FeedChoices {
  const list = (key: string) => {
    const value = (feed as Record<string, unknown> | null)?.[key];
    return Array.isArray(value) ? (value as Record<string, unknown>[]).filter((x) => x && typeof x.id === 'string') : [];
  };
  return {
    tasks: list('tasks').length,
    sections: list('sections').map((s) => [s.id as string, `${typeof s.number === 'string' ? `${s.number}. ` : ''}${textOf(s.title, lang)}`] as const),
    agencies: list('agencies').map((a) => [a.id as string, textOf(a.name, lang)] as const),
    targets: list('targets').map((t) => [t.id as string, textOf(t.title, lang)] as const),
  };
}

export function showGenerator(params: URLSearchParams): void {
  const ui = pageLang(params.get('lang'));
  const w = WORDS[ui];
  const folder = new URL('.', location.href);
  const asked = params.get('widget');
  const embed: Embed = {
    widget: 'timeline',
    attributes: { src: params.get('src') ?? '', lang: ui, theme: 'light' },
  };
  let choices: FeedChoices = { tasks: 0, sections: [], agencies: [], targets: [] };

  document.documentElement.lang = ui;
  document.title = w.heading;
  document.body.classList.add('generator');

  const status = h('p', { class: 'status', role: 'status' });
  const feedStatus = h('p', { class: 'hint', id: 'feed-status', role: 'status' });
  const specific = h('div', { class: 'specific' });
  const scriptCode = h('textarea', { readonly: true, rows: '4', 'aria-labelledby': 'script-heading', spellcheck: 'false' });
  const iframeCode = h('textarea', { readonly: true, rows: '5', 'aria-labelledby': 'iframe-heading', spellcheck: 'false' });
  const preview = h('iframe', { title: w.preview, class: 'preview', height: '480' });

  const set = (name: string, value: string) => {
    if (value) embed.attributes[name] = value;
    else delete embed.attributes[name];
    update();
  };
  const select = (name: string, label: string, choices: readonly Choice[]) => {
    const el = h('select', { id: `opt-${name}` }, ...options(choices, embed.attributes[name] ?? ''));
    el.addEventListener('change', () => set(name, el.value));
    return h('label', { class: 'field' }, h('span', {}, label), el);
  };

  const widgetRadios = WIDGET_NAMES.map((name) => {
    const input = h('input', { type: 'radio', name: 'widget', value: name, checked: name === embed.widget });
    input.addEventListener('change', () => {
      embed.widget = name;
      // The previous widget's own options do not carry over; src, lang, theme and now do.
      for (const key of Object.keys(embed.attributes)) if (!(COMMON_ATTRIBUTES as readonly string[]).includes(key)) delete embed.attributes[key];
      renderSpecific();
      update();
    });
    return h('label', { class: 'choice' }, input, ` ${w.widget[name]}`);
  });

  const feedInput = h('input', { type: 'url', id: 'feed', value: embed.attributes.src ?? '', 'aria-describedby': 'feed-hint feed-status', autocomplete: 'url' });
  let feedTimer: ReturnType<typeof setTimeout> | undefined;
  feedInput.addEventListener('input', () => {
    set('src', feedInput.value.trim());
    clearTimeout(feedTimer);
    feedTimer = setTimeout(readFeed, 500);
  });

  const nowInput = h('input', { type: 'date', id: 'now' });
  nowInput.addEventListener('change', () => set('now', nowInput.value));

  /** The options the generator can offer, in this order, for a widget whose attributes include them. */
  const controls: ReadonlyArray<readonly [attribute: string, field: () => HTMLElement]> = [
    ['target', () => select('target', w.target, [['', w.allTargets], ...choices.targets])],
    ['variant', () => select('variant', w.variant, Object.entries(w.variants) as Choice[])],
    ['section', () => select('section', w.section, [['', w.allSections], ...choices.sections])],
    ['agency', () => select('agency', w.agency, [['', w.noAgency], ...choices.agencies])],
  ];

  function renderSpecific(): void {
    const own: readonly string[] = widget(embed.widget).attributes;
    specific.replaceChildren(...controls.filter(([attribute]) => own.includes(attribute)).map(([, field]) => field()));
  }

  async function readFeed(): Promise<void> {
    const src = embed.attributes.src;
    if (!src) return feedStatus.replaceChildren();
    try {
      const response = await fetch(new URL(src, location.href), { credentials: 'omit' });
      if (!response.ok) throw new Error(String(response.status));
      choices = feedChoices(await response.json(), ui);
      feedStatus.textContent = w.feedLoaded(choices.tasks);
    } catch {
      choices = { tasks: 0, sections: [], agencies: [], targets: [] };
      feedStatus.textContent = w.feedFailed;
    }
    renderSpecific();
  }

  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  function update(): void {
    const absolute: Embed = { widget: embed.widget, attributes: { ...embed.attributes } };
    if (absolute.attributes.src) absolute.attributes.src = new URL(absolute.attributes.src, location.href).href;
    const lang = pageLang(absolute.attributes.lang);
    scriptCode.value = scriptSnippet(absolute, folder);
    iframeCode.value = iframeSnippet(absolute, folder, `${WORDS[lang].frameTitle} — ${WORDS[lang].widget[absolute.widget]}`);
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => preview.setAttribute('src', frameUrl(absolute, new URL('embed.html', folder)).href), 300);
  }

  // The preview resizes like a host page would: only for messages from its own frame.
  addEventListener('message', (event) => {
    if (event.source !== preview.contentWindow || event.origin !== location.origin) return;
    const height = readHeight(event.data);
    if (height) preview.height = String(height);
  });

  const copyButton = (code: HTMLTextAreaElement) => {
    const button = h('button', { type: 'button' }, w.copy);
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.value);
        status.textContent = w.copied;
      } catch {
        code.focus();
        code.select();
        status.textContent = w.copyFailed;
      }
    });
    return button;
  };

  const otherLang: PageLang = ui === 'vi' ? 'en' : 'vi';
  const switchUrl = new URL(location.href);
  switchUrl.searchParams.set('lang', otherLang);

  const form = h(
    'form',
    { class: 'options', 'aria-label': w.heading },
    h('fieldset', {}, h('legend', {}, w.widgetLegend), ...widgetRadios),
    h('label', { class: 'field', for: 'feed' }, h('span', {}, w.feedUrl)),
    feedInput,
    h('p', { class: 'hint', id: 'feed-hint' }, w.feedHint),
    feedStatus,
    h('div', { class: 'row' },
      select('lang', w.language, [['vi', 'Tiếng Việt'], ['en', 'English']]),
      select('theme', w.theme, Object.entries(w.themes) as Choice[])),
    h('fieldset', {}, h('legend', {}, w.options), specific, h('label', { class: 'field' }, h('span', {}, w.now), nowInput)),
  );
  form.addEventListener('submit', (event) => event.preventDefault());

  const main = document.querySelector('main') ?? document.body;
  main.replaceChildren(...[
    h('header', {},
      h('h1', {}, w.heading),
      h('p', { class: 'lede' }, w.lede),
      h('p', {}, h('a', { href: switchUrl.href, lang: otherLang, hreflang: otherLang }, w.otherLang))),
    asked ? h('p', { class: 'notice', role: 'alert' }, w.unknownWidget(asked)) : null,
    h('div', { class: 'layout' },
      form,
      h('div', { class: 'output' },
        h('section', { 'aria-labelledby': 'script-heading' },
          h('h2', { id: 'script-heading' }, w.scriptHeading), h('p', { class: 'hint' }, w.scriptHelp), scriptCode, copyButton(scriptCode)),
        h('section', { 'aria-labelledby': 'iframe-heading' },
          h('h2', { id: 'iframe-heading' }, w.iframeHeading), h('p', { class: 'hint' }, w.iframeHelp), iframeCode, copyButton(iframeCode)),
        status)),
    h('section', { class: 'preview-box', 'aria-labelledby': 'preview-heading' }, h('h2', { id: 'preview-heading' }, w.preview), preview),
  ].filter((el) => el !== null));
  renderSpecific();
  update();
  void readFeed();
}
