import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ConvocationPreview, Meeting, StepWarning } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { isTextKey } from '../../../i18n';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { codesOf, warningsOf } from '../step-warnings';
import { CancellationPreviewView } from './CancellationPreviewView';
import { ConvocationPreviewView } from './ConvocationPreviewView';
import { StepWarnings } from './StepWarnings';
import { meetingRoutes, convocationRoutes } from '@cantiere/domain';

type Step = 'convene' | 'start' | 'close' | 'cancel';
/**
 * A step being confirmed: the convocation or cancellation with its preview (a cancellation of a meeting never convened
 * has none: no one is told), or the warnings the server raised (null before it answered).
 */
interface Asking {
  step: Step;
  preview?: ConvocationPreview | null;
  warnings: StepWarning[] | null;
}

/** The lifecycle buttons the meeting's status allows, for those who run it; each step says what it will do first. */
export function MeetingActions({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const { t } = useTranslation(MEETINGS);
  const { t: s } = useTranslation(MEETINGS, { keyPrefix: 'steps' });
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [reason, setReason] = useState('');
  // The button that opened the dialog is disabled while its preview loads, which drops its focus: remember it.
  const [opener, setOpener] = useState<HTMLButtonElement | null>(null);

  const fail = (err: unknown) => {
    const issues = err instanceof ApiError ? err.fieldIssues : [];
    setErrors(issues.length ? issues.map((i) => (isTextKey(MEETINGS, i.message) ? t(i.message) : i.message)) : [(err as Error).message]);
  };
  const run = async (transition: Step, reason?: string, confirmed: StepWarning[] | null = null) => {
    setBusy(true);
    setErrors([]);
    setNotice(null);
    try {
      const { meeting: next } = await call(meetingRoutes.transition, {
        params: { id: meeting.id },
        body: { transition, reason: reason || undefined, confirm: codesOf(confirmed) },
      });
      setAsking(null);
      onChange(next);
      if (transition === 'convene') setNotice(t('convened'));
    } catch (err) {
      const warnings = warningsOf(err);
      // The server saw something the person has not confirmed yet: the same dialog now shows it.
      if (warnings) setAsking((current) => ({ ...current, step: transition, warnings }));
      else {
        setAsking(null);
        fail(err);
      }
    } finally {
      setBusy(false);
    }
  };
  const ask = async (step: Step) => {
    setErrors([]);
    setReason('');
    if (step === 'cancel' && meeting.status === 'draft') return setAsking({ step, warnings: null, preview: null });
    if (step !== 'convene' && step !== 'cancel') return setAsking({ step, warnings: null });
    setBusy(true);
    try {
      const kind = step === 'cancel' ? 'cancellation' : 'convocation';
      setAsking({ step, warnings: null, preview: (await call(convocationRoutes.preview, { params: { id: meeting.id }, query: { kind } })).convocation });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  const button = (step: Step, label: string, style: string) => (
    <button
      type="button"
      className={`btn ${style}`}
      disabled={busy}
      onClick={(e) => {
        setOpener(e.currentTarget);
        void ask(step);
      }}
    >
      {label}
    </button>
  );

  const dialog =
    asking &&
    {
      convene: {
        title: s('conveneTitle'),
        confirm: s('conveneConfirm', { count: asking.preview?.recipients.length ?? 0 }),
        tone: 'primary' as const,
        body: asking.preview && <ConvocationPreviewView preview={asking.preview} />,
      },
      start: { title: s('startTitle'), confirm: s('startConfirm'), tone: 'success' as const, body: <p>{s('startIntro')}</p> },
      close: { title: s('closeTitle'), confirm: s('closeConfirm'), tone: 'dark' as const, body: <p>{s('closeIntro')}</p> },
      cancel: {
        title: s('cancelTitle'),
        confirm: asking.preview ? s('cancelConfirmMail', { count: asking.preview.recipients.length }) : s('cancelConfirm'),
        tone: 'danger' as const,
        body: <CancellationPreviewView preview={asking.preview ?? null} reason={reason} onReason={setReason} />,
      },
    }[asking.step];
  return (
    <div className="mb-3">
      <div className="d-flex flex-wrap gap-2">
        {meeting.can['meeting.manage'] && meeting.status === 'draft' && button('convene', t('convene'), 'btn-primary')}
        {meeting.can['meeting.manage'] && meeting.status === 'convened' && button('start', t('startMeeting'), 'btn-success')}
        {meeting.can['meeting.manage'] && meeting.status === 'in_progress' && button('close', t('close'), 'btn-dark')}
        {meeting.status === 'in_progress' && (
          <Link className="btn btn-outline-success" to={`/sedute/${meeting.id}/conduzione`}>
            {t('runMode')}
          </Link>
        )}
        {meeting.can['meeting.manage'] &&
          (meeting.status === 'draft' || meeting.status === 'convened') &&
          button('cancel', t('cancelMeeting'), 'btn-outline-danger')}
        {meeting.status !== 'draft' && (
          <a className="btn btn-outline-secondary" href={`/api/meetings/${meeting.id}/calendar.ics`} download>
            {t('addToCalendar')}
          </a>
        )}
      </div>
      {asking && dialog && (
        <ConfirmDialog
          title={dialog.title}
          confirmLabel={asking.warnings?.length ? s('goAhead') : dialog.confirm}
          cancelLabel={s('dialogCancel')}
          tone={asking.warnings?.length ? 'warning' : dialog.tone}
          busy={busy}
          testId={`confirm-${asking.step}`}
          returnFocus={opener}
          onCancel={() => setAsking(null)}
          onConfirm={() => void run(asking.step, asking.step === 'cancel' ? reason.trim() : undefined, asking.warnings)}
        >
          {dialog.body}
          {asking.warnings && asking.warnings.length > 0 && <StepWarnings warnings={asking.warnings} />}
        </ConfirmDialog>
      )}
      {errors.length > 0 && (
        <div className="alert alert-danger mt-2" role="alert" data-testid="transition-errors">
          <ul className="mb-0">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {notice && (
        <div className="alert alert-success mt-2" role="status">
          {notice}
        </div>
      )}
    </div>
  );
}
