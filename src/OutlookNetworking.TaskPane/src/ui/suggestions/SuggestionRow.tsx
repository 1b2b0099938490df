import { Button, Caption1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Suggestion } from '../../api/contract';
import { kindTexts } from '../../format/suggestionKinds';
import { isoDatePlusDays } from '../../format/time';
import { writeFollowUp } from '../../mailbox/compose';
import { usePane } from '../PaneContext';
import { Pill } from '../parts/Pill';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  compact: { minWidth: 'auto' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Snooze choices, in days. */
const snoozeOptions: ReadonlyArray<{ label: string; days: number }> = [
  { label: 'A week', days: 7 },
  { label: 'A month', days: 30 },
  { label: '3 months', days: 91 },
];

export type SuggestionOutcome = 'done' | 'dismissed' | 'snoozed';

interface Props {
  suggestion: Suggestion;
  /** Today view: name the person (on a person card it is obvious). */
  showContact: boolean;
  onResolved: (id: string, outcome: SuggestionOutcome) => void;
}

/** One open suggestion: why, a link to the thread or meeting, and Done / Snooze / Dismiss. */
export function SuggestionRow({ suggestion, showContact, onResolved }: Props) {
  const styles = useStyles();
  const { api, mailbox, now } = usePane();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [snoozing, setSnoozing] = useState(false);
  const snoozeId = useId();
  const name = suggestion.contact.displayName ?? suggestion.contact.address;
  const kind = kindTexts(suggestion.kind);

  const act = async (outcome: SuggestionOutcome, call: () => Promise<void>) => {
    setBusy(true);
    setFailed(false);
    try {
      await call();
      onResolved(suggestion.id, outcome);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <div className={styles.row} data-testid="suggestion-row" data-suggestion-id={suggestion.id} data-kind={suggestion.kind} role="group" aria-label={`Suggestion: ${kind.label}${showContact ? `, ${name}` : ''}`}>
      <div className={styles.head}>
        {showContact ? <Text weight="semibold">{name}</Text> : null}
        <Pill tone={kind.owed ? 'danger' : 'brand'}>{kind.label}</Pill>
      </div>
      <Text size={200}>{suggestion.reason}</Text>
      {suggestion.webLink ? (
        <Caption1>
          <Link href={suggestion.webLink} target="_blank" rel="noopener noreferrer" data-testid="suggestion-link">
            {suggestion.evidence.meetingId ? 'Open the meeting' : 'Open the thread'}
          </Link>
        </Caption1>
      ) : null}
      <div className={styles.actions}>
        <Button
          className={styles.compact}
          size="small"
          appearance="primary"
          disabled={busy}
          data-testid="suggestion-follow-up"
          aria-label={`Write follow-up to ${name}`}
          onClick={() =>
            writeFollowUp(mailbox, {
              address: suggestion.contact.address,
              displayName: suggestion.contact.displayName,
              kind: suggestion.kind,
              conversationId: suggestion.evidence.conversationId,
            })
          }
        >
          Write follow-up
        </Button>
        <Button className={styles.compact} size="small" disabled={busy} data-testid="suggestion-done" onClick={() => void act('done', () => api.markDone(suggestion.id))}>
          Done
        </Button>
        <Button
          className={styles.compact}
          size="small"
          disabled={busy}
          aria-expanded={snoozing}
          aria-controls={snoozeId}
          data-testid="suggestion-snooze"
          onClick={() => setSnoozing((open) => !open)}
        >
          Snooze
        </Button>
        <Button className={styles.compact} size="small" appearance="subtle" disabled={busy} data-testid="suggestion-dismiss" onClick={() => void act('dismissed', () => api.dismiss(suggestion.id))}>
          Dismiss
        </Button>
      </div>
      {snoozing ? (
        <div className={styles.actions} id={snoozeId} role="group" aria-label="Snooze for">
          {snoozeOptions.map((option) => (
            <Button
              className={styles.compact}
              key={option.days}
              size="small"
              appearance="outline"
              disabled={busy}
              data-testid={`suggestion-snooze-${option.days}`}
              onClick={() => void act('snoozed', () => api.snooze(suggestion.id, isoDatePlusDays(now(), option.days)))}
            >
              {option.label}
            </Button>
          ))}
        </div>
      ) : null}
      {failed ? (
        <Caption1 className={styles.error} role="alert">
          That did not go through. Try again.
        </Caption1>
      ) : null}
    </div>
  );
}
