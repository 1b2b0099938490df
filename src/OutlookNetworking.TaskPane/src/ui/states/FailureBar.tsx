import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Failure } from '../describeError';

interface Props {
  failure: Failure;
  onRetry: () => void;
  adminConsentUrl: string;
}

/** Not consented (explains, links the admin), offline and API errors (retry). */
export function FailureBar({ failure, onRetry, adminConsentUrl }: Props) {
  if (failure.kind === 'notConsented') {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="state-not-consented">
        <MessageBarBody>
          <MessageBarTitle>Waiting for your organisation</MessageBarTitle>
          OutlookNetworking needs an administrator of your organisation to approve it once before it can show your
          relationships. Only mail and calendar metadata is read, never message bodies.{' '}
          <Link href={failure.consentUrl ?? adminConsentUrl} target="_blank" rel="noopener noreferrer">
            Approval page for administrators
          </Link>
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            Check again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline" data-testid={failure.kind === 'offline' ? 'state-offline' : 'state-error'}>
      <MessageBarBody>
        <MessageBarTitle>{failure.kind === 'offline' ? 'Offline' : 'Something went wrong'}</MessageBarTitle>
        {failure.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRetry} data-testid="retry">
          Retry
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
