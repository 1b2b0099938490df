import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Person } from '../../api/contract';
import { cadenceLabel, formatMonthYear, relativeFrom, rhythm } from '../../format/time';
import { Sparkline } from './Sparkline';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minHeight: '112px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The relationship in numbers: last contact, rhythm, the 12-month bars, counts, first contact, goal. */
export function PersonFigures({ person, now }: { person: Person; now: number }) {
  const styles = useStyles();
  const usual = rhythm(person.medianGapDays);
  return (
    <div className={styles.root} data-testid="person-figures">
      <Text size={300} data-testid="last-contact">
        {person.lastContact ? `Last contact ${relativeFrom(person.lastContact, now)}` : 'No contact yet'}
        {usual ? ` · ${usual}` : ''}
      </Text>
      {person.monthlyContactDays && person.monthlyContactDays.length > 0 ? <Sparkline values={person.monthlyContactDays} now={now} /> : null}
      <Caption1 className={styles.muted}>
        {person.sent} sent · {person.received} received · {plural(person.meetings, 'meeting')} · {plural(person.contactDays, 'contact day')}
      </Caption1>
      {person.firstContact ? <Caption1 className={styles.muted}>In touch since {formatMonthYear(person.firstContact)}</Caption1> : null}
      {person.goal ? (
        <Caption1 data-testid="person-goal">
          Goal: {person.goal.tag} · {cadenceLabel(person.goal.cadenceDays)}
        </Caption1>
      ) : null}
    </div>
  );
}
