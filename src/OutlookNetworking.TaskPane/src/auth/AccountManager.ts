import type { TokenProvider } from '../api/TokenProvider';
import { NotConsentedError, SignInError, isConsentError } from './AuthErrors';

/** What signing in needs from GET /api/config. */
export interface AuthSettings {
  clientId: string;
  apiScope: string;
  authority: string;
}

export interface AcquiredToken {
  accessToken: string;
  /** Epoch milliseconds; null when unknown (then the token is used for one call chain only). */
  expiresOn: number | null;
}

/** The part of MSAL's IPublicClientApplication the manager uses (NAA flavour). */
export interface NestedAppClient {
  acquireTokenSilent(request: { scopes: string[]; loginHint?: string; forceRefresh?: boolean }): Promise<{ accessToken: string; expiresOn: Date | null }>;
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string }): Promise<{ accessToken: string; expiresOn: Date | null }>;
}

/** The sign-in routes, injected so that tests can watch the order and production can load MSAL lazily. */
export interface SignInRoutes {
  /** Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'). */
  isNestedAppAuthSupported(): boolean;
  /** createNestablePublicClientApplication (MSAL loaded on first use). */
  createNestedAppClient(settings: AuthSettings): Promise<NestedAppClient>;
  /** The Office dialog running MSAL's redirect flow (auth-dialog.html). */
  signInWithDialog(settings: AuthSettings, loginHint: string | undefined): Promise<AcquiredToken>;
}

/** The route that produced the current token (shown nowhere; tests and diagnostics read it). */
export type SignInRoute = 'naa-silent' | 'naa-popup' | 'dialog';

/** Tokens are renewed this long before they expire. */
const RenewBeforeMs = 5 * 60 * 1000;

/**
 * The one place that gets tokens for the API inside Outlook: Nested App Authentication
 * (silent, then popup), falling back to the Office dialog where NAA is unsupported or fails.
 * Consent errors stop the chain (NotConsentedError): no other route can fix them. Tokens live
 * in memory only and are never logged.
 */
export class AccountManager implements TokenProvider {
  private readonly settings: AuthSettings;
  private readonly routes: SignInRoutes;
  private readonly loginHint: string | undefined;
  private readonly now: () => number;
  private client: Promise<NestedAppClient> | null = null;
  private cached: AcquiredToken | null = null;
  private pending: Promise<string> | null = null;
  private route: SignInRoute | null = null;

  constructor(settings: AuthSettings, routes: SignInRoutes, loginHint?: string, now: () => number = () => Date.now()) {
    this.settings = settings;
    this.routes = routes;
    this.loginHint = loginHint;
    this.now = now;
  }

  get lastRoute(): SignInRoute | null {
    return this.route;
  }

  getAccessToken(forceRefresh = false): Promise<string> {
    if (!forceRefresh && this.cached !== null && this.cached.expiresOn !== null && this.cached.expiresOn - RenewBeforeMs > this.now()) {
      return Promise.resolve(this.cached.accessToken);
    }
    // Concurrent callers share one sign-in.
    this.pending ??= this.acquire(forceRefresh).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async acquire(forceRefresh: boolean): Promise<string> {
    const token = await this.acquireFromRoutes(forceRefresh);
    this.cached = token;
    return token.accessToken;
  }

  private async acquireFromRoutes(forceRefresh: boolean): Promise<AcquiredToken> {
    const scopes = [this.settings.apiScope];
    const hint = this.loginHint !== undefined && this.loginHint.length > 0 ? { loginHint: this.loginHint } : {};
    const failures: string[] = [];

    if (this.routes.isNestedAppAuthSupported()) {
      try {
        this.client ??= this.routes.createNestedAppClient(this.settings);
        const client = await this.client;
        try {
          const result = await client.acquireTokenSilent({ scopes, ...hint, forceRefresh });
          this.route = 'naa-silent';
          return toAcquired(result);
        } catch (silentError) {
          if (isConsentError(silentError)) throw new NotConsentedError();
          failures.push(`silent: ${describe(silentError)}`);
        }
        const result = await client.acquireTokenPopup({ scopes, ...hint });
        this.route = 'naa-popup';
        return toAcquired(result);
      } catch (error) {
        if (error instanceof NotConsentedError || isConsentError(error)) throw new NotConsentedError();
        failures.push(`nested app auth: ${describe(error)}`);
        this.client = null;
      }
    } else {
      failures.push('nested app auth: not supported by this Outlook');
    }

    try {
      const token = await this.routes.signInWithDialog(this.settings, this.loginHint);
      this.route = 'dialog';
      return token;
    } catch (error) {
      if (isConsentError(error)) throw new NotConsentedError();
      failures.push(`dialog: ${describe(error)}`);
    }
    throw new SignInError(`Sign-in failed (${failures.join('; ')}).`);
  }
}

function toAcquired(result: { accessToken: string; expiresOn: Date | null }): AcquiredToken {
  return { accessToken: result.accessToken, expiresOn: result.expiresOn ? result.expiresOn.getTime() : null };
}

// Error codes only: MSAL messages can carry correlation ids but never tokens; keep it short anyway.
function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'errorCode' in error && typeof error.errorCode === 'string') return error.errorCode;
  return error instanceof Error ? error.name : 'unknown error';
}
