import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { RunCommand } from '@cantiere/domain';
import { meetingsApi } from '../modules/meetings/api';
import { clock, itemElapsed } from '../modules/meetings/rome';
import { useMeetingText } from '../modules/meetings/texts';
import { useMeetingData } from '../modules/meetings/useMeetingData';
import { useNow } from '../modules/meetings/useNow';

/**
 * The facilitator's screen, followed live by everyone: the item under discussion, its timer against the plan,
 * the whole agenda. Large type for a projector, one column on a phone.
 */
export function RunModePage() {
  const t = useMeetingText();
  const { id = '' } = useParams();
  const data = useMeetingData(id);
  const now = useNow();
  const [error, setError] = useState<string | null>(null);
  const { meeting, agenda } = data;
  const command = async (cmd: RunCommand) => {
    setError(null);
    try {
      const run = await meetingsApi.run(id, cmd);
      if (meeting) data.setMeeting({ ...meeting, run });
    } catch (err) {
      setError((err as Error).message);
    }
  };
  useEffect(() => {
    if (!meeting?.canManage || meeting.status !== 'in_progress') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName)) return;
      if (e.key === 'ArrowRight') void command({ action: 'next' });
      if (e.key === 'ArrowLeft') void command({ action: 'previous' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (data.missing) return <div className="alert alert-warning" role="alert">{t('notFound')}</div>;
  if (!meeting || !agenda) return <p role="status">{t('loading')}</p>;
  const current = agenda.items.find((i) => i.id === meeting.run.currentItemId) ?? null;
  const elapsed = current ? itemElapsed(current.spentSeconds, meeting.run.itemStartedAt, meeting.run.serverNow, data.receivedAt, now) : 0;
  const overrun = current ? elapsed - current.plannedMinutes * 60 : 0;
  const spentAll = agenda.items.reduce((sum, i) => sum + (i.id === current?.id ? elapsed : i.spentSeconds), 0);
  return (
    <article className="run-mode" data-testid="run-mode">
      <p className="mb-1"><Link to={`/sedute/${meeting.id}`}>{t('backToMeeting')}</Link></p>
      <h1 className="h3">{t('runTitle')}: {meeting.title}</h1>
      {meeting.status !== 'in_progress' && <div className="alert alert-info" role="status">{t('notInProgress')}</div>}
      {error && <div className="alert alert-danger" role="alert">{t('error', { message: error })}</div>}
      <section aria-labelledby="current-item" className="card card-body mb-3" aria-live="polite">
        <h2 id="current-item" className="h6 text-uppercase text-secondary">{t('currentItem')}</h2>
        {current ? (
          <>
            <p className="display-6 fw-semibold mb-2" data-testid="run-current">{current.position}. {current.title}</p>
            {current.presenterName && <p className="fs-5 mb-1">{t('presenter')}: {current.presenterName}{current.presenterOrganisationName ? ` (${current.presenterOrganisationName})` : ''}</p>}
            {current.description && <p className="fs-5">{current.description}</p>}
            <p className={`display-4 mb-0 ${overrun > 0 ? 'text-danger' : ''}`} aria-label={t('elapsed')} data-testid="run-timer">
              {clock(elapsed)} <span className="fs-4 text-secondary">/ {t('planned', { count: current.plannedMinutes })}</span>
            </p>
            {overrun > 0 && <div className="alert alert-danger mt-2 fs-5" role="alert">{t('overrunItem', { time: clock(overrun) })}</div>}
          </>
        ) : <p className="fs-4">{t('noCurrentItem')}</p>}
      </section>
      <p className="fs-5">{t('meetingElapsed', { elapsed: clock(spentAll), planned: clock(agenda.plannedMinutes * 60) })}</p>
      {meeting.canManage && meeting.status === 'in_progress' && (
        <div className="d-flex flex-wrap gap-2 mb-2">
          <button type="button" className="btn btn-lg btn-outline-primary" onClick={() => void command({ action: 'previous' })}>← {t('previous')}</button>
          <button type="button" className="btn btn-lg btn-primary" onClick={() => void command({ action: 'next' })}>{t('next')} →</button>
          <button type="button" className="btn btn-lg btn-outline-secondary" onClick={() => void command({ action: 'stop' })}>{t('stop')}</button>
        </div>
      )}
      {meeting.canManage && <p className="small text-secondary">{t('shortcuts')}</p>}
      <ol className="list-group list-group-numbered fs-5">
        {agenda.items.map((item) => (
          <li key={item.id} className={`list-group-item d-flex justify-content-between align-items-center gap-2${item.id === current?.id ? ' active' : ''}`} aria-current={item.id === current?.id ? 'step' : undefined}>
            <span className="me-auto ms-2">{item.title} <span className="small">({t('minutesShort', { count: item.plannedMinutes })}{item.spentSeconds ? `, ${clock(item.spentSeconds)}` : ''})</span></span>
            {meeting.canManage && meeting.status === 'in_progress' && item.id !== current?.id && (
              <button type="button" className="btn btn-sm btn-outline-primary" aria-label={`${t('goTo')}: ${item.title}`} onClick={() => void command({ action: 'goto', itemId: item.id })}>{t('goTo')}</button>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
