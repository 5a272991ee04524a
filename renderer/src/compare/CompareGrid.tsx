// Both revisions side by side in ONE scroll container, a grid row per
// aligned row, so the two sides can never drift apart while scrolling.
// Page text is untrusted: it is rendered as React text only.
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { AlignedRow, Change, DetailedComparison } from '../../../shared/compare';
import type { Locale } from '../../../shared/types';
import { lineLabel, movedFromRow, plainSide, rowOfChange, sideSegments, type Seg } from './sides';
import { CHANGE_LABEL, ct } from './strings';

function Segments({ segs }: { segs: Seg[] }) {
  return (
    <>
      {segs.map((s, i) =>
        s.kind === 'equal' ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === 'ins' ? (
          <ins key={i} className="cmp-ins">
            {s.text}
          </ins>
        ) : s.kind === 'del' ? (
          <del key={i} className="cmp-del">
            {s.text}
          </del>
        ) : s.kind === 'joint' ? (
          <span key={i} className="cmp-joint" aria-label="line break on the other side" />
        ) : (
          <span key={i} className={'cmp-brk ' + s.kind} aria-label={s.kind === 'brk-del' ? 'line break removed' : 'line break added'}>
            {s.text}
          </span>
        ),
      )}
    </>
  );
}

interface RowProps {
  row: AlignedRow;
  index: number;
  change: Change | null;
  current: boolean;
  locale: Locale;
  onPick(change: number): void;
  /** Follow a move link: the other end's row. */
  onLink(change: number, row: number): void;
  /** Row index of the other end of this row's move, if it is one. */
  linkRow: number | undefined;
}

const Row = memo(function Row({ row, index, change, current, locale, onPick, onLink, linkRow }: RowProps) {
  const n = row.change;
  const t = (k: Parameters<typeof ct>[1], p?: Record<string, string | number>) => ct(locale, k, p);
  if (row.kind === 'equal' || n === null || !change) {
    const o = plainSide(row.old);
    const nw = plainSide(row.new);
    const ignored = o !== nw;
    return (
      <div className={'cmp-row k-equal' + (ignored ? ' ignored' : '')} data-row={index} data-kind="equal" title={ignored ? t('ignoredDiff') : undefined}>
        <div className="cmp-ln">{lineLabel(row.old)}</div>
        <div className="cmp-cell old">{o}</div>
        <div className="cmp-gutter">{ignored ? <span className="cmp-approx">≈</span> : null}</div>
        <div className="cmp-ln">{lineLabel(row.new)}</div>
        <div className="cmp-cell new">{nw}</div>
      </div>
    );
  }
  const type = change.type;
  const tag = (
    <button type="button" className={'cmp-tag t-' + type} data-testid="compare-tag" onClick={() => onPick(n)}>
      <span className="cmp-tag-n">{n + 1}</span>
      {CHANGE_LABEL[locale][type]}
    </button>
  );
  let oldCell: React.ReactNode;
  let newCell: React.ReactNode;
  if (row.kind === 'moved-from') {
    oldCell = (
      <div className="cmp-cell old">
        <Segments segs={sideSegments(change.parts, 'old')} />
      </div>
    );
    newCell = (
      <div className="cmp-cell new void">
        <button
          type="button"
          className="cmp-link"
          data-testid="compare-moved-to-link"
          title={t('movedToTitle')}
          onClick={() => linkRow !== undefined && onLink(n, linkRow)}
        >
          {t('movedTo', { line: change.new?.line ?? '?' })}
        </button>
      </div>
    );
  } else if (row.kind === 'moved-to') {
    oldCell = (
      <div className="cmp-cell old void">
        <button
          type="button"
          className="cmp-link"
          data-testid="compare-moved-from-link"
          title={t('movedFromTitle')}
          onClick={() => linkRow !== undefined && onLink(n, linkRow)}
        >
          {t('movedFrom', { line: change.old?.line ?? '?' })}
        </button>
      </div>
    );
    newCell = (
      <div className="cmp-cell new">
        <Segments segs={sideSegments(change.parts, 'new')} />
      </div>
    );
  } else {
    oldCell = row.old.length ? (
      <div className="cmp-cell old">
        <Segments segs={sideSegments(change.parts, 'old')} />
      </div>
    ) : (
      <div className="cmp-cell old void" />
    );
    newCell = row.new.length ? (
      <div className="cmp-cell new">
        <Segments segs={sideSegments(change.parts, 'new')} />
      </div>
    ) : (
      <div className="cmp-cell new void" />
    );
  }
  const oldLines = row.kind === 'moved-to' ? [] : row.old;
  return (
    <div
      className={`cmp-row k-${row.kind} t-${type}` + (current ? ' current' : '')}
      data-row={index}
      data-kind={row.kind}
      data-type={type}
      data-change={n}
      data-current={current || undefined}
      data-testid="compare-row"
    >
      <div className="cmp-ln">{lineLabel(oldLines)}</div>
      {oldCell}
      <div className="cmp-gutter">{tag}</div>
      <div className="cmp-ln">{lineLabel(row.new)}</div>
      {newCell}
    </div>
  );
});

