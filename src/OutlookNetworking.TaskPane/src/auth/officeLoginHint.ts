/** The slice of the Office global the login hint needs (the real Office in Outlook, a fake in tests). */
export interface LoginHintOffice {
  auth?: { getAuthContext?: () => Promise<{ loginHint?: string; userPrincipalName?: string }> };
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    mailbox: { userProfile: { emailAddress: string } };
  };
}

/**
 * The account to sign in, as Microsoft's Nested App Authentication sample for Outlook (OfficeDev/Office-Add-in-samples,
 * Samples/auth/Outlook-Add-in-SSO-NAA) finds it: Office.auth.getAuthContext() where the host supports it (NestedAppAuth
 * 1.1), its loginHint or else its UPN, since the UPN and the primary SMTP address differ in many tenants; else the
 * Outlook profile's address. Undefined when none is known (MSAL then asks).
 */
export async function officeLoginHint(office: LoginHintOffice): Promise<string | undefined> {
  try {
    if (office.context.requirements.isSetSupported('NestedAppAuth', '1.1') && typeof office.auth?.getAuthContext === 'function') {
      const context = await office.auth.getAuthContext();
      const hint = context.loginHint || context.userPrincipalName;
      if (hint) return hint;
    }
  } catch {
    // getAuthContext can reject (e.g. an account Office has not signed in): fall back to the profile.
  }
  const address = office.context.mailbox.userProfile.emailAddress;
  return address.length > 0 ? address : undefined;
}
