import { ApiError, classifyStatus } from './ApiError';
import type { TokenProvider } from './TokenProvider';
import type { ClientConfig, GoalRequest, IntroductionSettings, IntroductionSettingsRequest, IntroductionsResponse, Me, NetworkHealth, PeopleResponse, ProblemDetails, SnoozeRequest, SuggestionList } from './contract';
import type { DemoMessage, DemoToken, DemoUser } from './demoContract';

/** The API accepts at most this many addresses per GET /api/people (docs/api.md). */
export const MaxPeoplePerRequest = 50;

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * The one typed client of the task-pane API (docs/api.md). Same origin, bearer token from the
 * TokenProvider; a 401 is retried once with a fresh token; failures become ApiError.
 */
export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: FetchLike;
  private readonly tokens: TokenProvider | null;

  /** baseUrl: '' for same origin (the default). */
  constructor(tokens: TokenProvider | null, fetchImpl: FetchLike = (input, init) => fetch(input, init), baseUrl = '') {
    this.tokens = tokens;
    this.fetchImpl = fetchImpl;
    this.baseUrl = baseUrl;
  }

  /** A client that signs its calls with another token provider (used when the demo user changes). */
  withTokens(tokens: TokenProvider): ApiClient {
    return new ApiClient(tokens, this.fetchImpl, this.baseUrl);
  }

  // --- anonymous ------------------------------------------------------------------------------
  getConfig(): Promise<ClientConfig> {
    return this.send<ClientConfig>('GET', '/api/config', { anonymous: true });
  }

  // --- me -------------------------------------------------------------------------------------
  getMe(): Promise<Me> {
    return this.send<Me>('GET', '/api/me');
  }

  getHealth(): Promise<NetworkHealth> {
    return this.send<NetworkHealth>('GET', '/api/me/health');
  }

  optIn(): Promise<void> {
    return this.send<void>('POST', '/api/me/optin');
  }

  // --- people and suggestions -----------------------------------------------------------------
  /** GET /api/people for 1..50 addresses (callers validate and cap; see MaxPeoplePerRequest). */
  getPeople(addresses: readonly string[]): Promise<PeopleResponse> {
    if (addresses.length === 0 || addresses.length > MaxPeoplePerRequest) {
      return Promise.reject(new RangeError(`getPeople takes 1 to ${MaxPeoplePerRequest} addresses, not ${addresses.length}.`));
    }
    const query = new URLSearchParams({ emails: addresses.join(',') });
    return this.send<PeopleResponse>('GET', `/api/people?${query.toString()}`);
  }

  /** GET /api/suggestions?top= (1..50; the API's default is 5). */
  getSuggestions(top = 5): Promise<SuggestionList> {
    return this.send<SuggestionList>('GET', `/api/suggestions?top=${Math.min(50, Math.max(1, Math.trunc(top)))}`);
  }

  markDone(id: string): Promise<void> {
    return this.send<void>('POST', `/api/suggestions/${encodeURIComponent(id)}/done`);
  }

  dismiss(id: string): Promise<void> {
    return this.send<void>('POST', `/api/suggestions/${encodeURIComponent(id)}/dismiss`);
  }

  /** until: a future date, yyyy-MM-dd, at most a year ahead. */
  snooze(id: string, until: string): Promise<void> {
    const body: SnoozeRequest = { until };
    return this.send<void>('POST', `/api/suggestions/${encodeURIComponent(id)}/snooze`, { body });
  }

  // --- warm introductions --------------------------------------------------------------------
  /** GET /api/introductions for 1..50 addresses (403 introductions_disabled / introductions_opt_in_required). */
  getIntroductions(addresses: readonly string[]): Promise<IntroductionsResponse> {
    if (addresses.length === 0 || addresses.length > MaxPeoplePerRequest) {
      return Promise.reject(new RangeError(`getIntroductions takes 1 to ${MaxPeoplePerRequest} addresses, not ${addresses.length}.`));
    }
    const query = new URLSearchParams({ emails: addresses.join(',') });
    return this.send<IntroductionsResponse>('GET', `/api/introductions?${query.toString()}`);
  }

  getIntroductionSettings(): Promise<IntroductionSettings> {
    return this.send<IntroductionSettings>('GET', '/api/me/introductions');
  }

  /** PUT /api/me/introductions (204): takes effect at once (the next answer of anyone in the organisation). */
  setDiscoverable(discoverable: boolean): Promise<void> {
    const body: IntroductionSettingsRequest = { discoverable };
    return this.send<void>('PUT', '/api/me/introductions', { body });
  }

  // --- contacts -------------------------------------------------------------------------------
  mute(address: string): Promise<void> {
    return this.send<void>('POST', `/api/contacts/${encodeURIComponent(address)}/mute`);
  }

  unmute(address: string): Promise<void> {
    return this.send<void>('POST', `/api/contacts/${encodeURIComponent(address)}/unmute`);
  }

  setGoal(address: string, goal: GoalRequest): Promise<void> {
    return this.send<void>('PUT', `/api/contacts/${encodeURIComponent(address)}/goal`, { body: goal });
  }

  clearGoal(address: string): Promise<void> {
    return this.send<void>('DELETE', `/api/contacts/${encodeURIComponent(address)}/goal`);
  }

  // --- demo mode only -------------------------------------------------------------------------
  getDemoUsers(): Promise<DemoUser[]> {
    return this.send<DemoUser[]>('GET', '/demo/users', { anonymous: true });
  }

  getDemoToken(upn: string): Promise<DemoToken> {
    return this.send<DemoToken>('GET', `/demo/token?upn=${encodeURIComponent(upn)}`, { anonymous: true });
  }

  getDemoMessages(upn: string, top = 30): Promise<DemoMessage[]> {
    return this.send<DemoMessage[]>('GET', `/demo/messages?upn=${encodeURIComponent(upn)}&top=${top}`, { anonymous: true });
  }

  // --- plumbing -------------------------------------------------------------------------------
  private async send<T>(method: string, path: string, options: { anonymous?: boolean; body?: unknown } = {}): Promise<T> {
    const first = await this.attempt(method, path, options, false);
    const response = first.status === 401 && !options.anonymous && this.tokens ? await this.attempt(method, path, options, true) : first;

    if (!response.ok) {
      const problem = await readProblem(response);
      throw new ApiError(classifyStatus(response.status, problem), response.status, problem);
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text.length === 0 ? undefined : JSON.parse(text)) as T;
  }

  private async attempt(method: string, path: string, options: { anonymous?: boolean; body?: unknown }, forceRefresh: boolean): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (!options.anonymous) {
      if (!this.tokens) throw new ApiError('unauthorized', 401, null, 'No token provider: the pane is not signed in.');
      headers.Authorization = `Bearer ${await this.tokens.getAccessToken(forceRefresh)}`;
    }
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    try {
      return await this.fetchImpl(this.baseUrl + path, { method, headers, body, credentials: 'same-origin' });
    } catch (error) {
      // fetch rejects only on network failure (offline, DNS, server down, CORS).
      throw new ApiError('offline', 0, null, error instanceof Error ? error.message : 'Network error');
    }
  }
}

async function readProblem(response: Response): Promise<ProblemDetails | null> {
  try {
    const text = await response.text();
    if (text.length === 0) return null;
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : null;
  } catch {
    return null;
  }
}
