import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/ApiClient';
import type { MailboxPort } from '../mailbox/MailboxPort';

/** What every view of the pane needs; provided once by the host (Outlook or the demo). */
export interface PaneServices {
  api: ApiClient;
  mailbox: MailboxPort;
  /** The reference clock for "3 weeks ago" and snooze dates (the analysis time in the demo). */
  now: () => number;
  /** Where an administrator approves the app for the organisation. */
  adminConsentUrl: string;
}

const PaneContext = createContext<PaneServices | null>(null);

export const PaneServicesProvider = PaneContext.Provider;

export function usePane(): PaneServices {
  const services = useContext(PaneContext);
  if (services === null) throw new Error('usePane outside PaneServicesProvider');
  return services;
}
