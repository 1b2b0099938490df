import { afterEach, describe, expect, it, vi } from 'vitest';
import { officeSignInRoutes } from '../src/auth/officeSignInRoutes';
import { outlookMailbox } from '../src/host/outlookMailbox';
import { installOutlookMock, uninstallOfficeMock } from './helpers/officeMock';

const settings = { clientId: 'client', apiScope: 'api://host/client/access_as_user', authority: 'https://login.microsoftonline.com/organizations' };

/** Office.context.ui.displayDialogAsync that opens a fake dialog and lets the test raise its events. */
function installDialog(outlook: ReturnType<typeof installOutlookMock>) {
  const handlers = new Map<string, (arg: unknown) => void>();
  const close = vi.fn();
  const displayDialogAsync = vi.fn((_url: string, _options: unknown, callback: (result: unknown) => void) => {
    callback({ status: 'succeeded', value: { addEventHandler: (type: string, h: (arg: unknown) => void) => handlers.set(type, h), close } });
  });
  outlook.office.context.ui = { displayDialogAsync };
  outlook.office.AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  outlook.office.EventType.DialogMessageReceived = 'dialogMessageReceived';
  outlook.office.EventType.DialogEventReceived = 'dialogEventReceived';
  return { displayDialogAsync, close, raise: (type: string, arg: unknown) => handlers.get(type)?.(arg) };
}

describe('officeSignInRoutes', () => {
  afterEach(uninstallOfficeMock);

  it('isNestedAppAuthSupported_ReadsTheNestedAppAuthRequirementSet', () => {
    installOutlookMock({ supportedSets: { Mailbox: '1.14', NestedAppAuth: '1.1' } });
    expect(officeSignInRoutes.isNestedAppAuthSupported()).toBe(true);
    uninstallOfficeMock();
    installOutlookMock({ supportedSets: { Mailbox: '1.14' } });
    expect(officeSignInRoutes.isNestedAppAuthSupported()).toBe(false);
  });

  it('signInWithDialog_DialogSendsToken_ResolvesAndClosesTheDialog', async () => {
    const outlook = installOutlookMock();
    const dialog = installDialog(outlook);
    const pending = officeSignInRoutes.signInWithDialog(settings, 'ava@contoso.example');
    const url = new URL(dialog.displayDialogAsync.mock.calls[0]?.[0] as string);
    expect(url.pathname).toBe('/taskpane/auth-dialog.html');
    expect(url.searchParams.get('scope')).toBe(settings.apiScope);
    expect(url.searchParams.get('loginHint')).toBe('ava@contoso.example');
    dialog.raise('dialogMessageReceived', { message: JSON.stringify({ status: 'success', accessToken: 'dialog-token', expiresOn: 1 }), origin: window.location.origin });
    expect(await pending).toEqual({ accessToken: 'dialog-token', expiresOn: 1 });
    expect(dialog.close).toHaveBeenCalled();
  });

  it('signInWithDialog_MessageFromAnotherOrigin_IsIgnored', async () => {
    const outlook = installOutlookMock();
    const dialog = installDialog(outlook);
    const pending = officeSignInRoutes.signInWithDialog(settings, undefined);
    dialog.raise('dialogMessageReceived', { message: JSON.stringify({ status: 'success', accessToken: 'evil', expiresOn: 1 }), origin: 'https://evil.example' });
    dialog.raise('dialogMessageReceived', { message: JSON.stringify({ status: 'success', accessToken: 'good', expiresOn: 1 }), origin: window.location.origin });
    expect((await pending).accessToken).toBe('good');
  });

  it('signInWithDialog_UserClosesDialog_RejectsAsCancelled', async () => {
    const outlook = installOutlookMock();
    const dialog = installDialog(outlook);
    const pending = officeSignInRoutes.signInWithDialog(settings, undefined);
    dialog.raise('dialogEventReceived', { error: 12006 });
    await expect(pending).rejects.toMatchObject({ errorCode: 'user_cancelled' });
  });

  it('signInWithDialog_ConsentFailureFromDialog_CarriesItsErrorCode', async () => {
    const outlook = installOutlookMock();
    const dialog = installDialog(outlook);
    const pending = officeSignInRoutes.signInWithDialog(settings, undefined);
    dialog.raise('dialogMessageReceived', { message: JSON.stringify({ status: 'failure', errorCode: 'consent_required', errorMessage: 'AADSTS65001' }), origin: window.location.origin });
    await expect(pending).rejects.toMatchObject({ errorCode: 'consent_required' });
  });
});

describe('outlookMailbox on Mailbox 1.5', () => {
  afterEach(uninstallOfficeMock);

  it('displayNewMessageForm_WithoutMailbox16_FallsBackToMailto', () => {
    const outlook = installOutlookMock({ supportedSets: { Mailbox: '1.5' } });
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    outlookMailbox(outlook.mailbox as unknown as Office.Mailbox).displayNewMessageForm({ toRecipients: ['kai@contoso.example'], subject: 'Catching up', htmlBody: '<p>Hi Kai,</p>', plainBody: 'Hi Kai,' });
    expect(outlook.displayNewMessageForm).not.toHaveBeenCalled();
    expect(open).toHaveBeenCalledWith('mailto:kai%40contoso.example?subject=Catching%20up&body=Hi%20Kai%2C', '_blank', 'noopener');
  });
});
