import { describe, expect, it, vi } from 'vitest';
import { AccountManager, type NestedAppClient, type SignInRoutes } from '../src/auth/AccountManager';
import { NotConsentedError, SignInError } from '../src/auth/AuthErrors';

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

describe('AccountManager', () => {
  it('getAccessToken_NaaSilentSucceeds_UsesNoOtherRoute', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, silent: async () => 'silent-token' });
    const manager = new AccountManager(settings, routes, 'ava@contoso.example', () => t0);
    expect(await manager.getAccessToken()).toBe('silent-token');
    expect(calls).toEqual(['isNaaSupported', 'createNaa', 'silent']);
    expect(manager.lastRoute).toBe('naa-silent');
  });

  it('getAccessToken_SilentFails_TriesPopupNext', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, popup: async () => 'popup-token' });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    expect(await manager.getAccessToken()).toBe('popup-token');
    expect(calls).toEqual(['isNaaSupported', 'createNaa', 'silent', 'popup']);
    expect(manager.lastRoute).toBe('naa-popup');
  });

  it('getAccessToken_SilentAndPopupFail_FallsBackToDialog', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, dialog: async () => 'dialog-token' });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    expect(await manager.getAccessToken()).toBe('dialog-token');
    expect(calls).toEqual(['isNaaSupported', 'createNaa', 'silent', 'popup', 'dialog']);
    expect(manager.lastRoute).toBe('dialog');
  });

  it('getAccessToken_NaaUnsupported_GoesStraightToDialog', async () => {
    const { calls, routes } = fakeRoutes({ naa: false, dialog: async () => 'dialog-token' });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    expect(await manager.getAccessToken()).toBe('dialog-token');
    expect(calls).toEqual(['isNaaSupported', 'dialog']);
  });

  it('getAccessToken_NaaClientCannotBeCreated_FallsBackToDialog', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, createFails: true, dialog: async () => 'dialog-token' });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    expect(await manager.getAccessToken()).toBe('dialog-token');
    expect(calls).toEqual(['isNaaSupported', 'createNaa', 'dialog']);
  });

  it('getAccessToken_ConsentRequiredOnSilent_StopsWithNotConsented', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, silent: () => Promise.reject(msalError('invalid_grant', 'AADSTS65001: The user or administrator has not consented')) });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    await expect(manager.getAccessToken()).rejects.toBeInstanceOf(NotConsentedError);
    expect(calls).not.toContain('popup');
    expect(calls).not.toContain('dialog');
  });

  it('getAccessToken_ConsentRequiredOnPopup_StopsBeforeDialog', async () => {
    const { calls, routes } = fakeRoutes({ naa: true, popup: () => Promise.reject(msalError('consent_required')) });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    await expect(manager.getAccessToken()).rejects.toBeInstanceOf(NotConsentedError);
    expect(calls).not.toContain('dialog');
  });

  it('getAccessToken_EveryRouteFails_ThrowsSignInErrorNamingRoutesNotTokens', async () => {
    const { routes } = fakeRoutes({ naa: true });
    const manager = new AccountManager(settings, routes, undefined, () => t0);
    const error = await manager.getAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect((error as Error).message).toContain('interaction_required');
    expect((error as Error).message).toContain('user_cancelled');
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
    const manager = new AccountManager(settings, routes, 'ava@contoso.example', () => t0);
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
