// csp.html: counts Content-Security-Policy and Trusted Types violations from the first moment.
// A classic script loaded before anything else (inline scripts are not allowed on this page).
// `window.tiendoCsp.violations` lists them for tests; the page shows the count.
(function () {
  var violations = [];
  window.tiendoCsp = { violations: violations };
  function show() {
    var status = document.getElementById('csp-status');
    if (!status) return;
    status.textContent = violations.length + ' policy violation' + (violations.length === 1 ? '' : 's') +
      (violations.length ? ': ' + violations.map(function (v) { return v.directive + ' ' + v.blocked; }).join('; ') : '');
    status.className = 'status ' + (violations.length ? 'bad' : 'ok');
  }
  document.addEventListener('securitypolicyviolation', function (event) {
    violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, source: event.sourceFile + ':' + event.lineNumber });
    show();
  });
  document.addEventListener('DOMContentLoaded', show);
})();
