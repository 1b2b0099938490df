// A stand-in for the Web host while developing the pane alone: serves the built pane under
// /taskpane/ and answers the docs/api.md contract (and the demo endpoints) with canned data.
// Development only; the real host is src/OutlookNetworking.Web. Usage:
//   npm run build && node scripts/mock-api.mjs [--port 5199]   then open http://127.0.0.1:5199/taskpane/?demo
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../OutlookNetworking.Web/wwwroot');
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 5199;
const now = Date.parse('2025-06-30T18:00:00Z');
const day = 86_400_000;
const iso = (t) => new Date(t).toISOString();

const users = [
  { id: 'u1', upn: 'ava.patel@contoso.example', displayName: 'Ava Patel', mail: 'ava.patel@contoso.example', aliases: ['ava@contoso.example'] },
  { id: 'u2', upn: 'ben.okafor@contoso.example', displayName: 'Ben Okafor', mail: 'ben.okafor@contoso.example', aliases: [] },
  { id: 'u3', upn: 'nia.brooks@contoso.example', displayName: 'Nia Brooks', mail: 'nia.brooks@contoso.example', aliases: [] },
];
const a = (name, address, recipientType) => ({ name, address, ...(recipientType ? { recipientType } : {}) });
const messages = {
  'ava.patel@contoso.example': [
    { id: 'm1', subject: 'Sprint notes', from: a('Ben Okafor', 'ben.okafor@contoso.example'), to: [a('Ava Patel', 'ava.patel@contoso.example')], cc: [a('Engineering', 'eng-all@contoso.example', 'distributionList'), a('Ava (alias)', 'ava@contoso.example')], receivedDateTime: iso(now - 5 * day), conversationId: 'conv-ben' },
    { id: 'm2', subject: 'Proposal for Q3', from: a('Lena Fischer', 'lena.fischer@fabrikam.example'), to: [a('Ava Patel', 'ava.patel@contoso.example')], cc: [a('Ben Okafor', 'ben.okafor@contoso.example'), a('Kai Mensah', 'kai.mensah@contoso.example')], receivedDateTime: iso(now - 12 * day), conversationId: 'conv-lena' },
    { id: 'm3', subject: 'Welcome aboard', from: a('Nia Brooks', 'nia.brooks@contoso.example'), to: [a('Ava Patel', 'ava@contoso.example')], cc: [], receivedDateTime: iso(now - 2 * day), conversationId: 'conv-nia' },
  ],
};

const known = {
  'ben.okafor@contoso.example': { strength: 0.82, strengthLabel: 'strong', first: 360, last: 5, contactDays: 104, sent: 52, received: 54, meetings: 0, gap: 7, monthly: [8, 9, 8, 10, 8, 9, 8, 9, 8, 9, 8, 6] },
  'lena.fischer@fabrikam.example': { strength: 0.41, strengthLabel: 'fading', first: 300, last: 21, contactDays: 18, sent: 14, received: 12, meetings: 3, gap: 9, monthly: [1, 2, 2, 1, 2, 2, 3, 2, 1, 1, 1, 0], isInternal: false },
};
const suggestion = (id, kind, address, name, reason, extra = {}) => ({
  id, kind, contact: { address, displayName: name }, score: 0.9, rank: 1, today: true, reason,
  evidence: { conversationId: null, messageId: null, meetingId: null, anchorAt: null, lastContact: null, firstContact: null, usualGapDays: null, daysSilent: null, contactDays: null, exchanges: null, cadenceDays: null, ...extra },
  webLink: 'https://outlook.office.com/mail/deeplink/read/AAMk000002',
});
const openSuggestions = new Map([
  ['s_ben', suggestion('s_ben', 'owedReply', 'ben.okafor@contoso.example', 'Ben Okafor', 'Ben Okafor wrote to you 5 days ago and is still waiting for your reply.', { conversationId: 'conv-ben', daysSilent: 5 })],
  ['s_lena', suggestion('s_lena', 'fadingTie', 'lena.fischer@fabrikam.example', 'Lena Fischer', 'Usually every 9 days; last contact 21 days ago; 26 exchanges since 2024.', { usualGapDays: 9, daysSilent: 21 })],
]);
const muted = new Set();
const goals = new Map();
const sharing = new Set(['ava.patel@contoso.example']);

function person(address) {
  const k = known[address];
  const base = { address, displayName: null, known: !!k, isInternal: address.endsWith('@contoso.example'), isDistributionList: false, isMuted: muted.has(address), goal: goals.get(address) ?? null,
    suggestions: [...openSuggestions.values()].filter((s) => s.contact.address === address) };
  if (!k) return { ...base, strength: null, strengthLabel: null, firstContact: null, lastContact: null, contactDays: 0, sent: 0, received: 0, meetings: 0, medianGapDays: null, monthlyContactDays: null };
  return { ...base, isInternal: k.isInternal ?? base.isInternal, strength: k.strength, strengthLabel: k.strengthLabel, firstContact: iso(now - k.first * day), lastContact: iso(now - k.last * day), contactDays: k.contactDays, sent: k.sent, received: k.received, meetings: k.meetings, medianGapDays: k.gap, monthlyContactDays: k.monthly };
}

