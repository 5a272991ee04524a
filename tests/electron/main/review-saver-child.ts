// Child process for the concurrency and kill tests: saves reviews of one page
// through the main process's merge-save, as another Galley (or `galley
// confirm`) on a shared folder would. Each save starts from nothing but its
// own change, so only the merge can keep everyone else's.
import { saveReviewFile } from '../../../electron/main/review-store';
import { emptyReview } from '../../../shared/review';
import type { CreditRole } from '../../../shared/types';

const [sidecar, role, who, roundsArg, textSize] = process.argv.slice(2);
const rounds = Number(roundsArg);

async function main(): Promise<void> {
  for (let i = 0; rounds === 0 || i < rounds; i++) {
    const now = new Date();
    const at = now.toISOString();
    const state = emptyReview('page.txt', '原文', now);
    state.credits[role as CreditRole] = { role: role as CreditRole, names: [who], confirmedBy: `${who}-${i}`, confirmedAt: at };
    state.decisions[`${role}-${i}`] = 'accepted';
    state.decisionStamps[`${role}-${i}`] = { by: who, at };
    state.audit.push({ id: `${role}-${i}`, kind: 'confirm', by: who, at, role: role as CreditRole, after: who });
    if (textSize) {
      state.text = String(i % 10).repeat(Number(textSize));
      state.textStamp = { by: who, at };
    }
    const r = await saveReviewFile(sidecar, state);
    if (!r.ok) {
      process.stderr.write(`save ${i} failed: ${r.error}\n`);
      process.exit(1);
    }
    process.stdout.write(`saved ${i}\n`);
  }
}
void main();
