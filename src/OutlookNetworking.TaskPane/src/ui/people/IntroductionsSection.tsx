import { Button, Caption1, Caption1Strong, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { companyOf } from '../../format/introductionDraft';
import { askForIntroduction } from '../../mailbox/compose';
import { usePane } from '../PaneContext';
import { Pill, type PillTone } from '../parts/Pill';
import type { CardIntroductions } from './useIntroductions';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  colleague: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0, flexShrink: 1 },
  sub: { color: tokens.colorNeutralForeground3 },
  ask: { minWidth: 'auto', alignSelf: 'flex-start' },
  invite: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  inviteActions: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const strengthTone: Record<string, PillTone> = { strong: 'success', steady: 'brand', light: 'neutral' };

interface Props {
  state: CardIntroductions;
  /** The person outside the organisation the card is about. */
  name: string;
  address: string;
}

/** "Who can introduce you" on an external person's card: opted-in colleagues with plain labels, and an ask button each. */
export function IntroductionsSection({ state, name, address }: Props) {
  const styles = useStyles();
  const { mailbox } = usePane();
  const headingId = `introductions-${address}`;
  const heading = <Caption1Strong id={headingId}>Who can introduce you</Caption1Strong>;

  switch (state.status) {
    case 'loading':
      return (
        <section className={styles.root} aria-labelledby={headingId} aria-busy="true" data-testid="introductions" data-state="loading">
          {heading}
          <Caption1 className={styles.sub}>Looking for colleagues who know {name}…</Caption1>
        </section>
      );
    case 'failed':
      return (
        <section className={styles.root} aria-labelledby={headingId} data-testid="introductions" data-state="failed">
          {heading}
          <div className={styles.line}>
            <Caption1 className={styles.sub}>Could not check who knows {name}.</Caption1>
            <Button className={styles.ask} size="small" appearance="subtle" data-testid="introductions-retry" onClick={state.retry}>
              Retry
            </Button>
          </div>
        </section>
      );
    case 'invite':
      return <Invitation state={state} name={name} address={address} />;
    case 'ready':
      if (state.colleagues.length === 0) {
        // Said briefly rather than hidden: the line that said "Looking…" keeps its place (no layout jump).
        return (
          <section className={styles.root} aria-labelledby={headingId} data-testid="introductions" data-state="none">
            {heading}
            <Caption1 className={styles.sub}>No colleague who shares introductions knows {name} yet.</Caption1>
          </section>
        );
      }
      return (
        <section className={styles.root} aria-labelledby={headingId} data-testid="introductions" data-state="ready" data-company={state.companyDomain ?? undefined}>
          {heading}
          {state.companyDomain ? (
            <Caption1 className={styles.sub} data-testid="introductions-company">
              No colleague knows {name} yet; these know people at {companyOf(address) ?? state.companyDomain}.
            </Caption1>
          ) : null}
          <ul className={styles.list}>
            {state.colleagues.map((c) => (
              <li key={c.mail} className={styles.colleague} data-testid="introduction-colleague" data-mail={c.mail}>
                <div className={styles.line}>
                  <Text size={200} weight="semibold" className={styles.name}>
                    {c.displayName}
                  </Text>
                  <Pill tone={strengthTone[c.strengthLabel] ?? 'neutral'} label={`${state.companyDomain ? 'Tie with people there' : `Knows ${name}`}: ${c.strengthLabel}`}>
                    {c.strengthLabel}
                  </Pill>
                </div>
                <div className={styles.line}>
                  <Caption1 className={styles.sub}>{c.lastContactLabel}</Caption1>
                  <Button
                    className={styles.ask}
                    size="small"
                    data-testid="introduction-ask"
                    aria-label={`Ask ${c.displayName} for an introduction to ${name}`}
                    onClick={() => askForIntroduction(mailbox, { colleague: c, target: { displayName: name, address }, companyDomain: state.companyDomain })}
                  >
                    Ask for an introduction
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      );
  }
}

function Invitation({ state, name, address }: { state: Extract<CardIntroductions, { status: 'invite' }>; name: string; address: string }) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const headingId = `introductions-${address}`;
  const optIn = () => {
    setBusy(true);
    setFailed(false);
    state.optIn().catch(() => {
      setFailed(true);
      setBusy(false);
    });
  };
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="introductions" data-state="invite">
      <div className={styles.invite}>
        <Caption1Strong id={headingId}>Who can introduce you to {name}?</Caption1Strong>
        <Caption1>
          Colleagues who share who they know can introduce you to people outside. It works both ways: share yours to see
          theirs. Colleagues would see only that you know someone, how well (strong, steady or light) and roughly when you
          were last in touch; never your messages, subjects or other contacts. You can stop at any time in Settings.
        </Caption1>
        <div className={styles.inviteActions}>
          <Switch label="Share who I know with colleagues" checked={busy} disabled={busy} onChange={optIn} data-testid="introductions-opt-in" />
          <Button className={styles.ask} size="small" appearance="subtle" disabled={busy} onClick={state.dismiss} data-testid="introductions-not-now">
            Not now
          </Button>
        </div>
        {failed ? <Caption1 role="alert">That did not go through. Try again.</Caption1> : null}
      </div>
    </section>
  );
}
