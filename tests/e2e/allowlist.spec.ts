// "Add to allowlist" in the browser build: a word finding's 不再报告 button
// adds the text it covers to the config in the settings (a new config when
// none is loaded); the page is checked again and the finding is gone, also
// after a reload. The other findings stay.
import { expect, test, type Page } from '@playwright/test';

const PAGE = '本报讯 截止目前，全区已完成改造，工作按步就班推进。\n';

async function pick(page: Page, button: string, name: string, text: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId(button).click()]);
  await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

const misspellings = (page: Page) => page.locator('[data-testid=finding][data-rule="word/misspelling"]');

test('不再报告 adds the phrase to the config; the finding is gone, also after a reload', async ({ page }) => {
  await page.goto('/');
  await pick(page, 'open-files', 'page.txt', PAGE);
  await expect(page.getByTestId('page-title')).toHaveText('page.txt');
  await expect(page.getByTestId('config-status')).toHaveText('默认设置');
  await expect(misspellings(page)).toHaveCount(2);
  const first = misspellings(page).filter({ hasText: '截止目前' });
  await expect(first.getByTestId('allow-phrase')).toHaveAttribute('title', /「截止目前」/);
  await first.getByTestId('allow-phrase').click();

  await expect(page.getByTestId('toast').last()).toContainText('已把「截止目前」加入「galley.config.json」的允许词语');
  await expect(page.getByTestId('config-status')).toHaveText('配置：galley.config.json');
  await expect(misspellings(page)).toHaveCount(1);
  await expect(misspellings(page)).toContainText('按步就班');

  await page.reload();
  await pick(page, 'open-files', 'page.txt', PAGE);
  await expect(page.getByTestId('page-title')).toHaveText('page.txt');
  await expect(page.getByTestId('config-status')).toHaveText('配置：galley.config.json');
  // Checked again: the other misspelling is listed, the allowed one is not.
  await expect(misspellings(page)).toHaveCount(1);
  await expect(misspellings(page)).toContainText('按步就班');

  // A second phrase goes into the same config, the first stays.
  await misspellings(page).getByTestId('allow-phrase').click();
  await expect(misspellings(page)).toHaveCount(0);
});

test('a loaded config keeps its other keys when a phrase is added', async ({ page }) => {
  const text = '本报讯 截止目前,全区已完成改造，工作按步就班推进。\n';
  const halfwidth = page.locator('[data-testid=finding][data-rule="punct/halfwidth"]');
  await page.goto('/');
  await pick(page, 'open-files', 'page.txt', text);
  await expect(halfwidth).toHaveCount(1);
  await pick(page, 'config-status', 'ours.json', JSON.stringify({ rules: { 'punct/halfwidth': 'off' } }));
  await expect(page.getByTestId('config-status')).toHaveText('配置：ours.json');
  await expect(halfwidth).toHaveCount(0);
  await misspellings(page).filter({ hasText: '截止目前' }).getByTestId('allow-phrase').click();
  await expect(page.getByTestId('toast').last()).toContainText('已把「截止目前」加入「ours.json」的允许词语');
  await expect(misspellings(page)).toHaveCount(1);
  // The rule stays off: the config was added to, not replaced.
  await expect(halfwidth).toHaveCount(0);
});
