// End to end, issue 13: what a copy editor meets working through a day's
// pages — toasts, the findings panel's order and cards, the credits bar, the
// status bar, the compare, typing on a long page.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors } from './page-errors';

const ROOT = resolve(__dirname, '../..');
const SAMPLES = join(ROOT, 'resources/samples');
const PAGE_001 = join(SAMPLES, '001_090f44e9df0cafa1.txt');
const PAGE_002 = join(SAMPLES, '002_6323321094799b0d.txt');
const SHOTS = join(ROOT, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

type Files = Parameters<import('@playwright/test').FileChooser['setFiles']>[0];
async function pick(page: Page, files: Files, button = 'open-files') {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId(button).click()]);
  await chooser.setFiles(files);
}

async function openPage(page: Page, file: string, title: string) {
  await page.goto('/');
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');
  await pick(page, file);
  await expect(page.getByTestId('page-title')).toHaveText(title);
}

const selected = (page: Page) => page.locator('[data-testid=finding][data-selected=true]');
const halfwidthGroup = (page: Page) => page.locator('section.group[data-rule="punct/halfwidth"]');

failOnPageErrors();

test('an error toast sits left of the findings panel, goes when it stops being true, and expires', async ({ page }) => {
  await page.clock.install();
  await openPage(page, PAGE_001, '001_090f44e9df0cafa1.txt');
  await page.getByTestId('confirm-审读').click();
  const toast = page.getByTestId('toast');
  await expect(toast).toHaveText(/请先填写审阅人姓名/);
  const box = (await toast.boundingBox())!;
  const panel = (await page.getByTestId('findings-panel').boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(panel.x);
  // Typing the name makes it untrue: it goes at once.
  await page.getByTestId('reviewer').fill('林校对');
  await expect(toast).toHaveCount(0);
  // Any other error goes by itself.
  await page.getByTestId('reviewer').fill('');
  await page.getByTestId('confirm-审读').click();
  await expect(toast).toHaveCount(1);
  await page.clock.runFor(8_100);
  await expect(toast).toHaveCount(0);
});

test('F8 follows the panel: by rule it stays in each group; in page order it walks the page', async ({ page }) => {
  await openPage(page, PAGE_002, '002_6323321094799b0d.txt');
  const rules: string[] = [];
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press('F8');
    rules.push((await selected(page).getAttribute('data-rule'))!);
  }
  // The panel's groups, in the panel's order, each walked to its end.
  const groups = await page.locator('section.group').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
  const seen = [...new Set(rules)];
  expect(seen).toEqual(groups.slice(0, seen.length));
  expect(rules.slice(0, 4)).toEqual(Array(4).fill('sentence/broken'));

  await page.getByTestId('order-page').click();
  await expect(page.getByTestId('findings-panel')).toHaveAttribute('data-order', 'page');
  await expect(page.locator('section.group h3')).toHaveCount(0);
  const lines: number[] = [];
  await page.keyboard.press('F8'); // from where the selection was, on in page order
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('F8');
    lines.push(Number((await selected(page).locator('.pos').textContent())!.split(':')[0]));
  }
  const wraps = lines.filter((l, i) => i > 0 && l < lines[i - 1]).length;
  expect(wraps).toBeLessThanOrEqual(1);
  await page.getByTestId('findings-panel').screenshot({ path: join(SHOTS, 'findings-page-order.png') });
});

test('half-width marks of one paragraph are one card with their places, accepted together in one step', async ({ page }) => {
  await openPage(page, PAGE_002, '002_6323321094799b0d.txt');
  const group = halfwidthGroup(page);
  await expect(group.locator('h3 .count')).toHaveText('161');
  const clusters = group.getByTestId('finding-cluster');
  const cards = await group.locator(':scope > ol > li').count();
  expect(cards).toBeLessThan(40);
  const inClusters = await clusters.evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-count')), 0));
  const single = await group.locator(':scope > ol > li[data-testid=finding]').count();
  expect(inClusters + single).toBe(161);

  const first = clusters.first();
  await first.scrollIntoViewIfNeeded();
  // Each place shown in its text, not only line:column.
  await expect(first.getByTestId('finding-context').first()).toContainText(',');
  await page.getByTestId('findings-panel').screenshot({ path: join(SHOTS, 'findings-grouped.png') });
  const n = Number(await first.getAttribute('data-count'));
  await first.getByTestId('accept-all').click();
  await first.getByTestId('cluster-toggle').click();
  await expect(first.locator('[data-testid=finding][data-state=accepted]')).toHaveCount(n);
  await page.keyboard.press('Control+z');
  await expect(first.locator('[data-testid=finding][data-state=open]')).toHaveCount(n);
});

