import { describe, expect, it, vi } from 'vitest';
import { OfficeJsHosts, type StartupEnvironment, type StartupOffice, type StartupState, connectToOutlook } from '../src/host/officeStartup';

/** A controllable office.js: onReady resolves when the test says so; timers run on demand. */
function environment(options: { office?: boolean; sets?: Record<string, string> } = {}) {
  let resolveReady: (info: { host: unknown }) => void = () => {};
  let rejectReady: (error: unknown) => void = () => {};
  const timers: Array<{ handler: () => void; ms: number; cleared: boolean }> = [];
  let problem: ((text: string) => void) | null = null;
  const sets = options.sets ?? { Mailbox: '1.14' };
  const office: StartupOffice = {
    onReady: () =>
      new Promise((resolve, reject) => {
        resolveReady = resolve;
        rejectReady = reject;
      }),
    HostType: { Outlook: 'Outlook' },
    context: { requirements: { isSetSupported: (name, version) => sets[name] !== undefined && Number(sets[name].split('.')[1]) >= Number((version ?? '1.1').split('.')[1]) } },
  };
  const env: StartupEnvironment = {
    office: () => (options.office === false ? undefined : office),
    onPageProblem: (handler) => {
      problem = handler;
      return () => {
        problem = null;
      };
    },
    setTimeout: (handler, ms) => {
      const timer = { handler, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (handle) => {
      (handle as { cleared: boolean }).cleared = true;
    },
  };
  const states: StartupState[] = [];
  return {
    env,
    states,
    onState: (s: StartupState) => states.push(s),
    ready: async (host: unknown) => {
      resolveReady({ host });
      await Promise.resolve();
      await Promise.resolve();
    },
    failReady: async () => {
      rejectReady(new Error('x'));
      await Promise.resolve();
      await Promise.resolve();
    },
    fireTimers: () => timers.filter((t) => !t.cleared).forEach((t) => t.handler()),
    timers,
    problem: (text: string) => problem?.(text),
    subscribed: () => problem !== null,
  };
}

describe('connectToOutlook', () => {
  it('connectToOutlook_OfficeJsMissing_FailsAtOnceWithoutWaiting', () => {
    const e = environment({ office: false });
    connectToOutlook(e.env, e.onState);
    expect(e.states).toEqual([{ kind: 'officeFailed', reason: 'scriptMissing' }]);
    expect(e.timers).toHaveLength(0);
  });

  it('connectToOutlook_OutlookWithMailbox15_ConnectingThenReady', async () => {
    const e = environment({ sets: { Mailbox: '1.5' } });
    connectToOutlook(e.env, e.onState);
    await e.ready('Outlook');
    expect(e.states).toEqual([{ kind: 'connecting' }, { kind: 'ready' }]);
    expect(e.timers[0]!.cleared).toBe(true);
    expect(e.subscribed()).toBe(false);
  });

  it('connectToOutlook_OutlookBelowMailbox15_TooOld', async () => {
    const e = environment({ sets: { Mailbox: '1.4' } });
    connectToOutlook(e.env, e.onState);
    await e.ready('Outlook');
    expect(e.states.at(-1)).toEqual({ kind: 'tooOld' });
  });

  it('connectToOutlook_PlainBrowserNullHost_NotInOutlookNeverTheDemo', async () => {
    const e = environment();
    connectToOutlook(e.env, e.onState);
    await e.ready(null);
    expect(e.states.at(-1)).toEqual({ kind: 'notInOutlook', host: null });
  });

  it('connectToOutlook_OtherOfficeHost_NotInOutlookNamingIt', async () => {
    const e = environment();
    connectToOutlook(e.env, e.onState);
    await e.ready('Word');
    expect(e.states.at(-1)).toEqual({ kind: 'notInOutlook', host: 'Word' });
  });

  it('connectToOutlook_NoAnswerAfterLongWait_TimeoutThenLateReadyStillOpensThePane', async () => {
    const e = environment();
    connectToOutlook(e.env, e.onState);
    expect(e.timers[0]!.ms).toBe(30_000);
    e.fireTimers();
    expect(e.states.at(-1)).toEqual({ kind: 'officeFailed', reason: 'timeout' });
    await e.ready('Outlook');
    expect(e.states.at(-1)).toEqual({ kind: 'ready' });
  });

  it.each([
    ['Uncaught Not able to load MicrosoftAjax.js.'],
    ['MicrosoftAjax.js is not loaded successfully.'],
    ['https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js'],
    ['https://appsforoffice.microsoft.com/lib/1/hosted/outlook-web-16.01.js'],
  ])('connectToOutlook_OfficeJsReports_%s_FailsWithoutWaitingForTheTimeout', (text) => {
    const e = environment();
    connectToOutlook(e.env, e.onState);
    e.problem(text);
    expect(e.states.at(-1)).toEqual({ kind: 'officeFailed', reason: 'dependencyFailed' });
  });

  it('connectToOutlook_UnrelatedPageError_KeepsConnecting', () => {
    const e = environment();
    connectToOutlook(e.env, e.onState);
    e.problem('TypeError: x is undefined https://example.test/other.js');
    expect(e.states).toEqual([{ kind: 'connecting' }]);
  });

  it('connectToOutlook_OnReadyRejects_OfficeFailed', async () => {
    const e = environment();
    connectToOutlook(e.env, e.onState);
    await e.failReady();
    expect(e.states.at(-1)).toEqual({ kind: 'officeFailed', reason: 'dependencyFailed' });
  });

  it('OfficeJsHosts_AreTheCspOrigins', () => {
    // The same three origins as OfficeJsSources.ScriptOrigins in the Web host: what IT must allow.
    expect([...OfficeJsHosts].sort()).toEqual(['https://ajax.aspnetcdn.com', 'https://appsforoffice.microsoft.com', 'https://cdnsrc.asp.net']);
  });
});

describe('connectToOutlook (spy)', () => {
  it('connectToOutlook_Stop_Unsubscribes', () => {
    const e = environment();
    const stop = connectToOutlook(e.env, vi.fn());
    stop();
    expect(e.subscribed()).toBe(false);
  });
});
