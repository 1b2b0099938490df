export interface DemoParams {
  upn: string | null;
  message: string | null;
  theme: 'dark' | 'light' | null;
}

/** ?demo&upn=…&message=…&theme=dark: a shareable demo state (also what browser tests open). */
export function readDemoParams(search: string): DemoParams {
  const query = new URLSearchParams(search);
  const theme = query.get('theme');
  return { upn: query.get('upn'), message: query.get('message'), theme: theme === 'dark' || theme === 'light' ? theme : null };
}

export function writeDemoParams(params: DemoParams): void {
  const query = new URLSearchParams();
  query.set('demo', '');
  if (params.upn) query.set('upn', params.upn);
  if (params.message) query.set('message', params.message);
  if (params.theme) query.set('theme', params.theme);
  const search = `?${query.toString().replace(/^demo=(&|$)/, 'demo$1')}`;
  if (search !== window.location.search) window.history.replaceState(null, '', search);
}
