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
  /** Set when no colleague knows the person but these know people at the person's company (this domain). */
  companyDomain?: string | null;
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
  /** The organisation's switch (GET only); false: introductions are off for everyone. */
  organisationEnabled?: boolean;
}

/** Problem codes of the introductions endpoints (403). */
export const IntroductionsDisabled = 'introductions_disabled';
export const IntroductionsOptInRequired = 'introductions_opt_in_required';
