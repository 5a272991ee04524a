// credits/unknown-name: a name on the credits line that the staff roster
// does not list for its role (nor under '*'), with the roster name it most
// likely is a misread of. Only when a roster is given; a role the roster
// lists nobody for cannot be judged and is skipped. The fix replaces the
// name with the suggestion — not safe: it changes wording.
import { namesFor, nearestName } from '../../roster';
import { s } from '../../text/excerpt';
import { defineRule, type Draft } from '../rule';

export const rule = defineRule({
  id: 'credits/unknown-name',
  severity: 'warning',
  title: { zh: '署名姓名不在名单', en: 'Name not on roster' },
  summary: { zh: '署名中的姓名不在人员名册中（给出最接近的名字）', en: 'a name not in the roster, with the nearest roster name' },
  message: {
    zh: (d) =>
      d.suggestion
        ? `「${s(d.role)}」的姓名「${s(d.name)}」不在人员名单中，是否为「${s(d.suggestion)}」？`
        : `「${s(d.role)}」的姓名「${s(d.name)}」不在人员名单中`,
    en: (d) =>
      d.suggestion
        ? `${s(d.role)} name 「${s(d.name)}」 is not on the roster; did you mean 「${s(d.suggestion)}」?`
        : `${s(d.role)} name 「${s(d.name)}」 is not on the roster`,
  },
  fix: 'person',
  check({ page, roster }) {
    if (!roster || !page.credits) return [];
    const out: Draft[] = [];
    for (const entry of page.credits.entries) {
      const known = namesFor(roster, entry.role);
      if (known.length === 0) continue;
      for (const n of entry.names) {
        if (known.includes(n.name)) continue;
        const near = nearestName(n.name, known);
        const f: Draft = {
          start: n.start,
          end: n.end,
          data: near ? { role: entry.role, name: n.name, suggestion: near.name } : { role: entry.role, name: n.name },
        };
        if (near) f.fix = { safe: false, edits: [{ start: n.start, end: n.end, text: near.name, old: n.name }] };
        out.push(f);
      }
    }
    return out;
  },
});
