// Character devices to write to in tests. As root, a node made for the test
// in its own folder (mknod): a broken writer would replace that node, never
// the machine's /dev/null or /dev/full, which root could replace too.
// Otherwise the real device, which an ordinary user cannot replace.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const MINOR = { null: '3', full: '7' } as const;

export function charDevice(dir: string, kind: keyof typeof MINOR): string {
  if (process.getuid?.() !== 0) return `/dev/${kind}`;
  const node = path.join(dir, `${kind}-device`);
  execFileSync('mknod', ['-m', '666', node, 'c', '1', MINOR[kind]]);
  return node;
}

export const nullDevice = (dir: string) => charDevice(dir, 'null');
