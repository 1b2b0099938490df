import { Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { DemoMessage, DemoUser } from '../api/demoContract';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  top: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  // A long subject must not widen the pane past Outlook's 320 px: the pickers shrink and the text is cut.
  field: { minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
  picker: { minWidth: 0, maxWidth: '100%' },
});

interface Props {
  users: DemoUser[];
  upn: string;
  onUser: (upn: string) => void;
  messages: DemoMessage[] | null;
  messageId: string | null;
  onMessage: (id: string | null) => void;
  dark: boolean;
  onToggleTheme: () => void;
}

/** Stands in for Outlook outside it: whose mailbox, which message is selected, light or dark. */
export function DemoBar({ users, upn, onUser, messages, messageId, onMessage, dark, onToggleTheme }: Props) {
  const styles = useStyles();
  return (
    <header className={styles.bar} aria-label="Demo controls" data-testid="demo-bar">
      <div className={styles.top}>
        <Caption1>Demo mailbox · live API</Caption1>
        <Button size="small" appearance="subtle" style={{ minWidth: 'auto', whiteSpace: 'nowrap' }} aria-pressed={dark} onClick={onToggleTheme} data-testid="theme-toggle">
          {dark ? 'Light theme' : 'Dark theme'}
        </Button>
      </div>
      <Field label="Mailbox of" size="small" className={styles.field}>
        <Select size="small" className={styles.picker} value={upn} onChange={(_, d) => onUser(d.value)} data-testid="demo-user-picker">
          {users.map((u) => (
            <option key={u.upn} value={u.upn}>
              {u.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Selected message" size="small" className={styles.field}>
        <Select
          size="small"
          className={styles.picker}
          value={messageId ?? ''}
          disabled={messages === null}
          onChange={(_, d) => onMessage(d.value === '' ? null : d.value)}
          data-testid="demo-message-picker"
        >
          <option value="">{messages === null ? 'Loading messages…' : 'No message selected'}</option>
          {(messages ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {`${m.subject ?? '(no subject)'} · ${m.from?.name ?? m.from?.address ?? 'unknown sender'}`}
            </option>
          ))}
        </Select>
      </Field>
    </header>
  );
}
