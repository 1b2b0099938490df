import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { OfficeJsHosts, type StartupState } from './officeStartup';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  hosts: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL, wordBreak: 'break-all' },
});

/** Shown for every state but ready: connecting, office.js failed, not in Outlook, an Outlook too old. */
export function StartupScreen({ state }: { state: Exclude<StartupState, { kind: 'ready' }> }) {
  const styles = useStyles();
  return <main className={styles.root}>{body(state, styles.hosts)}</main>;
}

function body(state: Exclude<StartupState, { kind: 'ready' }>, hostsClass: string) {
  switch (state.kind) {
    case 'connecting':
      // No spinner component: it would add to the first load for a state that usually lasts a moment.
      return (
        <Text role="status" aria-busy="true" data-testid="state-connecting">
          Connecting to Outlook…
        </Text>
      );
    case 'officeFailed':
      return (
        <MessageBar intent="error" layout="multiline" data-testid="state-office-failed" data-reason={state.reason}>
          <MessageBarBody>
            <MessageBarTitle>{state.reason === 'timeout' ? 'Outlook has not started OutlookNetworking' : 'Outlook could not load OutlookNetworking'}</MessageBarTitle>
            {state.reason === 'timeout'
              ? 'Office’s add-in script has not finished loading after 30 seconds. It may still start: this message goes away if it does. '
              : 'Office’s add-in script (office.js) or a file it needs could not be loaded. '}
            Tell your IT department that Outlook add-ins need these addresses to be reachable from Outlook:
            <ul className={hostsClass}>
              {[...OfficeJsHosts, window.location.origin].map((host) => (
                <li key={host}>{host}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => window.location.reload()} data-testid="retry">
              Retry
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'notInOutlook':
      return (
        <MessageBar intent="info" layout="multiline" data-testid="state-not-in-outlook">
          <MessageBarBody>
            <MessageBarTitle>OutlookNetworking runs inside Outlook</MessageBarTitle>
            {state.host === null
              ? 'This page is the Outlook task pane: open a message in Outlook and choose “People on this email”. '
              : `This add-in works in Outlook, not in ${state.host}. `}
            <Link href="?demo">See the demo in this browser</Link>
          </MessageBarBody>
        </MessageBar>
      );
    case 'tooOld':
      return <TooOldNotice />;
  }
}

/** The same words as public/unsupported-webview.js, which paints them where the pane's scripts cannot run. */
export function TooOldNotice() {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="state-too-old">
      <MessageBarBody>
        <MessageBarTitle>This version of Outlook is too old for OutlookNetworking</MessageBarTitle>
        It needs Outlook on the web, the new Outlook for Windows, or Outlook for Windows or Mac from Microsoft 365 (Outlook
        add-in API 1.5 or later). Ask your IT department to update Outlook.
      </MessageBarBody>
    </MessageBar>
  );
}
