import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { MaxPeoplePerRequest } from '../../api/ApiClient';
import type { Me, Person } from '../../api/contract';
import { isOwnMailbox } from '../../mailbox/addresses';
import { readParticipants } from '../../mailbox/readParticipants';
import { OtherMailboxNotice } from './OtherMailboxNotice';
import { usePane } from '../PaneContext';
import { type Failure, describeError } from '../describeError';
import { FailureBar } from '../states/FailureBar';
import { useMailboxItem } from '../useMailboxItem';
import { DistributionListCard } from './DistributionListCard';
import { PersonCard } from './PersonCard';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3, padding: `${tokens.spacingVerticalS} 0` },
});

/** Cards shown before "Show all": keeps a 120-recipient all-hands readable. */
export const InitialCards = 10;

type PeopleState = { status: 'loading' } | { status: 'ready'; byAddress: Map<string, Person> } | { status: 'failed'; failure: Failure };

/** The people on the selected message, following the selection (ItemChanged) in a pinned pane. */
export function EmailPeopleView({ me }: { me: Me | undefined }) {
  const styles = useStyles();
  const { api, mailbox, adminConsentUrl } = usePane();
  const { item, version } = useMailboxItem(mailbox);
  const [state, setState] = useState<PeopleState>({ status: 'loading' });
  const [showAll, setShowAll] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // What to ask the API for depends on the item and the Outlook profile only, so the request
  // starts without waiting for /api/me; aliases from /api/me are filtered out when it arrives.
  const queried = useMemo(() => readParticipants(item, [mailbox.userProfile.emailAddress]), [item, version, mailbox]);
  const shown = useMemo(() => readParticipants(item, [mailbox.userProfile.emailAddress, ...(me?.addresses ?? [])]), [item, version, mailbox, me]);

  useEffect(() => {
    setShowAll(false);
    const addresses = queried.participants.filter((p) => !p.isDistributionList).map((p) => p.address).slice(0, MaxPeoplePerRequest);
    if (addresses.length === 0) {
      setState({ status: 'ready', byAddress: new Map() });
      return;
    }
    let current = true;
    setState({ status: 'loading' });
    api.getPeople(addresses).then(
      (response) => {
        if (current) setState({ status: 'ready', byAddress: new Map(response.people.map((p) => [p.address.toLowerCase(), p])) });
      },
      (error: unknown) => {
        if (current) setState({ status: 'failed', failure: describeError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, queried, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  // Someone else's mailbox: its mail is not the signed-in user's history, so no cards (Today still works).
  if (me !== undefined && !isOwnMailbox(mailbox.userProfile.emailAddress, me.addresses)) {
    return <OtherMailboxNotice mailboxAddress={mailbox.userProfile.emailAddress} me={me} />;
  }
  if (item === null) {
    return (
      <Text className={styles.note} data-testid="state-no-item">
        Select a message to see the people on it.
      </Text>
    );
  }
  if (shown.participants.length === 0) {
    return (
      <Text className={styles.note} data-testid="state-only-you">
        Nobody else is on this message.
      </Text>
    );
  }

  const visible = showAll ? shown.participants : shown.participants.slice(0, InitialCards);
  return (
    <section className={styles.list} aria-label="People on this message" aria-busy={state.status === 'loading'} data-testid="people-view">
      {state.status === 'failed' ? <FailureBar failure={state.failure} onRetry={retry} adminConsentUrl={adminConsentUrl} /> : null}
      {visible.map((participant) => {
        const person = state.status === 'ready' ? state.byAddress.get(participant.address) : undefined;
        if (participant.isDistributionList || person?.isDistributionList) {
          return <DistributionListCard key={participant.address} participant={participant} />;
        }
        if (state.status === 'failed') return null;
        if (state.status === 'ready' && person === undefined) return null;
        return <PersonCard key={participant.address} participant={participant} person={person} />;
      })}
      {!showAll && shown.participants.length > InitialCards ? (
        <Button appearance="secondary" onClick={() => setShowAll(true)} data-testid="show-all-people">
          Show all {shown.participants.length} people
        </Button>
      ) : null}
      {shown.participants.length > MaxPeoplePerRequest ? (
        <Text size={200} className={styles.note}>
          Figures are shown for the first {MaxPeoplePerRequest} people on this message.
        </Text>
      ) : null}
    </section>
  );
}
