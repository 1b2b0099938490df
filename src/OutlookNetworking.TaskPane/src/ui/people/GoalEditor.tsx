import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Goal } from '../../api/contract';
import { usePane } from '../PaneContext';
import { cadenceChoices, isValidTag, suggestedTags } from './goalRules';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

interface Props {
  address: string;
  name: string;
  goal: Goal | null;
  onSaved: (goal: Goal | null) => void;
  onCancel: () => void;
}

/** Tag a person (mentor, client, ...) with an optional cadence; saved with PUT/DELETE /api/contacts/{address}/goal. */
export function GoalEditor({ address, name, goal, onSaved, onCancel }: Props) {
  const styles = useStyles();
  const { api } = usePane();
  const listId = useId();
  const [tag, setTag] = useState(goal?.tag ?? '');
  const [cadence, setCadence] = useState<string>(goal?.cadenceDays === null || goal === null ? '' : String(goal.cadenceDays));
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const tagValid = isValidTag(tag);

  const run = async (call: () => Promise<void>, result: Goal | null) => {
    setBusy(true);
    setFailed(false);
    try {
      await call();
      onSaved(result);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    const next: Goal = { tag: tag.trim(), cadenceDays: cadence === '' ? null : Number(cadence) };
    void run(() => api.setGoal(address, next), next);
  };

  return (
    <form
      className={styles.form}
      aria-label={`Goal for ${name}`}
      data-testid="goal-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (tagValid) save();
      }}
    >
      <Field label="Tag" validationMessage={tag.length > 0 && !tagValid ? 'Use up to 32 letters, digits, spaces or hyphens.' : undefined}>
        <Input value={tag} onChange={(_, data) => setTag(data.value)} list={listId} maxLength={32} data-testid="goal-tag" autoFocus />
      </Field>
      <datalist id={listId}>
        {suggestedTags.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <Field label="Keep in touch">
        <Select value={cadence} onChange={(_, data) => setCadence(data.value)} data-testid="goal-cadence">
          {cadenceChoices.map((choice) => (
            <option key={choice.label} value={choice.days === null ? '' : String(choice.days)}>
              {choice.label}
            </option>
          ))}
        </Select>
      </Field>
      {failed ? (
        <Field validationState="error" validationMessage="Saving failed. Try again." />
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" size="small" appearance="primary" disabled={busy || !tagValid} data-testid="goal-save">
          Save
        </Button>
        <Button type="button" size="small" disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
        {goal !== null ? (
          <Button type="button" size="small" appearance="subtle" disabled={busy} data-testid="goal-remove" onClick={() => void run(() => api.clearGoal(address), null)}>
            Remove goal
          </Button>
        ) : null}
      </div>
    </form>
  );
}
