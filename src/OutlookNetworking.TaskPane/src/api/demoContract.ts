// The demo host's endpoints (/demo/…, docs/api.md "Demo mode only"). They are not part of the task-pane API, so not in
// its OpenAPI document: these types are written by hand.

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
  /** user | externalUser | distributionList | other (Office.js's recipient types); honoured when the demo host sends it. */
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
