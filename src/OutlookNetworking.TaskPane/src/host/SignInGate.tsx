import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { SignInRequiredError } from '../auth/AuthErrors';
import { type Failure, describeError } from '../ui/describeError';
import { type LoadState, useRetryableLoad } from '../ui/useRetryableLoad';
import { FailureBar } from '../ui/states/FailureBar';

/** The part of AccountManager the gate drives. */
export interface SignInAccounts {
  getAccessToken(): Promise<string>;
  signIn(): Promise<void>;
  onSignInRequired(listener: () => void): () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

type GateState = { kind: 'checking' } | { kind: 'needsClick'; failure: Failure | null } | { kind: 'signingIn' } | { kind: 'signedIn' } | { kind: 'failed'; failure: Failure };

type Checked = 'signedIn' | 'needsClick';

function fromCheck(checked: LoadState<Checked>): GateState {
  switch (checked.status) {
    case 'idle':
    case 'loading':
      return { kind: 'checking' };
    case 'ready':
      return checked.value === 'signedIn' ? { kind: 'signedIn' } : { kind: 'needsClick', failure: null };
    case 'failed':
      return { kind: 'failed', failure: checked.failure };
  }
}

/**
 * Signs in silently first; when that needs the user (now, or later when a token cannot be renewed), shows a
 * "Sign in" button and opens the sign-in popup or dialog only from its click. The pane appears once signed in.
 */
export function SignInGate({ accounts, adminConsentUrl, children }: { accounts: SignInAccounts; adminConsentUrl: string; children: ReactNode }) {
  const styles = useStyles();
  // The silent check, at the start and on Retry.
  const check = useCallback(
    () =>
      accounts.getAccessToken().then(
        (): Checked => 'signedIn',
        (error: unknown): Checked => {
          if (error instanceof SignInRequiredError) return 'needsClick';
          throw error;
        },
      ),
    [accounts],
  );
  const { state: checked, retry: checkAgain } = useRetryableLoad(check);
  // What happened after that check: the click and how it ended, or a token that could not be renewed.
  const [since, setSince] = useState<{ check: typeof check; state: GateState } | null>(null);
  const state = since !== null && since.check === check ? since.state : fromCheck(checked);

  useEffect(
    () => accounts.onSignInRequired(() => setSince((s) => (s !== null && s.check === check && s.state.kind === 'signingIn' ? s : { check, state: { kind: 'needsClick', failure: null } }))),
    [accounts, check],
  );

  // The click handler calls signIn synchronously: the popup or dialog opens inside the user's gesture.
  const signIn = useCallback(() => {
    setSince({ check, state: { kind: 'signingIn' } });
    accounts.signIn().then(
      () => setSince({ check, state: { kind: 'signedIn' } }),
      (error: unknown) => {
        const failure = describeError(error);
        setSince({ check, state: failure.kind === 'notConsented' ? { kind: 'failed', failure } : { kind: 'needsClick', failure } });
      },
    );
  }, [accounts, check]);
  const retry = useCallback(() => {
    setSince(null);
    checkAgain();
  }, [checkAgain]);

  if (state.kind === 'signedIn') return <>{children}</>;
  if (state.kind === 'failed') {
    return (
      <main className={styles.root}>
        <FailureBar failure={state.failure} onRetry={retry} adminConsentUrl={adminConsentUrl} />
      </main>
    );
  }
  if (state.kind === 'checking') {
    return (
      <main className={styles.root}>
        <Text role="status" aria-busy="true" data-testid="state-signing-in">
          Signing you in…
        </Text>
      </main>
    );
  }
  return (
    <main className={styles.root}>
      <MessageBar intent={state.kind === 'needsClick' && state.failure ? 'warning' : 'info'} layout="multiline" data-testid="state-sign-in">
        <MessageBarBody>
          <MessageBarTitle>Sign in to OutlookNetworking</MessageBarTitle>
          {state.kind === 'needsClick' && state.failure
            ? 'Signing in did not finish. Try again; a sign-in window opens.'
            : 'To see your relationships with the people on your mail, sign in with your work account. A sign-in window opens.'}
        </MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={signIn} disabled={state.kind === 'signingIn'} data-testid="sign-in">
        {state.kind === 'signingIn' ? 'Signing in…' : 'Sign in'}
      </Button>
    </main>
  );
}
