// Runs before the pane's modules, in every webview (ES5 on purpose: no arrow functions, no let, no classes).
// The pane is ES2022 modules. The webviews of volume-licensed Outlook 2016/2019 (Internet Explorer's Trident) and of
// older retail Office on Windows (EdgeHTML) cannot run them, and would show a blank pane. Microsoft recommends a
// graceful message there (learn.microsoft.com, "Support older Microsoft webviews and Office versions").
// Detection by feature, not by user agent: module scripts and two ES2022 built-ins (Object.hasOwn, Array.prototype.at)
// exist together only in engines that also parse ES2022 syntax (Chromium 93+, Safari 15.4+, Firefox 92+).
(function () {
  var canRun = typeof HTMLScriptElement !== 'undefined' && 'noModule' in HTMLScriptElement.prototype &&
    typeof Object.hasOwn === 'function' && typeof Array.prototype.at === 'function';
  if (canRun) return;
  window.outlookNetworkingUnsupported = true;
  function paint() {
    var root = document.getElementById('root');
    if (!root) return;
    root.innerHTML = '';
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'state-too-old');
    box.style.cssText = 'margin:12px;padding:12px;border:1px solid #c19c00;background:#fff9f5;color:#242424;font-size:14px;line-height:1.4';
    var title = document.createElement('strong');
    title.appendChild(document.createTextNode('This version of Outlook is too old for OutlookNetworking'));
    var text = document.createElement('p');
    text.style.margin = '6px 0 0';
    text.appendChild(document.createTextNode('It needs Outlook on the web, the new Outlook for Windows, or Outlook for Windows or Mac from ' +
      'Microsoft 365 (Outlook add-in API 1.5 or later). Ask your IT department to update Outlook.'));
    box.appendChild(title);
    box.appendChild(text);
    root.appendChild(box);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', paint);
  else paint();
})();
