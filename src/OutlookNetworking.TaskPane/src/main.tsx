import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/ApiClient';
import { AccountManager } from './auth/AccountManager';
import { officeSignInRoutes } from './auth/officeSignInRoutes';
import { DemoRoot, AdminConsentPath } from './demo/DemoRoot';
import { OutlookRoot } from './host/OutlookRoot';
import { browserProbe, detectHost } from './host/detectHost';
import { outlookMailbox } from './host/outlookMailbox';
import { ThemedShell } from './ui/ThemedShell';
import { describeError } from './ui/describeError';
import { FailureBar } from './ui/states/FailureBar';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
const root = createRoot(container);
const anonymous = new ApiClient(null);

async function start(): Promise<void> {
  const host = await detectHost(browserProbe());
  if (host === 'browser') {
    const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    root.render(
      <StrictMode>
        <DemoRoot api={anonymous} prefersDark={prefersDark} />
      </StrictMode>,
    );
    return;
  }

  const mailbox = Office.context.mailbox;
  const config = await anonymous.getConfig();
  const accounts = new AccountManager(config, officeSignInRoutes, mailbox.userProfile.emailAddress);
  const services = {
    api: anonymous.withTokens(accounts),
    mailbox: outlookMailbox(mailbox),
    now: () => Date.now(),
    adminConsentUrl: AdminConsentPath,
  };
  root.render(
    <StrictMode>
      <OutlookRoot services={services} />
    </StrictMode>,
  );
}

function run(): void {
  start().catch((error: unknown) => {
    // Inside Outlook, GET /api/config failed (offline, host down): say so and offer a retry.
    root.render(
      <ThemedShell dark={false}>
        <div style={{ padding: 12 }}>
          <FailureBar failure={describeError(error)} onRetry={run} adminConsentUrl={AdminConsentPath} />
        </div>
      </ThemedShell>,
    );
  });
}

run();
