import { Button, Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Person, StrengthLabel } from '../../api/contract';
import { writeFollowUp } from '../../mailbox/compose';
import type { Participant } from '../../mailbox/readParticipants';
import { usePane } from '../PaneContext';
import { Initials } from '../parts/Initials';
import { Pill, type PillTone } from '../parts/Pill';
import { CardSkeleton } from '../states/CardSkeleton';
import { SuggestionRow } from '../suggestions/SuggestionRow';
import { useLocalCopy } from '../useLocalCopy';
import { GoalEditor } from './GoalEditor';
import { IntroductionsSection } from './IntroductionsSection';
import { PersonFigures } from './PersonFigures';
import type { CardIntroductions } from './useIntroductions';

export const useCardStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  names: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  ellipsis: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  sub: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  compact: { minWidth: 'auto' },
  mutedCard: { opacity: 0.85 },
});

/** performance.mark set when the first person card shows its figures. */
export const FirstCardMark = 'taskpane:first-person-card';

const strengthTone: Record<StrengthLabel, PillTone> = {
  strong: 'success',
  steady: 'brand',
  light: 'neutral',
  fading: 'warning',
  dormant: 'neutral',
  new: 'brand',
};

interface Props {
  participant: Participant;
  /** undefined while loading. */
  person: Person | undefined;
  /** "Who can introduce you" (external people only); undefined: no section. */
  introductions?: CardIntroductions | undefined;
}

/** One person on the open email: strength, rhythm, history, goal, open suggestions and actions. */
export function PersonCard({ participant, person: loaded, introductions }: Props) {
  const styles = useCardStyles();
  const { api, mailbox, now } = usePane();
  const [person, setPerson] = useLocalCopy(loaded);
  const [editingGoal, setEditingGoal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // Browser tests and scripts/measure-first-card.mjs read this: navigation -> first card with figures.
    if (loaded !== undefined && performance.getEntriesByName(FirstCardMark).length === 0) performance.mark(FirstCardMark);
  }, [loaded]);

  const name = person?.displayName ?? participant.displayName;
  const headingId = `person-${participant.address}`;

  const setMuted = async (muted: boolean) => {
    if (!person) return;
    setBusy(true);
    setFailed(false);
    try {
      await (muted ? api.mute(person.address) : api.unmute(person.address));
      setPerson((p) => (p ? { ...p, isMuted: muted } : p));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      className={mergeClasses(styles.card, person?.isMuted ? styles.mutedCard : undefined)}
      aria-labelledby={headingId}
      data-testid="person-card"
      data-address={participant.address}
      data-state={person === undefined ? 'loading' : person.isMuted ? 'muted' : person.known ? 'ready' : 'unknown'}
    >
      <div className={styles.header}>
        <Initials name={name} />
        <div className={styles.names}>
          <Text id={headingId} weight="semibold" className={styles.ellipsis}>
            {name}
          </Text>
          <Caption1 className={mergeClasses(styles.sub, styles.ellipsis)}>
            {participant.address}
            {person?.isInternal === false || participant.isExternal ? ' · external' : ''}
          </Caption1>
        </div>
        {person?.known && person.strengthLabel ? (
          <Pill tone={strengthTone[person.strengthLabel]} testId="strength" label={`Strength: ${person.strengthLabel}${person.strength !== null ? `, ${Math.round(person.strength * 100)} of 100` : ''}`}>
            {person.strengthLabel}
          </Pill>
        ) : null}
      </div>

      {person === undefined ? (
        <CardSkeleton />
      ) : person.isMuted ? (
        <Text size={200} data-testid="muted-note">
          Muted: you will get no suggestions about {name}.
        </Text>
      ) : person.known ? (
        <PersonFigures person={person} now={now()} />
      ) : person.sharedLists && person.sharedLists.length > 0 ? (
        <Text size={200} data-testid="list-only-note">
          {listOnlyNote(person.sharedLists, person.sharedListCount ?? person.sharedLists.length)}
          {person.lastListMail ? ` Their last list mail: ${formatDay(person.lastListMail)}.` : ''}
        </Text>
      ) : (
        <Text size={200} data-testid="unknown-note">
          No history with {name} yet. Once you exchange mail or meet, their rhythm shows here.
        </Text>
      )}

      {person && !person.isMuted
        ? person.suggestions.map((s) => (
            <SuggestionRow
              key={s.id}
              suggestion={s}
              showContact={false}
              onResolved={(id) => setPerson((p) => (p ? { ...p, suggestions: p.suggestions.filter((x) => x.id !== id) } : p))}
            />
          ))
        : null}

      {editingGoal && person ? (
        <GoalEditor
          address={person.address}
          name={name}
          goal={person.goal}
          onCancel={() => setEditingGoal(false)}
          onSaved={(goal) => {
            setPerson((p) => (p ? { ...p, goal } : p));
            setEditingGoal(false);
          }}
        />
      ) : null}

      {person && !editingGoal ? (
        <div className={styles.actions}>
          {person.suggestions.length === 0 && !person.isMuted ? (
            <Button
              className={styles.compact}
              size="small"
              data-testid="person-follow-up"
              aria-label={`Write follow-up to ${name}`}
              onClick={() => writeFollowUp(mailbox, { address: person.address, displayName: name, kind: null })}
            >
              Write follow-up
            </Button>
          ) : null}
          {!person.isMuted ? (
            <Button className={styles.compact} size="small" appearance="subtle" data-testid="person-goal-edit" aria-label={`${person.goal ? 'Change goal' : 'Tag / goal'} for ${name}`} onClick={() => setEditingGoal(true)}>
              {person.goal ? 'Change goal' : 'Tag / goal'}
            </Button>
          ) : null}
          <Button className={styles.compact} size="small" appearance="subtle" disabled={busy} data-testid={person.isMuted ? 'person-unmute' : 'person-mute'} aria-label={`${person.isMuted ? 'Unmute' : 'Mute'} ${name}`} onClick={() => void setMuted(!person.isMuted)}>
            {person.isMuted ? 'Unmute' : 'Mute'}
          </Button>
        </div>
      ) : null}
      {failed ? (
        <Caption1 role="alert">That did not go through. Try again.</Caption1>
      ) : null}
      {person && introductions ? <IntroductionsSection state={introductions} name={name} address={person.address} /> : null}
    </article>
  );
}

/** "You are both on Operations 1 mail; no direct mail or meeting yet." (lists named, the rest counted). */
export function listOnlyNote(lists: readonly string[], count: number): string {
  const more = count - lists.length;
  const names = more > 0 ? [...lists, `${more} more ${more === 1 ? 'list' : 'lists'}`] : [...lists];
  const joined = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `You are both on ${joined} mail; no direct mail or meeting yet.`;
}

function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
