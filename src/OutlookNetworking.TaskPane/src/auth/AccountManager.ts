import type { TokenProvider } from '../api/TokenProvider';
import { NotConsentedError, SignInError, SignInRequiredError, isConsentError } from './AuthErrors';

/** What signing in needs from GET /api/config. */
export interface AuthSettings {
  clientId: string;
  apiScope: string;
  authority: string;
}

export interface AcquiredToken {
  accessToken: string;
  /** Epoch milliseconds; null when unknown (then the token is used until the API refuses it). */
  expiresOn: number | null;
}

type MsalResult = { accessToken: string; expiresOn: Date | null };

/** The part of MSAL's IPublicClientApplication the manager uses (NAA flavour). */
export interface NestedAppClient {
  acquireTokenSilent(request: { scopes: string[]; loginHint?: string; forceRefresh?: boolean }): Promise<MsalResult>;
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string }): Promise<MsalResult>;
}

/** The sign-in routes, injected so that tests can watch the order and production can load MSAL lazily. */
export interface SignInRoutes {
  /** Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'). */
  isNestedAppAuthSupported(): boolean;
  /** createNestablePublicClientApplication (MSAL loaded on first use). */
  createNestedAppClient(settings: AuthSettings): Promise<NestedAppClient>;
  /** The Office dialog running MSAL's redirect flow (auth-dialog.html). Opens it synchronously: call from a click. */
  signInWithDialog(settings: AuthSettings, loginHint: string | undefined): Promise<AcquiredToken>;
}

/** The route that produced the current token (shown nowhere; tests and diagnostics read it). */
export type SignInRoute = 'naa-silent' | 'naa-popup' | 'dialog';

/** Where the login hint comes from (Office.auth.getAuthContext, else the Outlook profile: see officeLoginHint). */
export type LoginHintSource = () => Promise<string | undefined>;

/** Tokens are renewed this long before they expire. */
const RenewBeforeMs = 5 * 60 * 1000;

/**
 * The one place that gets tokens for the API inside Outlook. Without the user it only tries Nested App
 * Authentication's silent route; when that fails (or NAA is unsupported) it throws SignInRequiredError and tells its
 * listeners, and the pane shows a "Sign in" button whose handler calls signIn(): the NAA popup, or the Office dialog
 * where NAA is unsupported or its popup failed. No window ever opens without that click. Consent errors stop
 * everything (NotConsentedError): no route can fix them. Tokens live in memory only and are never logged.
 */
export class AccountManager implements TokenProvider {
  private readonly settings: AuthSettings;
  private readonly routes: SignInRoutes;
  private readonly loginHintSource: LoginHintSource;
  private readonly now: () => number;
  private readonly listeners = new Set<() => void>();
  private clientPromise: Promise<NestedAppClient> | null = null;
  /** The NAA client once created, so that signIn can open its popup synchronously inside the click. */
  private client: NestedAppClient | null = null;
  private hint: string | undefined;
  private hintResolved = false;
  private cached: AcquiredToken | null = null;
  private pending: Promise<string> | null = null;
  private route: SignInRoute | null = null;

  constructor(settings: AuthSettings, routes: SignInRoutes, loginHint: LoginHintSource = () => Promise.resolve(undefined), now: () => number = () => Date.now()) {
    this.settings = settings;
    this.routes = routes;
    this.loginHintSource = loginHint;
    this.now = now;
  }

  get lastRoute(): SignInRoute | null {
    return this.route;
  }

  /** The login hint in use (resolved on the first silent attempt). */
  get loginHint(): string | undefined {
    return this.hint;
  }

  /** Called whenever a token needs the user (silent sign-in failed); returns an unsubscribe. */
  onSignInRequired(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** A token without user interaction, or SignInRequiredError / NotConsentedError. */
  getAccessToken(forceRefresh = false): Promise<string> {
    // A token of unknown expiry (the dialog may not say) is used until the API answers 401 (ApiClient then forces a refresh).
    if (!forceRefresh && this.cached !== null && (this.cached.expiresOn === null || this.cached.expiresOn - RenewBeforeMs > this.now())) {
      return Promise.resolve(this.cached.accessToken);
    }
    // Concurrent callers share one silent attempt.
    this.pending ??= this.acquireSilently(forceRefresh).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /**
   * Interactive sign-in: call it from a click handler. The popup (NAA) or the Office dialog is opened before this
   * method awaits anything, so the browser sees the user's click. Resolves once a token is cached.
   */
  signIn(): Promise<void> {
    const scopes = [this.settings.apiScope];
    const hint = this.hint !== undefined && this.hint.length > 0 ? { loginHint: this.hint } : {};
    const naa = this.client !== null && this.routes.isNestedAppAuthSupported() ? this.client : null;
    const failures: string[] = [];
    const viaDialog = async (): Promise<void> => {
      try {
        this.remember(await this.routes.signInWithDialog(this.settings, this.hint), 'dialog');
      } catch (error) {
        if (isConsentError(error)) throw new NotConsentedError();
        failures.push(`dialog: ${describe(error)}`);
        throw new SignInError(`Sign-in failed (${failures.join('; ')}).`);
      }
    };
    if (naa === null) return viaDialog();
    return naa.acquireTokenPopup({ scopes, ...hint }).then(
      (result) => {
        this.remember(toAcquired(result), 'naa-popup');
      },
      (error: unknown) => {
        if (isConsentError(error)) throw new NotConsentedError();
        failures.push(`nested app auth popup: ${describe(error)}`);
        return viaDialog();
      },
    );
  }

  private async acquireSilently(forceRefresh: boolean): Promise<string> {
    if (!this.hintResolved) {
      this.hint = await this.loginHintSource().catch(() => undefined);
      this.hintResolved = true;
    }
    if (!this.routes.isNestedAppAuthSupported()) throw this.requireSignIn('nested app auth is not supported by this Outlook');
    try {
      this.clientPromise ??= this.routes.createNestedAppClient(this.settings);
      this.client = await this.clientPromise;
    } catch (error) {
      this.clientPromise = null;
      throw this.requireSignIn(`nested app auth: ${describe(error)}`);
    }
    try {
      const hint = this.hint !== undefined && this.hint.length > 0 ? { loginHint: this.hint } : {};
      const result = await this.client.acquireTokenSilent({ scopes: [this.settings.apiScope], ...hint, forceRefresh });
      return this.remember(toAcquired(result), 'naa-silent');
    } catch (error) {
      if (isConsentError(error)) throw new NotConsentedError();
      throw this.requireSignIn(`silent: ${describe(error)}`);
    }
  }

  private remember(token: AcquiredToken, route: SignInRoute): string {
    this.cached = token;
    this.route = route;
    return token.accessToken;
  }

  private requireSignIn(reason: string): SignInRequiredError {
    for (const listener of [...this.listeners]) listener();
    return new SignInRequiredError(`Sign in to OutlookNetworking to continue (${reason}).`);
  }
}

function toAcquired(result: MsalResult): AcquiredToken {
  return { accessToken: result.accessToken, expiresOn: result.expiresOn ? result.expiresOn.getTime() : null };
}

// Error codes only: MSAL messages can carry correlation ids but never tokens; keep it short anyway.
function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'errorCode' in error && typeof error.errorCode === 'string') return error.errorCode;
  return error instanceof Error ? error.name : 'unknown error';
}
