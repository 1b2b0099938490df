// NOT Microsoft's MicrosoftAjax.js. A test stand-in served in its place (https://ajax.aspnetcdn.com/ajax/3.5/
// MicrosoftAjax.js, via its redirect target cdnsrc.asp.net) because the real file ships in no package this machine can
// install. It defines the part of the Microsoft Ajax surface that office.js 1.1.110 checks before it goes on
// (office.js's isMicrosftAjaxLoaded; outlook-*-16.0x.js's OsfMsAjaxFactory.isMsAjaxLoaded) and calls up to the point
// where it asks Outlook for its context: Type.registerNamespace/registerClass, Sys.StringBuilder,
// Sys.Serialization.JavaScriptSerializer, Sys.Debug, Function._validateParams, Error.argument/parameterCount.
(function () {
  window.Type = Function;
  Type.registerNamespace = function (name) {
    var scope = window;
    name.split('.').forEach(function (part) { scope = scope[part] = scope[part] || {}; });
  };
  Type.prototype.registerClass = function () { return this; };
  Type.prototype.registerEnum = function () { return this; };
  Type.prototype.registerInterface = function () { return this; };
  Type.registerNamespace('Sys.Serialization');
  Sys.StringBuilder = function (text) { this._parts = text ? [text] : []; };
  Sys.StringBuilder.prototype.append = function (text) { this._parts.push(text); };
  Sys.StringBuilder.prototype.toString = function (separator) { return this._parts.join(separator || ''); };
  Sys.Serialization.JavaScriptSerializer = {
    serialize: function (value) { return JSON.stringify(value); },
    deserialize: function (text) { return JSON.parse(text); }
  };
  Sys.Debug = { trace: function (text) { console.info('Sys.Debug.trace: ' + text); }, fail: function (text) { console.warn('Sys.Debug.fail: ' + text); } };
  Function._validateParams = function () { return null; };
  Error.argument = function (name, message) { var error = new Error(message); error.paramName = name; return error; };
  Error.parameterCount = function (message) { return new Error(message || 'Parameter count mismatch.'); };
})();
