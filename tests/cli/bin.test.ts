// The built CLI as users run it: bin/galley.cjs → out/cli/galley.cjs, in a
// child process, including the worker-thread pool used for big batches.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReview } from '../../shared/review';
import { buildCli, expectNoStack, ROOT, runBuilt, type Run } from './run';

const S0 = 'resources/samples/000_9801057ab119ebec.txt';
const SAMPLES = ['000_9801057ab119ebec.txt', '001_090f44e9df0cafa1.txt', '002_6323321094799b0d.txt'];

beforeAll(() => buildCli(), 60_000);

describe('bin/galley.cjs', () => {
  it('prints the package version', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const r = runBuilt(['--version']);
    expect(r.stdout).toBe(`galley ${pkg.version}\n`);
    expect(r.code).toBe(0);
  });

  it('checks a sample page from the repository root', () => {
    const r = runBuilt(['check', 'resources/samples/002_6323321094799b0d.txt']);
    expect(r.stdout).toContain('resources/samples/002_6323321094799b0d.txt:14:17  warning  punct/halfwidth  ');
    expect(r.code).toBe(0);
  });

  it('runs as `npx galley` from the repository root (npm exec finds the package’s own bin)', () => {
    const r = spawnSync('npx', ['--offline', 'galley', 'check', '--format', 'json', S0], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files[0].path).toBe(S0);
  });

  it('exits 2 with one line, no stack, for a missing file: in Chinese by default, in English when asked', () => {
    const r = runBuilt(['check', 'nope.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('galley: nope.txt: 文件或目录不存在\n');
    expect(runBuilt(['check', 'nope.txt'], ROOT, { LANG: 'en_US.UTF-8' }).stderr).toBe('galley: nope.txt: no such file or directory\n');
    expect(runBuilt(['check', '--locale', 'en', 'nope.txt'], ROOT, { LANG: 'zh_CN.UTF-8' }).stderr).toBe(
      'galley: nope.txt: no such file or directory\n',
    );
  });
});

describe.runIf(process.platform === 'linux')('bin/galley.cjs: output that cannot be written', () => {
  it.each([
    [['check', S0]],
    [['check', '--format', 'json', S0]],
    [['clean', '-o', '-', S0]],
    [['diff', S0, 'resources/samples/001_090f44e9df0cafa1.txt']],
  ])('%j > /dev/full: one line, exit 2', (args) => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/galley.cjs'), ...args], {
        cwd: ROOT,
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
        env: { ...process.env, GALLEY_LOCALE: 'zh' },
      });
      expect(r.stderr).toBe('galley: 无法写入标准输出：磁盘空间不足\n');
      expect(r.status).toBe(2);
    } finally {
      closeSync(fd);
    }
  });
});

