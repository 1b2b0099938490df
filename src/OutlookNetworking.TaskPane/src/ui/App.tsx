import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Me } from '../api/contract';
import { usePane } from './PaneContext';
import { type Failure, describeError } from './describeError';
import { EmailPeopleView } from './people/EmailPeopleView';
import { ViewTabs, type ViewTab } from './parts/ViewTabs';
import { SettingsView } from './settings/SettingsView';
import { FailureBar } from './states/FailureBar';
import { TodayView } from './today/TodayView';
import { useRetryableLoad } from './useRetryableLoad';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
  // Outlook titles the pane already: the heading is for screen readers only.
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

type Section = 'email' | 'today' | 'settings';

const sections: ReadonlyArray<ViewTab<Section>> = [
  { value: 'email', label: 'On this email', testId: 'tab-email' },
  { value: 'today', label: 'Today', testId: 'tab-today' },
  { value: 'settings', label: 'Settings', testId: 'tab-settings' },
];

/** The pane: the people on the open email, and Today. Identical in Outlook and in the demo. */
export function App({ initialMe }: { initialMe?: Me }) {
  const styles = useStyles();
  const { api, adminConsentUrl } = usePane();
  const [section, setSection] = useState<Section>('email');
  const loadMe = useCallback(() => api.getMe(), [api]);
  const { state, retry: reloadMe } = useRetryableLoad(loadMe, initialMe);
  const me = state.status === 'ready' ? state.value : undefined;
  const [optInFailure, setOptInFailure] = useState<Failure | null>(null);
  const failure = optInFailure ?? (state.status === 'failed' ? state.failure : null);

  const retry = useCallback(() => {
    setOptInFailure(null);
    reloadMe();
  }, [reloadMe]);
  const optIn = useCallback(() => {
    api.optIn().then(retry, (error: unknown) => setOptInFailure(describeError(error)));
  }, [api, retry]);

  // Without /api/me (consent missing, offline, server error) the views cannot filter the user's
  // aliases or know an opt-out: one message with one retry, instead of an error in every view.
  if (failure) {
    return (
      <main className={styles.root}>
        <h1 className={styles.visuallyHidden}>OutlookNetworking</h1>
        <FailureBar failure={failure} onRetry={retry} adminConsentUrl={adminConsentUrl} />
      </main>
    );
  }

  return (
    <main className={styles.root}>
      <h1 className={styles.visuallyHidden}>OutlookNetworking</h1>
      <ViewTabs tabs={sections} selected={section} onSelect={setSection} label="Views" />
      <div role="tabpanel" id={`panel-${section}`} aria-labelledby={`tab-${section}`}>
        {me?.optedOut ? (
          <MessageBar intent="info" layout="multiline" data-testid="state-opted-out">
            <MessageBarBody>You opted out: nothing of your mailbox is analysed or stored. Opt in again to get suggestions.</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={optIn}>
                Opt in
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : section === 'email' ? (
          <EmailPeopleView me={me} />
        ) : section === 'today' ? (
          <TodayView me={me} />
        ) : (
          <SettingsView />
        )}
      </div>
    </main>
  );
}
