// Warm introductions (issue 17): GET /api/introductions and GET/PUT /api/me/introductions, as the issue fixes them.
// Written by hand until the API's OpenAPI document describes them; then these become names in contract.ts for the
// generated types (scripts/refresh-api-contract.sh) and this file goes.

/** An opted-in colleague who knows the person, with plain labels only (no counts, dates or subjects). */
export interface IntroductionColleague {
  displayName: string;
  mail: string;
  /** 'strong' | 'steady' | 'light' (plain words; shown as they are). */
  strengthLabel: string;
  /** e.g. "in touch last month". */
  lastContactLabel: string;
}

export interface Introduction {
  address: string;
  /** At most 5, ranked by the API; empty when nobody can introduce. */
  colleagues: IntroductionColleague[];
}

/** GET /api/introductions?emails= */
export interface IntroductionsResponse {
  introductions: Introduction[];
}

/** GET and PUT /api/me/introductions: may colleagues see who I know? */
export interface IntroductionSharing {
  discoverable: boolean;
}

/** Problem codes of the introductions endpoints (403). */
export const IntroductionsDisabled = 'introductions_disabled';
export const IntroductionsOptInRequired = 'introductions_opt_in_required';
