import type { AcquiredToken, AuthSettings, NestedAppClient, SignInRoutes } from './AccountManager';
import { AuthDialogPage, parseDialogMessage } from './dialogProtocol';

/** Office's "the user closed the dialog" event code. */
const DialogClosedByUser = 12006;

/**
 * The real routes inside Outlook. MSAL is imported on first use, so the demo never downloads it. The dialog opens
 * without Office's own "allow this pop-up?" prompt (promptBeforeOpen: false) because it is only ever opened from the
 * pane's "Sign in" button: the click is the user's consent, and browsers let a pop-up through only with one.
 */
export const officeSignInRoutes: SignInRoutes = {
  isNestedAppAuthSupported(): boolean {
    try {
      return Office.context.requirements.isSetSupported('NestedAppAuth', '1.1');
    } catch {
      return false;
    }
  },

  async createNestedAppClient(settings: AuthSettings): Promise<NestedAppClient> {
    const msal = await import('@azure/msal-browser');
    return msal.createNestablePublicClientApplication({
      auth: { clientId: settings.clientId, authority: settings.authority },
      system: { loggerOptions: { piiLoggingEnabled: false } },
    });
  },

  signInWithDialog(settings: AuthSettings, loginHint: string | undefined): Promise<AcquiredToken> {
    const url = new URL(AuthDialogPage, window.location.href);
    url.search = new URLSearchParams({ scope: settings.apiScope, ...(loginHint ? { loginHint } : {}) }).toString();
    return new Promise<AcquiredToken>((resolve, reject) => {
      Office.context.ui.displayDialogAsync(url.toString(), { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new Error(`dialog did not open (${opened.error.code})`));
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          if (!('message' in arg)) return;
          if ('origin' in arg && typeof arg.origin === 'string' && arg.origin !== window.location.origin) return;
          const message = parseDialogMessage(arg.message);
          dialog.close();
          if (message?.status === 'success') resolve({ accessToken: message.accessToken, expiresOn: message.expiresOn });
          else reject(Object.assign(new Error(message?.errorMessage ?? 'sign-in dialog failed'), { errorCode: message?.status === 'failure' ? message.errorCode : 'dialog_failed' }));
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          const code = 'error' in arg ? arg.error : 0;
          reject(Object.assign(new Error(code === DialogClosedByUser ? 'The sign-in window was closed.' : `sign-in dialog event ${code}`), { errorCode: code === DialogClosedByUser ? 'user_cancelled' : 'dialog_event' }));
        });
      });
    });
  },
};
