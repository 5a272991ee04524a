// Structured page exports: the full JSON page model (export menu) and the
// compact summary the CLI's `check --format json` prints per file.
import type { Article, Byline, Finding, NameSpan, Page } from '../types';

const names = (xs: NameSpan[]) => xs.map((n) => n.name);
const blockText = (page: Page, i: number | undefined) => (i === undefined ? undefined : page.blocks[i]?.text);

export interface BylineModel {
  text: string;
  outlet?: string;
  reporters: string[];
  correspondents: string[];
  photos: boolean;
}

export interface CaptionModel {
  text: string;
  photographer?: string;
  line: number;
}

export interface ArticleModel {
  columnLabel?: string;
  kicker?: string;
  headline?: string;
  subheads: string[];
  bylines: BylineModel[];
  paragraphs: { kind: 'lead' | 'body' | 'heading' | string; text: string; line: number }[];
  captions: CaptionModel[];
}

export interface PageModel {
  masthead?: { name: string; pinyin?: string };
  /** Page label and date lines set on the page (`A3`, `2022年11月24日 星期四`). */
  folio?: string[];
  credits: { role: string; names: string[] }[];
  articles: ArticleModel[];
  /** Captions outside any article. */
  captions: CaptionModel[];
  findings: {
    rule: string;
    severity: string;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    key: string;
  }[];
}

function bylineModel(page: Page, b: Byline): BylineModel {
  return {
    text: page.blocks[b.block]?.text ?? page.text.slice(b.start, b.end),
    outlet: b.outlet,
    reporters: names(b.reporters),
    correspondents: names(b.correspondents),
    photos: b.photos,
  };
}

function captionModels(page: Page, blocks: readonly number[]): CaptionModel[] {
  const byBlock = new Map(page.captions.map((c) => [c.block, c] as const));
  return blocks.map((bi) => {
    const c = byBlock.get(bi);
    return { text: page.blocks[bi]?.text ?? '', photographer: c?.photographer?.name, line: page.blocks[bi]?.line ?? 0 };
  });
}

function articleModel(page: Page, a: Article): ArticleModel {
  return {
    columnLabel: blockText(page, a.columnLabel),
    kicker: blockText(page, a.kicker),
    headline: blockText(page, a.headline),
    subheads: a.subheads.map((i) => page.blocks[i]?.text ?? ''),
    bylines: a.bylines.map((b) => bylineModel(page, b)),
    paragraphs: a.paragraphs.map((i) => ({
      kind: page.blocks[i]?.kind ?? 'body',
      text: page.blocks[i]?.text ?? '',
      line: page.blocks[i]?.line ?? 0,
    })),
    captions: captionModels(page, a.captions),
  };
}

function folioOf(page: Page): string[] | undefined {
  const lines = page.blocks.filter((b) => b.kind === 'folio').map((b) => b.text);
  return lines.length ? lines : undefined;
}

export function toJsonModel(page: Page, findings: readonly Finding[] = []): PageModel {
  const inArticles = new Set(page.articles.flatMap((a) => a.captions));
  return {
    masthead: page.masthead ? { name: page.masthead.name, pinyin: page.masthead.pinyin } : undefined,
    folio: folioOf(page),
    credits: (page.credits?.entries ?? []).map((e) => ({ role: e.role, names: names(e.names) })),
    articles: page.articles.map((a) => articleModel(page, a)),
    captions: captionModels(
      page,
      page.captions.map((c) => c.block).filter((b) => !inArticles.has(b)),
    ),
    findings: findings.map((f) => ({ ...findingPlace(f), key: f.key })),
  };
}

/** Credits as role → names (a role listed twice keeps all its names). */
export function creditsSummary(page: Page): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of page.credits?.entries ?? []) (out[e.role] ??= []).push(...names(e.names));
  return out;
}

export interface ArticleSummary {
  kicker?: string;
  headline?: string;
  bylines: string[];
  paragraphs: number;
}

export function articlesSummary(page: Page): ArticleSummary[] {
  return page.articles.map((a) => ({
    kicker: blockText(page, a.kicker),
    headline: blockText(page, a.headline),
    bylines: a.bylines.map((b) => page.blocks[b.block]?.text ?? page.text.slice(b.start, b.end)),
    paragraphs: a.paragraphs.length,
  }));
}

/** What every export says of a finding: rule, severity, message, place. */
function findingPlace(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
  };
}

/** One finding as `galley check --format json` prints it (docs/design.md §5). */
export function findingJson(f: Finding) {
  return {
    ...findingPlace(f),
    start: f.start,
    end: f.end,
    related: f.related.map((r) => ({ line: r.line, column: r.column })),
    fix: f.fix ?? null,
  };
}
