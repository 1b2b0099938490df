import { Caption1, Text, mergeClasses } from '@fluentui/react-components';
import type { Participant } from '../../mailbox/readParticipants';
import { Initials } from '../parts/Initials';
import { useCardStyles } from './PersonCard';

/** A distribution list on the email: shown as a list, never scored as a person. */
export function DistributionListCard({ participant }: { participant: Participant }) {
  const styles = useCardStyles();
  const headingId = `dl-${participant.address}`;
  return (
    <article className={styles.card} aria-labelledby={headingId} data-testid="distribution-list-card" data-address={participant.address}>
      <div className={styles.header}>
        <Initials name={participant.displayName} square />
        <div className={styles.names}>
          <Text id={headingId} weight="semibold" className={styles.ellipsis}>
            {participant.displayName}
          </Text>
          <Caption1 className={mergeClasses(styles.sub, styles.ellipsis)}>Distribution list · {participant.address}</Caption1>
        </div>
      </div>
    </article>
  );
}
