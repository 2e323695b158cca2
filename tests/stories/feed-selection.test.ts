/**
 * The `<tiendo-feed>` story does what it says: a body chosen in the matrix is highlighted in the
 * timeline, and choosing it again clears the highlight.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { render, nothing } from 'lit';
import { composeStories } from './compose.js';
import * as feedStories from '../../stories/feed.stories.js';
import type { TiendoMatrix } from '../../src/matrix/element.js';
import type { TiendoTimeline } from '../../src/timeline/element.js';

const story = composeStories(feedStories).find((s) => s.label.includes('highlight in the timeline'))!;

const highlightLine = (timeline: TiendoTimeline) => timeline.shadowRoot!.querySelector('[part="highlight"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('stories: <tiendo-feed> selection', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '1200px';
    document.body.append(container);
  });
  afterEach(async () => {
    await Promise.all([...container.querySelectorAll<TiendoTimeline | TiendoMatrix>('tiendo-timeline, tiendo-matrix')].map((w) => w.updateComplete));
    render(nothing, container);
    container.remove();
  });

  it('highlights in the timeline the tasks of the body chosen in the matrix', async () => {
    render(story.render(), container);
    const matrix = container.querySelector('tiendo-matrix')!;
    const timeline = container.querySelector('tiendo-timeline')!;
    await waitUntil(() => matrix.shadowRoot?.querySelector('thead th[title^="Đảng đoàn HĐND tỉnh"] button'), 'no matrix header for Đảng đoàn HĐND tỉnh');
    await timeline.updateComplete;
    expect(highlightLine(timeline)).to.equal('');

    const header = matrix.shadowRoot!.querySelector<HTMLButtonElement>('thead th[title^="Đảng đoàn HĐND tỉnh"] button')!;
    header.click();
    await waitUntil(() => highlightLine(timeline).startsWith('Tô sáng nhiệm vụ của Đảng đoàn HĐND tỉnh'), 'the timeline did not highlight the chosen body');
    expect(header.getAttribute('aria-pressed')).to.equal('true');

    header.click();
    await waitUntil(() => highlightLine(timeline) === '', 'choosing the body again did not clear the highlight');
  });
});
