import { describe, expect, it, vi } from 'vitest';
import { AccountManager, type NestedAppClient, type SignInRoutes } from '../src/auth/AccountManager';
import { NotConsentedError, SignInError, SignInRequiredError } from '../src/auth/AuthErrors';

const settings = { clientId: 'client', apiScope: 'api://host/client/access_as_user', authority: 'https://login.microsoftonline.com/organizations' };
const hour = 3_600_000;
const t0 = Date.parse('2025-06-30T18:00:00Z');

function msalError(errorCode: string, errorMessage = ''): Error {
  return Object.assign(new Error(errorMessage || errorCode), { errorCode, errorMessage });
}

/** Routes that record the order in which they were tried. */
function fakeRoutes(options: {
  naa: boolean;
  silent?: () => Promise<string>;
  popup?: () => Promise<string>;
  dialog?: () => Promise<string>;
  createFails?: boolean;
}) {
  const calls: string[] = [];
  const asResult = (token: string) => ({ accessToken: token, expiresOn: new Date(t0 + hour) });
  const client: NestedAppClient = {
    acquireTokenSilent: vi.fn(async () => {
      calls.push('silent');
      return asResult(await (options.silent ?? (() => Promise.reject(msalError('interaction_required'))))());
    }),
    acquireTokenPopup: vi.fn(async () => {
      calls.push('popup');
      return asResult(await (options.popup ?? (() => Promise.reject(msalError('popup_window_error'))))());
    }),
  };
  const routes: SignInRoutes = {
    isNestedAppAuthSupported: () => {
      calls.push('isNaaSupported');
      return options.naa;
    },
    createNestedAppClient: vi.fn(async () => {
      calls.push('createNaa');
      if (options.createFails) throw msalError('naa_unavailable');
      return client;
    }),
    signInWithDialog: vi.fn(async () => {
      calls.push('dialog');
      return { accessToken: await (options.dialog ?? (() => Promise.reject(msalError('user_cancelled'))))(), expiresOn: t0 + hour };
    }),
  };
  return { calls, routes, client };
}

const hintOf = (hint: string | undefined) => async () => hint;

