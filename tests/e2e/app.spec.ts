// End to end, in Debian's Chromium, against the built renderer on the browser
// bridge (npm run web): what a copy editor does with a real page.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { failOnPageErrors } from './page-errors';
import iconv from 'iconv-lite';

const ROOT = resolve(__dirname, '../..');
const SAMPLES = join(ROOT, 'resources/samples');
const PAGE_001 = join(SAMPLES, '001_090f44e9df0cafa1.txt');
const SHOTS = join(ROOT, 'test-results/screenshots');
const ROLES = ['责编', '美编', '审读', '排版'] as const;
const REVIEWER = '林校对';

mkdirSync(SHOTS, { recursive: true });

async function openThroughPicker(page: Page, files: Parameters<import('@playwright/test').FileChooser['setFiles']>[0], button = 'open-files') {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId(button).click()]);
  await chooser.setFiles(files);
}

const selected = (page: Page) => page.locator('[data-testid=finding][data-selected=true]');
/** The broken sentence of sample 001: `…融入生` / `活场景…` (lines 43 and 45). */
const brokenLife = (page: Page) => page.locator('[data-testid=finding][data-rule="sentence/broken"]', { hasText: '融入生' });

async function pressF8Until(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('F8');
    if ((await target.getAttribute('data-selected')) === 'true') return;
  }
  throw new Error('F8 never reached the finding');
}

failOnPageErrors();

