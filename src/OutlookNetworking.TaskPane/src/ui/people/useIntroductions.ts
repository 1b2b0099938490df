import { useCallback, useMemo, useState } from 'react';
import { MaxPeoplePerRequest } from '../../api/ApiClient';
import { ApiError, IntroductionsDisabled, IntroductionsOptInRequired } from '../../api/ApiError';
import type { IntroductionColleague, Person } from '../../api/contract';
import { usePane } from '../PaneContext';
import { useRetryableLoad } from '../useRetryableLoad';

/** What the introductions section of one person card shows; undefined: nothing (internal person, feature off). */
export type CardIntroductions =
  | { status: 'loading' }
  | { status: 'invite'; optIn: () => Promise<void>; dismiss: () => void }
  | { status: 'ready'; colleagues: readonly IntroductionColleague[]; companyDomain: string | null }
  | { status: 'failed'; retry: () => void };

/** The answer for the whole message: one request for all its external people. */
interface Entry {
  colleagues: readonly IntroductionColleague[];
  companyDomain: string | null;
}
type Answer = { kind: 'off' } | { kind: 'optInRequired' } | { kind: 'ready'; byAddress: ReadonlyMap<string, Entry> };

/** At most this many colleagues per person (the API's cap too). */
export const MaxColleagues = 5;

/**
 * Who in the organisation can introduce the user to the external people on the message (GET /api/introductions),
 * once /api/people has said who is external. The organisation setting off (403 introductions_disabled) hides every
 * section; the user not opted in (403 introductions_opt_in_required) gives an invitation on the first external card.
 */
export function useIntroductions(people: ReadonlyMap<string, Person> | null): (address: string) => CardIntroductions | undefined {
  const { api } = usePane();
  const external = useMemo(
    () => (people === null ? [] : [...people.values()].filter((p) => p.isInternal === false && !p.isDistributionList).map((p) => p.address.toLowerCase()).slice(0, MaxPeoplePerRequest)),
    [people],
  );
  const load = useMemo(() => {
    if (external.length === 0) return null;
    return (): Promise<Answer> =>
      api.getIntroductions(external).then(
        (response): Answer => ({
          kind: 'ready',
          byAddress: new Map(response.introductions.map((i) => [i.address.toLowerCase(), { colleagues: i.colleagues.slice(0, MaxColleagues), companyDomain: i.companyDomain }])),
        }),
        (error: unknown): Answer => {
          // 404: an API without introductions (a pane newer than its server) is the feature off, not an error.
          if (error instanceof ApiError && ((error.status === 403 && error.problem?.code === IntroductionsDisabled) || error.status === 404)) return { kind: 'off' };
          if (error instanceof ApiError && error.status === 403 && error.problem?.code === IntroductionsOptInRequired) return { kind: 'optInRequired' };
          throw error;
        },
      );
  }, [api, external]);
  const { state, retry } = useRetryableLoad(load);
  const [inviteDismissed, setInviteDismissed] = useState(false);

  const optIn = useCallback(async () => {
    await api.setDiscoverable(true);
    retry();
  }, [api, retry]);
  const dismiss = useCallback(() => setInviteDismissed(true), []);

  return useCallback(
    (address: string): CardIntroductions | undefined => {
      const key = address.toLowerCase();
      if (!external.includes(key)) return undefined;
      switch (state.status) {
        case 'idle':
          return undefined;
        case 'loading':
          return { status: 'loading' };
        case 'failed':
          return { status: 'failed', retry };
        case 'ready': {
          const answer = state.value;
          switch (answer.kind) {
            case 'off':
              return undefined;
            case 'optInRequired':
              // One invitation per message, on its first external person.
              return !inviteDismissed && external[0] === key ? { status: 'invite', optIn, dismiss } : undefined;
            case 'ready':
              return { status: 'ready', colleagues: [], companyDomain: null, ...answer.byAddress.get(key) };
          }
        }
      }
    },
    [external, state, retry, inviteDismissed, optIn, dismiss],
  );
}
