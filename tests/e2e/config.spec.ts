// The newsroom config in the app (browser build): a galley.config.json that
// turns a rule off, changes a severity, sets an option and allows a phrase
// changes what the copy editor sees, and the status bar says it is in force.
import { expect, test, type Page } from '@playwright/test';

const PAGE = '吸引了众多创业者 and 科技型企业入驻,带动就业,市民 via 手机预约““便民服务”。\n';
const CONFIG = {
  rules: {
    'quote/doubled': 'off',
    'text/stray-latin': { severity: 'warning', options: { allow: ['via'] } },
  },
  allow: ['入驻,带动'],
};

async function pick(page: Page, button: string, name: string, text: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId(button).click()]);
  await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

const finding = (page: Page, rule: string) => page.locator(`[data-testid=finding][data-rule="${rule}"]`);

test('a galley.config.json turns a rule off, changes a severity, sets an option and allows a phrase', async ({ page }) => {
  await page.goto('/');
  await pick(page, 'open-files', 'page.txt', PAGE);
  await expect(page.getByTestId('page-title')).toHaveText('page.txt');
  await expect(page.getByTestId('config-status')).toHaveText('默认设置');
  await expect(finding(page, 'quote/doubled')).toHaveCount(1);
  await expect(finding(page, 'text/stray-latin')).toHaveCount(2);
  await expect(finding(page, 'text/stray-latin').first()).toHaveClass(/sev-info/);
  await expect(finding(page, 'punct/halfwidth')).toHaveCount(2);

  await pick(page, 'config-status', 'galley.config.json', JSON.stringify(CONFIG));
  await expect(page.getByTestId('config-status')).toHaveText('配置：galley.config.json');
  await expect(finding(page, 'quote/doubled')).toHaveCount(0);
  await expect(finding(page, 'text/stray-latin')).toHaveCount(1);
  await expect(finding(page, 'text/stray-latin')).toContainText('and');
  await expect(finding(page, 'text/stray-latin')).toHaveClass(/sev-warning/);
  await expect(finding(page, 'punct/halfwidth')).toHaveCount(1);
  await expect(finding(page, 'punct/halfwidth')).toContainText('1:26');

  // A bad config: one line naming the file, the key and why; the config in
  // force stays.
  await pick(page, 'config-status', 'bad.json', JSON.stringify({ rules: { 'byline/absent': 'off' } }));
  await expect(page.getByTestId('toast').last()).toContainText('配置文件 bad.json: rules.byline/absent：没有这条规则');
  await expect(page.getByTestId('config-status')).toHaveText('配置：galley.config.json');
  await expect(finding(page, 'quote/doubled')).toHaveCount(0);
});
