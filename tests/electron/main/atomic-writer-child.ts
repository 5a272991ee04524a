// Child process for the kill-midway test: rewrites the target atomically in
// a loop with large, uniform contents until it is killed.
import { writeFileAtomic } from '../../../electron/main/atomic-write';

const [target, sizeArg] = process.argv.slice(2);
const size = Number(sizeArg);
const versions = 'BCDEFGH';
// (a function, not top-level await: tsx runs this file as CommonJS)
async function loop(): Promise<never> {
  for (let v = 0; ; v++) {
    const ch = versions[v % versions.length];
    await writeFileAtomic(target, Buffer.alloc(size, ch));
    process.stdout.write(`wrote ${ch}\n`);
  }
}
void loop();
