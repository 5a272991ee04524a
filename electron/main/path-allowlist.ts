// The main process reads and writes only paths the user picked (docs/design.md §9):
// dialogs, drops, recent files chosen earlier, the command line, the bundled
// sample. Each picked page gets an opaque id; the renderer only ever holds ids,
// so a compromised renderer cannot name a path it was not given. Pure (no
// electron, no fs) so it can be tested directly.
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { SIDECAR_SUFFIX } from '../../shared/review';

export type PickedBy = 'open-dialog' | 'folder-dialog' | 'drop' | 'recent' | 'argv' | 'sample' | 'save-dialog';

/** Resolve to an absolute, normalised path; `..` segments are collapsed
 *  before any comparison so `a/page.txt/../secret` is never `a/page.txt`. */
export function normalisePath(p: string, platform: NodeJS.Platform = process.platform): string {
  const resolved = path.resolve(p);
  // Windows and macOS filesystems are case-insensitive by default.
  return platform === 'win32' || platform === 'darwin' ? resolved.toLowerCase() : resolved;
}

export function sidecarPathFor(pagePath: string): string {
  return pagePath + SIDECAR_SUFFIX;
}

export class PathAllowlist {
  private readonly byId = new Map<string, string>();
  private readonly idByKey = new Map<string, string>();
  private readonly pickedBy = new Map<string, PickedBy>();
  /** Save-dialog targets: writable, never readable as pages. */
  private readonly writeTargets = new Set<string>();

  constructor(
    private readonly platform: NodeJS.Platform = process.platform,
    private readonly newId: () => string = () => 'p-' + randomUUID(),
  ) {}

  private key(p: string): string {
    return normalisePath(p, this.platform);
  }

  /** Records a page path the user picked; returns its opaque id (the same id
   *  when the same file is picked again). */
  allowPage(p: string, by: PickedBy): string {
    if (typeof p !== 'string' || p.length === 0 || p.includes('\0')) throw new Error('not a usable path');
    const k = this.key(p);
    const existing = this.idByKey.get(k);
    if (existing) return existing;
    const id = this.newId();
    this.byId.set(id, path.resolve(p));
    this.idByKey.set(k, id);
    this.pickedBy.set(id, by);
    return id;
  }

  /** A save-dialog choice: may be written once picked, not read as a page. */
  allowWriteTarget(p: string): void {
    this.writeTargets.add(this.key(p));
  }

  /** Path of a page id, or undefined for an id we never handed out. */
  pathOf(id: unknown): string | undefined {
    return typeof id === 'string' ? this.byId.get(id) : undefined;
  }

  idOf(p: string): string | undefined {
    return this.idByKey.get(this.key(p));
  }

  howPicked(id: string): PickedBy | undefined {
    return this.pickedBy.get(id);
  }

  /** Sidecar path of an allowed page id. */
  sidecarOf(id: unknown): string | undefined {
    const p = this.pathOf(id);
    return p === undefined ? undefined : sidecarPathFor(p);
  }

  /** Every page path handed out (for comparing files by identity). */
  pagePaths(): string[] {
    return [...this.byId.values()];
  }

  isPage(p: string): boolean {
    return this.idByKey.has(this.key(p));
  }

  /** Reading: a picked page or the sidecar beside one. */
  canRead(p: string): boolean {
    if (typeof p !== 'string' || p.includes('\0')) return false;
    return this.isPage(p) || this.isSidecarOfPage(p);
  }

  /** Writing: the sidecar beside a picked page, or a save-dialog target (which
   *  may be the source page itself; the caller keeps a backup then). */
  canWrite(p: string): boolean {
    if (typeof p !== 'string' || p.includes('\0')) return false;
    return this.isSidecarOfPage(p) || this.writeTargets.has(this.key(p));
  }

  private isSidecarOfPage(p: string): boolean {
    const k = this.key(p);
    // SIDECAR_SUFFIX is lower case, so it matches keys on every platform.
    if (!k.endsWith(SIDECAR_SUFFIX)) return false;
    return this.idByKey.has(k.slice(0, -SIDECAR_SUFFIX.length));
  }
}
