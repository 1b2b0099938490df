// Prints the gzipped bytes of the JavaScript that each page loads on first paint (index.html, the Outlook pane, whose
// office.js comes from Microsoft's CDN and is not ours to count; demo.html, the browser demo):
// its module scripts, their modulepreloads and, recursively, their static imports (lazy
// import() chunks such as MSAL and the demo's draft dialog are listed apart and not counted).
// Exits 1 when the total is over the budget. Usage: npm run size [-- --budget 150000]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '../../OutlookNetworking.Web/wwwroot/taskpane');
const budgetArg = process.argv.indexOf('--budget');
const budget = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 150_000;

const base = '/taskpane/';
const toFile = (url) => path.join(outDir, url.startsWith(base) ? url.slice(base.length) : url);
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** The module scripts, modulepreloads and their static imports (recursively) of one page. */
function firstLoad(page) {
  const html = fs.readFileSync(path.join(outDir, page), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => toFile(m[1]));
  const counted = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (counted.has(file)) continue;
    counted.add(file);
    const code = fs.readFileSync(file, 'utf8');
    // Static imports only: `import{a}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/\bimport\s*(?:[\w${}\s,*]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(path.resolve(path.dirname(file), m[1]));
    }
  }
  return counted;
}

let worst = 0;
const everCounted = new Set();
for (const page of ['index.html', 'demo.html']) {
  let total = 0;
  for (const file of firstLoad(page)) {
    const size = gz(file);
    total += size;
    everCounted.add(file);
    console.log(`${String(size).padStart(8)}  ${path.relative(outDir, file)}`);
  }
  console.log(`${total} bytes of JavaScript (gzip -9) on first load of ${page}; budget ${budget}`);
  worst = Math.max(worst, total);
}
const lazy = fs.readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => path.join(outDir, 'assets', f)).filter((f) => !everCounted.has(f));
for (const file of lazy) console.log(`${String(gz(file)).padStart(8)}  ${path.relative(outDir, file)} (lazy, not counted)`);
process.exit(worst <= budget ? 0 : 1);
