// End to end, on the browser build: sign-off that several people can trust.
// A manual edit and a credits-name change reach the 校对单 with who, when,
// before and after; another person's save shows at once; a badly typed
// review or a render error never blanks the app.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const ROOT = resolve(__dirname, '../..');
const PAGE_001 = join(ROOT, 'resources/samples/001_090f44e9df0cafa1.txt');
const SAMPLE_KEY = 'galley.review.sample:000_9801057ab119ebec.txt';
const SHOTS = join(ROOT, 'test-results/screenshots');
const REVIEWER = '林校对';

mkdirSync(SHOTS, { recursive: true });
// Beijing staff: times on the 校对单 must be theirs, with the offset.
test.use({ timezoneId: 'Asia/Shanghai' });

const pageErrors: string[] = [];
test.beforeEach(async ({ page }) => {
  pageErrors.length = 0;
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

async function openThroughPicker(page: Page, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-files').click()]);
  await chooser.setFiles(file);
}

async function exportReport(page: Page, kind: 'report-html' | 'report-csv'): Promise<string> {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-' + kind).click()]);
  return readFileSync(await download.path(), 'utf8');
}

test('a manual edit, a credits-name change and a closed round appear on the 校对单 with who, when, before and after', async ({ page, context }) => {
  await page.goto('/');
  await page.getByTestId('reviewer').fill(REVIEWER);
  await openThroughPicker(page, PAGE_001);
  await expect(page.getByTestId('page-title')).toHaveText('001_090f44e9df0cafa1.txt');

  // Credits-name change in the bar.
  const name = page.getByTestId('credit-name-美编-0');
  await name.fill('郑艳');
  await name.press('Enter');
  await expect(page.getByTestId('credit-美编')).toContainText('新');

  // A manual edit in the editor: one word of the headline.
  await page.getByTestId('mode-edit').click();
  const editor = page.getByTestId('editor-input');
  const text = await editor.inputValue();
  await editor.fill(text.replace('绘出新图景', '绘就新图景'));
  await page.getByTestId('mode-review').click();

  // A decision and a confirmation, then the first round closed.
  await page.getByTestId('confirm-责编').click();
  await page.locator('[data-testid=finding][data-rule="sentence/broken"]').first().click();
  await page.keyboard.press('Enter');
  await page.getByTestId('close-round').click();
  await expect(page.getByTestId('round-1')).toContainText('一校');
  await expect(page.getByTestId('close-round')).toHaveText('结束二校');

  const html = await exportReport(page, 'report-html');
  const edits = html.slice(html.indexOf('<h2>人工修改</h2>'), html.indexOf('<h2>审阅记录</h2>'));
  expect(edits).toMatch(/<td class="time">\d{4}-\d\d-\d\d \d\d:\d\d \+08:00<\/td><td>林校对<\/td><td>署名·美编<\/td><td class="del">郑燕<\/td><td class="ins">郑艳<\/td>/);
  expect(edits).toMatch(/<td>林校对<\/td><td>第 \d+ 行<\/td><td class="del">出<\/td><td class="ins">就<\/td>/);
  expect(html).toContain('确认了 责编（余瑞新 张羽）');
  expect(html).toContain('将「断句」标为已接受');
  expect(html).toMatch(/<td class="num">一校<\/td><td>林校对<\/td>/);
  // No raw UTC time and no rule id anywhere on it.
  expect(html).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
  expect(html).not.toMatch(/\b(credits|byline|caption|sentence|quote|text|punct)\/[a-z-]+/);

  const csv = await exportReport(page, 'report-csv');
  expect(csv).toContain(',断句,');
  expect(csv).toContain(',已接受,林校对,');
  expect(csv).toMatch(/\r\n美编,郑艳,,,,未确认\r\n/);

  // Look at it as it prints: A4, in a page of its own.
  const sheet = await context.newPage();
  await sheet.setContent(html);
  await sheet.emulateMedia({ media: 'print' });
  await sheet.setViewportSize({ width: 794, height: 1123 });
  await sheet.screenshot({ path: join(SHOTS, 'report-a4.png'), fullPage: true });
  await sheet.pdf({ path: join(SHOTS, 'report.pdf'), format: 'A4', preferCSSPageSize: true });
  await sheet.close();

  // The layout system writes a new proof of the page (the headline changed):
  // opened again, decisions carry over and the compare against 一校 is offered.
  const proofDir = mkdtempSync(join(tmpdir(), 'galley-proof2-'));
  const proof2 = readFileSync(PAGE_001, 'utf8').replace('绘出新图景', '绘成新图景');
  writeFileSync(join(proofDir, '001_090f44e9df0cafa1.txt'), proof2);
  await openThroughPicker(page, join(proofDir, '001_090f44e9df0cafa1.txt'));
  const proofNotice = page.locator('[data-testid=review-notice][data-kind=new-proof]');
  await expect(proofNotice).toContainText('新校样');
  await expect(page.locator('[data-testid=finding][data-rule="sentence/broken"][data-state=accepted]')).toHaveCount(1);
  await page.getByTestId('compare-previous').click();
  await expect(page.locator('[data-view=compare]')).toContainText('一校');
  await expect(page.locator('[data-view=compare]')).toContainText('绘成');
  expect(pageErrors).toEqual([]);
});

test('the 校对单 as PDF: the report opens in a tab of its own for the print dialog', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');
  await page.getByTestId('export-menu').click();
  const [tab] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('export-report-pdf').click()]);
  await tab.waitForLoadState();
  await expect(tab.locator('h1')).toHaveText('校对单');
  expect(pageErrors).toEqual([]);
});

