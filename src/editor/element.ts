/**
 * `<tiendo-editor>`: keeps a programme feed in the browser, for the office that keeps the
 * programme. Opens a file (picker or drop) or a URL on the same site; records reports, figures,
 * successors and corrections as edits of the raw JSON (feed/edit.ts); checks the result live
 * with the widgets' own parser; saves it in the stable key order (feed/serialize.ts). Nothing
 * leaves the machine. Imports feed/ and core/ only: the preview widgets are the page's, slotted
 * in (`slot="preview"`), and get the feed as a property.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseFeed } from '../feed/parse.js';
import { parseJson } from '../feed/load.js';
import type { FeedIssue } from '../feed/issues.js';
import { addActual, addUpdate, advanceAsOf, setItemField, setObjectField, type RawFeed } from '../feed/edit.js';
import { stringifyFeed } from '../feed/serialize.js';
import { isCalendarDate, today as todayOf } from '../feed/calendar.js';
import { toLang, type Lang, type Params } from '../derive/lang.js';
import { formatDate } from '../derive/format.js';
import { tokens } from '../core/theme.js';
import { apply, isDirty, markSaved, open, redo, undo, type History } from './history.js';
import { changesBetween, hasChanges } from './changes.js';
import { readActual, readReport, readSuccessor, type FieldErrors } from './forms.js';
import { renderAgencies, renderGeneral, renderProblems, renderTargets, renderTasks, type ViewState } from './views.js';
import { changeWords, editorText } from './messages.js';
import { editorStyles } from './styles.js';

type FileHandle = { name: string; getFile(): Promise<File>; createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }> };
type PickerWindow = Window & { showOpenFilePicker?: (o: object) => Promise<FileHandle[]> };

/**
 * @tag tiendo-editor
 * @summary A browser editor for a programme feed: reports, figures, successors, live checks, preview, save.
 * @slot preview - Widgets (tiendo-timeline, -matrix, -gauge, -summary) that show the feed being edited.
 */
export class TiendoEditor extends LitElement {
  static override styles = [tokens, editorStyles];

  /** A feed on this site to open at once (`editor.html?src=…`). */
  @property() src?: string;
  /** "Today" as `YYYY-MM-DD`: reports dated after it are refused (default: the real today). */
  @property() now?: string;
  /** The language of the editor (`vi` or `en`); the preview follows it. */
  @property({ attribute: 'ui-lang' }) uiLang: Lang = 'vi';

