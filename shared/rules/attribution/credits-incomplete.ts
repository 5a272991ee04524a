// credits/incomplete: one of 责编/美编/审读/排版 absent from the credits line,
// or present without a name. One finding per role.
import { CREDIT_ROLES } from '../../types';
import { s } from '../../text/excerpt';
import { defineRule, type Draft } from '../rule';

export const rule = defineRule({
  id: 'credits/incomplete',
  severity: 'error',
  title: { zh: '版面署名不全', en: 'Credits incomplete' },
  summary: { zh: '责编、美编、审读、排版缺少或没有姓名', en: '责编/美编/审读/排版 missing or without a name' },
  message: {
    zh: (d) => (d.problem === 'no-name' ? `署名行中「${s(d.role)}」没有姓名` : `署名行缺少「${s(d.role)}」`),
    en: (d) =>
      d.problem === 'no-name' ? `Credits: ${s(d.role)} has no name` : `Credits: role ${s(d.role)} is missing`,
  },
  fix: 'none',
  check({ page, profile }) {
    const credits = page.credits;
    if (!credits) return []; // credits/missing covers it
    const out: Draft[] = [];
    for (const role of CREDIT_ROLES) {
      const entries = credits.entries.filter((e) => e.role === role);
      if (entries.length === 0) {
        // Other papers sign with other roles (本版责编 + 版式设计): a role is
        // missing only from the four-role line of a paper that prints it.
        if (!profile.creditsLine) continue;
        // Absent: the whole line is where it should have been.
        out.push({ start: credits.start, end: credits.end, data: { role, problem: 'absent' } });
      } else if (entries.every((e) => e.names.length === 0)) {
        const e = entries[0];
        out.push({ start: e.start, end: e.end, data: { role, problem: 'no-name' } });
      }
    }
    return out;
  },
});
