import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../renderer/src/keys';

const key = (k: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean; meta?: boolean } = {}) =>
  commandForKey({ key: k, ctrlKey: !!mods.ctrl, shiftKey: !!mods.shift, altKey: !!mods.alt, metaKey: !!mods.meta, target: null });

describe('keyboard map', () => {
  it('walks findings with F8 / Shift+F8', () => {
    expect(key('F8')).toBe('next-finding');
    expect(key('F8', { shift: true })).toBe('previous-finding');
  });

  it('accepts with Enter or A, rejects with Delete or R', () => {
    expect(key('Enter')).toBe('accept');
    expect(key('a')).toBe('accept');
    expect(key('Delete')).toBe('reject');
    expect(key('r')).toBe('reject');
    expect(key('u')).toBe('undecide');
  });

  it('undo / redo and "apply all safe fixes" with Ctrl (or Cmd)', () => {
    expect(key('z', { ctrl: true })).toBe('undo');
    expect(key('Z', { ctrl: true, shift: true })).toBe('redo');
    expect(key('z', { meta: true, shift: true })).toBe('redo');
    expect(key('y', { ctrl: true })).toBe('redo');
    expect(key('Enter', { ctrl: true, shift: true })).toBe('apply-safe-fixes');
    expect(key('o', { ctrl: true })).toBe('open-files');
  });

  it('leaves Ctrl+E to the desktop menu (export) and other keys alone', () => {
    expect(key('e', { ctrl: true })).toBeNull();
    expect(key('e')).toBe('edit-mode');
    expect(key('x')).toBeNull();
    expect(key('Enter', { alt: true })).toBeNull();
  });
});
