import { FormEvent, ReactElement, useState } from 'react';
import { MEETING_KINDS } from '@cantiere/domain/constants';
import type { Meeting, MeetingKind, Membership } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { isoToRome, romeToIso } from '../rome';
import { isTextKey } from '../../../i18n';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { peopleOf } from '../useSpaceMembers';

export interface MeetingFormValues {
  title: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineUrl: string | null;
  convocationNote: string | null;
  chairPersonId: string | null;
  minuteTakerPersonId: string | null;
}

interface Props {
  idPrefix: string;
  members: Membership[];
  initial?: Meeting;
  submitLabel: string;
  onSubmit: (values: MeetingFormValues) => Promise<void>;
  onCancel?: () => void;
}

/** Creates or edits a meeting; date and times are typed on Rome's clock and sent as instants. */
export function MeetingForm({ idPrefix, members, initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation(MEETINGS);
  const start = initial ? isoToRome(initial.startsAt) : { date: '', time: '17:00' };
  const end = initial ? isoToRome(initial.endsAt) : { date: '', time: '19:00' };
  const [v, setV] = useState({
    title: initial?.title ?? '',
    kind: (initial?.kind ?? 'thematic_table') as MeetingKind,
    date: start.date,
    start: start.time,
    end: end.time,
    place: initial?.place ?? '',
    onlineUrl: initial?.onlineUrl ?? '',
    convocationNote: initial?.convocationNote ?? '',
    chairPersonId: initial?.chairPersonId ?? '',
    minuteTakerPersonId: initial?.minuteTakerPersonId ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const people = peopleOf(members);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((old) => ({ ...old, [k]: e.target.value }));
  const label = (key: string) => (isTextKey(MEETINGS, key) ? t(key) : t('common.error', { message: key }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (v.title.trim().length < 3) local.title = t('errors.required');
    const startsAt = romeToIso(v.date, v.start);
    const endsAt = romeToIso(v.date, v.end);
    if (!startsAt) local.date = t('invalid_datetime');
    if (!endsAt) local.end = t('invalid_datetime');
    if (startsAt && endsAt && endsAt <= startsAt) local.end = t('ends_before_start');
    setErrors(local);
    if (Object.keys(local).length) {
      document.getElementById(`${idPrefix}-${Object.keys(local)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await onSubmit({
        title: v.title.trim(),
        kind: v.kind,
        startsAt: startsAt!,
        endsAt: endsAt!,
        place: v.place.trim() || null,
        onlineUrl: v.onlineUrl.trim() || null,
        convocationNote: v.convocationNote.trim() || null,
        chairPersonId: v.chairPersonId || null,
        minuteTakerPersonId: v.minuteTakerPersonId || null,
      });
    } catch (err) {
      if (err instanceof ApiError && err.fieldIssues.length) {
        const fields: Record<string, string> = {};
        for (const issue of err.fieldIssues) fields[issue.path === 'startsAt' ? 'date' : issue.path === 'endsAt' ? 'end' : issue.path] ??= label(issue.message);
        setErrors(fields);
      } else setMessage(t('common.error', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const field = (
    key: string,
    text: string,
    input: (common: { id: string; className: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactElement,
    cols = 'col-md-6',
  ) => (
    <div className={cols}>
      <label htmlFor={`${idPrefix}-${key}`} className="form-label">
        {text}
      </label>
      {input({
        id: `${idPrefix}-${key}`,
        className: `form-control${errors[key] ? ' is-invalid' : ''}`,
        'aria-invalid': !!errors[key],
        'aria-describedby': errors[key] ? `${idPrefix}-${key}-error` : undefined,
      })}
      {errors[key] && (
        <div id={`${idPrefix}-${key}-error`} className="invalid-feedback d-block">
          {errors[key]}
        </div>
      )}
    </div>
  );
  return (
    <form onSubmit={submit} noValidate className="row g-3">
      {message && (
        <div className="col-12 alert alert-danger" role="alert">
          {message}
        </div>
      )}
      {field(
        'title',
        t('common.title'),
        (c) => (
          <input type="text" {...c} value={v.title} maxLength={200} onChange={set('title')} />
        ),
        'col-md-8',
      )}
      {field(
        'kind',
        t('kind'),
        (c) => (
          <select {...c} className="form-select" value={v.kind} onChange={set('kind')}>
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind_${k}`)}
              </option>
            ))}
          </select>
        ),
        'col-md-4',
      )}
      {field(
        'date',
        t('common.date'),
        (c) => (
          <input {...c} type="date" value={v.date} onChange={set('date')} />
        ),
        'col-md-4',
      )}
      {field(
        'start',
        t('start'),
        (c) => (
          <input {...c} type="time" value={v.start} onChange={set('start')} />
        ),
        'col-md-4',
      )}
      {field(
        'end',
        t('end'),
        (c) => (
          <input {...c} type="time" value={v.end} onChange={set('end')} />
        ),
        'col-md-4',
      )}
      {field('place', t('place'), (c) => (
        <input type="text" {...c} value={v.place} maxLength={300} onChange={set('place')} />
      ))}
      {field('onlineUrl', t('onlineUrl'), (c) => (
        <input {...c} type="url" value={v.onlineUrl} maxLength={500} placeholder="https://" onChange={set('onlineUrl')} />
      ))}
      {field('chairPersonId', t('chair'), (c) => (
        <select {...c} className="form-select" value={v.chairPersonId} onChange={set('chairPersonId')}>
          <option value="">{t('nobody')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      ))}
      {field('minuteTakerPersonId', t('minuteTaker'), (c) => (
        <select {...c} className="form-select" value={v.minuteTakerPersonId} onChange={set('minuteTakerPersonId')}>
          <option value="">{t('nobody')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      ))}
      {field(
        'convocationNote',
        t('convocationNote'),
        (c) => (
          <textarea {...c} rows={3} value={v.convocationNote} maxLength={5000} onChange={set('convocationNote')} />
        ),
        'col-12',
      )}
      <div className="col-12 d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
