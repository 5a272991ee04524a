// credits/incomplete: one of 责编/美编/审读/排版 absent from the credits line,
// or present without a name. One finding per role.
import { CREDIT_ROLES, type RawFinding } from '../types';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'credits/incomplete',
  severity: 'error',
  check({ page }) {
    const credits = page.credits;
    if (!credits) return []; // credits/missing covers it
    const out: RawFinding[] = [];
    for (const role of CREDIT_ROLES) {
      const entries = credits.entries.filter((e) => e.role === role);
      if (entries.length === 0) {
        // Absent: the whole line is where it should have been.
        out.push({ rule: 'credits/incomplete', start: credits.start, end: credits.end, data: { role, problem: 'absent' } });
      } else if (entries.every((e) => e.names.length === 0)) {
        const e = entries[0];
        out.push({ rule: 'credits/incomplete', start: e.start, end: e.end, data: { role, problem: 'no-name' } });
      }
    }
    return out;
  },
};