  @state() private history?: History;
  @state() private fileName = 'feed.json';
  @state() private form: string | null = null;
  @state() private errors: FieldErrors = {};
  @state() private message = '';
  @state() private blocked = false;
  @state() private dragging = false;
  private handle?: FileHandle;
  private parsed?: { of: RawFeed; issues: FeedIssue[]; ok: boolean };
  private readonly onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (this.history && isDirty(this.history)) e.preventDefault();
  };
  private readonly onKey = (e: KeyboardEvent) => this.shortcut(e);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    this.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.removeEventListener('keydown', this.onKey);
  }

  /** The feed as it stands now (raw JSON), or undefined before a file is opened. */
  get value(): RawFeed | undefined {
    return this.history?.current;
  }

  /** The file's text as Save writes it. */
  get text(): string | undefined {
    return this.history ? stringifyFeed(this.history.current) : undefined;
  }

  private get today(): string {
    return this.now && isCalendarDate(this.now) ? this.now : todayOf();
  }

  private t(key: string, params?: Params): string {
    return editorText(this.uiLang, key, params);
  }

  private check(): { issues: FeedIssue[]; ok: boolean } {
    const current = this.history!.current;
    if (this.parsed?.of !== current) {
      const result = parseFeed(current);
      this.parsed = { of: current, issues: result.issues, ok: !!result.feed };
    }
    return this.parsed;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.openUrl(this.src);
    if (changed.has('uiLang')) this.uiLang = toLang(this.uiLang);
  }

  protected override updated(): void {
    // The preview widgets are the page's: they get the feed as it stands, in the editor's language.
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="preview"]');
    const feed = this.history?.current;
    for (const host of slot?.assignedElements() ?? []) {
      for (const widget of [host, ...host.querySelectorAll('*')].filter((e) => e.localName.startsWith('tiendo-'))) {
        if (feed && (widget as { feed?: unknown }).feed !== feed && this.check().ok) (widget as { feed?: unknown }).feed = feed;
        if (widget.getAttribute('lang') !== this.uiLang) widget.setAttribute('lang', this.uiLang);
      }
    }
    const autofocus = this.renderRoot.querySelector<HTMLElement>('[data-autofocus]');
    if (autofocus && this.pendingFocus) {
      autofocus.focus();
      this.pendingFocus = false;
    }
  }

  private pendingFocus = false;

  // ——— opening ———

  private load(text: string, name: string): void {
    let value: unknown;
    try {
      value = parseJson(text, name);
    } catch (e) {
      this.say(this.t('notJson', { reason: (e as Error).message.split(':')[0] }));
      return;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      this.say(this.t('notJson', { reason: 'not a JSON object' }));
      return;
    }
    this.history = open(value as RawFeed);
    this.fileName = name.split('/').pop() || 'feed.json';
    this.form = null;
    this.blocked = false;
    const count = (k: string) => (Array.isArray((value as RawFeed)[k]) ? ((value as RawFeed)[k] as unknown[]).length : 0);
    this.say(this.t('opened', { name: this.fileName, tasks: count('tasks'), targets: count('targets') }));
  }

  private async openUrl(url: string): Promise<void> {
    let target: URL;
    try {
      target = new URL(url, location.href);
    } catch {
      this.say(this.t('fetchFailed', { url, reason: 'invalid URL' }));
      return;
    }
    // Nothing is fetched from another host: the editor's promise, and its CSP (connect-src 'self').
    if (target.origin !== location.origin) {
      this.say(this.t('urlOther', { origin: location.origin }));
      return;
    }
    this.say(this.t('loading'));
    try {
      const response = await fetch(target, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.handle = undefined;
      this.load(await response.text(), target.pathname);
    } catch (e) {
      this.say(this.t('fetchFailed', { url: target.pathname, reason: (e as Error).message }));
    }
  }

  private async openFile(file: File, handle?: FileHandle): Promise<void> {
    this.handle = handle;
    this.load(await file.text(), file.name);
  }

  private async pick(): Promise<void> {
    const picker = (window as PickerWindow).showOpenFilePicker;
    if (!picker) {
      this.renderRoot.querySelector<HTMLInputElement>('#file')?.click();
      return;
    }
    try {
      const [handle] = await picker({ types: [{ description: 'JSON', accept: { 'application/json': ['.json'] } }] });
      if (handle) await this.openFile(await handle.getFile(), handle);
    } catch {
      /* the reader closed the picker */
    }
  }

  // ——— editing ———

  private edit(next: RawFeed, what?: string): void {
    if (!this.history) return;
    this.history = apply(this.history, next);
    this.blocked = false;
    if (what) this.say(this.t('added', { what }));
  }

  private toggle(form: string): void {
    this.form = this.form === form ? null : form;
    this.errors = {};
    this.pendingFocus = this.form !== null;
    if (this.form === null) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-form="${form}"]`)?.focus());
  }

  private submit(form: string, event: SubmitEvent): void {
    event.preventDefault();
    const feed = this.history!.current;
    const fields = Object.fromEntries([...new FormData(event.target as HTMLFormElement)].map(([k, v]) => [k, String(v)]));
    const [kind, at] = form.split(':');
    const index = Number(at);
    const issued = ((feed.programme ?? {}) as Record<string, unknown>).issued;
    const limits = { today: this.today, issued: typeof issued === 'string' ? issued : undefined };
    let result: { feed: RawFeed; what: string } | { errors: FieldErrors };
    if (kind === 'report') {
      const read = readReport(fields, limits);
      result = 'errors' in read ? read : this.merged(addUpdate(feed, index, read.update), read.update.date, this.t('task', { n: this.numberOf(index) }));
    } else if (kind === 'actual') {
      const read = readActual(fields, limits);
      result = 'errors' in read ? read : this.merged(addActual(feed, index, read.actual), read.actual.date, this.t('targets'));
    } else if (kind === 'successor') {
      const read = readSuccessor(fields);
      result = 'errors' in read ? read : { feed: setItemField(feed, 'agencies', index, 'successor', read.successor), what: this.t('successor') };
    } else {
      const lead = new FormData(event.target as HTMLFormElement).getAll('lead').map(String);
      const coordinating = new FormData(event.target as HTMLFormElement).getAll('coordinating').map(String).filter((id) => !lead.includes(id));
      result = lead.length
        ? { feed: setItemField(setItemField(feed, 'tasks', index, 'lead', lead), 'tasks', index, 'coordinating', coordinating), what: this.t('agenciesOf', { n: this.numberOf(index) }) }
        : { errors: { lead: { key: 'needName' } } };
    }
    if ('errors' in result) {
      this.errors = result.errors;
      this.say(Object.values(result.errors).map((e) => this.t(e.key, e.params)).join(' '));
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    this.edit(result.feed, result.what);
    this.toggle(form);
  }

  /** A report or figure merged: a conflict or a duplicate is a problem of the form; asOf follows the newest date. */
  private merged({ feed, outcome }: ReturnType<typeof addUpdate>, date: string, what: string): { feed: RawFeed; what: string } | { errors: FieldErrors } {
    if (outcome.kind === 'conflict') return { errors: { date: { key: 'conflict', params: { date: formatDate(date, this.uiLang) } } } };
    if (outcome.kind === 'unchanged') return { errors: { date: { key: 'duplicate' } } };
    return { feed: advanceAsOf(feed, date), what: `${what}, ${formatDate(date, this.uiLang)}` };
  }

  private numberOf(index: number): string {
    const task = ((this.history!.current.tasks ?? []) as Array<Record<string, unknown>>)[index];
    return String(task?.number ?? index + 1);
  }

  private field(object: 'meta' | 'programme', key: string, lang: string | null, value: string): void {
    const feed = this.history!.current;
    const current = ((feed[object] ?? {}) as Record<string, unknown>)[key];
    const next = lang ? { ...(current as Record<string, string>), [lang]: value } : value.trim() === '' ? undefined : /^(horizon|vision)$/.test(key) ? Number(value) : value;
    this.edit(setObjectField(feed, object, key, next));
  }

  // ——— saving, undo ———

  private async save(force = false): Promise<void> {
    if (!this.history) return;
    const { issues, ok } = this.check();
    const errors = issues.filter((i) => i.severity === 'error').length;
    // A feed with errors is never saved as if it were valid: the clerk is told, and chooses.
    if ((errors || !ok) && !force) {
      this.blocked = true;
      this.say(this.t('saveBlocked', { n: errors }));
      return;
    }
    const text = stringifyFeed(this.history.current);
    if (this.handle) {
      const writable = await this.handle.createWritable();
      await writable.write(text);
      await writable.close();
    } else {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = this.fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
    this.history = markSaved(this.history);
    this.blocked = false;
    this.say(this.t('saved', { name: this.fileName }));
    this.dispatchEvent(new CustomEvent('tiendo-save', { detail: { text }, bubbles: true, composed: true }));
  }

  private shortcut(e: KeyboardEvent): void {
    const mod = e.ctrlKey || e.metaKey;
    if (e.key === 'Escape' && this.form) return this.toggle(this.form);
    if (!mod) return;
    const key = e.key.toLowerCase();
    const inField = (e.composedPath()[0] as Element | undefined)?.matches?.('input, textarea, select');
    if (key === 's') {
      e.preventDefault();
      void this.save();
    } else if (!inField && this.history && (key === 'z' || key === 'y')) {
      e.preventDefault();
      const redoing = key === 'y' || e.shiftKey;
      this.history = redoing ? redo(this.history) : undo(this.history);
      this.say(this.t(redoing ? 'redone' : 'undone'));
    }
  }

  private say(text: string): void {
    // The same words twice would not be announced again: alternate a trailing no-break space.
    this.message = text === this.message.trimEnd() ? `${text}\u00a0` : text;
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const t = (k: string, p?: Params) => this.t(k, p);
    return html`<div class="editor ${this.dragging ? 'dragging' : ''}" lang=${this.uiLang}
        @dragover=${(e: DragEvent) => (e.preventDefault(), (this.dragging = true))} @dragleave=${() => (this.dragging = false)}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          this.dragging = false;
          const file = e.dataTransfer?.files[0];
          if (file) void this.openFile(file);
        }}>
      <header class="top">
        <h1>${t('title')}</h1>
        <div class="langs" role="group" aria-label=${t('language')}>
          ${(['vi', 'en'] as const).map((l) => html`<button type="button" aria-pressed=${this.uiLang === l ? 'true' : 'false'} @click=${() => (this.uiLang = l)}>${l === 'vi' ? 'Tiếng Việt' : 'English'}</button>`)}
        </div>
        <p class="intro">${t('intro')}</p>
      </header>
      ${this.renderOpen()}
      ${this.history ? this.renderDocument(this.history) : nothing}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>
    </div>`;
  }

  private renderOpen(): TemplateResult {
    const t = (k: string) => this.t(k);
    return html`<section class="open" aria-label=${t('open')}>
      <button type="button" class="primary" @click=${() => this.pick()}>${t('open')}</button>
      <input type="file" id="file" class="sr-only" tabindex="-1" aria-hidden="true" accept=".json,application/json"
        @change=${(e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) void this.openFile(file);
        }} />
      <span class="hint">${this.dragging ? t('dropHere') : t('openHint')}</span>
      <form class="url" @submit=${(e: SubmitEvent) => (e.preventDefault(), void this.openUrl(String(new FormData(e.target as HTMLFormElement).get('url') ?? '')))}>
        <label for="url">${t('url')}</label>
        <input id="url" name="url" type="text" inputmode="url" placeholder="/data/feed.json" autocomplete="off" />
        <button type="submit">${t('load')}</button>
      </form>
      ${this.message && !this.history ? html`<p class="message">${this.message}</p>` : nothing}
    </section>`;
  }

  private renderDocument(history: History): TemplateResult {
    const t = (k: string, p?: Params) => this.t(k, p);
    const { issues } = this.check();
    const changes = changesBetween(history.saved, history.current);
    const errors = issues.filter((i) => i.severity === 'error').length;
    const view: ViewState = {
      lang: this.uiLang,
      feed: history.current,
      issues,
      form: this.form,
      errors: this.errors,
      on: { field: (o, k, l, v) => this.field(o, k, l, v), illustrative: (on) => this.edit(setObjectField(history.current, 'meta', 'illustrative', on)), toggle: (f) => this.toggle(f), submit: (f, e) => this.submit(f, e) },
    };
    return html`<div class="toolbar" role="toolbar" aria-label=${this.fileName}>
        <button type="button" class="primary" @click=${() => this.save()}>${this.handle ? t('saveBack') : t('save')}</button>
        ${this.blocked ? html`<button type="button" class="danger" @click=${() => this.save(true)}>${t('saveAnyway')}</button>` : nothing}
        <button type="button" ?disabled=${!history.past.length} @click=${() => (this.history = undo(history))}>${t('undo')}</button>
        <button type="button" ?disabled=${!history.future.length} @click=${() => (this.history = redo(history))}>${t('redo')}</button>
        <span class="file">${this.fileName}</span>
        <span class="state ${errors ? 'has-errors' : ''}">${errors ? t('errors', { n: errors }) : t('valid')}</span>
        <p class="changes">${hasChanges(changes) ? html`<strong>${t('unsaved')}:</strong> ${changeWords(changes, this.uiLang)}` : t('noChanges')}</p>
        ${this.blocked ? html`<p class="error" role="alert">${t('saveBlocked', { n: errors })}</p>` : nothing}
        <p class="keys">${t('keys')}</p>
      </div>
      <div class="layout">
        <div class="edit">
          ${renderTasks(view, this.today)} ${renderTargets(view, this.today)} ${renderAgencies(view)} ${renderGeneral(view)} ${renderProblems(view)}
        </div>
        <aside class="preview" aria-label=${t('preview')}>
          <h2>${t('preview')}</h2>
          <slot name="preview"></slot>
        </aside>
      </div>`;
  }
}
