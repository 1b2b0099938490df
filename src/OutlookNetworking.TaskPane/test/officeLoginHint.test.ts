import { describe, expect, it } from 'vitest';
import { type LoginHintOffice, officeLoginHint } from '../src/auth/officeLoginHint';

function office(options: { naa: boolean; context?: () => Promise<{ loginHint?: string; userPrincipalName?: string }>; email?: string }): LoginHintOffice {
  return {
    ...(options.context ? { auth: { getAuthContext: options.context } } : {}),
    context: {
      requirements: { isSetSupported: (name) => name === 'NestedAppAuth' && options.naa },
      mailbox: { userProfile: { emailAddress: options.email ?? 'ava.patel@contoso.example' } },
    },
  };
}

describe('officeLoginHint', () => {
  it('officeLoginHint_AuthContextHasLoginHint_UsesItOverTheProfileAddress', async () => {
    const hint = await officeLoginHint(office({ naa: true, context: async () => ({ loginHint: 'ava@corp.contoso.example', userPrincipalName: 'apatel@contoso.example' }) }));
    expect(hint).toBe('ava@corp.contoso.example');
  });

  it('officeLoginHint_AuthContextWithoutLoginHint_UsesTheUpn', async () => {
    // The UPN and the primary SMTP address differ in many tenants: the UPN is what Entra signs in.
    expect(await officeLoginHint(office({ naa: true, context: async () => ({ loginHint: '', userPrincipalName: 'apatel@contoso.example' }) }))).toBe('apatel@contoso.example');
  });

  it('officeLoginHint_NestedAppAuthUnsupported_UsesTheProfileAddressWithoutAskingOffice', async () => {
    let asked = false;
    const hint = await officeLoginHint(office({ naa: false, context: async () => ((asked = true), { loginHint: 'x@y.example' }) }));
    expect(hint).toBe('ava.patel@contoso.example');
    expect(asked).toBe(false);
  });

  it('officeLoginHint_GetAuthContextRejects_FallsBackToTheProfileAddress', async () => {
    expect(await officeLoginHint(office({ naa: true, context: () => Promise.reject(new Error('unsupported account')) }))).toBe('ava.patel@contoso.example');
  });

  it('officeLoginHint_NothingKnown_Undefined', async () => {
    expect(await officeLoginHint(office({ naa: false, email: '' }))).toBeUndefined();
  });
});
