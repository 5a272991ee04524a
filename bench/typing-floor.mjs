// What Chromium itself needs per keystroke on a long page, without the app:
// a bare page with the editor's geometry and type (a textarea over a
// highlight layer, as renderer/src/views/PageView.tsx's Editor), typed into
// as bench/typing.mjs types (same keys, same pace, same measure). Layouts:
//   ta    the textarea alone
//   flat  + a backdrop that is one block of the whole text, rewritten on
//         each keystroke (the shape of today's Editor backdrop)
//   para  + a backdrop of one block per paragraph, only the edited
//         paragraph rewritten
//
//   node bench/typing-floor.mjs [20k|sample] [ta|flat|para] [keys]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as gen from './generate.mjs';
import { CHROMIUM, CHROMIUM_ARGS, typingInputs, typingUnavailable } from './typing.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [which = '20k', mode = 'ta', keysArg = '60'] = process.argv.slice(2);
const KEYS = Number(keysArg);
const WARM = 8;
const why = typingUnavailable();
if (why) {
  console.log(`typing-floor: ${why}`);
  process.exit(0);
}
const dir = path.join(ROOT, 'resources', 'samples');
const samples = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const text = which === 'sample' ? samples[0] : gen.longPage(samples, 20000);
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.setContent(
    '<style>body{margin:0}.s{position:relative;width:900px;height:800px}' +
      '.x{position:absolute;inset:0;margin:0;padding:14px 18px;border:0;font-size:15px;line-height:1.85;white-space:pre-wrap;overflow-wrap:anywhere;overflow-y:scroll}' +
      '.b{color:transparent}textarea{background:transparent;resize:none}</style>' +
      `<div class=s>${mode === 'ta' ? '' : '<div class="x b" id=b></div>'}<textarea class=x id=t></textarea></div>`,
  );
  await page.evaluate(
    ([t, mode]) => {
      const ta = document.getElementById('t');
      const b = document.getElementById('b');
      ta.value = t;
      if (mode === 'flat') b.textContent = t + '\u200b';
      if (mode === 'para') {
        for (const line of t.split('\n')) {
          const d = document.createElement('div');
          d.textContent = line || '\u200b';
          b.appendChild(d);
        }
      }
      ta.addEventListener('input', () => {
        if (mode === 'flat') b.textContent = ta.value + '\u200b';
        if (mode !== 'para') return;
        const v = ta.value;
        const pos = ta.selectionStart;
        const i = v.slice(0, pos).split('\n').length - 1;
        const s = v.lastIndexOf('\n', pos - 1) + 1;
        let e = v.indexOf('\n', pos);
        if (e < 0) e = v.length;
        b.children[i].textContent = v.slice(s, e) || '\u200b';
      });
      const K = (window.__keys = []);
      window.addEventListener(
        'keydown',
        (e) => {
          const r = { t0: e.timeStamp };
          K.push(r);
          requestAnimationFrame(() => scheduler.postTask(() => (r.painted = performance.now()), { priority: 'user-blocking' }));
        },
        true,
      );
      ta.focus();
      ta.setSelectionRange(t.length >> 1, t.length >> 1);
    },
    [text, mode],
  );
  const cdp = await page.context().newCDPSession(page);
  const { chars, delays } = typingInputs(samples, KEYS + WARM);
  for (let i = 0; i < chars.length; i++) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: chars[i], text: chars[i], unmodifiedText: chars[i] });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: chars[i] });
    await new Promise((r) => setTimeout(r, delays[i]));
  }
  const ms = (await page.evaluate(() => window.__keys.map((k) => k.painted - k.t0))).slice(WARM).sort((a, b) => a - b);
  console.log(`${which} ${mode}: ${ms.length} keystrokes, keystroke to after the next frame median ${ms[ms.length >> 1].toFixed(1)} ms, p90 ${ms[Math.floor(ms.length * 0.9)].toFixed(1)} ms`);
} finally {
  await browser.close();
}