test('review a page: credits, F8, accept, reject, undo, reload restores, export cleaned text', async ({ page }) => {
  await page.goto('/');
  // The browser build opens the bundled sample when nothing else is open.
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');

  await page.getByTestId('reviewer').fill(REVIEWER);
  await openThroughPicker(page, PAGE_001);
  await expect(page.getByTestId('page-title')).toHaveText('001_090f44e9df0cafa1.txt');
  await expect(page.getByTestId('page-blocks')).toContainText('市北：老旧小区绘出新图景');

  // Credits: the four roles with the names of the page, each confirmed by a click.
  await expect(page.getByTestId('credit-name-责编-0')).toHaveValue('余瑞新');
  await expect(page.getByTestId('credit-name-责编-1')).toHaveValue('张羽');
  await expect(page.getByTestId('credit-name-美编-0')).toHaveValue('郑燕');
  for (const role of ROLES) {
    const button = page.getByTestId(`confirm-${role}`);
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(button).toContainText(REVIEWER);
  }
  await expect(page.getByTestId('credits-bar')).toContainText('署名已全部确认');
  await page.getByTestId('credits-bar').screenshot({ path: join(SHOTS, 'credits-bar.png') });

  // F8 / Shift+F8 walk the findings; the page shows the selected one in place.
  // (The focus is still on the last confirm button: Enter must not go to it.)
  await page.keyboard.press('F8');
  await expect(selected(page)).toHaveCount(1);
  const first = await selected(page).textContent();
  await expect(page.locator('[data-testid=page-blocks] .hl.selected').first()).toBeVisible();
  await page.keyboard.press('F8');
  await expect(selected(page)).not.toHaveText(first!);
  await page.keyboard.press('Shift+F8');
  await expect(selected(page)).toHaveText(first!);

  // Jump to the broken sentence …融入生 / 活场景… and accept its fix (Enter).
  await expect(brokenLife(page)).toHaveCount(1);
  await pressF8Until(page, brokenLife(page));
  await expect(page.locator('[data-testid=page-blocks] .hl.selected').first()).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(brokenLife(page)).toHaveAttribute('data-state', 'accepted');

  // Accepting moved the selection to the next open finding: reject it (Delete).
  await expect(selected(page)).toHaveAttribute('data-state', 'open');
  const rejectedRule = (await selected(page).getAttribute('data-rule'))!;
  const rejectedPos = (await selected(page).locator('.pos').textContent())!;
  const rejected = page.locator(`[data-testid=finding][data-rule="${rejectedRule}"]`, {
    has: page.locator('.pos', { hasText: new RegExp(`^${rejectedPos}$`) }),
  });
  await page.keyboard.press('Delete');
  await expect(rejected).toHaveAttribute('data-state', 'rejected');

  // One history for decisions: Ctrl+Z / Ctrl+Shift+Z.
  await page.keyboard.press('Control+z');
  await expect(rejected).toHaveAttribute('data-state', 'open');
  await page.keyboard.press('Control+Shift+z');
  await expect(rejected).toHaveAttribute('data-state', 'rejected');

  await brokenLife(page).click();
  await page.screenshot({ path: join(SHOTS, 'page-view.png') });
  // The README's screenshot is refreshed only on request, so a test run
  // never leaves the checkout modified: GALLEY_UPDATE_SCREENSHOT=1.
  if (process.env.GALLEY_UPDATE_SCREENSHOT) {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs/screenshot.png') });
  }

  // Autosave, then reload: opening the page again restores the review.
  await expect(page.getByTestId('saved')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');
  await openThroughPicker(page, PAGE_001);
  await expect(page.getByTestId('page-title')).toHaveText('001_090f44e9df0cafa1.txt');
  await expect(brokenLife(page)).toHaveAttribute('data-state', 'accepted');
  await expect(rejected).toHaveAttribute('data-state', 'rejected');
  for (const role of ROLES) {
    await expect(page.getByTestId(`confirm-${role}`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId(`confirm-${role}`)).toContainText(REVIEWER);
  }

  // Export the cleaned text: the accepted join is applied, nothing else.
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-text').click()]);
  expect(download.suggestedFilename()).toBe('001_090f44e9df0cafa1.clean.txt');
  const cleaned = readFileSync(await download.path(), 'utf8');
  expect(cleaned).toContain('历史记忆的碎片得以自然融入生活场景，重塑有温度的城区。');
  expect(cleaned).not.toContain('融入生\n');
  // Findings left open keep their text: the other broken sentence is untouched.
  expect(cleaned).toContain('我们\n\n不仅解决了');
  const original = readFileSync(PAGE_001, 'utf8');
  expect(cleaned.replace(/\s/g, '')).toBe(original.replace(/\s/g, ''));

  // The same export in GB18030 with CRLF line ends, for the layout system.
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-encoding').selectOption('gb18030');
  await page.getByTestId('export-eol').selectOption('crlf');
  const [gbDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-text').click()]);
  const bytes = readFileSync(await gbDownload.path());
  const gb = iconv.decode(bytes, 'gb18030');
  expect(gb).toContain('融入生活场景');
  expect(gb).toContain('\r\n');
  expect(gb.replace(/\r\n/g, '')).not.toContain('\n');
  expect(gb.replace(/\r\n/g, '\n')).toBe(cleaned);

  // The 校对单 (findings report) carries the decisions and the sign-off.
  await page.getByTestId('export-menu').click();
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report-html').click()]);
  const html = readFileSync(await report.path(), 'utf8');
  expect(html).toContain(REVIEWER);
  expect(html).toContain('融入生');
});

test('edit the text: findings follow as you type; undo brings the edit back', async ({ page }) => {
  await page.goto('/');
  await openThroughPicker(page, PAGE_001);
  await expect(brokenLife(page)).toHaveCount(1);

  await page.getByTestId('mode-edit').click();
  const editor = page.getByTestId('editor-input');
  const text = await editor.inputValue();
  expect(text).toContain('融入生\n\n活场景');
  await editor.fill(text.replace('融入生\n\n活场景', '融入生活场景'));
  await expect(brokenLife(page)).toHaveCount(0);
  // Highlights sit behind the editor too.
  await expect(page.locator('.editor-backdrop .hl').first()).toBeAttached();
  await page.screenshot({ path: join(SHOTS, 'editor.png') });

  await page.getByTestId('mode-review').click();
  await page.keyboard.press('Control+z');
  await expect(brokenLife(page)).toHaveCount(1);
  await expect(page.getByTestId('page-blocks')).toContainText('融入生');

  // Credits: a name edited in the bar goes into the page text; a name never
  // seen before (not on the roster, not on an earlier page) is marked 新.
  const designer = page.getByTestId('credit-name-美编-0');
  await expect(designer).toHaveValue('郑燕');
  await expect(page.getByTestId('credit-美编').getByTestId('new-name')).toHaveCount(0);
  await designer.fill('郑艳');
  await designer.press('Enter');
  await expect(page.getByTestId('page-blocks')).toContainText('美编 郑艳 审读');
  await expect(page.getByTestId('credit-美编').getByTestId('new-name')).toHaveText('新');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('page-blocks')).toContainText('美编 郑燕 审读');
  await expect(page.getByTestId('credit-美编').getByTestId('new-name')).toHaveCount(0);

  // English interface and English finding messages.
  await page.getByTestId('toggle-locale').click();
  await expect(page.getByTestId('open-files')).toHaveText('Open');
  await expect(page.locator('[data-testid=finding][data-rule="sentence/broken"]').first()).toContainText('Sentence breaks after');
});

test('open a folder: each page with its status, then apply all safe fixes', async ({ page }) => {
  await page.goto('/');
  await openThroughPicker(page, SAMPLES, 'open-folder');
  // The three .txt pages of the folder (not its README.md); the bundled
  // sample open before made way, so its page is listed once, not twice.
  const rows = page.getByTestId('folder-row');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('folder-row').filter({ hasText: 'README' })).toHaveCount(0);
  await expect(page.getByTestId('folder-row').filter({ hasText: '000_9801057ab119ebec.txt' })).toHaveCount(1);
  for (let i = 0; i < 3; i++) await expect(rows.nth(i)).toHaveClass(/status-done/);
  const row002 = rows.filter({ hasText: '002_6323321094799b0d.txt' });
  await expect(row002.locator('.badge.warning')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'folder-view.png') });

  await row002.click();
  await expect(page.getByTestId('page-title')).toHaveText('002_6323321094799b0d.txt');
  const halfwidth = page.locator('[data-testid=finding][data-rule="punct/halfwidth"]');
  await expect(halfwidth.first()).toHaveAttribute('data-state', 'open');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+Enter');
  await expect(halfwidth.first()).toHaveAttribute('data-state', 'accepted');
  await page.keyboard.press('Control+z');
  await expect(halfwidth.first()).toHaveAttribute('data-state', 'open');
  await page.getByTestId('apply-safe').click();
  await expect(halfwidth.first()).toHaveAttribute('data-state', 'accepted');
  await expect(page.locator('[data-testid=finding][data-state=open][data-rule="punct/halfwidth"]')).toHaveCount(0);
  // The page list shows the page's open counts dropping.
  await page.getByTestId('view-folder').click();
  await expect(row002).toBeVisible();
});

