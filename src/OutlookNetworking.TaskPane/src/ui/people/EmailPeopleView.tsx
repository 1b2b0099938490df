import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { MaxPeoplePerRequest } from '../../api/ApiClient';
import type { Me, Person } from '../../api/contract';
import { isOwnMailbox } from '../../mailbox/addresses';
import { type ParticipantList, readParticipants } from '../../mailbox/readParticipants';
import { OtherMailboxNotice } from './OtherMailboxNotice';
import { usePane } from '../PaneContext';
import { FailureBar } from '../states/FailureBar';
import { useMailboxItem } from '../useMailboxItem';
import { useRetryableLoad } from '../useRetryableLoad';
import { DistributionListCard } from './DistributionListCard';
import { PersonCard } from './PersonCard';
import { useIntroductions } from './useIntroductions';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3, padding: `${tokens.spacingVerticalS} 0` },
});

const noPeople: ReadonlyMap<string, Person> = new Map();

/** Cards shown before "Show all": keeps a 120-recipient all-hands readable. */
export const InitialCards = 10;

/** The people on the selected message, following the selection (ItemChanged) in a pinned pane. */
export function EmailPeopleView({ me }: { me: Me | undefined }) {
  const styles = useStyles();
  const { api, mailbox, adminConsentUrl } = usePane();
  const selection = useMailboxItem(mailbox);
  const { item } = selection;

  // What to ask the API for depends on the item and the Outlook profile only, so the request
  // starts without waiting for /api/me; aliases from /api/me are filtered out when it arrives.
  // `selection` is a new object on every ItemChanged, so the item's people are read again then.
  const queried = useMemo(() => readParticipants(selection.item, [mailbox.userProfile.emailAddress]), [selection, mailbox]);
  const shown = useMemo(() => readParticipants(selection.item, [mailbox.userProfile.emailAddress, ...(me?.addresses ?? [])]), [selection, mailbox, me]);
  const load = useMemo(() => {
    const addresses = queried.participants.filter((p) => !p.isDistributionList).map((p) => p.address).slice(0, MaxPeoplePerRequest);
    if (addresses.length === 0) return null;
    return () => api.getPeople(addresses).then((response) => new Map(response.people.map((p) => [p.address.toLowerCase(), p])));
  }, [api, queried]);
  const { state, retry } = useRetryableLoad(load);
  // "Show all" holds for the item it was pressed on.
  const [showAllFor, setShowAllFor] = useState<ParticipantList | null>(null);
  const showAll = showAllFor === queried;
  const byAddress = state.status === 'ready' ? state.value : noPeople;
  const introductionsFor = useIntroductions(state.status === 'ready' ? state.value : null);

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
        const person = byAddress.get(participant.address);
        if (participant.isDistributionList || person?.isDistributionList) {
          return <DistributionListCard key={participant.address} participant={participant} />;
        }
        if (state.status === 'failed') return null;
        if ((state.status === 'ready' || state.status === 'idle') && person === undefined) return null;
        return <PersonCard key={participant.address} participant={participant} person={person} introductions={introductionsFor(participant.address)} />;
      })}
      {!showAll && shown.participants.length > InitialCards ? (
        <Button appearance="secondary" onClick={() => setShowAllFor(queried)} data-testid="show-all-people">
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