describe('worker pool for big batches', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-pool-'));
  for (let i = 0; i < 60; i++) {
    copyFileSync(path.join(ROOT, 'resources/samples', SAMPLES[i % 3]), path.join(dir, `p${String(i).padStart(3, '0')}.txt`));
  }
  writeFileSync(path.join(dir, 'p030-bad.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]));

  it('prints exactly what the single-threaded run prints, in the same order', () => {
    const one = runBuilt(['check', '--locale', 'en', '--jobs', '0', '--format', 'json', dir]);
    const two = runBuilt(['check', '--locale', 'en', '--jobs', '2', '--format', 'json', dir]);
    expectNoStack(two.stderr);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr).toBe(`galley: ${path.join(dir, 'p030-bad.txt')}: binary file (PNG image), not page text\n`);
    expect(JSON.parse(two.stdout).files).toHaveLength(61);
    expect(two.code).toBe(2);
    expect(one.code).toBe(2);
  });

  it('checks each page under its own config in the workers, as the single thread does', () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'galley-pool-config-'));
    for (const [sub, config] of [
      ['off', { rules: { 'punct/halfwidth': 'off' } }],
      ['plain', undefined],
      ['styled', { profile: 'general', rules: { 'sentence/broken': 'error' } }],
    ] as const) {
      mkdirSync(path.join(d, sub));
      if (config) writeFileSync(path.join(d, sub, 'galley.config.json'), JSON.stringify(config));
      for (let i = 0; i < 8; i++) copyFileSync(path.join(ROOT, 'resources/samples', SAMPLES[2]), path.join(d, sub, `p${i}.txt`));
    }
    const one = runBuilt(['check', '--locale', 'en', '--jobs', '0', '--format', 'json', d]);
    const two = runBuilt(['check', '--locale', 'en', '--jobs', '2', '--format', 'json', d]);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const files = JSON.parse(two.stdout).files as { path: string; config: string | null; profile: { id: string }; findings: { rule: string; severity: string }[] }[];
    const of = (sub: string) => files.filter((f) => f.path.includes(`${path.sep}${sub}${path.sep}`));
    expect(of('off').every((f) => f.config?.endsWith(path.join('off', 'galley.config.json')) && !f.findings.some((x) => x.rule === 'punct/halfwidth'))).toBe(true);
    expect(of('plain').every((f) => f.config === null && f.findings.some((x) => x.rule === 'punct/halfwidth'))).toBe(true);
    expect(of('styled').every((f) => f.profile.id === 'general' && f.findings.some((x) => x.rule === 'sentence/broken' && x.severity === 'error'))).toBe(true);
    expect(two.code).toBe(1);
  });

  it('uses the pool by default for a directory this size, with the same text output', () => {
    const one = runBuilt(['check', '--locale', 'en', '--jobs', '0', dir]);
    const auto = runBuilt(['check', '--locale', 'en', dir]);
    expect(auto.stdout).toBe(one.stdout);
    expect(auto.stdout.trimEnd().split('\n').at(-1)).toMatch(/^60 files checked: .*; 1 file could not be checked$/);
  });

  it('ends quietly when the reader closes the pipe early (`| head`), workers and all', () => {
    const r = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "$0" bin/galley.cjs check --jobs 2 --format json "$1" | head -c 100 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`, process.execPath, dir],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('exit=0\n');
  });

  it('gives up on a file that never finishes (watchdog), and checks the rest', () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'galley-stall-'));
    for (let i = 0; i < 20; i++) copyFileSync(path.join(ROOT, 'resources/samples', SAMPLES[i % 3]), path.join(d, `p${String(i).padStart(2, '0')}.txt`));
    copyFileSync(path.join(ROOT, 'resources/samples', SAMPLES[0]), path.join(d, 'p05-stall-me.txt'));
    const r = runBuilt(['check', '--locale', 'en', '--jobs', '2', d], ROOT, { GALLEY_TEST_STALL: 'stall-me', GALLEY_FILE_TIMEOUT_MS: '5000' });
    expect(r.stderr).toBe(`galley: ${path.join(d, 'p05-stall-me.txt')}: gave up: checking took longer than 5 s\n`);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^20 files checked: .*; 1 file could not be checked$/);
    expect(r.code).toBe(2);
  });
});

/** The built CLI in a child process that runs alongside others. */
function runAsync(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'out/cli/galley.cjs'), ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('galley confirm from several processes at once (issue 12)', () => {
  const ROLES = ['责编', '美编', '审读', '排版'] as const;
  const ROUNDS = 5;

  it('four processes confirming the four roles, round after round, always leave all four latest confirmations', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-confirm-race-'));
    copyFileSync(path.join(ROOT, 'resources/samples', SAMPLES[1]), path.join(dir, 'p.txt'));
    for (let round = 1; round <= ROUNDS; round++) {
      const runs = await Promise.all(ROLES.map((role) => runAsync(['confirm', '--role', role, '--by', `${role}${round}`, 'p.txt'], dir)));
      for (const r of runs) expect([r.code, r.stderr]).toEqual([0, '']);
      const review = parseReview(readFileSync(path.join(dir, 'p.txt.galley.json'), 'utf8')).state!;
      expect(ROLES.map((role) => review.credits[role]?.confirmedBy)).toEqual(ROLES.map((role) => `${role}${round}`));
      // Every confirmation ever made is in the trail: nobody's save erased another's.
      expect(review.audit.filter((a) => a.kind === 'confirm')).toHaveLength(ROLES.length * round);
    }
  }, 120_000);

  it('the report of the confirmed page shows them in local time with the offset, no UTC', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-report-tz-'));
    copyFileSync(path.join(ROOT, 'resources/samples', SAMPLES[1]), path.join(dir, 'p.txt'));
    const env = { TZ: 'Asia/Shanghai', GALLEY_LOCALE: 'zh' };
    expect((await runAsync(['confirm', '--role', '审读', '--by', '林校对', 'p.txt'], dir, env)).stdout).toMatch(/，\d{4}-\d\d-\d\d \d\d:\d\d \+08:00\n$/);
    const at = parseReview(readFileSync(path.join(dir, 'p.txt.galley.json'), 'utf8')).state!.credits.审读!.confirmedAt;
    const beijing = new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') + ' +08:00';
    for (const format of ['html', 'csv']) {
      const r = await runAsync(['report', '--format', format, 'p.txt'], dir, env);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(beijing);
      expect(r.stdout).toContain('林校对');
      expect(r.stdout).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    }
  });
});

// Issue 13: the CLI installs for use anywhere from `npm pack`'s tarball.
describe('npm pack: the command line alone, installable anywhere', () => {
  // An installed prefix holds the dependencies too (react-dom…): cleaned up.
  const made: string[] = [];
  const tmp = (prefix: string) => {
    const d = mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(d);
    return d;
  };
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A copy of the checkout's packing inputs (sources and node_modules
   *  linked), so packing never rewrites the checkout's package.json while
   *  other tests read it. */
  function packingCopy(): string {
    const dir = tmp('galley-pack-src-');
    for (const f of ['package.json', 'README.md', 'bin/galley.cjs', 'scripts/build-cli.mjs', 'scripts/pack-manifest.mjs']) {
      cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
    }
    for (const d of ['electron', 'shared', 'node_modules']) symlinkSync(path.join(ROOT, d), path.join(dir, d));
    return dir;
  }

  const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  let tarball = '';
  let src = '';

  beforeAll(() => {
    src = packingCopy();
    const dest = tmp('galley-pack-');
    const r = npm(['pack', '--pack-destination', dest], src);
    if (r.status !== 0) throw new Error('npm pack failed: ' + r.stderr);
    tarball = path.join(dest, readdirSync(dest).find((f) => f.endsWith('.tgz'))!);
  }, 120_000);

  it('holds the launcher and the freshly built bundle, and no install script of the checkout', () => {
    const list = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).sort();
    expect(list).toEqual(['package/README.md', 'package/bin/galley.cjs', 'package/out/cli/galley.cjs', 'package/package.json']);
    const pkg = JSON.parse(spawnSync('tar', ['xzf', tarball, '-O', 'package/package.json'], { encoding: 'utf8' }).stdout);
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[s]).toBeUndefined();
    expect(pkg.bin).toEqual({ galley: 'bin/galley.cjs' });
    // postpack put the checkout's own package.json back, byte for byte.
    expect(readFileSync(path.join(src, 'package.json'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(existsSync(path.join(src, 'package.json.orig'))).toBe(false);
  });

  it('runs unpacked in another folder with no node_modules: the bundle needs nothing else', () => {
    const dir = tmp('galley-unpacked-');
    spawnSync('tar', ['xzf', tarball, '-C', dir]);
    const elsewhere = tmp('galley-elsewhere-');
    copyFileSync(path.join(ROOT, 'resources/samples', SAMPLES[2]), path.join(elsewhere, 'page.txt'));
    const missing = runBuiltAt(path.join(dir, 'package/bin/galley.cjs'), ['check', '/no/such.txt'], elsewhere);
    expect([missing.code, missing.stderr]).toEqual([2, 'galley: /no/such.txt: 文件或目录不存在\n']);
    const ok = runBuiltAt(path.join(dir, 'package/bin/galley.cjs'), ['check', 'page.txt'], elsewhere);
    expect(ok.stdout).toContain('page.txt:14:17  warning  punct/halfwidth  ');
    expect(ok.code).toBe(0);
  });

  // The real `npm install -g`, offline: the tarball's dependencies must be in
  // npm's cache (a machine that has installed them once). Where they are
  // not, this says so and skips rather than reach the registry.
  it('installs with `npm install -g` into a prefix and runs as `galley` from another folder, in Chinese by default', (ctx) => {
    const prefix = tmp('galley-prefix-');
    const r = npm(['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], os.tmpdir());
    if (r.status !== 0 && /ENOTCACHED/.test(r.stderr)) ctx.skip('the tarball’s dependencies are not in npm’s cache (offline)');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/install-scripts|allowScripts/);
    const elsewhere = tmp('galley-elsewhere-');
    const missing = runBuiltAt(path.join(prefix, 'bin/galley'), ['check', '/no/such.txt'], elsewhere);
    expect([missing.code, missing.stderr]).toEqual([2, 'galley: /no/such.txt: 文件或目录不存在\n']);
  }, 120_000);
});

/** A galley launcher at `bin` run directly (its #! line), locale unset. */
function runBuiltAt(bin: string, args: string[], cwd: string): Run {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['GALLEY_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE'].includes(k)));
  const r = spawnSync(bin, args, { cwd, env, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
