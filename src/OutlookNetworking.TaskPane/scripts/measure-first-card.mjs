// Measures, in headless Chromium, the time from navigation to the first person card with its
// figures (the performance mark 'taskpane:first-person-card') and the JavaScript transferred.
// Needs a running host (the Web project, or scripts/mock-api.mjs) and Chromium.
//   node --experimental-websocket scripts/measure-first-card.mjs [url] [--runs 5] [--chromium /usr/bin/chromium]
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const url = args.find((a) => a.startsWith('http')) ?? 'http://127.0.0.1:5199/taskpane/?demo';
const runs = Number(option('--runs', '5'));
const chromiumPath = option('--chromium', '/usr/bin/chromium');
const port = 9300 + Math.floor(Math.random() * 500);

const browser = spawn(chromiumPath, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-extensions', `--remote-debugging-port=${port}`, '--window-size=320,900', 'about:blank'], { stdio: 'ignore' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function target() {
  for (let i = 0; i < 50; i++) {
    try {
      const list = await (await fetch(`http://127.0.0.1:${port}/json`)).json();
      const page = list.find((t) => t.type === 'page');
      if (page) return page.webSocketDebuggerUrl;
    } catch { /* not listening yet */ }
    await sleep(200);
  }
  throw new Error('Chromium did not start');
}

try {
  const ws = new WebSocket(await target());
  await new Promise((r) => ws.addEventListener('open', r, { once: true }));
  let id = 0;
  const pending = new Map();
  const events = [];
  ws.addEventListener('message', (e) => {
    const msg = JSON.parse(e.data);
    if (msg.id && pending.has(msg.id)) { pending.get(msg.id)(msg); pending.delete(msg.id); } else if (msg.method) events.push(msg);
  });
  const send = (method, params = {}) => new Promise((resolve) => { const n = ++id; pending.set(n, resolve); ws.send(JSON.stringify({ id: n, method, params })); });
  const evaluate = async (expression) => (await send('Runtime.evaluate', { expression, returnByValue: true })).result?.result?.value;

  await send('Network.enable');
  await send('Network.setCacheDisabled', { cacheDisabled: true });
  const times = [];
  let jsBytes = 0;
  for (let run = 0; run < runs; run++) {
    events.length = 0;
    await send('Page.navigate', { url });
    let mark = null;
    for (let i = 0; i < 100 && mark === null; i++) {
      await sleep(50);
      mark = await evaluate("(performance.getEntriesByName('taskpane:first-person-card')[0] || {}).startTime ?? null");
    }
    if (mark === null) throw new Error('no person card within 5 s');
    times.push(mark);
    const scripts = new Set(events.filter((e) => e.method === 'Network.responseReceived' && e.params.type === 'Script').map((e) => e.params.requestId));
    jsBytes = events.filter((e) => e.method === 'Network.loadingFinished' && scripts.has(e.params.requestId)).reduce((sum, e) => sum + e.params.encodedDataLength, 0);
  }
  times.sort((a, b) => a - b);
  console.log(`first person card (ms from navigation start), ${runs} cold runs: ${times.map((t) => t.toFixed(0)).join(', ')}; median ${times[Math.floor(runs / 2)].toFixed(0)}`);
  console.log(`JavaScript transferred on the last run: ${jsBytes} bytes (as served; compressed only if the server compresses)`);
  ws.close();
} finally {
  browser.kill();
}