describe('AccountManager', () => {
  it('getAccessToken_NaaSilentSucceeds_UsesNoOtherRoute', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, silent: async () => 'silent-token' });
    const manager = new AccountManager(settings, routes, hintOf('ava@contoso.example'), () => t0);
    expect(await manager.getAccessToken()).toBe('silent-token');
    expect(calls).toEqual(['isNaaSupported', 'createNaa', 'silent']);
    expect(manager.lastRoute).toBe('naa-silent');
  });

  it('getAccessToken_SilentFails_ThrowsSignInRequiredAndOpensNoWindow', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, popup: async () => 'popup-token', dialog: async () => 'dialog-token' });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    const told = vi.fn();
    manager.onSignInRequired(told);
    const error = await manager.getAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInRequiredError);
    expect((error as Error).message).toContain('interaction_required');
    expect(calls).not.toContain('popup');
    expect(calls).not.toContain('dialog');
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('getAccessToken_NaaUnsupported_ThrowsSignInRequiredWithoutDialog', async () => {
    const { calls, routes } = fakeRoutes({ naa: false, dialog: async () => 'dialog-token' });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    await expect(manager.getAccessToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(calls).toEqual(['isNaaSupported']);
  });

  it('getAccessToken_NaaClientCannotBeCreated_ThrowsSignInRequired', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, createFails: true, dialog: async () => 'dialog-token' });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    await expect(manager.getAccessToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(calls).toEqual(['isNaaSupported', 'createNaa']);
  });

  it('getAccessToken_ConsentRequiredOnSilent_StopsWithNotConsented', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, silent: () => Promise.reject(msalError('invalid_grant', 'AADSTS65001: The user or administrator has not consented')) });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    await expect(manager.getAccessToken()).rejects.toBeInstanceOf(NotConsentedError);
    expect(calls).not.toContain('popup');
    expect(calls).not.toContain('dialog');
  });

  it('signIn_AfterSilentFailedWithNaa_OpensThePopupBeforeAnyAwait', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, popup: async () => 'popup-token' });
    const manager = new AccountManager(settings, routes, hintOf('ava.patel@contoso.example'), () => t0);
    await manager.getAccessToken().catch(() => undefined);
    calls.length = 0;
    const signingIn = manager.signIn();
    // Synchronously, inside the click: the popup was asked for before signIn returned.
    expect(calls).toEqual(['isNaaSupported', 'popup']);
    await signingIn;
    expect(manager.lastRoute).toBe('naa-popup');
    expect(await manager.getAccessToken()).toBe('popup-token');
  });

  it('signIn_NaaUnsupported_OpensTheDialogSynchronouslyWithTheLoginHint', async () => {
    const { calls, routes } = fakeRoutes({ naa: false, dialog: async () => 'dialog-token' });
    const manager = new AccountManager(settings, routes, hintOf('ava.patel@contoso.example'), () => t0);
    await manager.getAccessToken().catch(() => undefined);
    calls.length = 0;
    const signingIn = manager.signIn();
    expect(calls).toEqual(['dialog']);
    await signingIn;
    expect(routes.signInWithDialog).toHaveBeenCalledWith(settings, 'ava.patel@contoso.example');
    expect(manager.lastRoute).toBe('dialog');
    expect(await manager.getAccessToken()).toBe('dialog-token');
  });

  it('signIn_PopupFails_FallsBackToDialog', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, dialog: async () => 'dialog-token' });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    await manager.getAccessToken().catch(() => undefined);
    calls.length = 0;
    await manager.signIn();
    expect(calls).toEqual(['isNaaSupported', 'popup', 'dialog']);
    expect(manager.lastRoute).toBe('dialog');
  });

  it('signIn_ConsentRequiredOnPopup_StopsBeforeDialog', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, popup: () => Promise.reject(msalError('consent_required')) });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    await manager.getAccessToken().catch(() => undefined);
    await expect(manager.signIn()).rejects.toBeInstanceOf(NotConsentedError);
    expect(calls).not.toContain('dialog');
  });

  it('signIn_EveryRouteFails_ThrowsSignInErrorNamingRoutesNotTokens', async () => {
    const { routes } = fakeRoutes({ naa: true });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    await manager.getAccessToken().catch(() => undefined);
    const error = await manager.signIn().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect((error as Error).message).toContain('popup_window_error');
    expect((error as Error).message).toContain('user_cancelled');
  });

  it('getAccessToken_LoginHintSourceFails_SignsInWithoutHint', async () => {
    const { client, routes } = fakeRoutes({ naa: true, silent: async () => 'silent-token' });
    const manager = new AccountManager(settings, routes, () => Promise.reject(new Error('no context')), () => t0);
    expect(await manager.getAccessToken()).toBe('silent-token');
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({ scopes: [settings.apiScope], forceRefresh: false });
  });

  it('getAccessToken_DialogTokenOfUnknownExpiry_UsedUntilForcedToRefresh', async () => {
    const { calls, routes } = fakeRoutes({ naa: false });
    vi.mocked(routes.signInWithDialog).mockImplementation(async () => {
      calls.push('dialog');
      return { accessToken: 'dialog-token', expiresOn: null };
    });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    await manager.getAccessToken().catch(() => undefined);
    await manager.signIn();
    expect(await manager.getAccessToken()).toBe('dialog-token');
    expect(calls).toEqual(['isNaaSupported', 'dialog']);
    // After a 401 the ApiClient forces a refresh: silent is impossible here, so the user must sign in again.
    await expect(manager.getAccessToken(true)).rejects.toBeInstanceOf(SignInRequiredError);
  });

  it('getAccessToken_TokenStillFresh_IsServedFromMemory', async () => {
    let now = t0;
    const { calls, routes } = fakeRoutes({ naa: true, silent: async () => 'silent-token' });
    const manager = new AccountManager(settings, routes, undefined, () => now);
    await manager.getAccessToken();
    now = t0 + 30 * 60_000;
    await manager.getAccessToken();
    expect(calls.filter((c) => c === 'silent')).toHaveLength(1);
  });

  it('getAccessToken_WithinFiveMinutesOfExpiry_Renews', async () => {
    let now = t0;
    const { calls, routes } = fakeRoutes({ naa: true, silent: async () => 'silent-token' });
    const manager = new AccountManager(settings, routes, undefined, () => now);
    await manager.getAccessToken();
    now = t0 + hour - 4 * 60_000;
    await manager.getAccessToken();
    expect(calls.filter((c) => c === 'silent')).toHaveLength(2);
  });

  it('getAccessToken_ForceRefresh_PassesForceRefreshToMsal', async () => {
    const { routes, client } = fakeRoutes({ naa: true, silent: async () => 'silent-token' });
    const manager = new AccountManager(settings, routes, hintOf('ava@contoso.example'), () => t0);
    await manager.getAccessToken();
    await manager.getAccessToken(true);
    expect(client.acquireTokenSilent).toHaveBeenLastCalledWith({ scopes: [settings.apiScope], loginHint: 'ava@contoso.example', forceRefresh: true });
  });

  it('getAccessToken_ConcurrentCallers_ShareOneSignIn', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, silent: async () => 'silent-token' });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    const tokens = await Promise.all([manager.getAccessToken(), manager.getAccessToken(), manager.getAccessToken()]);
    expect(tokens).toEqual(['silent-token', 'silent-token', 'silent-token']);
    expect(calls.filter((c) => c === 'silent')).toHaveLength(1);
  });
});
