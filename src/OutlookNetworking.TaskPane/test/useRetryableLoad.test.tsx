import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/ApiError';
import { useRetryableLoad } from '../src/ui/useRetryableLoad';

/** A promise settled from the test. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const offline = () => new ApiError('offline', 0, null, 'Network error');

describe('useRetryableLoad', () => {
  it('load_Resolves_LoadingThenReady', async () => {
    const answer = deferred<string>();
    const load = vi.fn(() => answer.promise);
    const { result } = renderHook(() => useRetryableLoad(load));

    expect(result.current.state).toEqual({ status: 'loading' });
    await act(async () => answer.resolve('Ben'));

    expect(result.current.state).toEqual({ status: 'ready', value: 'Ben' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('load_Rejects_FailedForTheUser_RetryLoadsAgain', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(offline()).mockResolvedValueOnce('Ben');
    const { result } = renderHook(() => useRetryableLoad(load));

    await waitFor(() => expect(result.current.state.status).toBe('failed'));
    expect(result.current.state).toMatchObject({ status: 'failed', failure: { kind: 'offline' } });

    act(() => result.current.retry());
    expect(result.current.state).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current.state).toEqual({ status: 'ready', value: 'Ben' }));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('load_ThrowsBeforeItsPromise_Failed', async () => {
    const load = (): Promise<string> => {
      throw offline();
    };
    const { result } = renderHook(() => useRetryableLoad(load));

    await waitFor(() => expect(result.current.state).toMatchObject({ status: 'failed', failure: { kind: 'offline' } }));
  });

  it('load_ReplacedBeforeItAnswers_ItsLateAnswerIsDropped', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const loadFirst = () => first.promise;
    const loadSecond = () => second.promise;
    const { result, rerender } = renderHook(({ load }) => useRetryableLoad(load), { initialProps: { load: loadFirst } });

    rerender({ load: loadSecond });
    await act(async () => second.resolve('second item'));
    await act(async () => first.resolve('first item'));

    expect(result.current.state).toEqual({ status: 'ready', value: 'second item' });
  });

  it('retry_WhileReady_LoadingUntilTheNewAnswer', async () => {
    let n = 0;
    const next = deferred<number>();
    const load = vi.fn(() => (++n === 1 ? Promise.resolve(n) : next.promise));
    const { result } = renderHook(() => useRetryableLoad(load));
    await waitFor(() => expect(result.current.state).toEqual({ status: 'ready', value: 1 }));

    act(() => result.current.retry());
    expect(result.current.state).toEqual({ status: 'loading' });
    await act(async () => next.resolve(2));

    expect(result.current.state).toEqual({ status: 'ready', value: 2 });
  });

  it('initial_Given_ReadyWithoutACall_RetryCalls', async () => {
    const load = vi.fn(() => Promise.resolve('fresh'));
    const { result } = renderHook(() => useRetryableLoad(load, 'known'));

    expect(result.current.state).toEqual({ status: 'ready', value: 'known' });
    expect(load).not.toHaveBeenCalled();

    act(() => result.current.retry());
    await waitFor(() => expect(result.current.state).toEqual({ status: 'ready', value: 'fresh' }));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('noLoad_Idle', () => {
    const { result } = renderHook(() => useRetryableLoad<string>(null));

    expect(result.current.state).toEqual({ status: 'idle' });
  });

  it('update_Ready_ChangesTheValueWithoutLoading', async () => {
    const load = vi.fn(() => Promise.resolve(['a', 'b']));
    const { result } = renderHook(() => useRetryableLoad(load));
    await waitFor(() => expect(result.current.state.status).toBe('ready'));

    act(() => result.current.update((list) => list.filter((x) => x !== 'a')));

    expect(result.current.state).toEqual({ status: 'ready', value: ['b'] });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
