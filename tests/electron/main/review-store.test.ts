import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corruptPathFor, loadReviewFile, saveReviewFile } from '../../../electron/main/review-store';
import { emptyReview } from '../../../shared/review';

let dir: string;
let sidecar: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-review-'));
  sidecar = path.join(dir, 'page.txt.galley.json');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('review sidecars', () => {
  it('round-trips a review', async () => {
    const state = { ...emptyReview('page.txt', '责编 余瑞新'), decisions: { 'sentence/broken:abc': 'accepted' as const } };
    expect(await saveReviewFile(sidecar, state)).toEqual({ ok: true, path: sidecar });
    expect(await loadReviewFile(sidecar)).toEqual({ state });
    expect(fs.readdirSync(dir)).toEqual(['page.txt.galley.json']);
  });

  it('starts unreviewed when there is no sidecar', async () => {
    expect(await loadReviewFile(sidecar)).toEqual({ state: null });
  });

  it('keeps a corrupt sidecar aside and says so, instead of discarding it', async () => {
    fs.writeFileSync(sidecar, '{"version":1,"page":"page.txt","decis'); // cut off by a crash
    const now = new Date('2024-05-01T09:30:00.000Z');
    const loaded = await loadReviewFile(sidecar, 'en', now);
    expect(loaded.state).toBeNull();
    const aside = corruptPathFor(sidecar, now);
    expect(loaded.warning).toContain(path.basename(aside));
    expect(loaded.warning).not.toMatch(/\n/);
    expect(fs.existsSync(sidecar)).toBe(false);
    expect(fs.readFileSync(aside, 'utf8')).toBe('{"version":1,"page":"page.txt","decis');
    // …and the next save does not touch what was kept aside.
    await saveReviewFile(sidecar, emptyReview('page.txt', ''));
    expect(fs.existsSync(aside)).toBe(true);
  });

  it('keeps a valid-JSON non-review aside too (Chinese warning by default)', async () => {
    fs.writeFileSync(sidecar, '[1,2,3]');
    const loaded = await loadReviewFile(sidecar);
    expect(loaded.warning).toMatch(/已另存为 page\.txt\.galley\.json\.corrupt-/);
  });

  it('refuses to save something that is not a review', async () => {
    expect((await saveReviewFile(sidecar, { version: 2 })).ok).toBe(false);
    expect((await saveReviewFile(sidecar, null)).ok).toBe(false);
    expect(fs.existsSync(sidecar)).toBe(false);
  });

  it('reports a failed save as one line', async () => {
    const r = await saveReviewFile(path.join(dir, 'gone', 'p.galley.json'), emptyReview('p', ''));
    expect(r.ok).toBe(false);
    expect(r.error).not.toMatch(/\n/);
  });
});
