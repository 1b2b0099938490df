// Entry of auth-dialog.html: the sign-in fallback where Nested App Authentication is unavailable.
// Runs MSAL's redirect flow inside an Office dialog and hands the token to the pane through
// Office.context.ui.messageParent. Its redirect URI (https://<host>/taskpane/auth-dialog.html)
// must be registered as a single-page-application redirect URI of the app registration.
import type { ClientConfig } from '../api/contract';
import type { DialogMessage } from './dialogProtocol';

function send(message: DialogMessage): void {
  Office.context.ui.messageParent(JSON.stringify(message));
}

async function run(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const response = await fetch('/api/config', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw Object.assign(new Error('config unavailable'), { errorCode: `config_${response.status}` });
  const config = (await response.json()) as ClientConfig;
  const scope = params.get('scope') ?? sessionStorage.getItem('on.scope') ?? config.apiScope;
  const loginHint = params.get('loginHint') ?? sessionStorage.getItem('on.loginHint') ?? undefined;
  // The redirect comes back without our query string: remember it for the second load.
  sessionStorage.setItem('on.scope', scope);
  if (loginHint) sessionStorage.setItem('on.loginHint', loginHint);

  const msal = await import('@azure/msal-browser');
  const pca = await msal.createStandardPublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority, redirectUri: `${window.location.origin}${window.location.pathname}` },
    cache: { cacheLocation: 'sessionStorage' },
  });
  const result = await pca.handleRedirectPromise();
  if (result) {
    send({ status: 'success', accessToken: result.accessToken, expiresOn: result.expiresOn ? result.expiresOn.getTime() : null });
    return;
  }
  await pca.acquireTokenRedirect({ scopes: [scope], ...(loginHint ? { loginHint } : {}) });
}

void Office.onReady(() => {
  run().catch((error: unknown) => {
    const fields = (typeof error === 'object' && error !== null ? error : {}) as { errorCode?: unknown; errorMessage?: unknown; message?: unknown };
    send({
      status: 'failure',
      errorCode: typeof fields.errorCode === 'string' ? fields.errorCode : 'dialog_error',
      errorMessage: typeof fields.errorMessage === 'string' ? fields.errorMessage : typeof fields.message === 'string' ? fields.message : 'Sign-in failed.',
    });
  });
});