const fig = (value, previous) => ({ value, previous, change: value - previous });
const json = (res, status, body) => { res.writeHead(status, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(body)); };
const problem = (res, status, title) => { res.writeHead(status, { 'Content-Type': 'application/problem+json' }); res.end(JSON.stringify({ type: 'about:blank', title, status })); };

function userOf(req) {
  const m = /^Bearer demo-(.+)$/.exec(req.headers.authorization ?? '');
  return m ? users.find((u) => u.upn === m[1]) : undefined;
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };

const server = http.createServer((req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  const p = url.pathname;
  if (p === '/demo/users') return json(res, 200, users.map(({ aliases, ...u }) => u));
  if (p === '/demo/token') return json(res, 200, { accessToken: `demo-${url.searchParams.get('upn')}`, expiresOn: iso(now + 3600_000) });
  if (p === '/demo/messages') return json(res, 200, messages[url.searchParams.get('upn')] ?? []);
  if (p === '/api/config') return json(res, 200, { clientId: '00000000-0000-0000-0000-000000000000', apiScope: 'api://localhost/x/access_as_user', authority: 'https://login.microsoftonline.com/organizations', demo: true });
  if (p.startsWith('/api/')) {
    const user = userOf(req);
    if (!user) return problem(res, 401, 'Unauthorized');
    if (p === '/api/me') return json(res, 200, { displayName: user.displayName, mail: user.mail, addresses: [user.mail, ...user.aliases], tenantId: 't', timeZone: 'UTC', digest: { enabled: true, hour: 7 }, optedOut: false, lastAnalysedAt: user.upn === 'nia.brooks@contoso.example' ? null : iso(now) });
    if (p === '/api/me/health') return json(res, 200, { asOf: iso(now), activeTies: fig(24, 22), newTiesThisMonth: fig(3, 1), fadingTies: fig(4, 5), dormantTies: fig(7, 7), externalShare: fig(0.31, 0.28), reciprocity: fig(0.74, 0.7) });
    if (p === '/api/people') return json(res, 200, { people: (url.searchParams.get('emails') ?? '').split(',').map(person) });
    if (p === '/api/suggestions') return json(res, 200, { date: '2025-06-30', suggestions: user.upn === 'nia.brooks@contoso.example' ? [] : [...openSuggestions.values()] });
    // Warm introductions: Ava shares (and so sees Carla's); anyone else is invited to opt in until they do.
    if (p === '/api/me/introductions') {
      if (req.method !== 'PUT') return json(res, 200, { discoverable: sharing.has(user.upn), organisationEnabled: true });
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => { if (JSON.parse(body).discoverable) sharing.add(user.upn); else sharing.delete(user.upn); res.writeHead(204).end(); });
      return;
    }
    if (p === '/api/introductions') {
      if (!sharing.has(user.upn)) return json(res, 403, { title: 'Forbidden', status: 403, code: 'introductions_opt_in_required' });
      const carla = { displayName: 'Carla Diaz', mail: 'carla.diaz@contoso.example', strengthLabel: 'strong', lastContactLabel: 'in touch last month' };
      return json(res, 200, { introductions: (url.searchParams.get('emails') ?? '').split(',').map((address) => ({ address, companyDomain: null, colleagues: address.endsWith('@fabrikam.example') ? [carla] : [] })) });
    }
    let m;
    if ((m = /^\/api\/suggestions\/([^/]+)\/(done|dismiss|snooze)$/.exec(p)) && req.method === 'POST') { openSuggestions.delete(decodeURIComponent(m[1])); res.writeHead(204).end(); return; }
    if ((m = /^\/api\/contacts\/([^/]+)\/(mute|unmute)$/.exec(p)) && req.method === 'POST') { const address = decodeURIComponent(m[1]); if (m[2] === 'mute') muted.add(address); else muted.delete(address); res.writeHead(204).end(); return; }
    if ((m = /^\/api\/contacts\/([^/]+)\/goal$/.exec(p))) {
      const address = decodeURIComponent(m[1]);
      if (req.method === 'DELETE') { goals.delete(address); res.writeHead(204).end(); return; }
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => { goals.set(address, JSON.parse(body)); res.writeHead(204).end(); });
      return;
    }
    return problem(res, 404, 'Not Found');
  }
  // /taskpane/?demo is the demo page (demo.html, no office.js), as the Web host serves it.
  const page = (p === '/taskpane/' || p === '/taskpane/index.html') && url.searchParams.has('demo') ? '/taskpane/demo.html' : p;
  let file = path.join(root, page.endsWith('/') ? `${page}index.html` : page);
  if (!file.startsWith(root) || !fs.existsSync(file)) return problem(res, 404, 'Not Found');
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
server.listen(port, '127.0.0.1', () => console.log(`mock API on http://127.0.0.1:${port}/taskpane/?demo`));
