// The compare view's interface strings, Chinese first, English second. Kept
// beside the view (same pattern as renderer/src/i18n.ts) so the two files
// never collide; the view switch label `viewCompare` lives in i18n.ts.
import { useCallback } from 'react';
import type { ChangeType } from '../../../shared/compare';
import type { Locale } from '../../../shared/types';
import { useLocale } from '../hooks';

const zh = {
  title: '修订对照',
  pickTitle: '选择要对照的两稿',
  pickHint: '旧稿在左，新稿在右；逐段对齐，段内逐字标出改动。',
  openTwo: '打开两个文件…',
  openTwoTitle: '在文件对话框中选择两个文件（按文件名排序，先者为旧稿）',
  openTwoDesc: '如：昨日清样与今日清样，OCR 原文与校正稿',
  openOld: '旧稿…',
  openNew: '新稿…',
  openOldTitle: '选择旧稿文件（左）',
  openNewTitle: '选择新稿文件（右）',
  swap: '⇄ 交换',
  swapTitle: '交换旧稿与新稿',
  pageClean: '本页 ↔ 安全修改后',
  pageCleanTitle: '当前页面文本与应用全部安全修改（接续断句、全角标点等）后的文本对照',
  pageCleanDesc: '看清自动修改将改动哪些地方',
  pageEdits: '原稿 ↔ 当前稿',
  pageEditsTitle: '打开的原始页面与当前稿（手工编辑及已接受的修改）对照',
  pageEditsDesc: '审阅中所做的全部改动',
  noPage: '没有打开的页面',
  cleanedSuffix: '安全修改后',
  currentSuffix: '当前稿',
  pickedOld: '已选旧稿：{name}。请再选择新稿。',
  onlyTwo: '选了 {n} 个文件，只对照前两个',
  ignoreWhitespace: '忽略空白',
  ignoreWhitespaceTitle: '行内空格、制表符、全角空格的差别不算改动',
  ignorePunctuationWidth: '忽略标点全半角',
  ignorePunctuationWidthTitle: '“,”与“，”、“:”与“：”等全角半角之差不算改动',
  ignoreLineBreaks: '忽略换行',
  ignoreLineBreaksTitle: '只是换行位置不同（断句接续、重新分行）不算改动',
  previous: '上一处',
  next: '下一处',
  previousTitle: '上一处改动（Shift+F7 或 P）',
  nextTitle: '下一处改动（F7 或 N）',
  counter: '第 {i} / {n} 处',
  counterNone: '共 {n} 处',
  noChanges: '两稿相同',
  atLast: '已是最后一处改动',
  atFirst: '已是第一处改动',
  exportReport: '导出对照报告',
  exportReportTitle: '导出可打印的 HTML 对照报告（含摘要）',
  old: '旧稿',
  new: '新稿',
  meta: '{lines} 行 · {paragraphs} 段 · {chars} 字',
  charsInserted: '增 {n} 字',
  charsDeleted: '删 {n} 字',
  took: '{ms} 毫秒',
  movedTo: '移至新稿第 {line} 行 →',
  movedFrom: '← 自旧稿第 {line} 行移入',
  movedToTitle: '跳到此段在新稿中的位置',
  movedFromTitle: '跳到此段在旧稿中的原位置',
  ignoredDiff: '差别已按选项忽略',
  failed: '无法对照：{error}',
  cannotOpen: '无法打开 {name}：{error}',
  overview: '改动分布',
  keys: 'F7 / N 下一处 · Shift+F7 / P 上一处',
};

export type CompareKey = keyof typeof zh;

const en: Record<CompareKey, string> = {
  title: 'Revision compare',
  pickTitle: 'Choose the two revisions to compare',
  pickHint: 'Old on the left, new on the right; aligned by paragraph, changes marked character by character.',
  openTwo: 'Open two files…',
  openTwoTitle: 'Pick two files in the dialog (sorted by name; the first is the old revision)',
  openTwoDesc: "e.g. yesterday's proof and today's, the OCR text and the corrected one",
  openOld: 'Old…',
  openNew: 'New…',
  openOldTitle: 'Pick the old revision (left)',
  openNewTitle: 'Pick the new revision (right)',
  swap: '⇄ Swap',
  swapTitle: 'Swap old and new',
  pageClean: 'Page ↔ safe fixes',
  pageCleanTitle: 'The current page text against it with every safe fix applied (joins, full-width marks…)',
  pageCleanDesc: 'See what the automatic fixes would change',
  pageEdits: 'Original ↔ current',
  pageEditsTitle: 'The page as opened against the current text (manual edits and accepted fixes)',
  pageEditsDesc: 'Everything changed during the review',
  noPage: 'No page is open',
  cleanedSuffix: 'safe fixes applied',
  currentSuffix: 'current',
  pickedOld: 'Old revision: {name}. Now pick the new one.',
  onlyTwo: '{n} files picked; comparing the first two',
  ignoreWhitespace: 'Ignore whitespace',
  ignoreWhitespaceTitle: 'Spaces, tabs and full-width spaces inside lines are not changes',
  ignorePunctuationWidth: 'Ignore punctuation width',
  ignorePunctuationWidthTitle: '"," vs "，", ":" vs "：" and other half/full-width pairs are not changes',
  ignoreLineBreaks: 'Ignore line breaks',
  ignoreLineBreaksTitle: 'A change that only moves line breaks (a join, a re-wrap) is not a change',
  previous: 'Previous',
  next: 'Next',
  previousTitle: 'Previous change (Shift+F7 or P)',
  nextTitle: 'Next change (F7 or N)',
  counter: '{i} of {n}',
  counterNone: '{n} changes',
  noChanges: 'Revisions are identical',
  atLast: 'This is the last change',
  atFirst: 'This is the first change',
  exportReport: 'Export report',
  exportReportTitle: 'Export a printable HTML comparison with a summary',
  old: 'Old',
  new: 'New',
  meta: '{lines} lines · {paragraphs} paragraphs · {chars} chars',
  charsInserted: '+{n} chars',
  charsDeleted: '−{n} chars',
  took: '{ms} ms',
  movedTo: 'Moved to new line {line} →',
  movedFrom: '← Moved here from old line {line}',
  movedToTitle: 'Jump to where this paragraph now stands',
  movedFromTitle: 'Jump to where this paragraph stood',
  ignoredDiff: 'Difference ignored by the options',
  failed: 'Cannot compare: {error}',
  cannotOpen: 'Cannot open {name}: {error}',
  overview: 'Changes overview',
  keys: 'F7 / N next · Shift+F7 / P previous',
};

export const CHANGE_LABEL: Record<Locale, Record<ChangeType, string>> = {
  zh: { insert: '插入', delete: '删除', replace: '修改', move: '移动', split: '拆分', join: '合并' },
  en: { insert: 'Insert', delete: 'Delete', replace: 'Edit', move: 'Move', split: 'Split', join: 'Join' },
};

const DICT: Record<Locale, Record<CompareKey, string>> = { zh, en };

export function ct(locale: Locale, key: CompareKey, params?: Record<string, string | number>): string {
  const template = DICT[locale][key] ?? zh[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function useCt() {
  const locale = useLocale();
  return useCallback((key: CompareKey, params?: Record<string, string | number>) => ct(locale, key, params), [locale]);
}
