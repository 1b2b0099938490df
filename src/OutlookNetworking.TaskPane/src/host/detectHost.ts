/** Microsoft's CDN copy of office.js: store rules require add-ins to load it from there. */
export const OfficeJsUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** How long to wait for office.js and Office.onReady before running as the browser demo. */
export const OfficeLoadTimeoutMs = 10_000;

export type HostKind = 'outlook' | 'browser';

export interface HostProbe {
  /** window.location.search */
  search: string;
  /** Adds <script src=url> and resolves when it has loaded (rejects on error). */
  loadScript(url: string): Promise<void>;
  /** window.Office once the script ran, else undefined. */
  office(): { onReady(): Promise<{ host: unknown }>; HostType: { Outlook: unknown } } | undefined;
  timeoutMs?: number;
}

/**
 * Decides at startup where the pane runs. `?demo` never touches office.js (nothing blocks the
 * demo's first paint and no request leaves the machine); otherwise office.js comes from the CDN
 * and Office.onReady tells whether Outlook hosts us. No host, a failed load or a timeout all
 * mean a plain browser: the demo.
 */
export async function detectHost(probe: HostProbe): Promise<HostKind> {
  if (new URLSearchParams(probe.search).has('demo')) return 'browser';
  const timeoutMs = probe.timeoutMs ?? OfficeLoadTimeoutMs;
  try {
    return await withTimeout(
      (async (): Promise<HostKind> => {
        if (probe.office() === undefined) await probe.loadScript(OfficeJsUrl);
        const office = probe.office();
        if (office === undefined) return 'browser';
        const info = await office.onReady();
        return info.host === office.HostType.Outlook ? 'outlook' : 'browser';
      })(),
      timeoutMs,
    );
  } catch {
    return 'browser';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The probe of the real page. */
export function browserProbe(): HostProbe {
  return {
    search: window.location.search,
    loadScript: (url) =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = url;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('office.js did not load'));
        document.head.appendChild(script);
      }),
    office: () => (typeof Office === 'undefined' ? undefined : Office),
  };
}
