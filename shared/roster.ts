// The staff roster: which names may sign which role on the credits line.
// Read from JSON or from a plain `role name` list, and used to suggest the
// roster name a misread one most likely was (王忠艮 → 王忠良).
import { ROLE_OF } from './parse/credits';
import { CREDIT_ROLES, type Roster } from './types';

/** '*' holds names valid for any role. */
export const ANY_ROLE = '*';

/** Canonical role for a roster key (责任编辑 → 责编), or null if unknown. */
export function rosterRole(role: string): string | null {
  const r = role.trim();
  if (r === ANY_ROLE) return ANY_ROLE;
  // Own keys only: `__proto__` or `toString` must not find Object.prototype's.
  return Object.prototype.hasOwnProperty.call(ROLE_OF, r) ? ROLE_OF[r] : null;
}

const ROLES_HINT = `${CREDIT_ROLES.join('、')} 或 *`;

/** Parse a roster file's text. Formats:
 *  - JSON object `{"责编": ["余瑞新", "张羽"], "*": ["…"]}`
 *  - JSON array `[{"role": "责编", "name": "余瑞新"}, …]`
 *  - lines `role name [name…]`, `#` comments and blank lines allowed.
 *  Throws an Error with a one-line message (with the line number for the
 *  line format) on malformed input. */
export function parseRoster(text: string): Roster {
  const t = text.replace(/^\uFEFF/, '').trim();
  const roster: Roster = {};
  // Names seen per role, so a duplicate is found in constant time: a list
  // search made a 1 M-character roster quadratic (minutes, window frozen).
  const seen = new Map<string, Set<string>>();
  const add = (role: string, name: string, where: string) => {
    const r = rosterRole(role);
    if (!r) throw new Error(`roster ${where}: unknown role “${role}” (expected ${ROLES_HINT})`);
    const n = name.trim();
    if (!n || /[\s\u3000]/u.test(n)) throw new Error(`roster ${where}: bad name “${name}” for role ${r}`);
    let names = seen.get(r);
    if (!names) seen.set(r, (names = new Set()));
    if (names.has(n)) return;
    names.add(n);
    (roster[r] ??= []).push(n);
  };

  if (t.startsWith('{') || t.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(t);
    } catch (e) {
      throw new Error(`roster: invalid JSON (${(e as Error).message})`);
    }
    if (Array.isArray(data)) {
      data.forEach((item, i) => {
        const o = item as { role?: unknown; name?: unknown };
        if (!o || typeof o !== 'object' || typeof o.role !== 'string' || typeof o.name !== 'string') {
          throw new Error(`roster item ${i + 1}: expected {"role": "…", "name": "…"}`);
        }
        add(o.role, o.name, `item ${i + 1}`);
      });
    } else {
      for (const [role, names] of Object.entries(data as Record<string, unknown>)) {
        const list = typeof names === 'string' ? [names] : names;
        if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) {
          throw new Error(`roster “${role}”: expected a list of names`);
        }
        for (const name of list as string[]) add(role, name, `“${role}”`);
      }
    }
    return roster;
  }

  const lines = t.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/(^|[\s\u3000])#.*$/u, '').trim();
    if (!line) return;
    const parts = line.split(/[\s\u3000:：,，、]+/u).filter(Boolean);
    if (parts.length < 2) throw new Error(`roster line ${i + 1}: expected “role name”, got “${raw.trim()}”`);
    for (const name of parts.slice(1)) add(parts[0], name, `line ${i + 1}`);
  });
  return roster;
}

/** Names valid for a role: the role's own and the '*' ones. */
export function namesFor(roster: Roster, role: string): string[] {
  return [...(roster[role] ?? []), ...(roster[ANY_ROLE] ?? [])];
}

// Han characters OCR confuses because they differ by one small stroke. A
// substitution inside one group costs half, so 王忠艮 prefers 王忠良 over an
// equally distant name. Kept small on purpose: only pairs seen in OCR output.
const CONFUSABLE_GROUPS = ['己已巳', '王玉', '未末', '土士', '人入八', '日曰', '艮良', '大太犬', '千干于', '今令', '戊戌戍', '刀力', '贝见', '石右', '厂广'];
const GROUP_OF = new Map<string, number>();
CONFUSABLE_GROUPS.forEach((g, i) => {
  for (const c of g) GROUP_OF.set(c, i);
});

function substCost(a: string, b: string): number {
  if (a === b) return 0;
  const g = GROUP_OF.get(a);
  return g !== undefined && g === GROUP_OF.get(b) ? 0.5 : 1;
}

/** Edit distance (insert/delete 1, substitute 1, OCR-confusable substitute ½). */
export function nameDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + substCost(x[i - 1], y[j - 1]));
    }
    prev = cur;
  }
  return prev[y.length];
}

/** The roster name `name` most likely is a misread of: within distance 1 for
 *  names of 2–3 characters, 2 for longer ones. Null when nothing is that
 *  close, or when two different names are equally close (no guessing). */
export function nearestName(name: string, candidates: readonly string[]): { name: string; distance: number } | null {
  const len = [...name].length;
  const limit = len >= 4 ? 2 : 1;
  let best: { name: string; distance: number } | null = null;
  let tie = false;
  for (const c of candidates) {
    if (Math.abs([...c].length - len) > limit) continue;
    const d = nameDistance(name, c);
    if (d > limit) continue;
    if (!best || d < best.distance) {
      best = { name: c, distance: d };
      tie = false;
    } else if (d === best.distance && c !== best.name) {
      tie = true;
    }
  }
  return tie ? null : best;
}
