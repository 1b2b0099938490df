// Runs axe-core (all rules, colour contrast included) in headless Chromium on pages of the pane and
// prints the violations; exits 1 on any serious or critical one. Needs a running host (the Web
// project, or scripts/mock-api.mjs) and Chromium.
//   node --experimental-websocket scripts/axe-chromium.mjs [base-url] [--chromium /usr/bin/chromium]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const base = args.find((a) => a.startsWith('http')) ?? 'http://127.0.0.1:5199/taskpane/';
const chromiumPath = args.includes('--chromium') ? args[args.indexOf('--chromium') + 1] : '/usr/bin/chromium';
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const port = 9800 + Math.floor(Math.random() * 100);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Each page: a query string and the test ids to click before checking.
const pages = [
  { name: 'people, light', query: '?demo&theme=light', clicks: [] },
  { name: 'people, dark', query: '?demo&theme=dark', clicks: [] },
  { name: 'today, light', query: '?demo&theme=light', clicks: ['tab-today'] },
  { name: 'today, dark', query: '?demo&theme=dark', clicks: ['tab-today'] },
  { name: 'goal editor and snooze, dark', query: '?demo&theme=dark', clicks: ['person-goal-edit', 'suggestion-snooze'] },
  { name: 'draft dialog, light', query: '?demo&theme=light', clicks: ['suggestion-follow-up'] },
];

const browser = spawn(chromiumPath, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', `--remote-debugging-port=${port}`, '--window-size=320,900', 'about:blank'], { stdio: 'ignore' });
let serious = 0;
try {
  let page;
  for (let i = 0; i < 50 && !page; i++) {
    try { page = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()).find((t) => t.type === 'page'); } catch { /* not listening yet */ }
    if (!page) await sleep(200);
  }
  const ws = new WebSocket(page.webSocketDebuggerUrl);
  await new Promise((r) => ws.addEventListener('open', r, { once: true }));
  let id = 0;
  const pending = new Map();
  ws.addEventListener('message', (e) => { const m = JSON.parse(e.data); if (m.id && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); } });
  const send = (method, params = {}) => new Promise((r) => { const n = ++id; pending.set(n, r); ws.send(JSON.stringify({ id: n, method, params })); });
  const evaluate = async (expression) => (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })).result?.result?.value;
  await send('Emulation.setDeviceMetricsOverride', { width: 320, height: 900, deviceScaleFactor: 1, mobile: false });

  for (const p of pages) {
    await send('Page.navigate', { url: base + p.query });
    for (let i = 0; i < 100; i++) {
      if (await evaluate(`!!document.querySelector('[data-testid="person-card"]:not([data-state="loading"])')`)) break;
      await sleep(50);
    }
    for (const testId of p.clicks) {
      await evaluate(`document.querySelector('[data-testid="${testId}"]').click()`);
      await sleep(600);
    }
    await evaluate(axeSource);
    const result = JSON.parse(await evaluate(`axe.run(document, { resultTypes: ['violations'] }).then(r => JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3) }))))`));
    const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    serious += bad.length;
    console.log(`${p.name}: ${result.length} violation(s), ${bad.length} serious or critical`);
    for (const v of result) console.log(`  ${v.impact} ${v.id}: ${v.nodes.join(' | ')}`);
  }
  ws.close();
} finally {
  browser.kill();
}
process.exit(serious === 0 ? 0 : 1);
