// loader.html: adds a timeline on demand and lists the tiendo files the page has fetched.
const list = () =>
  performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.includes('/dist/bundled/'))
    .map((p) => p.replace(/^.*\/dist\/bundled\//, ''));

const show = () => {
  document.getElementById('fetched').textContent = `Fetched so far: ${list().join(', ')}`;
};

document.getElementById('add-timeline').addEventListener('click', (event) => {
  const timeline = document.createElement('tiendo-timeline');
  timeline.setAttribute('src', '../fixtures/laocai-219-ctr-tu.json');
  timeline.setAttribute('now', '2026-06-30');
  timeline.setAttribute('section', 'III');
  document.getElementById('later').append(timeline);
  event.currentTarget.disabled = true;
  timeline.addEventListener('tiendo-load', () => setTimeout(show, 0), { once: true });
});

document.querySelector('tiendo-gauge').addEventListener('tiendo-load', () => setTimeout(show, 0), { once: true });
