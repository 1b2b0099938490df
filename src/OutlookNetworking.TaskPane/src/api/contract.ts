// The task-pane API contract (docs/api.md). Field names and shapes mirror the JSON exactly.

/** GET /api/config (anonymous): how the pane signs in. */
export interface ClientConfig {
  clientId: string;
  apiScope: string;
  authority: string;
  demo: boolean;
}

export interface DigestSettings {
  enabled: boolean;
  hour: number;
}

/** GET /api/me */
export interface Me {
  displayName: string;
  mail: string;
  /** Every address of the user (primary and aliases), lower-case. */
  addresses: string[];
  tenantId: string;
  timeZone: string | null;
  digest: DigestSettings;
  optedOut: boolean;
  lastAnalysedAt: string | null;
}

/** A health figure with its value 30 days earlier. */
export interface HealthFigure {
  value: number;
  previous: number;
  change: number;
}

/** GET /api/me/health */
export interface NetworkHealth {
  asOf: string;
  activeTies: HealthFigure;
  newTiesThisMonth: HealthFigure;
  fadingTies: HealthFigure;
  dormantTies: HealthFigure;
  externalShare: HealthFigure;
  reciprocity: HealthFigure;
}

export type SuggestionKind =
  | 'firstMeetingFollowUp'
  | 'owedReply'
  | 'awaitingReply'
  | 'fadingTie'
  | 'dormantTie'
  | 'cadenceGoal';

export interface SuggestionEvidence {
  conversationId: string | null;
  messageId: string | null;
  meetingId: string | null;
  anchorAt: string | null;
  lastContact: string | null;
  firstContact: string | null;
  usualGapDays: number | null;
  daysSilent: number | null;
  contactDays: number | null;
  exchanges: number | null;
  cadenceDays: number | null;
}

export interface Contact {
  address: string;
  displayName: string | null;
}

export interface Suggestion {
  id: string;
  kind: SuggestionKind;
  contact: Contact;
  score: number;
  rank: number;
  today: boolean;
  reason: string;
  evidence: SuggestionEvidence;
  webLink: string | null;
}

/** GET /api/suggestions */
export interface SuggestionList {
  date: string;
  suggestions: Suggestion[];
}

export type StrengthLabel = 'strong' | 'steady' | 'light' | 'fading' | 'dormant' | 'new';

export interface Goal {
  /** 1-32 letters, digits, space or '-'. */
  tag: string;
  /** 1..730, or null for a tag without a cadence. */
  cadenceDays: number | null;
}

export interface Person {
  address: string;
  displayName: string | null;
  /** false: no history with this person; figures are null or zero. */
  known: boolean;
  isInternal: boolean;
  isDistributionList: boolean;
  isMuted: boolean;
  strength: number | null;
  strengthLabel: StrengthLabel | null;
  firstContact: string | null;
  lastContact: string | null;
  contactDays: number;
  sent: number;
  received: number;
  meetings: number;
  medianGapDays: number | null;
  /** 12 months, oldest first, current month last. */
  monthlyContactDays: number[] | null;
  goal: Goal | null;
  suggestions: Suggestion[];
}

/** GET /api/people */
export interface PeopleResponse {
  people: Person[];
}

/** RFC 9457 problem details. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  /** With code tenant_not_consented: the page an administrator opens to consent. */
  consentUrl?: string;
}

/** GET /demo/users */
export interface DemoUser {
  id: string;
  upn: string;
  displayName: string;
  mail: string | null;
}

/** GET /demo/token */
export interface DemoToken {
  accessToken: string;
  expiresOn: string;
}

export interface DemoAddress {
  name: string | null;
  address: string | null;
  /** Not in the contract; honoured when the demo host sends it (user | externalUser | distributionList | other). */
  recipientType?: string;
}

/** GET /demo/messages */
export interface DemoMessage {
  id: string;
  subject: string | null;
  from: DemoAddress | null;
  to: DemoAddress[];
  cc: DemoAddress[];
  receivedDateTime: string;
  conversationId: string | null;
}
