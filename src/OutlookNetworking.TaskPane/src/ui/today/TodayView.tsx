import { Button, Skeleton, SkeletonItem, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { Me, NetworkHealth, Suggestion } from '../../api/contract';
import { usePane } from '../PaneContext';
import { FailureBar } from '../states/FailureBar';
import { SuggestionRow } from '../suggestions/SuggestionRow';
import { useRetryableLoad } from '../useRetryableLoad';
import { HealthPanel } from './HealthPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyleType: 'none' },
  note: { color: tokens.colorNeutralForeground3 },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: '240px' },
});

/** How many ranked suggestions the Today view asks for. */
export const TodayTop = 10;

interface Today {
  suggestions: Suggestion[];
  /** null when it could not be read (404 not_analysed before the first analysis, or any failure): the list shows without it. */
  health: NetworkHealth | null;
}

/** Today's ranked suggestions with their reasons and links, and the network-health numbers. */
export function TodayView({ me }: { me: Me | undefined }) {
  const styles = useStyles();
  const { api, adminConsentUrl } = usePane();
  const load = useCallback(
    () => Promise.all([api.getSuggestions(TodayTop), api.getHealth().catch(() => null)]).then(([list, health]): Today => ({ suggestions: list.suggestions, health })),
    [api],
  );
  const { state, retry: refresh, update } = useRetryableLoad(load);

  if (state.status === 'failed') return <FailureBar failure={state.failure} onRetry={refresh} adminConsentUrl={adminConsentUrl} />;

  return (
    <section className={styles.root} aria-label="Today" aria-busy={state.status === 'loading'} data-testid="today-view">
      <div className={styles.head}>
        <Subtitle2 as="h2">Follow up today</Subtitle2>
        <Button size="small" appearance="subtle" onClick={refresh} disabled={state.status === 'loading'} data-testid="today-refresh">
          Refresh
        </Button>
      </div>
      {state.status !== 'ready' ? (
        <Skeleton aria-label="Loading suggestions" className={styles.skeleton}>
          <SkeletonItem size={16} />
          <SkeletonItem size={48} />
          <SkeletonItem size={16} />
          <SkeletonItem size={48} />
          <SkeletonItem size={72} />
        </Skeleton>
      ) : state.value.suggestions.length === 0 ? (
        <Text className={styles.note} data-testid="state-empty">
          {me?.lastAnalysedAt === null
            ? 'Your mail has not been analysed yet. Suggestions appear after the first nightly run.'
            : 'Nothing to follow up today. As your history grows, suggestions appear here.'}
        </Text>
      ) : (
        <ol className={styles.list} aria-label="Ranked suggestions">
          {state.value.suggestions.map((s) => (
            <li key={s.id}>
              <SuggestionRow
                suggestion={s}
                showContact
                onResolved={(id) => update((today) => ({ ...today, suggestions: today.suggestions.filter((x) => x.id !== id) }))}
              />
            </li>
          ))}
        </ol>
      )}
      {state.status === 'ready' && state.value.health ? (
        <>
          <Subtitle2 as="h2">Your network</Subtitle2>
          <HealthPanel health={state.value.health} />
        </>
      ) : null}
    </section>
  );
}
