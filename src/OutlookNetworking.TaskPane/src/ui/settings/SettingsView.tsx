import { Caption1, Skeleton, SkeletonItem, Subtitle2, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { ApiError, IntroductionsDisabled } from '../../api/ApiError';
import type { IntroductionSettings } from '../../api/contract';
import { usePane } from '../PaneContext';
import { FailureBar } from '../states/FailureBar';
import { useRetryableLoad } from '../useRetryableLoad';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground3 },
});

/** null: the organisation has not turned warm introductions on (403 introductions_disabled). */
type Sharing = IntroductionSettings | null;

/** The user's own choices: whether colleagues may see who they know (warm introductions). */
export function SettingsView() {
  const styles = useStyles();
  const { api, adminConsentUrl } = usePane();
  const load = useCallback(
    (): Promise<Sharing> =>
      api.getIntroductionSettings().then(
        (settings) => (settings.organisationEnabled ? settings : null),
        (error: unknown) => {
          if (error instanceof ApiError && ((error.status === 403 && error.problem?.code === IntroductionsDisabled) || error.status === 404)) return null;
          throw error;
        },
      ),
    [api],
  );
  const { state, retry, update } = useRetryableLoad(load);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  if (state.status === 'failed') return <FailureBar failure={state.failure} onRetry={retry} adminConsentUrl={adminConsentUrl} />;

  const change = (discoverable: boolean) => {
    setBusy(true);
    setFailed(false);
    api.setDiscoverable(discoverable).then(
      () => {
        update((s) => (s === null ? s : { ...s, discoverable }));
        setBusy(false);
      },
      () => {
        setFailed(true);
        setBusy(false);
      },
    );
  };

  return (
    <section className={styles.root} aria-label="Settings" aria-busy={state.status === 'loading'} data-testid="settings-view">
      <div className={styles.block} data-testid="introductions-setting" data-state={state.status === 'ready' ? (state.value === null ? 'off' : state.value.discoverable ? 'sharing' : 'not-sharing') : 'loading'}>
        <Subtitle2 as="h2">Warm introductions</Subtitle2>
        {state.status !== 'ready' ? (
          <Skeleton aria-label="Loading">
            <SkeletonItem size={16} />
            <SkeletonItem size={16} />
          </Skeleton>
        ) : state.value === null ? (
          <Text size={200} className={styles.note}>
            Your organisation has not turned on warm introductions. An administrator can, on the admin page.
          </Text>
        ) : (
          <>
            <Text size={200}>
              When you share who you know, colleagues who share too see that you know someone outside the organisation, how
              well (strong, steady or light) and roughly when you were last in touch, and can ask you for an introduction.
              They never see your messages, subjects, dates or your other contacts. In return you see who can introduce you.
            </Text>
            <Switch
              label="Share who I know with colleagues"
              checked={state.value.discoverable}
              disabled={busy}
              onChange={(_, data) => change(data.checked)}
              data-testid="introductions-discoverable"
            />
            <Caption1 className={styles.note}>Takes effect at once; stop sharing at any time.</Caption1>
          </>
        )}
        {failed ? <Caption1 role="alert">That did not go through. Try again.</Caption1> : null}
      </div>
    </section>
  );
}
