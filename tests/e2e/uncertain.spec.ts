// End to end, issue 10: 显示存疑 and the house style. A mainland-style page
// with one long unsigned article and no other signed article: its
// byline/missing is uncertain (the paper may not sign at the head), so it is
// hidden — from the panel, the highlights, F8 and the 校对单 — until the
// switch is on, and then marked. The status bar says which house style the
// page was checked in, and why.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { MAINLAND_PAGE } from '../fixtures/mainland-page';
import { failOnPageErrors } from './page-errors';

const ROOT = resolve(__dirname, '../..');
const SHOTS = join(ROOT, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

// Checked with checkText: mainland profile; byline/missing uncertain,
// punct/halfwidth (the `,`) sure with a safe fix.
const PAGE = MAINLAND_PAGE;
const NAME = 'mainland.txt';

async function openPage(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-files').click()]);
  await chooser.setFiles({ name: NAME, mimeType: 'text/plain', buffer: Buffer.from(PAGE) });
  await expect(page.getByTestId('page-title')).toHaveText(NAME);
}

const finding = (page: Page, rule: string) => page.locator(`[data-testid=finding][data-rule="${rule}"]`);
const highlight = (page: Page, rule: string) => page.locator(`[data-testid=page-blocks] [data-key^="${rule}|"]`);
const listCount = (page: Page) => page.locator(`[data-testid=page-item][data-name="${NAME}"] .badge.warning`);
const selected = (page: Page) => page.locator('[data-testid=finding][data-selected=true]');

async function exportCsv(page: Page): Promise<string> {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report-csv').click()]);
  return readFileSync((await download.path())!, 'utf8');
}

failOnPageErrors();

test('uncertain findings are hidden until 显示存疑 is on, then marked; the status bar names the house style', async ({ page }) => {
  await openPage(page);

  // The house style, and why in its tooltip.
  const style = page.getByTestId('house-style');
  await expect(style).toHaveText('版式：内地报纸（通用）');
  await expect(style).toHaveAttribute('title', /依据：简体字、现代标点/);
  // A paper of this style prints no credits line: no role is marked 缺.
  await expect(page.getByTestId('credits-bar').locator('.credit-missing')).toHaveCount(0);

  // Off by default: the uncertain byline/missing is nowhere — not listed,
  // not counted, not highlighted, not on F8's walk, not on the 校对单.
  const toggle = page.getByTestId('show-uncertain');
  await expect(toggle).not.toBeChecked();
  await expect(page.getByTestId('uncertain-count')).toHaveText('1');
  await expect(finding(page, 'punct/halfwidth')).toHaveCount(1);
  await expect(finding(page, 'byline/missing')).toHaveCount(0);
  await expect(page.locator('[data-testid=findings-panel] .sev-counts .badge.warning')).toHaveText('1');
  await expect(listCount(page)).toHaveText('1');
  await expect(highlight(page, 'punct/halfwidth')).toHaveCount(1);
  await expect(highlight(page, 'byline/missing')).toHaveCount(0);
  await page.keyboard.press('F8');
  await expect(selected(page)).toHaveAttribute('data-rule', 'punct/halfwidth');
  await page.keyboard.press('F8');
  await expect(selected(page)).toHaveAttribute('data-rule', 'punct/halfwidth');
  expect(await exportCsv(page)).not.toContain('稿件缺署名');

  // On: listed and highlighted, marked uncertain; F8 reaches it.
  await toggle.check();
  const byline = finding(page, 'byline/missing');
  await expect(byline).toHaveCount(1);
  await expect(byline).toHaveAttribute('data-uncertain', 'true');
  await expect(byline).toHaveClass(/\buncertain\b/);
  await expect(byline.getByTestId('uncertain-tag')).toHaveText('存疑');
  await expect(finding(page, 'punct/halfwidth').getByTestId('uncertain-tag')).toHaveCount(0);
  await expect(page.locator('[data-testid=findings-panel] .sev-counts .badge.warning')).toHaveText('2');
  await expect(listCount(page)).toHaveText('2');
  await expect(highlight(page, 'byline/missing')).toHaveClass(/\buncertain\b/);
  await page.keyboard.press('F8');
  await expect(selected(page)).toHaveAttribute('data-rule', 'byline/missing');
  expect(await exportCsv(page)).toContain('稿件缺署名');

  // A decision on it survives the switch going off and on again.
  await byline.getByTestId('reject').click();
  await expect(byline).toHaveAttribute('data-state', 'rejected');
  await toggle.uncheck();
  await expect(finding(page, 'byline/missing')).toHaveCount(0);
  await toggle.check();
  await expect(finding(page, 'byline/missing')).toHaveAttribute('data-state', 'rejected');

  // The screenshots of the panel with the switch on, in zh and en.
  await finding(page, 'byline/missing').click();
  await page.screenshot({ path: join(SHOTS, 'uncertain-zh.png') });
  await page.getByTestId('toggle-locale').click();
  await expect(style).toHaveText('House style: Mainland daily (general)');
  await expect(style).toHaveAttribute('title', /Because: simplified characters, modern punctuation/);
  await expect(finding(page, 'byline/missing').getByTestId('uncertain-tag')).toHaveText('uncertain');
  await page.screenshot({ path: join(SHOTS, 'uncertain-en.png') });
  await page.getByTestId('findings-panel').screenshot({ path: join(SHOTS, 'uncertain-panel-en.png') });
  await page.getByTestId('toggle-locale').click();

  // The switch is a setting: it stays on after a reload.
  await expect(page.getByTestId('saved')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');
  await expect(page.getByTestId('show-uncertain')).toBeChecked();
});
