// Any uncaught error in the page (and, with `dialogs`, any alert or confirm
// the app raises unasked) fails the test that caused it. Call once at the
// top of a spec file.
import { expect, test } from '@playwright/test';

export function failOnPageErrors({ dialogs = false } = {}): void {
  const errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors.length = 0;
    page.on('pageerror', (e) => errors.push(e.message));
    if (dialogs) {
      page.on('dialog', (d) => {
        errors.push('dialog: ' + d.message());
        void d.dismiss();
      });
    }
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });
}
