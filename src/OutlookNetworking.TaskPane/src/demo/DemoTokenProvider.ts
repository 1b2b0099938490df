import type { ApiClient } from '../api/ApiClient';
import type { TokenProvider } from '../api/TokenProvider';

/**
 * Tokens from the demo issuer (GET /demo/token) for one simulated user. The token is kept until
 * the API answers 401 (ApiClient then asks again with forceRefresh): the demo's clock is the
 * snapshot's, so comparing its expiresOn with the browser's clock would mean nothing.
 */
export class DemoTokenProvider implements TokenProvider {
  private readonly api: ApiClient;
  private readonly upn: string;
  private cached: Promise<string> | null = null;

  constructor(api: ApiClient, upn: string) {
    this.api = api;
    this.upn = upn;
  }

  getAccessToken(forceRefresh = false): Promise<string> {
    if (forceRefresh || this.cached === null) {
      const request = this.api.getDemoToken(this.upn).then((token) => token.accessToken);
      this.cached = request;
      request.catch(() => {
        if (this.cached === request) this.cached = null;
      });
    }
    return this.cached;
  }
}
