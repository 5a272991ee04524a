// credits/unknown-name: a name on the credits line that the staff roster
// does not list for its role (nor under '*'), with the roster name it most
// likely is a misread of. Only when a roster is given; a role the roster
// lists nobody for cannot be judged and is skipped. The fix replaces the
// name with the suggestion — not safe: it changes wording.
import { namesFor, nearestName } from '../roster';
import type { RawFinding } from '../types';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'credits/unknown-name',
  severity: 'warning',
  check({ page, options }) {
    const roster = options.roster;
    if (!roster || !page.credits) return [];
    const out: RawFinding[] = [];
    for (const entry of page.credits.entries) {
      const known = namesFor(roster, entry.role);
      if (known.length === 0) continue;
      for (const n of entry.names) {
        if (known.includes(n.name)) continue;
        const near = nearestName(n.name, known);
        const f: RawFinding = {
          rule: 'credits/unknown-name',
          start: n.start,
          end: n.end,
          data: near ? { role: entry.role, name: n.name, suggestion: near.name } : { role: entry.role, name: n.name },
        };
        if (near) f.fix = { safe: false, edits: [{ start: n.start, end: n.end, text: near.name }] };
        out.push(f);
      }
    }
    return out;
  },
};
