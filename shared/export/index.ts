// Exports of a page: cleaned text, Markdown, JSON page model, findings report.
export { exportCleanText, type TextExportOptions } from './text';
export { toMarkdown, escapeMarkdown } from './markdown';
export { toJsonModel, creditsSummary, articlesSummary, findingJson, type PageModel } from './json';
export { errorRate, ERROR_RATE_RULES, ERROR_RATE_NOTE, type ErrorRate } from './error-rate';
export { reportHtml, reportCsv, escapeHtml, csvField, decisionOf, type ReportInput } from './report';
