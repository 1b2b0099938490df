import type { ProblemDetails } from './contract';

/** Why a call failed, as the pane shows it. */
export type ApiErrorKind = 'offline' | 'unauthorized' | 'forbidden' | 'notConsented' | 'notFound' | 'badRequest' | 'server';

/** A failed API call: an HTTP error (with its problem details) or a network failure. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly problem: ProblemDetails | null;

  constructor(kind: ApiErrorKind, status: number, problem: ProblemDetails | null, message?: string) {
    super(message ?? problem?.title ?? `API call failed (${kind}, ${status})`);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }
}

/** 403 problem codes of the introductions endpoints (docs/api.md): the organisation's switch is off; the asker has not opted in. */
export const IntroductionsDisabled = 'introductions_disabled';
export const IntroductionsOptInRequired = 'introductions_opt_in_required';

/** Problem `code`s that mean the organisation has not granted admin consent (yet). */
const consentCodes = new Set(['tenant_not_consented', 'consent_required']);

export function classifyStatus(status: number, problem: ProblemDetails | null): ApiErrorKind {
  if (problem?.code !== undefined && consentCodes.has(problem.code)) return 'notConsented';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status >= 400 && status < 500) return 'badRequest';
  return 'server';
}
