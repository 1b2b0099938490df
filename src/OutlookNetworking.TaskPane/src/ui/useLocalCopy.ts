import { useCallback, useState } from 'react';

/**
 * A local copy of `source` that the user's actions change (a card after Mute, a goal saved), back to `source` whenever
 * `source` changes (a new answer from the API). Derived during render, so no effect copies the prop into state.
 */
export function useLocalCopy<T>(source: T): [T, (change: (value: T) => T) => void] {
  const [edited, setEdited] = useState<{ source: T; value: T } | null>(null);
  const value = edited !== null && edited.source === source ? edited.value : source;
  const change = useCallback(
    (update: (value: T) => T) => setEdited((previous) => ({ source, value: update(previous !== null && previous.source === source ? previous.value : source) })),
    [source],
  );
  return [value, change];
}