test('page text is never HTML: <script> and <img onerror> show as literal text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/');
  const evil = [
    '责编 余瑞新 美编 李晓萌 审读 王忠良 排版 林艳',
    '',
    '<script>alert(1)</script>',
    '',
    '<img src=x onerror="alert(2)">本报讯 记者在现场看到，<b>粗体</b>没有生效。',
    '',
  ].join('\n');
  await openThroughPicker(page, { name: 'evil.txt', mimeType: 'text/plain', buffer: Buffer.from(evil, 'utf8') });
  await expect(page.getByTestId('page-title')).toHaveText('evil.txt');
  const blocks = page.getByTestId('page-blocks');
  await expect(blocks).toContainText('<script>alert(1)</script>');
  await expect(blocks).toContainText('<img src=x onerror="alert(2)">');
  await expect(blocks).toContainText('<b>粗体</b>');
  await page.getByTestId('mode-edit').click();
  await expect(page.getByTestId('editor-input')).toHaveValue(evil);
  await page.getByTestId('mode-review').click();
  const counts = await page.evaluate(() => ({
    scripts: document.querySelectorAll('#root script').length,
    imgs: document.querySelectorAll('img').length,
    bold: document.querySelectorAll('#root b').length,
  }));
  expect(counts).toEqual({ scripts: 0, imgs: 0, bold: 0 });
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('a damaged review in storage is reported and kept aside, and the page still opens', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('galley.review.browser:001_090f44e9df0cafa1.txt', '{"version": 1, oops'));
  await openThroughPicker(page, PAGE_001);
  await expect(page.getByTestId('page-title')).toHaveText('001_090f44e9df0cafa1.txt');
  await expect(page.getByTestId('review-notice')).toContainText('not valid JSON');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('galley.review.browser:001_090f44e9df0cafa1.txt.corrupt-')),
  );
  expect(kept).toHaveLength(1);
  await expect(brokenLife(page)).toHaveAttribute('data-state', 'open');
});

