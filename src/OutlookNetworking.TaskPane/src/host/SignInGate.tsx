import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { SignInRequiredError } from '../auth/AuthErrors';
import { type Failure, describeError } from '../ui/describeError';
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

/**
 * Signs in silently first; when that needs the user (now, or later when a token cannot be renewed), shows a
 * "Sign in" button and opens the sign-in popup or dialog only from its click. The pane appears once signed in.
 */
export function SignInGate({ accounts, adminConsentUrl, children }: { accounts: SignInAccounts; adminConsentUrl: string; children: ReactNode }) {
  const styles = useStyles();
  const [state, setState] = useState<GateState>({ kind: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => accounts.onSignInRequired(() => setState((s) => (s.kind === 'signingIn' ? s : { kind: 'needsClick', failure: null }))), [accounts]);

  useEffect(() => {
    let current = true;
    setState({ kind: 'checking' });
    accounts.getAccessToken().then(
      () => current && setState({ kind: 'signedIn' }),
      (error: unknown) => {
        if (!current) return;
        setState(error instanceof SignInRequiredError ? { kind: 'needsClick', failure: null } : { kind: 'failed', failure: describeError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [accounts, attempt]);

  // The click handler calls signIn synchronously: the popup or dialog opens inside the user's gesture.
  const signIn = useCallback(() => {
    setState({ kind: 'signingIn' });
    accounts.signIn().then(
      () => setState({ kind: 'signedIn' }),
      (error: unknown) => {
        const failure = describeError(error);
        setState(failure.kind === 'notConsented' ? { kind: 'failed', failure } : { kind: 'needsClick', failure });
      },
    );
  }, [accounts]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

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