test('another person’s save shows at once: who confirmed what, when, and the credits bar follows', async ({ page, context }) => {
  await page.goto('/');
  await page.getByTestId('reviewer').fill(REVIEWER);
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');
  await page.getByTestId('confirm-责编').click();
  // Wait for the autosave to reach storage.
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), SAMPLE_KEY)).toContain(REVIEWER);

  // A second person at this browser (another tab) confirms 美编 and saves.
  const other = await context.newPage();
  await other.goto('about:blank');
  await other.goto('/');
  await other.evaluate((key) => {
    const state = JSON.parse(localStorage.getItem(key)!);
    const at = '2026-11-29T16:06:12.722Z';
    state.credits['美编'] = { role: '美编', names: ['李晓萌'], confirmedBy: '王美编', confirmedAt: at };
    state.audit.push({ id: 'other-1', kind: 'confirm', by: '王美编', at, role: '美编', after: '李晓萌' });
    localStorage.setItem(key, JSON.stringify(state));
  }, SAMPLE_KEY);

  const notice = page.locator('[data-testid=review-notice][data-kind=remote]');
  await expect(notice).toContainText('王美编（2026-11-30 00:06 +08:00）确认了 美编（李晓萌）');
  await expect(page.getByTestId('confirm-美编')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('confirm-美编')).toContainText('王美编');
  // My own confirmation is still there, and my next save keeps theirs.
  await expect(page.getByTestId('confirm-责编')).toContainText(REVIEWER);
  await page.getByTestId('confirm-审读').click();
  await expect.poll(async () => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SAMPLE_KEY))!).credits['美编']?.confirmedBy).toBe('王美编');
  await page.locator('.page-head, [data-testid=credits-bar]').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'remote-notice.png'), clip: { x: 0, y: 0, width: 1440, height: 260 } });
  await other.close();
  expect(pageErrors).toEqual([]);
});

test('a badly typed review is kept aside with a notice; the page still opens', async ({ page }) => {
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const at = '2026-11-29T16:06:12.722Z';
    localStorage.setItem(key, JSON.stringify({ version: 2, page: 'x', sourceHash: 'h', decisions: {}, credits: { 责编: 'yes' }, updatedAt: at }));
  }, SAMPLE_KEY);
  await page.goto('/');
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');
  await expect(page.getByTestId('review-notice')).toContainText('credits.责编');
  await expect(page.getByTestId('review-notice')).toContainText('kept aside');
  await expect(page.getByTestId('credits-bar')).toBeVisible();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.corrupt-')));
  expect(kept).toHaveLength(1);
  expect(pageErrors).toEqual([]);
});

test('a render error shows a message in the user’s language and a way to go on', async ({ page }) => {
  // Settings written by something else with a wrong type: the credits bar
  // cannot render them. (Any render error would do; this one is reachable.)
  await page.addInitScript(() => {
    localStorage.setItem('galley.settings', JSON.stringify({ locale: 'en', seenNames: { 责编: 5 } }));
  });
  page.on('console', () => undefined);
  await page.goto('/');
  const boundary = page.getByTestId('error-boundary');
  await expect(boundary).toContainText('Something went wrong');
  await expect(boundary).not.toContainText('at '); // no stack trace
  await page.screenshot({ path: join(SHOTS, 'error-boundary.png'), clip: { x: 0, y: 0, width: 1440, height: 400 } });
  await page.getByTestId('error-close-page').click();
  await expect(boundary).toHaveCount(0);
  // The app goes on: the toolbar still answers (here: the language switch).
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  // The same bad data met again: the message again (now in Chinese), never a blank window.
  await openThroughPicker(page, PAGE_001);
  await expect(boundary).toContainText('界面出错了');
  await page.getByTestId('error-close-page').click();
  await expect(page.getByTestId('open-files')).toBeVisible();
});