test('fix previews read as what changes, and the buttons keep their size', async ({ page }) => {
  await openPage(page, PAGE_001, '001_090f44e9df0cafa1.txt');
  const join = page.locator('[data-testid=finding][data-rule="sentence/broken"]', { hasText: '我们' });
  await expect(join.getByTestId('fix-preview')).toContainText('我们⏎⏎不仅');
  await expect(join.locator('del')).toHaveText('⏎⏎');
  await join.getByTestId('accept').click();
  for (const el of [join.getByTestId('undecide'), join.locator('.state')]) {
    const box = (await el.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(20);
    expect(box.height).toBeLessThan(30); // 已接受 on one line
  }
});

test('a role on the credits line without a name is marked in the credits bar', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');
  const text = '责编 余瑞新 美编 郑燕 审读 排版 林艳\n\n幸福市北\n\n正文一段。\n';
  await pick(page, { name: 'empty-role.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByTestId('credit-审读')).toHaveAttribute('data-empty', 'true');
  await expect(page.getByTestId('credit-审读')).toContainText('无姓名');
  await expect(page.getByTestId('credit-美编')).not.toHaveAttribute('data-empty', 'true');
  await page.getByTestId('credits-bar').screenshot({ path: join(SHOTS, 'credits-empty-zh.png') });
  await page.getByTestId('toggle-locale').click();
  await expect(page.getByTestId('credit-审读')).toContainText('no name');
  await page.getByTestId('credits-bar').screenshot({ path: join(SHOTS, 'credits-empty-en.png') });
});

test('the sample makes way for the user’s pages; the status bar counts as the compare does', async ({ page }) => {
  await openPage(page, PAGE_001, '001_090f44e9df0cafa1.txt');
  await expect(page.getByTestId('page-item')).toHaveCount(1);
  await expect(page.getByTestId('check-ms')).toHaveText(/^检查 \d+\.\d\d 毫秒$/);
  const count = (await page.getByTestId('char-count').textContent())!;
  await page.getByTestId('view-compare').click();
  await page.getByTestId('compare-choice-clean').click();
  await expect(page.locator('.cmp-meta').first()).toContainText(count);
  await expect(page.getByTestId('status-keys')).toContainText('F7');
  await expect(page.getByTestId('status-keys')).not.toContainText('Enter');
});

test('a new compare pair opens at the top', async ({ page }) => {
  await openPage(page, PAGE_001, '001_090f44e9df0cafa1.txt');
  await page.getByTestId('view-compare').click();
  await page.getByTestId('compare-choice-clean').click();
  const grid = page.getByTestId('compare-grid');
  await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
  expect(await grid.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
  await pick(page, [PAGE_001, PAGE_002], 'compare-open-two');
  await expect(page.getByTestId('compare-new-name')).toHaveText('002_6323321094799b0d.txt');
  expect(await grid.evaluate((el) => el.scrollTop)).toBe(0);
});

test('typing is checked in a Web Worker and the findings follow', async ({ page }) => {
  await openPage(page, PAGE_002, '002_6323321094799b0d.txt');
  const count = halfwidthGroup(page).locator('h3 .count');
  await expect(count).toHaveText('161');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('e');
  const editor = page.getByTestId('editor-input');
  await editor.click();
  await editor.press('Control+End');
  await page.keyboard.type('又一段,有两处,半角');
  await expect(count).toHaveText('163');
  expect(page.workers().map((w) => w.url()).some((u) => /check\.worker/.test(u))).toBe(true);
});
