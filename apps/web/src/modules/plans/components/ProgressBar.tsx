import { roundProgress } from '@cantiere/domain';
import { useProgressText } from '../hooks/useProgressText';

/**
 * A progress bar that says its value to everyone: the figure is written beside the bar, and screen readers get the
 * role, the range and the same figure. With nothing to count, it says so instead of showing an empty bar as 0%.
 */
export function ProgressBar({ value, label, className }: { value: number | null; label: string; className?: string }) {
  const shown = roundProgress(value);
  const text = useProgressText()(value);
  return (
    <div className={`d-flex align-items-center gap-2 ${className ?? ''}`}>
      <div
        className="progress flex-grow-1 plan-progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown ?? undefined}
        aria-valuetext={text}
      >
        <div className="progress-bar bg-primary" style={{ width: `${shown ?? 0}%` }} />
      </div>
      <span className="small text-nowrap" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
