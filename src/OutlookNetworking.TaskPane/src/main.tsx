// The Outlook entry (index.html, which loads office.js from Microsoft's CDN in its <head>). The browser demo has its
// own entry (demo.html, src/demoMain.tsx) without office.js; the Web host serves it for /taskpane/?demo.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/ApiClient';
import { AccountManager } from './auth/AccountManager';
import { officeLoginHint } from './auth/officeLoginHint';
import { officeSignInRoutes } from './auth/officeSignInRoutes';
import { AdminConsentPath } from './ui/adminConsentPath';
import { OutlookRoot } from './host/OutlookRoot';
import { StartupScreen } from './host/StartupScreen';
import { type StartupState, browserEnvironment, connectToOutlook } from './host/officeStartup';
import { outlookMailbox } from './host/outlookMailbox';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { ThemedShell } from './ui/ThemedShell';
import { FailureBar } from './ui/states/FailureBar';
import type { PaneServices } from './ui/PaneContext';
import { useRetryableLoad } from './ui/useRetryableLoad';

declare global {
  interface Window {
    /** Set by public/unsupported-webview.js when this webview cannot run the pane (it painted the notice). */
    outlookNetworkingUnsupported?: boolean;
  }
}

const anonymous = new ApiClient(null);
const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

type Signed = { services: PaneServices; accounts: AccountManager };

/** Built once Office is ready: the API client signs with AccountManager, the mailbox is Outlook's. */
async function createServices(): Promise<Signed> {
  const mailbox = Office.context.mailbox;
  const config = await anonymous.getConfig();
  const accounts = new AccountManager(config, officeSignInRoutes, () => officeLoginHint(Office));
  const services: PaneServices = {
    api: anonymous.withTokens(accounts),
    mailbox: outlookMailbox(mailbox),
    now: () => Date.now(),
    adminConsentUrl: AdminConsentPath,
  };
  return { services, accounts };
}

function Startup() {
  const [state, setState] = useState<StartupState>({ kind: 'connecting' });
  // GET /api/config once Office is ready; when it fails (offline, host down), say so and offer a retry.
  const { state: signing, retry } = useRetryableLoad(state.kind === 'ready' ? createServices : null);

  useEffect(() => connectToOutlook(browserEnvironment(), setState), []);

  if (signing.status === 'ready') return <OutlookRoot services={signing.value.services} accounts={signing.value.accounts} />;
  // Before Outlook's theme is known, the browser's preference.
  return (
    <ThemedShell dark={prefersDark}>
      {signing.status === 'failed' ? (
        <div style={{ padding: 12 }}>
          <FailureBar failure={signing.failure} onRetry={retry} adminConsentUrl={AdminConsentPath} />
        </div>
      ) : (
        <StartupScreen state={state.kind === 'ready' ? { kind: 'connecting' } : state} />
      )}
    </ThemedShell>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
if (window.outlookNetworkingUnsupported !== true) {
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary>
        <Startup />
      </ErrorBoundary>
    </StrictMode>,
  );
}
