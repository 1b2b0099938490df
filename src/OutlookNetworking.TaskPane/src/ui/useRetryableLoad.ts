import { useCallback, useEffect, useRef, useState } from 'react';
import { type Failure, describeError } from './describeError';

/** Where a load stands; `idle` when there is nothing to load (no load function). */
export type LoadState<T> = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; failure: Failure };

export interface RetryableLoad<T> {
  state: LoadState<T>;
  /** Loads again (a Retry or Refresh button): `loading` until the new answer. */
  retry: () => void;
  /** Changes the loaded value in place (after an action of the user), without loading again. */
  update: (change: (value: T) => T) => void;
}

/** The answer to one call: which load function, at which attempt, and what it gave. */
interface Settled<T> {
  load: () => Promise<T>;
  attempt: number;
  state: LoadState<T>;
}

const idle = { status: 'idle' } as const;
const loading = { status: 'loading' } as const;

/**
 * Calls `load` when it changes and again on `retry()`, and says where that stands. Memoise `load` (useCallback or
 * useMemo over what it reads): a new function is a new load, and `null` means nothing to load. The answer of a load
 * that was replaced meanwhile (another item selected, Retry pressed, the view gone) is dropped, so a slow answer never
 * overwrites a newer one. A failure is described for the user (`describeError`). `initial`: the value the first call
 * would give, already known (the call is skipped; `retry()` still loads).
 */
export function useRetryableLoad<T>(load: (() => Promise<T>) | null, initial?: T): RetryableLoad<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(() =>
    load !== null && initial !== undefined ? { load, attempt: 0, state: { status: 'ready', value: initial } } : null,
  );
  const seeded = useRef(initial !== undefined ? load : null);

  useEffect(() => {
    if (load === null || (attempt === 0 && load === seeded.current)) return;
    let current = true;
    const settle = (state: LoadState<T>) => {
      if (current) setSettled({ load, attempt, state });
    };
    // A load that throws before returning its promise fails like one that rejects.
    new Promise<T>((resolve) => resolve(load())).then(
      (value) => settle({ status: 'ready', value }),
      (error: unknown) => settle({ status: 'failed', failure: describeError(error) }),
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback(
    (change: (value: T) => T) =>
      setSettled((s) => (s !== null && s.state.status === 'ready' ? { ...s, state: { status: 'ready', value: change(s.state.value) } } : s)),
    [],
  );

  const state: LoadState<T> = load === null ? idle : settled !== null && settled.load === load && settled.attempt === attempt ? settled.state : loading;
  return { state, retry, update };
}
