/** Microsoft's CDN copy of office.js, referenced by index.html's <head> (store rules require the CDN). */
export const OfficeJsUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * Where office.js and what it loads come from: what to tell IT when it cannot load. The Content-Security-Policy of
 * the Web host allows the same list (src/OutlookNetworking.Web/Features/Security/OfficeJsSources.cs).
 */
export const OfficeJsHosts = ['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com', 'https://cdnsrc.asp.net'] as const;

/**
 * How long Office.onReady may take before the pane says what is wrong. MicrosoftAjax.js, which office.js loads for
 * Outlook, has been reported to take 10 to 15 s on some networks (OfficeDev/office-js #5733); office.js itself waits
 * up to 50 s for it. The pane keeps waiting after the message: a late start still opens the pane.
 */
export const OfficeLongWaitMs = 30_000;

/** The Outlook API the pane needs: ItemChanged and pinning (Mailbox 1.5, the manifest's floor). */
export const RequiredMailbox = '1.5';

export type StartupState =
  | { kind: 'connecting' }
  | { kind: 'officeFailed'; reason: 'scriptMissing' | 'dependencyFailed' | 'timeout' }
  | { kind: 'notInOutlook'; host: string | null }
  | { kind: 'tooOld' }
  | { kind: 'ready' };

/** The slice of the Office global startup reads (the real one, or a fake in tests). */
export interface StartupOffice {
  onReady(): Promise<{ host: unknown }>;
  HostType: { Outlook: unknown };
  context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export interface StartupEnvironment {
  /** window.Office, or undefined when office.js did not load (blocked, offline). */
  office(): StartupOffice | undefined;
  /** Subscribes to page errors and CSP violations (message or blocked URL); returns an unsubscribe. */
  onPageProblem(handler: (text: string) => void): () => void;
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  longWaitMs?: number;
}

const officeHostNames = OfficeJsHosts.map((origin) => origin.replace('https://', ''));

// office.js's own load failures (the Outlook host files and office.js itself throw these strings).
const officeFailureMarkers = ['MicrosoftAjax.js', 'Office.js has not fully loaded'];

/**
 * Connects the pane to Outlook through office.js, reporting each state: connecting at once; an office.js failure
 * (the script missing, MicrosoftAjax.js refused or failed, or no answer after OfficeLongWaitMs); a plain browser or
 * another Office host; an Outlook below Mailbox 1.5; ready. Never falls back to the demo. A late Office.onReady after a
 * timeout still ends in ready.
 */
export function connectToOutlook(environment: StartupEnvironment, onState: (state: StartupState) => void): () => void {
  const office = environment.office();
  if (office === undefined) {
    onState({ kind: 'officeFailed', reason: 'scriptMissing' });
    return () => {};
  }
  let settled = false;
  onState({ kind: 'connecting' });
  const fail = (reason: 'dependencyFailed' | 'timeout') => {
    if (!settled) onState({ kind: 'officeFailed', reason });
  };
  const timer = environment.setTimeout(() => fail('timeout'), environment.longWaitMs ?? OfficeLongWaitMs);
  const unsubscribe = environment.onPageProblem((text) => {
    if (officeFailureMarkers.some((marker) => text.includes(marker)) || officeHostNames.some((name) => text.includes(`//${name}/`))) {
      fail('dependencyFailed');
    }
  });
  const stop = () => {
    settled = true;
    environment.clearTimeout(timer);
    unsubscribe();
  };
  office.onReady().then(
    (info) => {
      stop();
      if (info.host !== office.HostType.Outlook) onState({ kind: 'notInOutlook', host: typeof info.host === 'string' || typeof info.host === 'number' ? String(info.host) : null });
      else if (office.context?.requirements?.isSetSupported('Mailbox', RequiredMailbox) !== true) onState({ kind: 'tooOld' });
      else onState({ kind: 'ready' });
    },
    () => {
      stop();
      onState({ kind: 'officeFailed', reason: 'dependencyFailed' });
    },
  );
  return stop;
}

/** The environment of the real page. */
export function browserEnvironment(): StartupEnvironment {
  return {
    office: () => (typeof Office === 'undefined' ? undefined : Office),
    onPageProblem(handler) {
      // What public/early-problems.js kept before this code ran: office.js loads asynchronously and may fail first.
      const early = (window as { outlookNetworkingEarlyProblems?: string[] }).outlookNetworkingEarlyProblems ?? [];
      for (const text of early) handler(text);
      const onError = (event: ErrorEvent) => handler(`${event.message} ${typeof event.error === 'string' ? event.error : ''}`);
      const onViolation = (event: SecurityPolicyViolationEvent) => handler(event.blockedURI);
      window.addEventListener('error', onError);
      document.addEventListener('securitypolicyviolation', onViolation);
      return () => {
        window.removeEventListener('error', onError);
        document.removeEventListener('securitypolicyviolation', onViolation);
      };
    },
    setTimeout: (handler, ms) => window.setTimeout(handler, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  };
}
