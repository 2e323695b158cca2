/**
 * `<tiendo-summary>`: the card a newspaper article or a portal sidebar embeds. The shared core
 * loads the feed and draws the frame; this class counts (summarize.ts) and renders (card.ts).
 * It imports no other widget, so a page with only a summary loads no timeline, matrix or gauge code.
 */
import { property } from 'lit/decorators.js';
import type { TemplateResult } from 'lit';
import type { ProgrammeModel } from '../feed/model.js';
import { parseTimeframe } from '../feed/timeframe.js';
import { safeHref } from '../feed/links.js';
import { TiendoWidget, type RenderContext } from '../core/widget.js';
import { summarize } from './summarize.js';
import { targetLines } from './target-line.js';
import { renderCard } from './card.js';
import { summaryStyles } from './styles.js';

/**
 * A programme on one card: its name and date; the tasks counted by what was reported
 * ("8 nhiệm vụ có báo cáo: 5 hoàn thành, 3 đang thực hiện") and, visibly apart, what the calendar
 * alone says about the others ("14 chưa có báo cáo, trong đó 3 đã quá hạn"); the next deadlines
 * and those passed with no report of completion; each numeric target's latest figure against its
 * next milestone; the date the data describes; a link to the full page. 240–720 px wide.
 *
 * A screen reader hears the whole card as one sentence.
 *
 * @tag tiendo-summary
 * @summary A compact progress card for articles and sidebars.
 *
 * @fires tiendo-load - The feed loaded (`detail.issues` lists skipped items and warnings).
 * @fires tiendo-error - The feed could not be loaded, or a refresh failed (`detail.stale`).
 *
 * @csspart frame - The widget's outer box.
 * @csspart summary - The card.
 * @csspart programme - The programme's symbol, issuer and date.
 * @csspart title - The programme's title.
 * @csspart tally - The task counts: the total, the bar and the two lines.
 * @csspart bar - The bar: reported tasks solid, unreported ones hatched.
 * @csspart reported - The line of reported statuses.
 * @csspart unreported - The line of tasks with no report, by schedule.
 * @csspart deadlines - The next deadlines and the passed ones.
 * @csspart passed - The deadlines passed with no report of completion.
 * @csspart targets - The numeric targets, one line each.
 * @csspart as-of - "Số liệu đến ngày …".
 * @csspart link - The link to the full page (with `href`).
 * @csspart illustrative - The "Minh họa" label of made-up data.
 * @csspart caption - The programme, source and "data as of" line.
 * @csspart empty - The message when the feed has no tasks.
 * @csspart loading - The loading message.
 * @csspart error - The error notice.
 * @csspart stale - The notice that a refresh failed.
 * @csspart problems - Feed problems (skipped items).
 *
 * @cssprop --tiendo-summary-overdue - Hatching of unreported tasks past their deadline (default: `--tiendo-color-no-report`).
 * @cssprop --tiendo-summary-current - Hatching of unreported tasks within their deadline (default: the muted colour).
 * @cssprop --tiendo-summary-upcoming - Hatching of unreported tasks not yet due to start (default: the border colour).
 * @cssprop --tiendo-summary-undated - Hatching of unreported tasks with no deadline (default: the grid colour).
 * @cssprop --tiendo-color-done - Reported done (also in-progress, delayed, planned: `--tiendo-color-*`).
 * @cssprop --tiendo-color-text - Text.
 * @cssprop --tiendo-color-muted - Secondary text.
 * @cssprop --tiendo-color-background - Background.
 * @cssprop --tiendo-color-accent - The link.
 * @cssprop --tiendo-font - Font family (inherited from the page by default).
 * @cssprop --tiendo-font-size - Base font size.
 *
 * @example
 * <script type="module" src="tiendo/tiendo-summary.js"></script>
 * <tiendo-summary src="laocai-219-ctr-tu.json" href="/chuong-trinh-219" lang="vi"></tiendo-summary>
 */
export class TiendoSummary extends TiendoWidget {
  static override styles = [...TiendoWidget.styles, summaryStyles];
  protected readonly readTimeframe = parseTimeframe;

  /** The full page (timeline, matrix, gauges) the card links to; http(s) or relative. No link without it. */
  @property() href?: string;

  /** How many upcoming deadlines to list (default 3, 0 for none). */
  @property({ type: Number }) deadlines = 3;

  /** @internal */
  protected override renderContent(model: ProgrammeModel, context: RenderContext): TemplateResult {
    const count = Number.isInteger(this.deadlines) && this.deadlines >= 0 ? Math.min(this.deadlines, 10) : 3;
    const summary = summarize(model, context.now, { deadlines: count });
    return renderCard(model, summary, targetLines(model.targets, context.now), {
      lang: context.lang,
      href: this.href ? safeHref(this.href) : null,
      passedShown: context.width && context.width < 400 ? 4 : 8,
    });
  }
}