test('drop pages on the window; a decision made just before closing is not lost', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');
  const text = readFileSync(PAGE_001, 'utf8');
  // A real drop: a DataTransfer holding a File, dispatched on the app.
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], '001_090f44e9df0cafa1.txt', { type: 'text/plain' }));
    const app = document.querySelector('.app')!;
    app.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    app.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.getByTestId('page-title')).toHaveText('001_090f44e9df0cafa1.txt');
  await expect(page.locator('.drop-overlay')).toHaveCount(0);

  // Reject, then reload at once (before the autosave delay): the pagehide
  // flush saves it.
  await brokenLife(page).click();
  await page.keyboard.press('r');
  await expect(brokenLife(page)).toHaveAttribute('data-state', 'rejected');
  await page.reload();
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');
  // Reopen from the recent list (the browser keeps a copy of recent pages).
  await page.getByTestId('recent-menu').click();
  await page.getByRole('menuitem', { name: '001_090f44e9df0cafa1.txt' }).click();
  await expect(page.getByTestId('page-title')).toHaveText('001_090f44e9df0cafa1.txt');
  await expect(brokenLife(page)).toHaveAttribute('data-state', 'rejected');
});

test('load the newsroom’s roster: names off it are flagged, a bad file changes nothing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');
  const unknown = page.locator('[data-testid=finding][data-rule="credits/unknown-name"]');
  // The sample roster knows every name of the page (林艳 排版 among them).
  await expect(page.getByTestId('load-roster')).toHaveText('名册 9');
  await expect(unknown).toHaveCount(0);

  // A roster without 林艳 and with 林燕 (an OCR look-alike of her name).
  const roster = ['# 本报版面人员', '责编 余瑞新 张羽', '美编 李晓萌', '审读 王忠良', '排版 林燕 韩婷'].join('\n');
  await openThroughPicker(page, { name: '名册.txt', mimeType: 'text/plain', buffer: Buffer.from(roster) }, 'load-roster');
  await expect(page.getByTestId('toast').last()).toContainText('已载入名册「名册.txt」：6 个姓名');
  await expect(page.getByTestId('load-roster')).toHaveText('名册 6');
  await expect(unknown).toHaveCount(1);
  await expect(unknown).toContainText('林艳');
  await expect(unknown).toContainText('林燕');
  await expect(page.getByTestId('credit-排版').getByTestId('new-name')).toBeVisible();

  // A file that is not a roster: one clear line, the roster in use stays.
  await openThroughPicker(page, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('编辑部 周一例会') }, 'load-roster');
  await expect(page.getByTestId('toast').last()).toContainText('无法载入名册「notes.txt」：roster line 1: unknown role “编辑部”');
  await expect(page.getByTestId('load-roster')).toHaveText('名册 6');

  // The roster is a setting: it is still there after a reload.
  await page.reload();
  await expect(page.getByTestId('load-roster')).toHaveText('名册 6');
  await expect(unknown).toHaveCount(1);
});
