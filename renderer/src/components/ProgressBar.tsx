export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const pct = total ? Math.round((done / total) * 100) : 0;
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-label={label} data-testid="progress">
      <div className="progress-fill" style={{ width: `${pct}%` }} />
      <span className="progress-label">{label}</span>
    </div>
  );
}
