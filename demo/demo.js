// Language and theme switches of the demo page. The widgets follow <html lang> by themselves.
const root = document.documentElement;
const widgets = () => document.querySelectorAll('tiendo-timeline, tiendo-matrix, tiendo-gauge');

function setLang(lang) {
  root.lang = lang;
  for (const el of document.querySelectorAll('[data-vi]')) el.textContent = el.dataset[lang];
  // The ☀/☾ buttons show a symbol: their names are words, in the page's language.
  for (const el of document.querySelectorAll('[data-label-vi]')) el.setAttribute('aria-label', el.dataset[lang === 'vi' ? 'labelVi' : 'labelEn']);
  document.title = lang === 'vi' ? 'tiendo — Chương trình 219-CTr/TU (Lào Cai)' : "tiendo — Lào Cai's Programme 219-CTr/TU";
  press('lang', lang);
}

function setTheme(theme) {
  for (const el of widgets()) el.setAttribute('theme', theme);
  root.dataset.theme = theme;
  press('theme', theme);
}

function press(kind, value) {
  // Buttons only: <html data-theme> carries the same attribute and is not a toggle.
  for (const b of document.querySelectorAll(`button[data-${kind}]`)) b.setAttribute('aria-pressed', String(b.dataset[kind] === value));
}

document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-lang], button[data-theme]');
  if (!button) return;
  if (button.dataset.lang) setLang(button.dataset.lang);
  if (button.dataset.theme) setTheme(button.dataset.theme);
});

const params = new URLSearchParams(location.search);
setLang(params.get('lang') === 'en' ? 'en' : 'vi');
if (params.get('theme')) setTheme(params.get('theme'));
if (params.get('now')) for (const el of widgets()) el.setAttribute('now', params.get('now'));
