// The task-pane API's types (docs/api.md), generated from its OpenAPI document: `schema.d.ts` is openapi-typescript's
// output for `openapi/v1.json`, the committed copy of what the host serves at /openapi/v1.json (a .NET test keeps the
// copy equal to it; scripts/refresh-api-contract.sh refreshes both). Never edit either by hand: here are only names.
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/** The JSON request body of an operation (by its operationId). */
type JsonBody<Operation extends keyof operations> = operations[Operation] extends { requestBody: { content: { 'application/json': infer Body } } } ? Body : never;

/** GET /api/config (anonymous): how the pane signs in. */
export type ClientConfig = Schemas['ClientConfigResponse'];
export type DigestSettings = Schemas['DigestSettingsResponse'];
/** GET /api/me */
export type Me = Schemas['MeResponse'];
/** A health figure with its value 30 days earlier. */
export type HealthFigure = Schemas['HealthFigureResponse'];
/** GET /api/me/health */
export type NetworkHealth = Schemas['HealthResponse'];

/** What a suggestion asks for: an enum in the OpenAPI document, so a new kind fails the build wherever it is unhandled. */
export type SuggestionKind = Schemas['SuggestionKind'];
export type SuggestionEvidence = Schemas['SuggestionEvidenceResponse'];
export type Contact = Schemas['SuggestionContactResponse'];
export type Suggestion = Schemas['SuggestionResponse'];
/** GET /api/suggestions */
export type SuggestionList = Schemas['SuggestionListResponse'];
/** POST /api/suggestions/{id}/snooze */
export type SnoozeRequest = JsonBody<'SnoozeSuggestion'>;

/** A tie's label (an enum in the OpenAPI document). */
export type StrengthLabel = Schemas['StrengthLabel'];
export type Goal = Schemas['GoalResponse'];
/** PUT /api/contacts/{address}/goal */
export type GoalRequest = JsonBody<'SetContactGoal'>;
export type Person = Schemas['PersonCard'];
/** GET /api/people */
export type PeopleResponse = Schemas['PeopleResponse'];

/** An opted-in colleague who knows the person (warm introductions): plain labels only. */
export type IntroductionColleague = Schemas['IntroducingColleague'];
export type Introduction = Schemas['IntroductionEntry'];
/** GET /api/introductions */
export type IntroductionsResponse = Schemas['IntroductionsResponse'];
/** GET /api/me/introductions: the user's choice and the organisation's switch. */
export type IntroductionSettings = Schemas['IntroductionSettingsResponse'];
/** PUT /api/me/introductions */
export type IntroductionSettingsRequest = JsonBody<'SetIntroductionSettings'>;

/**
 * RFC 9457 problem details, with the API's extensions, which the document does not describe: `code` (docs/api.md
 * "Problem codes") and, with code tenant_not_consented, `consentUrl` (the page an administrator opens to consent).
 */
export type ProblemDetails = Schemas['ProblemDetails'] & { code?: string; consentUrl?: string };
