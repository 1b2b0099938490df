import { describe, expect, it, vi } from 'vitest';
import { type HostProbe, OfficeJsUrl, detectHost } from '../src/host/detectHost';

type LoadScript = (url: string) => Promise<void>;

function probe(overrides: Partial<HostProbe> & { host?: unknown } = {}): HostProbe & { loadScript: ReturnType<typeof vi.fn<LoadScript>> } {
  let office: ReturnType<HostProbe['office']>;
  const loadScript = vi.fn<LoadScript>(async () => {
    office = { onReady: async () => ({ host: overrides.host ?? null }), HostType: { Outlook: 'Outlook' } };
  });
  const { host: _host, ...rest } = overrides;
  return { search: '', office: () => office, ...rest, loadScript: (rest.loadScript as ReturnType<typeof vi.fn<LoadScript>> | undefined) ?? loadScript };
}

describe('detectHost', () => {
  it('detectHost_DemoQuery_NeverLoadsOfficeJs', async () => {
    const p = probe({ search: '?demo' });
    expect(await detectHost(p)).toBe('browser');
    expect(p.loadScript).not.toHaveBeenCalled();
  });

  it('detectHost_OutlookHost_LoadsCdnScriptAndReportsOutlook', async () => {
    const p = probe({ host: 'Outlook' });
    expect(await detectHost(p)).toBe('outlook');
    expect(p.loadScript).toHaveBeenCalledWith(OfficeJsUrl);
  });

  it('detectHost_NoHostFromOnReady_IsBrowser', async () => {
    expect(await detectHost(probe({ host: null }))).toBe('browser');
  });

  it('detectHost_ScriptFailsToLoad_IsBrowser', async () => {
    const p = probe({ loadScript: vi.fn<LoadScript>(async () => Promise.reject(new Error('offline'))) });
    expect(await detectHost(p)).toBe('browser');
  });

  it('detectHost_OnReadyNeverResolves_TimesOutToBrowser', async () => {
    vi.useFakeTimers();
    try {
      const p = probe({
        loadScript: vi.fn<LoadScript>(async () => undefined),
        office: () => ({ onReady: () => new Promise<{ host: unknown }>(() => {}), HostType: { Outlook: 'Outlook' } }),
        timeoutMs: 1_000,
      });
      const result = detectHost(p);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await result).toBe('browser');
    } finally {
      vi.useRealTimers();
    }
  });
});
