/** Hands out bearer tokens for the API's own scope (AccountManager in Outlook, the demo issuer in the demo). */
export interface TokenProvider {
  /** A token for the API; forceRefresh skips any cached token (used once after a 401). */
  getAccessToken(forceRefresh?: boolean): Promise<string>;
}
