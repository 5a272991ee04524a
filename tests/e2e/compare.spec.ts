// End to end: the compare view (对照, issue 4) on two revisions of sample
// page 001, opened through the browser bridge's file picker.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors } from './page-errors';

const ROOT = resolve(__dirname, '../..');
const PAGE_001 = join(ROOT, 'resources/samples/001_090f44e9df0cafa1.txt');
const SHOTS = join(ROOT, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

/** Sample 001 revised: the broken sentence 融入生 / 活场景 joined, two
 *  character edits, a ，→ , width swap, a paragraph moved, and a hostile
 *  paragraph inserted (page text is untrusted). */
function revise(text: string): string {
  const lines = text.split('\n');
  const at = (n: number) => n - 1;
  lines[at(43)] += lines[at(45)];
  lines[at(45)] = '\u0000';
  lines[at(25)] = lines[at(25)].replace('重要民生', '重大民生');
  lines[at(49)] = lines[at(49)].replace('今年，', '今年以来，');
  lines[at(27)] = lines[at(27)].replace('，', ',');
  const moved = lines[at(84)];
  lines[at(84)] = '\u0000';
  lines[at(88)] += '\n\n' + moved;
  lines[at(102)] += '\n\n' + HOSTILE;
  return lines.filter((l) => l !== '\u0000').join('\n');
}

function writeRevisions(): [string, string] {
  const dir = mkdtempSync(join(tmpdir(), 'galley-compare-'));
  const original = readFileSync(PAGE_001, 'utf8');
  const a = join(dir, '001_一校.txt');
  const b = join(dir, '001_二校.txt');
  writeFileSync(a, original);
  writeFileSync(b, revise(original));
  return [a, b];
}

failOnPageErrors({ dialogs: true });

async function openTwo(page: Page, files: string[]) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('compare-open-two').click()]);
  await chooser.setFiles(files);
}

test('compare two revisions: step through changes, ignore punctuation width, follow a move, export the report', async ({ page }) => {
  const [oldFile, newFile] = writeRevisions();
  await page.goto('/');
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');

  await page.getByTestId('view-compare').click();
  await expect(page.getByTestId('compare-empty')).toBeVisible();
  await openTwo(page, [newFile, oldFile]);

  // Sorted by name: 一校 is old (left), 二校 new (right).
  await expect(page.getByTestId('compare-old-name')).toHaveText('001_一校.txt');
  await expect(page.getByTestId('compare-new-name')).toHaveText('001_二校.txt');
  const counter = page.getByTestId('compare-counter');
  await expect(counter).toHaveText('共 6 处');
  await expect(page.getByTestId('compare-stat-join')).toContainText('1');
  await expect(page.getByTestId('compare-stat-move')).toContainText('1');

  // Hostile page text is shown as text, never run.
  await expect(page.getByTestId('compare-grid')).toContainText('<script>alert("x")</script>');
  await expect(page.locator('[data-testid=compare-grid] img')).toHaveCount(0);

  // F7 / Shift+F7 and N / P move the counter and the highlighted row.
  const currentRow = page.locator('[data-testid=compare-row][data-current=true]');
  await page.keyboard.press('F7');
  await expect(counter).toHaveText('第 1 / 6 处');
  await expect(currentRow).toHaveCount(1);
  await expect(currentRow.locator('.cmp-del')).toHaveText('要');
  await expect(currentRow.locator('.cmp-ins')).toHaveText('大');
  await page.keyboard.press('F7');
  await expect(counter).toHaveText('第 2 / 6 处');
  await page.keyboard.press('Shift+F7');
  await expect(counter).toHaveText('第 1 / 6 处');
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(counter).toHaveText('第 3 / 6 处');
  // The join: the removed line break is visible as ¶ on the old side.
  await expect(currentRow).toHaveAttribute('data-type', 'join');
  await expect(currentRow.locator('.cmp-brk.brk-del')).toHaveText('¶');
  await expect(currentRow.locator('.cmp-cell.new')).toContainText('融入生活场景');
  await expect(currentRow).toBeInViewport();
  await page.keyboard.press('p');
  await expect(counter).toHaveText('第 2 / 6 处');
  await page.keyboard.press('Shift+F7');
  await page.keyboard.press('Shift+F7');
  await expect(counter).toHaveText('第 1 / 6 处');
  await expect(page.getByTestId('compare-note')).toHaveText('已是第一处改动');

  // A moved paragraph: its old place links to its new place and back.
  await page.getByTestId('compare-moved-to-link').click();
  await expect(counter).toHaveText('第 5 / 6 处');
  const movedTo = page.locator('[data-testid=compare-row][data-kind=moved-to]');
  await expect(movedTo).toHaveAttribute('data-current', 'true');
  await expect(movedTo).toBeInViewport();
  await page.getByTestId('compare-grid').screenshot({ path: join(SHOTS, 'compare-view-move.png') });
  await page.getByTestId('compare-moved-from-link').click();
  await expect(page.locator('[data-testid=compare-row][data-kind=moved-from]')).toBeInViewport();

  // Ignoring punctuation width drops the ，/, swap; the place is kept.
  await page.keyboard.press('F7');
  await expect(counter).toHaveText('第 6 / 6 处');
  await page.getByTestId('compare-ignore-punctuation').check();
  await expect(counter).toHaveText('第 5 / 5 处');
  await page.keyboard.press('F7'); // the box keeps the focus; keys still step
  await expect(page.getByTestId('compare-note')).toHaveText('已是最后一处改动');
  await page.getByTestId('compare-ignore-punctuation').uncheck();
  await expect(counter).toHaveText('第 6 / 6 处');
  await page.getByTestId('compare-ignore-punctuation').check();

  // The view's screenshot, on the join.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+F7');
  await expect(counter).toHaveText('第 2 / 5 处');
  await expect(currentRow).toHaveAttribute('data-type', 'join');
  await page.screenshot({ path: join(SHOTS, 'compare-view.png') });

  // Export: a self-contained report with the summary, the text escaped.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export').click()]);
  expect(download.suggestedFilename()).toBe('001_一校__001_二校.compare.html');
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html).toContain('修订对照 Revision compare');
  expect(html).toContain('改动 changes <b>5</b>');
  expect(html).toContain('001_一校.txt');
  expect(html).toContain('标点全半角');
  expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('<img src=x');
});

test('compare the open page against its safe fixes; review keys do nothing unseen', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('page-title')).toHaveText('000_9801057ab119ebec.txt');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-files').click()]);
  await chooser.setFiles(PAGE_001);
  await expect(page.getByTestId('page-title')).toHaveText('001_090f44e9df0cafa1.txt');
  // A finding is selected: an accept key would act on it.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('F8');
  await expect(page.locator('[data-testid=finding][data-selected=true]')).toHaveCount(1);

  await page.getByTestId('view-compare').click();
  await page.getByTestId('compare-choice-clean').click();
  await expect(page.getByTestId('compare-old-name')).toHaveText('001_090f44e9df0cafa1.txt');
  // The safe fixes of page 001 include joining 融入生 / 活场景.
  const joins = page.locator('[data-testid=compare-row][data-type=join]', { hasText: '融入生' });
  await expect(joins).toHaveCount(1);
  await expect(joins.locator('.cmp-cell.new')).toContainText('融入生活场景');

  // A (accept) in the compare view must not accept a finding on the page.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  await page.getByTestId('view-page').click();
  await expect(page.locator('[data-testid=finding][data-selected=true]')).toHaveCount(1);
  await expect(page.locator('[data-testid=finding][data-state=accepted]')).toHaveCount(0);
});
