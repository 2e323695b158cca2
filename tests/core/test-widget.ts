/** A minimal widget on the shared base, to test the core without any real widget. */
import { html } from 'lit';
import { TiendoWidget, type RenderContext } from '../../src/core/widget.js';
import type { ProgrammeModel } from '../../src/feed/model.js';
import { parseTimeframe } from '../../src/feed/timeframe.js';
import { define } from '../../src/core/define.js';
import { localText } from '../../src/derive/lang.js';

export class TestWidget extends TiendoWidget {
  protected readonly readTimeframe = parseTimeframe;
  /** How many times the content was drawn. */
  renders = 0;
  protected override renderContent(model: ProgrammeModel, { lang, selection, width, media }: RenderContext) {
    this.renders++;
    return html`<ol class="tasks" data-width=${width} data-media=${media}>
      ${model.tasks.map((t) => html`<li data-id=${t.id} ?data-selected=${t.lead.some((a) => a.id === selection.agency)}>${localText(t.title, lang)}</li>`)}
    </ol>`;
  }
}
define('test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
  }
}
