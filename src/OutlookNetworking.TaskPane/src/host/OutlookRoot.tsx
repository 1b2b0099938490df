import { useEffect, useState } from 'react';
import { App } from '../ui/App';
import { type PaneServices, PaneServicesProvider } from '../ui/PaneContext';
import { ThemedShell } from '../ui/ThemedShell';
import { isDarkColor } from '../theme/themeColors';
import { type SignInAccounts, SignInGate } from './SignInGate';

function officeIsDark(): boolean {
  try {
    return isDarkColor(Office.context.officeTheme?.bodyBackgroundColor);
  } catch {
    return false;
  }
}

/** Inside Outlook: Office's theme (and its changes, where the host reports them) around the sign-in gate and the App. */
export function OutlookRoot({ services, accounts }: { services: PaneServices; accounts: SignInAccounts }) {
  const [dark, setDark] = useState(officeIsDark);
  useEffect(() => {
    // OfficeThemeChanged needs Mailbox 1.14; older Outlooks keep the theme read at start.
    if (!Office.context.requirements.isSetSupported('Mailbox', '1.14')) return;
    Office.context.mailbox.addHandlerAsync(Office.EventType.OfficeThemeChanged, () => setDark(officeIsDark()));
  }, []);
  return (
    <ThemedShell dark={dark}>
      <SignInGate accounts={accounts} adminConsentUrl={services.adminConsentUrl}>
        <PaneServicesProvider value={services}>
          <App />
        </PaneServicesProvider>
      </SignInGate>
    </ThemedShell>
  );
}
