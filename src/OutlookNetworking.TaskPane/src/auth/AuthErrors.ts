/** Entra refused a token because the organisation (or the user) has not consented to the app. */
export class NotConsentedError extends Error {
  constructor(message = 'OutlookNetworking has not been approved for your organisation yet.') {
    super(message);
    this.name = 'NotConsentedError';
  }
}

/** Every sign-in route failed; the message says which ones were tried, never a token. */
export class SignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignInError';
  }
}

// AADSTS65001: the user or administrator has not consented; AADSTS90094/90099: admin approval required.
const consentMarkers = ['consent_required', 'AADSTS65001', 'AADSTS90094', 'AADSTS90099'];

/** True when an MSAL or dialog error says that consent is missing. */
export function isConsentError(error: unknown): boolean {
  if (error instanceof NotConsentedError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const fields = error as { errorCode?: unknown; subError?: unknown; errorMessage?: unknown; message?: unknown };
  const text = [fields.errorCode, fields.subError, fields.errorMessage, fields.message].filter((v) => typeof v === 'string').join(' ');
  return consentMarkers.some((marker) => text.includes(marker));
}

/**
 * No token without the user: silent sign-in failed (or this Outlook has no Nested App Authentication), so the
 * popup or Office dialog must be opened from a click (browsers block pop-ups without one). The pane shows its
 * "Sign in" button; AccountManager.signIn runs from that button's handler.
 */
export class SignInRequiredError extends Error {
  constructor(message = 'Sign in to OutlookNetworking to continue.') {
    super(message);
    this.name = 'SignInRequiredError';
  }
}