export interface GridProps {
  detailed: DetailedComparison;
  current: number;
  locale: Locale;
  oldName: string;
  newName: string;
  onPick(change: number): void;
}

export function CompareGrid({ detailed, current, locale, oldName, newName, onPick }: GridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const { rows, comparison } = detailed;
  const primary = useMemo(() => rowOfChange(rows), [rows]);
  const fromRows = useMemo(() => movedFromRow(rows), [rows]);
  /** A move link asks for its own row rather than the change's main row. */
  const pendingRow = useRef<number | null>(null);

  const scrollToRow = useCallback((i: number) => {
    const el = scroller.current?.querySelector<HTMLElement>(`[data-row="${i}"]`);
    el?.scrollIntoView({ block: 'center' });
  }, []);

  useEffect(() => {
    const target = pendingRow.current ?? (current >= 0 ? primary[current] : undefined);
    pendingRow.current = null;
    if (target !== undefined) scrollToRow(target);
  }, [current, primary, scrollToRow]);

  const onLink = useCallback(
    (change: number, row: number) => {
      if (change === current) scrollToRow(row);
      else {
        pendingRow.current = row;
        onPick(change);
      }
    },
    [current, onPick, scrollToRow],
  );

  const t = (k: Parameters<typeof ct>[1], p?: Record<string, string | number>) => ct(locale, k, p);
  const total = rows.length || 1;

  return (
    <div className="cmp-body">
      <div className="cmp-scroll" ref={scroller} data-testid="compare-grid" tabIndex={-1}>
        <div className="cmp-row cmp-head">
          <div className="cmp-ln" />
          <div className="cmp-cell old">
            <span className="cmp-side-label old">{t('old')}</span>
            <span className="cmp-file" data-testid="compare-old-name">
              {oldName}
            </span>
            <span className="cmp-meta">{t('meta', { ...comparison.old })}</span>
          </div>
          <div className="cmp-gutter" />
          <div className="cmp-ln" />
          <div className="cmp-cell new">
            <span className="cmp-side-label new">{t('new')}</span>
            <span className="cmp-file" data-testid="compare-new-name">
              {newName}
            </span>
            <span className="cmp-meta">{t('meta', { ...comparison.new })}</span>
          </div>
        </div>
        {rows.map((row, i) => {
          const change = row.change === null ? null : comparison.changes[row.change];
          const link = row.change === null ? undefined : row.kind === 'moved-from' ? primary[row.change] : row.kind === 'moved-to' ? fromRows.get(row.change) : undefined;
          return (
            <Row
              key={i}
              row={row}
              index={i}
              change={row.kind === 'equal' ? null : change}
              current={row.change !== null && row.kind !== 'equal' && row.change === current}
              locale={locale}
              onPick={onPick}
              onLink={onLink}
              linkRow={link}
            />
          );
        })}
      </div>
      <div className="cmp-overview" aria-label={t('overview')} data-testid="compare-overview">
        {comparison.changes.map((c, i) => (
          <button
            key={i}
            type="button"
            tabIndex={-1}
            className={'cmp-mark t-' + c.type + (i === current ? ' current' : '')}
            style={{ top: `${((primary[i] ?? 0) / total) * 100}%` }}
            title={`${i + 1} ${CHANGE_LABEL[locale][c.type]}`}
            onClick={() => onPick(i)}
          />
        ))}
      </div>
    </div>
  );
}
