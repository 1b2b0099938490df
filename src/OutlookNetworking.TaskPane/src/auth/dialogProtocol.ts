/** What auth-dialog.html sends to the pane with Office.context.ui.messageParent. */
export type DialogMessage =
  | { status: 'success'; accessToken: string; expiresOn: number | null }
  | { status: 'failure'; errorCode: string; errorMessage: string };

/** The dialog page, relative to the pane's base (/taskpane/). */
export const AuthDialogPage = 'auth-dialog.html';

export function parseDialogMessage(raw: string): DialogMessage | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || !('status' in value)) return null;
    const message = value as DialogMessage;
    if (message.status === 'success' && typeof message.accessToken === 'string') return message;
    if (message.status === 'failure') return { status: 'failure', errorCode: String(message.errorCode), errorMessage: String(message.errorMessage) };
    return null;
  } catch {
    return null;
  }
}
