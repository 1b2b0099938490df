// NOT Microsoft's office.js. A stand-in served at https://appsforoffice.microsoft.com/lib/1/hosted/office.js by the
// browser tests that need the pane *inside* Outlook (sign-in, the too-old notice, the error boundary): the real office.js
// cannot reach that point without a real Outlook (OfficeJsLoadTests shows how far it gets). It plays Outlook read mode
// with the slice of Office.js the pane uses, configured by the test in window.__outlookStandIn (an init script):
//   { user: {emailAddress, displayName}, item: {...} | null, sets: {Mailbox: '1.14', NestedAppAuth: '1.1'?},
//     withoutAddHandlerAsync: bool, dialog: { upn } }
// It records what the pane asked of Outlook in window.__outlookCalls (e.g. each displayDialogAsync, with whether the
// page had a user activation at that moment; each displayNewMessageForm with the form it was given).
(function () {
  var config = window.__outlookStandIn || {};
  var calls = (window.__outlookCalls = []);
  var sets = config.sets || { Mailbox: '1.14' };
  function compare(a, b) {
    var pa = String(a).split('.'), pb = String(b).split('.');
    for (var i = 0; i < Math.max(pa.length, pb.length); i++) {
      var d = Number(pa[i] || 0) - Number(pb[i] || 0);
      if (d !== 0) return d;
    }
    return 0;
  }
  function details(a) { return a ? { displayName: a.displayName, emailAddress: a.emailAddress, recipientType: a.recipientType || 'user' } : null; }
  var item = config.item ? {
    itemType: 'message',
    itemId: config.item.itemId,
    conversationId: config.item.conversationId,
    from: details(config.item.from),
    to: (config.item.to || []).map(details),
    cc: (config.item.cc || []).map(details),
    displayReplyForm: function (form) { calls.push({ call: 'displayReplyForm' }); }
  } : null;
  var EventType = { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged', DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };
  var mailbox = {
    userProfile: config.user,
    item: item,
    displayNewMessageForm: function (form) { calls.push({ call: 'displayNewMessageForm', form: form }); }
  };
  if (!config.withoutAddHandlerAsync) {
    mailbox.addHandlerAsync = function (type, handler, callback) {
      calls.push({ call: 'addHandlerAsync', type: type });
      if (callback) callback({ status: 'succeeded' });
    };
  }
  window.Office = {
    HostType: { Outlook: 'Outlook' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    EventType: EventType,
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: function () { return Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }); },
    context: {
      mailbox: mailbox,
      officeTheme: { bodyBackgroundColor: '#ffffff' },
      requirements: {
        isSetSupported: function (name, version) { return sets[name] !== undefined && compare(sets[name], version || '1.1') >= 0; }
      },
      ui: {
        // Outlook's dialog, played: the sign-in page itself is not opened; its answer is a demo token for the user
        // in the login hint (the demo issuer of the live host), as auth-dialog.html would send it.
        displayDialogAsync: function (url, options, callback) {
          var activation = !!(navigator.userActivation && navigator.userActivation.isActive);
          calls.push({ call: 'displayDialogAsync', url: url, promptBeforeOpen: options && options.promptBeforeOpen, userActivation: activation });
          var handlers = {};
          var dialog = {
            addEventHandler: function (type, handler) { handlers[type] = handler; },
            close: function () { calls.push({ call: 'dialog.close' }); }
          };
          callback({ status: 'succeeded', value: dialog });
          var upn = new URL(url).searchParams.get('loginHint') || '';
          fetch('/demo/token?upn=' + encodeURIComponent(upn)).then(function (r) { return r.json(); }).then(function (token) {
            handlers[EventType.DialogMessageReceived]({ message: JSON.stringify({ status: 'success', accessToken: token.accessToken, expiresOn: null }), origin: window.location.origin });
          });
        }
      }
    }
  };
})();
