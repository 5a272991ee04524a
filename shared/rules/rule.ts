// What a rule is (docs/design.md §3 "Rules describe themselves"): one file
// holds its id, default severity, names and message templates in both
// languages, the kind of fix it may offer, its options with defaults and
// validation, and the check itself — a pure function of the page.
import type { AnalysisContext } from '../analysis/context';
import type { Locale, Localized, RawFinding, Roster, Severity } from '../types';

export type { Localized };
export type MessageData = Readonly<Record<string, string | number>>;
export type MessageTemplates = Readonly<Record<Locale, (d: MessageData) => string>>;

/** none: the rule never offers a fix; person: a fix a person must accept;
 *  safe: a fix that cannot lose or change wording (joins, doubled marks,
 *  half-width to full-width, deleting a verbatim copy). */
export type FixKind = 'none' | 'person' | 'safe';

/** One option of a rule: its default, and a check that says why a value is
 *  wrong (config errors name the file and the key, shared/config.ts). */
export interface OptionSpec<T> {
  default: T;
  describe: string;
  validate(value: unknown): Localized | undefined;
}

export type OptionSpecs<O> = { readonly [K in keyof O]: OptionSpec<O[K]> };

/** What a rule's check sees: the page, its analyses, the newsroom's data,
 *  and the rule's own options (defaults merged with the config's). */
export interface RuleContext<O = Record<string, never>> extends AnalysisContext {
  options: O;
  roster?: Roster;
}

/** A finding as a rule drafts it; the engine adds the rule id and severity. */
export type Draft = Omit<RawFinding, 'rule' | 'severity'> & { severity?: Severity };

export interface Rule<Id extends string = string, O = any> {
  readonly id: Id;
  readonly severity: Severity;
  /** Short name: the app's panel, the 校对单, the README table. */
  readonly title: Localized;
  /** What it reports, one line (README table, `galley rules`). */
  readonly summary: Localized;
  readonly message: MessageTemplates;
  readonly fix: FixKind;
  readonly options: OptionSpecs<O>;
  check(ctx: RuleContext<O>): Draft[];
}

/** Declare a rule; the id keeps its literal type so the registry can derive
 *  the RuleId union from the rules themselves. */
export function defineRule<const Id extends string, O = Record<string, never>>(
  rule: Omit<Rule<Id, O>, 'options'> & { options?: OptionSpecs<O> },
): Rule<Id, O> {
  return { ...rule, options: rule.options ?? ({} as OptionSpecs<O>) };
}

// ------------------------------------------------------------------ options

const why = (zh: string, en: string): Localized => ({ zh, en });

export const option = {
  number(def: number, describe: string, min = -Infinity, max = Infinity): OptionSpec<number> {
    return {
      default: def,
      describe,
      validate: (v) =>
        typeof v !== 'number' || !Number.isFinite(v)
          ? why('应为数字', 'must be a number')
          : v < min || v > max
            ? why(`应在 ${min} 到 ${max} 之间`, `must be between ${min} and ${max}`)
            : undefined,
    };
  },
  boolean(def: boolean, describe: string): OptionSpec<boolean> {
    return {
      default: def,
      describe,
      validate: (v) => (typeof v === 'boolean' ? undefined : why('应为 true 或 false', 'must be true or false')),
    };
  },
  /** A list of words or phrases (non-empty strings). */
  words(def: readonly string[], describe: string): OptionSpec<readonly string[]> {
    return {
      default: def,
      describe,
      validate: (v) =>
        Array.isArray(v) && v.every((w) => typeof w === 'string' && w.length > 0)
          ? undefined
          : why('应为词语列表（非空字符串）', 'must be a list of non-empty strings'),
    };
  },
  /** A map of word → word (a newsroom's own wrong → right pairs). */
  wordMap(def: Readonly<Record<string, string>>, describe: string): OptionSpec<Readonly<Record<string, string>>> {
    return {
      default: def,
      describe,
      validate: (v) =>
        v !== null &&
        typeof v === 'object' &&
        !Array.isArray(v) &&
        Object.entries(v).every(([k, w]) => k.length > 0 && typeof w === 'string')
          ? undefined
          : why('应为对象：错误写法 → 正确写法', 'must be an object of non-empty strings to strings'),
    };
  },
};

/** A rule's options with the config's values over its defaults. Values are
 *  assumed validated (shared/config.ts). */
export function resolveOptions<O>(rule: Rule<string, O>, given?: Readonly<Record<string, unknown>>): O {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(rule.options) as [string, OptionSpec<unknown>][]) {
    out[k] = given && k in given ? given[k] : spec.default;
  }
  return out as O;
}
