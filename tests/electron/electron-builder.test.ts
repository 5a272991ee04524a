// electron-builder.yml is checked against electron-builder's own schema (the
// Electron binary is not needed for that), plus what issue 3 asks of it.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const require = createRequire(__filename);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, log: unknown): Promise<void>;
};
const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, any>;
const quietLog = { add() {}, isEnabled: false };

describe('electron-builder.yml', () => {
  it('matches electron-builder’s configuration schema', async () => {
    await expect(validateConfiguration(structuredClone(config), quietLog)).resolves.toBeUndefined();
  });

  it('would catch a misspelt key (the schema check is real)', async () => {
    await expect(validateConfiguration({ ...structuredClone(config), electronFuses: { runAsNod: false } }, quietLog)).rejects.toThrow();
  });

  it('names the app and takes the icon from resources/', () => {
    expect(config.productName).toBe('Galley');
    expect(config.appId).toMatch(/^[a-z0-9.]+$/);
    expect(fs.existsSync(path.join(ROOT, config.icon))).toBe(true);
    const png = fs.readFileSync(path.join(ROOT, config.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512); // width: macOS needs ≥ 512
  });

  it('builds AppImage and deb, NSIS, and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('associates .txt pages', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'txt' })]);
  });

  it('ships the built app and the sample pages the app opens first', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**']));
    expect(config.extraResources).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'resources/samples', to: 'samples' })]));
    expect(fs.readdirSync(path.join(ROOT, 'resources/samples')).some((n) => n.endsWith('.txt'))).toBe(true);
  });

  it('sets the Electron fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
