// The page view: the page as its blocks with every finding highlighted in
// place (review mode) or the whole text in an editor with the same highlights
// behind it (edit mode), and the findings panel on the right.
//
// Page text is untrusted: it only ever becomes text content of React
// elements (never dangerouslySetInnerHTML, never an attribute that loads).
import { ReviewNotices } from '../components/ReviewNotices';
import { Fragment, memo, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Decision } from '../../../shared/review';
import type { Finding } from '../../../shared/types';
import { FindingsPanel } from '../components/FindingsPanel';
import { useLocale, useShowUncertain, useT } from '../hooks';
import { BLOCK_LABEL } from '../i18n';
import { shownFindings } from '../lib/panel';
import {
  buildDisplay,
  carryFindings,
  cutRuns,
  editorParagraphs,
  relatedMarks,
  type EditorParagraph,
  type Mark,
  type TextRun,
} from '../lib/segments';
import { reviewStore, usePages, useReview } from '../store';
import { uiStore, useUi } from '../store/ui';

type Anchors = Map<string, HTMLElement>;

const pick = (f: Finding) => reviewStore.getState().select(f.key);

function stateOf(decisions: Record<string, Decision>, key: string): 'open' | 'accepted' | 'rejected' {
  const d = decisions[key];
  return d === 'accepted' ? 'accepted' : d === 'rejected' ? 'rejected' : 'open';
}

function markClass(marks: Mark[], selectedKey: string | null, decisions: Record<string, Decision>): { cls: string; top: Mark } {
  const own = marks.filter((m) => !m.related);
  const top = own.find((m) => m.key === selectedKey) ?? own[0] ?? marks[0];
  let cls = `hl sev-${top.severity} st-${stateOf(decisions, top.key)}`;
  if (own.length === 0) return { cls: 'hl related', top };
  if (own.some((m) => m.key === selectedKey)) cls += ' selected';
  else if (marks.some((m) => m.related)) cls += ' related';
  if (marks.length > 1) cls += ' multi';
  if (top.uncertain) cls += ' uncertain';
  return { cls, top };
}

/** Text runs with their marks; registers the first element of each finding. */
function renderRuns(
  runs: TextRun[],
  tailPoints: Mark[],
  selectedKey: string | null,
  decisions: Record<string, Decision>,
  anchors: Anchors | null,
  seen: Set<string>,
): ReactNode[] {
  const out: ReactNode[] = [];
  const register = (keys: string[]) => {
    const fresh = keys.filter((k) => !seen.has(k));
    fresh.forEach((k) => seen.add(k));
    if (!anchors || fresh.length === 0) return undefined;
    return (el: HTMLElement | null) => {
      if (el) for (const k of fresh) anchors.set(k, el);
    };
  };
  const point = (p: Mark, i: number) => {
    const { cls } = markClass([p], selectedKey, decisions);
    return (
      <span key={'p' + p.key + i} className={cls + ' point'} data-key={p.key} ref={p.related ? undefined : register([p.key])}>
        ⁁
      </span>
    );
  };
  runs.forEach((r, i) => {
    r.points.forEach((p, k) => out.push(point(p, i * 100 + k)));
    if (r.marks.length === 0) {
      out.push(<Fragment key={i}>{r.text}</Fragment>);
      return;
    }
    const { cls, top } = markClass(r.marks, selectedKey, decisions);
    out.push(
      <mark key={i} className={cls} data-key={top.key} ref={register(r.marks.filter((m) => !m.related).map((m) => m.key))}>
        {r.text}
      </mark>,
    );
  });
  tailPoints.forEach((p, k) => out.push(point(p, 1e6 + k)));
  return out;
}

