import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLANS } from '../../../i18n/namespaces/plans';
import type { ChartOption } from './chart-options';

/** One fetch of ECharts for every chart of the page, started by the first that comes into view. */
let loading: Promise<typeof import('./echarts-setup')> | null = null;
const loadECharts = () => (loading ??= import('./echarts-setup'));

interface Props {
  option: ChartOption;
  /** The chart's name and the id of the text that describes it: the SVG is an image to assistive technology. */
  label: string;
  describedBy: string;
  height: number;
}

/**
 * One ECharts chart, drawn as SVG. ECharts is fetched the first time a chart comes near the viewport (never with the
 * page's own code); until then, and if it fails, the space is kept and the table below holds the same figures.
 */
export function EChart({ option, label, describedBy, height }: Props) {
  const { t } = useTranslation(PLANS);
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'waiting' | 'drawn' | 'failed'>('waiting');

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let gone = false;
    let chart: { setOption: (o: object) => void; resize: () => void; dispose: () => void } | null = null;
    const resize = () => chart?.resize();
    const draw = () =>
      loadECharts()
        .then(({ init }) => {
          if (gone) return;
          chart = init(element, null, { renderer: 'svg' });
          chart.setOption(option);
          window.addEventListener('resize', resize);
          setState('drawn');
        })
        .catch(() => {
          // A failed fetch (a dropped connection) is tried again by the next chart, or the next visit.
          loading = null;
          if (!gone) setState('failed');
        });
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver(
            (entries) => {
              if (!entries.some((e) => e.isIntersecting)) return;
              observer?.disconnect();
              void draw();
            },
            { rootMargin: '200px' },
          );
    if (observer) observer.observe(element);
    else void draw();
    return () => {
      gone = true;
      observer?.disconnect();
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [option]);

  return (
    <div className="plan-chart-frame" style={{ minHeight: height }}>
      <div ref={box} role="img" aria-label={label} aria-describedby={describedBy} data-chart-state={state} style={{ height, width: '100%' }} />
      {state === 'waiting' && (
        <p className="small text-secondary plan-chart-status" aria-hidden="true">
          {t('views.charts.loading')}
        </p>
      )}
      {state === 'failed' && <p className="small text-secondary">{t('views.charts.failed')}</p>}
    </div>
  );
}
