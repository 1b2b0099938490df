import { ApiError } from '../api/ApiError';
import { NotConsentedError } from '../auth/AuthErrors';

export type FailureKind = 'notConsented' | 'offline' | 'error';

export interface Failure {
  kind: FailureKind;
  message: string;
  /** The consent page the API named (problem `consentUrl`), when it did. */
  consentUrl?: string;
}

/** The user-facing reading of any failure (no addresses, subjects or tokens in it). */
export function describeError(error: unknown): Failure {
  if (error instanceof NotConsentedError) return { kind: 'notConsented', message: error.message };
  if (error instanceof ApiError) {
    if (error.kind === 'notConsented') {
      const consentUrl = error.problem?.consentUrl;
      return { kind: 'notConsented', message: 'OutlookNetworking has not been approved for your organisation yet.', ...(consentUrl ? { consentUrl } : {}) };
    }
    if (error.kind === 'forbidden') return { kind: 'error', message: 'Your account may not use OutlookNetworking. Ask your administrator.' };
    if (error.kind === 'offline') return { kind: 'offline', message: 'OutlookNetworking could not be reached. Check your connection and try again.' };
    if (error.kind === 'unauthorized') return { kind: 'error', message: 'Your sign-in has expired. Try again to sign in.' };
    return { kind: 'error', message: error.problem?.detail ?? error.problem?.title ?? 'Something went wrong on our side. Try again in a moment.' };
  }
  if (error instanceof Error && error.name === 'SignInRequiredError') return { kind: 'error', message: 'Your sign-in has expired. Sign in again.' };
  return { kind: 'error', message: error instanceof Error && error.name === 'SignInError' ? 'We could not sign you in. Try again.' : 'Something went wrong. Try again.' };
}
