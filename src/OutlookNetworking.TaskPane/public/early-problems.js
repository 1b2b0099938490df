// Runs right after office.js, before the pane's modules (ES5 on purpose). office.js loads its Outlook host file and
// MicrosoftAjax.js asynchronously, and a refusal (a Content-Security-Policy violation, a script error) can happen before
// the pane's module code has subscribed to such events. This keeps them, so the pane can say at once what went wrong
// instead of waiting for its long timeout (src/host/officeStartup.ts replays them).
(function () {
  var seen = [];
  window.outlookNetworkingEarlyProblems = seen;
  window.addEventListener('error', function (event) {
    seen.push((event.message || '') + ' ' + (typeof event.error === 'string' ? event.error : ''));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    seen.push(event.blockedURI || '');
  });
})();
