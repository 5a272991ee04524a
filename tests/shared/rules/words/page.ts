// A small page in 青岛日报's layout (credits line, headline, byline, lead,
// body) for the words pack's tests; its lines are real sample lines with the
// one change a test needs.
import { checkText } from '../../../../shared/check';
import type { CheckOptions, Finding, RuleId } from '../../../../shared/types';

export const ROSTER = { 责编: ['余瑞新', '张羽'], 美编: ['李晓萌', '郑燕'], 审读: ['王忠良', '穆胜保'], 排版: ['林艳', '韩婷', '韩淑华'] };

export function page(headline: string, ...paragraphs: string[]): string {
  return ['责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 林艳', '', headline, '', '□青岛日报/观海新闻记者 余瑞新', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

export function hitsOf(text: string, rule: RuleId, options: CheckOptions = {}): Finding[] {
  return checkText(text, { roster: ROSTER, ...options }).findings.filter((f) => f.rule === rule);
}

/** The covered text of each finding of the rule. */
export function covered(text: string, rule: RuleId, options: CheckOptions = {}): string[] {
  return hitsOf(text, rule, options).map((f) => text.slice(f.start, f.end));
}

export const LEAD = '本报讯 老旧街区改造是提升群众幸福指数的重要民生工程、民心工程。';

export const WORDS_RULES: RuleId[] = ['word/misspelling', 'word/confusable', 'usage/discouraged', 'number/style', 'number/mismatch', 'name/variant'];
