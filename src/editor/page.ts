/**
 * The editor page (editor.html): defines `<tiendo-editor>` and opens `?src=` (a feed on this
 * site), `?lang=en` and `?now=YYYY-MM-DD` from the page's URL. The preview widgets in the page are defined by the
 * loader, which the page loads beside this script; this module imports no widget.
 */
import './define.js';

const editor = document.querySelector('tiendo-editor');
const params = new URLSearchParams(location.search);
if (editor) {
  if (params.get('lang') === 'en') editor.uiLang = 'en';
  const now = params.get('now');
  if (now) editor.now = now;
  const src = params.get('src');
  if (src) editor.src = src;
}