const PageBlocks = memo(function PageBlocks({
  anchors,
  onPickKey,
}: {
  anchors: Anchors;
  onPickKey: (key: string) => void;
}) {
  const locale = useLocale();
  const t = useT();
  const page = useReview((s) => s.page);
  const text = useReview((s) => s.text);
  // Highlighted: the findings the panel lists (uncertain ones only when shown).
  const findings = shownFindings(useReview((s) => s.findings), useShowUncertain());
  const decisions = useReview((s) => s.decisions);
  const selectedKey = useReview((s) => s.selectedKey);
  const selected = findings.find((f) => f.key === selectedKey);
  const display = useMemo(
    () => (page ? buildDisplay(text, page.blocks, findings, relatedMarks(selected)) : []),
    [page, text, findings, selected],
  );
  anchors.clear();
  const seen = new Set<string>();
  return (
    <div
      className="paper"
      data-testid="page-blocks"
      onClick={(e) => {
        const key = (e.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key;
        if (key) onPickKey(key);
      }}
    >
      {display.map((b) => (
        <div
          key={b.start}
          className={'block k-' + b.kind}
          data-kind={b.kind}
          onDoubleClick={() => uiStore.getState().setMode('edit', b.start)}
        >
          <span className="block-label">{b.kind === 'unknown' ? t('unknownBlock') : BLOCK_LABEL[locale][b.kind]}</span>
          <div className="block-text">{renderRuns(b.runs, b.tailPoints, selectedKey, decisions, anchors, seen)}</div>
        </div>
      ))}
    </div>
  );
});

interface EditorLineProps {
  line: EditorParagraph;
  last: boolean;
  selectedKey: string | null;
  decisions: Record<string, Decision>;
  anchors: Anchors;
}

const sameMarks = (a: readonly Mark[], b: readonly Mark[]) =>
  a.length === b.length &&
  a.every((m, i) => {
    const n = b[i];
    return m.key === n.key && m.start === n.start && m.end === n.end && m.severity === n.severity && !m.related === !n.related && !m.uncertain === !n.uncertain;
  });

/** Re-render a line only when its text, its marks or their state changed. */
function sameLine(a: EditorLineProps, b: EditorLineProps): boolean {
  if (a.line.text !== b.line.text || a.last !== b.last || a.anchors !== b.anchors) return false;
  if (!sameMarks(a.line.marks, b.line.marks) || !sameMarks(a.line.points, b.line.points)) return false;
  for (const list of [b.line.marks, b.line.points])
    for (const m of list) {
      if (a.decisions[m.key] !== b.decisions[m.key]) return false;
      if ((m.key === a.selectedKey) !== (m.key === b.selectedKey)) return false;
    }
  return true;
}

/** One line of the editor backdrop (its own block, so an edit re-lays only it). */
const EditorLine = memo(function EditorLine({ line, last, selectedKey, decisions, anchors }: EditorLineProps) {
  const { runs, tailPoints } = cutRuns(line.text, 0, line.text.length, line.marks, line.points);
  anchors.clear();
  return (
    <div className="editor-line">
      {renderRuns(runs, tailPoints, selectedKey, decisions, anchors, new Set())}
      {/* A trailing line break in a textarea makes a line; in a div it does not. */}
      {last && '\u200b'}
    </div>
  );
}, sameLine);

const LINES_PER_CHUNK = 32;

function Editor({ anchors }: { anchors: Anchors }) {
  const t = useT();
  const text = useReview((s) => s.text);
  // Highlighted: the findings the panel lists (uncertain ones only when shown).
  const findings = shownFindings(useReview((s) => s.findings), useShowUncertain());
  const decisions = useReview((s) => s.decisions);
  const selectedKey = useReview((s) => s.selectedKey);
  const caret = useUi((s) => s.editorCaret);
  const stale = useReview((s) => s.stale);
  const checkedText = useReview((s) => s.checkedText);
  const taRef = useRef<HTMLTextAreaElement>(null);
  const backRef = useRef<HTMLDivElement>(null);
  // While a re-check is pending the findings' offsets are of the previous
  // text: carry them over the edit (never marks in the wrong place).
  const selected = findings.find((f) => f.key === selectedKey);
  const lines = useMemo(
    () =>
      stale
        ? editorParagraphs(text, carryFindings(checkedText, text, findings))
        : editorParagraphs(text, findings, relatedMarks(selected)),
    [text, findings, stale, selected, checkedText],
  );
  // Each line registers its own first elements; the page's anchors are the
  // first line's that has a finding (lines that did not re-render keep theirs).
  const lineAnchors = useRef<Anchors[]>([]).current;
  lineAnchors.length = Math.min(lineAnchors.length, lines.length);
  for (let i = lineAnchors.length; i < lines.length; i++) lineAnchors.push(new Map());
  useLayoutEffect(() => {
    anchors.clear();
    for (const line of lineAnchors) for (const [k, el] of line) if (!anchors.has(k)) anchors.set(k, el);
  });

  const syncScroll = () => {
    if (taRef.current && backRef.current) backRef.current.scrollTop = taRef.current.scrollTop;
  };

  // Not after every render: reading the textarea's scrollTop forces a layout
  // of the whole editor on each keystroke (the bench's typing profile). The
  // textarea's own scroll events keep the layers together as text changes.
  useLayoutEffect(syncScroll, [caret]);

  useEffect(() => {
    const ta = taRef.current;
    if (!ta || caret === null) return;
    ta.focus();
    ta.setSelectionRange(caret, caret);
    uiStore.setState({ editorCaret: null });
  }, [caret]);

  return (
    <div className="editor" data-testid="editor">
      <div className="editor-hint">{t('editorHint')}</div>
      <div className="editor-stack">
        <div className="editor-backdrop" ref={backRef} aria-hidden="true">
          {/* Lines in blocks of LINES_PER_CHUNK: an edit re-lays its line and
              its block, and the backdrop steps over the other blocks whole
              (one block of every line made it walk all 450 lines of a 20k page). */}
          {Array.from({ length: Math.ceil(lines.length / LINES_PER_CHUNK) }, (_, c) => (
            <div key={c} className="editor-chunk">
              {lines.slice(c * LINES_PER_CHUNK, (c + 1) * LINES_PER_CHUNK).map((line, k) => {
                const i = c * LINES_PER_CHUNK + k;
                return (
                  <EditorLine
                    key={i}
                    line={line}
                    last={i === lines.length - 1}
                    selectedKey={selectedKey}
                    decisions={decisions}
                    anchors={lineAnchors[i]}
                  />
                );
              })}
            </div>
          ))}
        </div>
        <textarea
          ref={taRef}
          className="editor-input"
          data-testid="editor-input"
          value={text}
          spellCheck={false}
          onScroll={syncScroll}
          onChange={(e) => reviewStore.getState().setText(e.target.value, true)}
        />
      </div>
    </div>
  );
}

export function PageView() {
  const t = useT();
  const pageId = useReview((s) => s.pageId);
  const pageName = useReview((s) => s.pageName);
  const selectedKey = useReview((s) => s.selectedKey);
  const mode = useUi((s) => s.mode);
  // Only what the head shows: the entry itself is new after every check
  // (its status and counts), which need not re-render the view.
  const encoding = usePages((s) => s.pages.find((p) => p.id === s.currentId)?.encoding);
  const eol = usePages((s) => s.pages.find((p) => p.id === s.currentId)?.eol);
  const path = usePages((s) => s.pages.find((p) => p.id === s.currentId)?.path);
  const anchors = useRef<Anchors>(new Map()).current;
  const scrollerRef = useRef<HTMLDivElement>(null);

  // Bring the selected finding into view, wherever the selection came from
  // (F8, the panel, a menu command).
  useEffect(() => {
    if (!selectedKey) return;
    const el = anchors.get(selectedKey);
    if (!el) return;
    if (mode === 'edit') {
      const ta = scrollerRef.current?.querySelector('textarea');
      if (ta) ta.scrollTop = Math.max(0, el.offsetTop - ta.clientHeight / 3);
    } else {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
  }, [selectedKey, mode, anchors]);

  if (!pageId) return <div className="empty-view">{t('selectPage')}</div>;


  return (
    <div className="page-view">
      <div className="page-center">
        <div className="page-head">
          <span className="page-title" data-testid="page-title">
            {pageName}
          </span>
          {encoding && <span className="meta">{encoding.toUpperCase()}</span>}
          {eol && eol !== 'none' && <span className="meta">{eol.toUpperCase()}</span>}
          {path && (
            <span className="meta path" title={path}>
              {path}
            </span>
          )}
        </div>
        <ReviewNotices />
        <div className={'page-scroll mode-' + mode} ref={scrollerRef}>
          {mode === 'edit' ? (
            <Editor anchors={anchors} />
          ) : (
            <PageBlocks anchors={anchors} onPickKey={(key) => reviewStore.getState().select(key)} />
          )}
        </div>
      </div>
      <FindingsPanel onPick={pick} />
    </div>
  );
}
