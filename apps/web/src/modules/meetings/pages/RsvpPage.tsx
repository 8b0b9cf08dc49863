import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import type { RsvpResponse, RsvpView } from '@cantiere/domain';
import { ApiError, call } from '../../../api/client';
import { QueryError } from '../../../components/QueryError';
import { useTranslation } from 'react-i18next';
import { meetingKeys } from '../api/keys';
import { RsvpAgenda } from '../components/RsvpAgenda';
import { useRsvp } from '../hooks/useRsvp';
import { formatDay, formatTime } from '../rome';
import { dateLocale } from '../../../i18n';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { rsvpRoutes } from '@cantiere/domain';

// Not `rsvp-delegate`: that is the id of the "delegate" radio, and a shared id made the label focus the radio.
const DELEGATE_FIELD = 'rsvp-delegate-name';

/** The answer to a convocation from the personal link in the email, without logging in. */
export function RsvpPage() {
  const { t } = useTranslation(MEETINGS);
  const { token = '' } = useParams();
  const query = useRsvp(token);
  const invalid = query.error instanceof ApiError && query.error.status >= 400 && query.error.status < 500;
  if (invalid)
    return (
      <div className="alert alert-warning" role="alert">
        {t('rsvpInvalid')}
      </div>
    );
  if (query.error) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return <p role="status">{t('app.loading')}</p>;
  return <RsvpForm key={token} token={token} view={query.data} />;
}

/** The convocation and the answer form, starting from the answer already given. */
function RsvpForm({ token, view }: { token: string; view: RsvpView }) {
  const { t, i18n } = useTranslation(MEETINGS);
  const locale = dateLocale(i18n.language);
  const client = useQueryClient();
  const setView = (v: RsvpView) => client.setQueryData(meetingKeys.rsvp(token), v);
  const [response, setResponse] = useState<RsvpResponse>(view.response ?? 'attending');
  const [delegate, setDelegate] = useState(view.delegateName ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    if (response === 'delegate' && !delegate.trim()) {
      setError(t('errors.required'));
      document.getElementById(DELEGATE_FIELD)?.focus();
      return;
    }
    try {
      const body = { response, delegateName: response === 'delegate' ? delegate.trim() : null };
      setView((await call(rsvpRoutes.answer, { params: { token }, body })).rsvp);
      setSaved(true);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <article>
      <h1 className="h2">{t('rsvpTitle')}</h1>
      <p className="lead">
        {view.spaceName}: {view.meetingTitle}
      </p>
      <p>
        {formatDay(view.startsAt, locale)}, {formatTime(view.startsAt, locale)}–{formatTime(view.endsAt, locale)}
        {view.place ? ` · ${view.place}` : ''}
      </p>
      {view.onlineUrl && (
        <p>
          <a href={view.onlineUrl}>{view.onlineUrl}</a>
        </p>
      )}
      <p>{t('rsvpFor', { person: view.personName, organisation: view.organisationName })}</p>
      <RsvpAgenda items={view.agenda} />
      {view.cancelled ? (
        <div className="alert alert-warning" role="status">
          {t('rsvpCancelled')}
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          <fieldset>
            <legend className="h5">{t('myAnswer')}</legend>
            {(['attending', 'not_attending', 'delegate'] as const).map((r) => (
              <div className="form-check" key={r}>
                <input className="form-check-input" type="radio" name="rsvp" id={`rsvp-${r}`} checked={response === r} onChange={() => setResponse(r)} />
                <label className="form-check-label" htmlFor={`rsvp-${r}`}>
                  {t(r === 'attending' ? 'answerAttending' : r === 'not_attending' ? 'answerNotAttending' : 'answerDelegate')}
                </label>
              </div>
            ))}
          </fieldset>
          {response === 'delegate' && (
            <div className="mt-2">
              <label htmlFor={DELEGATE_FIELD} className="form-label">
                {t('delegateName')}
              </label>
              <input
                type="text"
                id={DELEGATE_FIELD}
                className={`form-control${error ? ' is-invalid' : ''}`}
                value={delegate}
                maxLength={200}
                onChange={(e) => setDelegate(e.target.value)}
                aria-invalid={!!error}
                aria-describedby={error ? 'rsvp-error' : undefined}
              />
            </div>
          )}
          {error && (
            <div id="rsvp-error" className="alert alert-danger mt-2" role="alert">
              {error}
            </div>
          )}
          <button type="submit" className="btn btn-primary mt-3">
            {t('sendAnswer')}
          </button>
          {saved && (
            <div className="alert alert-success mt-3" role="status">
              {t('answerSaved')}
            </div>
          )}
        </form>
      )}
    </article>
  );
}
