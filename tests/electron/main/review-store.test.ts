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
    expect(await saveReviewFile(sidecar, state)).toEqual({ ok: true, path: sidecar, review: state });
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

// ---------------------------------------------------------------- merging

import { spawn } from 'node:child_process';
import { lockPathFor, withFileLock } from '../../../electron/main/file-lock';
import { CREDIT_ROLES } from '../../../shared/types';

const T1 = '2026-11-29T16:00:00.000Z';
const T2 = '2026-11-29T16:05:00.000Z';

describe('review sidecars: saves merge with what is on disk', () => {
  it('a second person’s save keeps the first one’s confirmation and decisions', async () => {
    const a = emptyReview('page.txt', '原文', new Date(T1));
    a.credits.责编 = { role: '责编', names: ['余瑞新'], confirmedBy: '甲', confirmedAt: T1 };
    a.decisions.k1 = 'accepted';
    a.decisionStamps.k1 = { by: '甲', at: T1 };
    await saveReviewFile(sidecar, a);
    const b = emptyReview('page.txt', '原文', new Date(T2));
    b.credits.审读 = { role: '审读', names: ['王五'], confirmedBy: '乙', confirmedAt: T2 };
    const saved = await saveReviewFile(sidecar, b);
    expect(Object.keys(saved.review!.credits).sort()).toEqual(['审读', '责编']);
    const { state } = await loadReviewFile(sidecar);
    expect(state!.credits.责编!.confirmedBy).toBe('甲');
    expect(state!.credits.审读!.confirmedBy).toBe('乙');
    expect(state!.decisions).toEqual({ k1: 'accepted' });
    expect(fs.existsSync(lockPathFor(sidecar))).toBe(false);
  });

  it('an old-format (version 1) sidecar on disk is merged, not lost', async () => {
    fs.writeFileSync(
      sidecar,
      JSON.stringify({ version: 1, page: 'page.txt', sourceHash: 'x', decisions: { k: 'rejected' }, credits: {}, updatedAt: T1 }),
    );
    const r = await saveReviewFile(sidecar, emptyReview('page.txt', '原文', new Date(T2)));
    expect(r.review!.decisions).toEqual({ k: 'rejected' });
    expect(JSON.parse(fs.readFileSync(sidecar, 'utf8')).version).toBe(2);
  });

  it('a badly typed sidecar on disk is kept aside, not merged or overwritten', async () => {
    fs.writeFileSync(sidecar, JSON.stringify({ ...emptyReview('page.txt', ''), credits: { 责编: 'yes' } }));
    const loaded = await loadReviewFile(sidecar, 'en');
    expect(loaded.state).toBeNull();
    expect(loaded.warning).toContain('credits.责编');
    expect(fs.readdirSync(dir).filter((n) => n.includes('.corrupt-'))).toHaveLength(1);
  });

  it('a sidecar over the size cap is moved aside, so the next save does not replace it', async () => {
    const { MAX_SIDECAR_BYTES } = await import('../../../electron/main/review-store');
    fs.writeFileSync(sidecar, '');
    fs.truncateSync(sidecar, MAX_SIDECAR_BYTES + 1);
    const loaded = await loadReviewFile(sidecar, 'en');
    expect(loaded.warning).toMatch(/kept aside/);
    expect(fs.existsSync(sidecar)).toBe(false);
  });

  it('a lock left by a process that died is broken; a live one is waited for', async () => {
    fs.writeFileSync(lockPathFor(sidecar), JSON.stringify({ token: 't', pid: 2 ** 22 + 12345, host: require('node:os').hostname(), at: 0 }));
    expect((await saveReviewFile(sidecar, emptyReview('page.txt', ''))).ok).toBe(true);
    // A live holder (this process) blocks until released or timed out.
    let release!: () => void;
    const held = withFileLock(sidecar, () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 20));
    const blocked = await saveReviewFile(sidecar, emptyReview('page.txt', ''), { timeoutMs: 150 });
    expect(blocked.ok).toBe(false);
    expect(blocked.error).toMatch(/another process/);
    release();
    await held;
    expect((await saveReviewFile(sidecar, emptyReview('page.txt', ''))).ok).toBe(true);
  });
});

function saver(role: string, who: string, rounds: number, textSize = 0) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'review-saver-child.ts'), sidecar, role, who, String(rounds), String(textSize || '')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  let saves = 0;
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.on('data', (d: Buffer) => (saves += String(d).split('\n').filter(Boolean).length));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { child, done, saves: () => saves };
}

describe('review sidecars: several processes at once', () => {
  it('four processes confirming the four roles at once, round after round, leave all four latest confirmations', { timeout: 90_000 }, async () => {
    const ROUNDS = 12;
    const names = ['甲', '乙', '丙', '丁'];
    const procs = CREDIT_ROLES.map((role, i) => saver(role, names[i], ROUNDS));
    const results = await Promise.all(procs.map((p) => p.done));
    for (const r of results) expect(r).toEqual({ code: 0, stderr: '' });
    const { state, warning } = await loadReviewFile(sidecar);
    expect(warning).toBeUndefined();
    CREDIT_ROLES.forEach((role, i) => expect(state!.credits[role]!.confirmedBy).toBe(`${names[i]}-${ROUNDS - 1}`));
    // Not one save lost: every decision and audit entry of every round is there.
    expect(Object.keys(state!.decisions)).toHaveLength(4 * ROUNDS);
    expect(state!.audit).toHaveLength(4 * ROUNDS);
    expect(fs.readdirSync(dir).sort()).toEqual(['page.txt.galley.json']);
  });

  it('a kill in the middle of a save leaves the previous or the new state, readable, and the next save goes on', { timeout: 90_000 }, async () => {
    for (let kill = 0; kill < 4; kill++) {
      const p = saver('审读', '王', 0, 200_000);
      const giveUp = Date.now() + 20_000;
      while (p.saves() < 2 + kill && Date.now() < giveUp) await new Promise((r) => setTimeout(r, 5));
      // Somewhere inside a save: the lock held, a temp file half written, or the rename.
      await new Promise((r) => setTimeout(r, Math.random() * 15));
      p.child.kill('SIGKILL');
      await p.done;
      const { state, warning } = await loadReviewFile(sidecar);
      expect(warning).toBeUndefined();
      expect(state!.credits.审读!.names).toEqual(['王']);
      expect(state!.text).toMatch(/^(\d)\1*$/);
      expect(state!.text).toHaveLength(200_000);
      // The dead holder's lock does not block the next person.
      const next = emptyReview('page.txt', '原文');
      next.credits.排版 = { role: '排版', names: ['赵'], confirmedBy: '赵', confirmedAt: new Date().toISOString() };
      const r = await saveReviewFile(sidecar, next, { timeoutMs: 12_000 });
      expect(r.ok).toBe(true);
      expect(r.review!.credits.审读).toBeDefined();
    }
  });
});
