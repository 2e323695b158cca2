// The hand-written baseline for the matrix: a plain <table>, one row per task under its section,
// one column per agency (short name), "Chủ trì" / "Phối hợp" in the cells, written as one string.
import { escapeHtml as e, markDrawn, vi } from './drawn.js';

async function main() {
  const root = document.getElementById('chart');
  const feed = await (await fetch(root.dataset.src)).json();
  const head = feed.agencies.map((a) => `<th scope="col">${e(vi(a.short ?? a.name))}</th>`).join('');
  let rows = '';
  for (const section of feed.sections) {
    rows += `<tr class="sec"><th colspan="${feed.agencies.length + 1}" scope="rowgroup">${e(section.number)}. ${e(vi(section.title))}</th></tr>`;
    for (const task of feed.tasks.filter((t) => t.section === section.id)) {
      const lead = new Set(task.lead);
      const coordinating = new Set(task.coordinating ?? []);
      const cells = feed.agencies.map((a) => (lead.has(a.id) ? '<td class="l">Chủ trì</td>' : coordinating.has(a.id) ? '<td class="c">Phối hợp</td>' : '<td></td>')).join('');
      rows += `<tr><th scope="row">${e(task.number)}. ${e(vi(task.title))}</th>${cells}</tr>`;
    }
  }
  root.innerHTML = `<table><caption>${e(vi(feed.programme.title))}</caption><thead><tr><th scope="col">Nhiệm vụ</th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  markDrawn();
}
main();
