import { type ReactNode, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import type { RunCommand } from '@cantiere/domain';
import { ApiError, call } from '../../../api/client';
import { QueryError } from '../../../components/QueryError';
import { useTranslation } from 'react-i18next';
import { showRun } from '../api/live-invalidation';
import { RunCurrentItem } from '../components/RunCurrentItem';
import { RunDecisions } from '../components/RunDecisions';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { clock, itemElapsed } from '../rome';
import { useFullscreen } from '../useFullscreen';
import { useAgenda } from '../hooks/useAgenda';
import { useMeeting } from '../hooks/useMeeting';
import { useMeetingLiveSync } from '../hooks/useMeetingLiveSync';
import { useMeetingDecisions } from '../useMeetingDecisions';
import { useNow } from '../useNow';
import '../run-mode.css';
import { meetingRunRoutes } from '@cantiere/domain';
import { NotFoundNotice } from '../../../components/NotFoundNotice';

/**
 * The facilitator's screen, followed live by everyone and shown on the projector: without the site's header,
 * full screen on request, the item under discussion with its papers and timer, the decisions taken so far.
 */
export function RunModePage() {
  const { t } = useTranslation(MEETINGS);
  const { t: tl } = useTranslation(MEETINGS, { keyPrefix: 'layout' });
  const { id = '' } = useParams();
  const meetingQuery = useMeeting(id);
  const agendaQuery = useAgenda(id);
  useMeetingLiveSync(id);
  const decisionsQuery = useMeetingDecisions(id);
  const client = useQueryClient();
  const fullscreen = useFullscreen();
  const now = useNow();
  const [error, setError] = useState<string | null>(null);
  const meeting = meetingQuery.data;
  const agenda = agendaQuery.data;
  const command = async (cmd: RunCommand) => {
    setError(null);
    try {
      const { run } = await call(meetingRunRoutes.command, { params: { id }, body: cmd });
      showRun(client, id, run);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  useEffect(() => {
    if (!meeting?.can['meeting.manage'] || meeting.status !== 'in_progress') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName)) return;
      if (e.key === 'ArrowRight') void command({ action: 'next' });
      if (e.key === 'ArrowLeft') void command({ action: 'previous' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const frame = (content: ReactNode) => (
    <main id="main" tabIndex={-1} className={`run-mode${fullscreen.fallback ? ' run-mode-fill' : ''}`} data-testid="run-mode">
      {content}
    </main>
  );
  if (meetingQuery.error instanceof ApiError && (meetingQuery.error.status === 404 || meetingQuery.error.status === 400))
    return frame(<NotFoundNotice message={t('notFound')} />);
  const failed = meetingQuery.error ? meetingQuery : agendaQuery.error ? agendaQuery : null;
  if (failed) return frame(<QueryError error={failed.error} onRetry={() => failed.refetch()} />);
  if (!meeting || !agenda) return frame(<p role="status">{t('app.loading')}</p>);
  const current = agenda.items.find((i) => i.id === meeting.run.currentItemId) ?? null;
  const elapsed = current ? itemElapsed(current.spentSeconds, meeting.run.itemStartedAt, meeting.run.serverNow, meetingQuery.dataUpdatedAt, now) : 0;
  const spentAll = agenda.items.reduce((sum, i) => sum + (i.id === current?.id ? elapsed : i.spentSeconds), 0);
  const running = meeting.can['meeting.manage'] && meeting.status === 'in_progress';
  return frame(
    <>
      <div className="run-toolbar">
        <Link className="btn btn-outline-primary" to={`/sedute/${meeting.id}`}>
          ← {t('backToMeeting')}
        </Link>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="fullscreen"
          onClick={() => void (fullscreen.active ? fullscreen.exit() : fullscreen.enter())}
        >
          {fullscreen.active ? tl('exitFullscreen') : tl('fullscreen')}
        </button>
      </div>
      {fullscreen.fallback && (
        <p className="alert alert-info run-text" role="status">
          {tl('fullscreenFallback')}
        </p>
      )}
      <h1 className="run-title">
        {t('runTitle')}: {meeting.title}
      </h1>
      {meeting.status !== 'in_progress' && (
        <div className="alert alert-info run-text" role="status">
          {t('notInProgress')}
        </div>
      )}
      {error && (
        <div className="alert alert-danger run-text" role="alert">
          {t('common.error', { message: error })}
        </div>
      )}
      <div className="row g-4">
        <div className="col-lg-8">
          <RunCurrentItem current={current} elapsed={elapsed} />
          <p className="run-text mt-3">{t('meetingElapsed', { elapsed: clock(spentAll), planned: clock(agenda.plannedMinutes * 60) })}</p>
          {running && (
            <div className="d-flex flex-wrap gap-2 mb-2">
              <button type="button" className="btn btn-lg btn-outline-primary" onClick={() => void command({ action: 'previous' })}>
                ← {t('common.previous')}
              </button>
              <button type="button" className="btn btn-lg btn-primary" onClick={() => void command({ action: 'next' })}>
                {t('next')} →
              </button>
              <button type="button" className="btn btn-lg btn-outline-secondary" onClick={() => void command({ action: 'stop' })}>
                {t('stop')}
              </button>
            </div>
          )}
          <p className="small text-secondary">
            {meeting.can['meeting.manage'] && `${t('shortcuts')} `}
            {tl('escapeHint')}
          </p>
        </div>
        <div className="col-lg-4">
          <RunDecisions decisions={decisionsQuery.data ?? []} items={agenda.items} failed={decisionsQuery.isError} />
          <section aria-labelledby="run-agenda-title" className="mt-4">
            <h2 id="run-agenda-title" className="run-label">
              {t('tabAgenda')}
            </h2>
            <ol className="list-group list-group-numbered run-agenda">
              {agenda.items.map((item) => (
                <li
                  key={item.id}
                  className={`list-group-item d-flex justify-content-between align-items-center gap-2${item.id === current?.id ? ' active' : ''}`}
                  aria-current={item.id === current?.id ? 'step' : undefined}
                >
                  <span className="me-auto ms-2">
                    {item.title}{' '}
                    <span className="small">
                      ({t('minutesShort', { count: item.plannedMinutes })}
                      {item.spentSeconds ? `, ${clock(item.spentSeconds)}` : ''})
                    </span>
                  </span>
                  {running && item.id !== current?.id && (
                    <button
                      type="button"
                      className="btn btn-sm btn-outline-primary"
                      aria-label={`${t('goTo')}: ${item.title}`}
                      onClick={() => void command({ action: 'goto', itemId: item.id })}
                    >
                      {t('goTo')}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </>,
  );
}
