import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES, organisationInputSchema } from '@cantiere/domain';
import type { Organisation, OrganisationType } from '@cantiere/domain';
import { call } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { FormField } from '../../../components/FormField';
import { apiErrors, FieldErrors, focusFirstError, zodFieldErrors } from '../../../forms/errors';
import { useReferenceList } from '../hooks/useReferenceList';
import { NETWORK } from '../../../i18n/namespaces/network';
import { organisationRoutes } from '@cantiere/domain';

type Draft = Record<'name' | 'shortName' | 'fiscalCode' | 'vatNumber' | 'runtsNumber' | 'address' | 'website' | 'email' | 'phone' | 'notes', string>;
const TEXT_FIELDS: (keyof Draft)[] = ['shortName', 'fiscalCode', 'vatNumber', 'runtsNumber', 'address', 'website', 'email', 'phone'];

/** Create or edit an organisation; the same zod schema as the API checks every field as you submit. */
export function OrganisationForm({ organisation, onSaved }: { organisation?: Organisation; onSaved: (o: Organisation) => void }) {
  const { t } = useTranslation(NETWORK);
  const areas = useReferenceList('thematic_area');
  const comuni = useReferenceList('comune');
  const [draft, setDraft] = useState<Draft>(() => ({
    name: organisation?.name ?? '',
    shortName: organisation?.shortName ?? '',
    fiscalCode: organisation?.fiscalCode ?? '',
    vatNumber: organisation?.vatNumber ?? '',
    runtsNumber: organisation?.runtsNumber ?? '',
    address: organisation?.address ?? '',
    website: organisation?.website ?? '',
    email: organisation?.email ?? '',
    phone: organisation?.phone ?? '',
    notes: organisation?.notes ?? '',
  }));
  const [type, setType] = useState<OrganisationType | ''>(organisation?.type ?? '');
  const [selectedAreas, setSelectedAreas] = useState<string[]>(organisation?.thematicAreas ?? []);
  const [selectedComuni, setSelectedComuni] = useState<string[]>(organisation?.comuni ?? []);
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const idPrefix = organisation ? 'org-edit-' : 'org-new-';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const parsed = organisationInputSchema.safeParse({ ...draft, type, thematicAreas: selectedAreas, comuni: selectedComuni });
    if (!parsed.success) {
      const f = zodFieldErrors(t, parsed.error);
      setFields(f);
      return focusFirstError(f, idPrefix);
    }
    setBusy(true);
    try {
      const r = organisation
        ? await call(organisationRoutes.update, { params: { id: organisation.id }, body: parsed.data })
        : await call(organisationRoutes.create, { body: parsed.data });
      setFields({});
      onSaved(r.organisation);
    } catch (err) {
      const r = apiErrors(t, err);
      setFields(r.fields);
      setError(r.message);
      focusFirstError(r.fields, idPrefix);
    } finally {
      setBusy(false);
    }
  };
  const text = (key: keyof Draft, type = 'text') => (
    <FormField id={`${idPrefix}${key}`} label={t(`orgs.${key}`)} error={fields[key]}>
      {(p) => <input {...p} type={type} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />}
    </FormField>
  );
  const toggle = (list: string[], set: (v: string[]) => void, code: string) => set(list.includes(code) ? list.filter((c) => c !== code) : [...list, code]);

  return (
    <form onSubmit={submit} noValidate>
      {error && <Alert kind="danger">{error}</Alert>}
      <div className="row">
        <div className="col-md-8">{text('name')}</div>
        <div className="col-md-4">
          <FormField id={`${idPrefix}type`} label={t('common.kind')} error={fields.type}>
            {(p) => (
              <select
                {...p}
                className={`form-select${fields.type ? ' is-invalid' : ''}`}
                value={type}
                onChange={(e) => setType(e.target.value as OrganisationType)}
              >
                <option value="">{t('spaces.choose')}</option>
                {ORGANISATION_TYPES.map((ty) => (
                  <option key={ty} value={ty}>
                    {t(`orgs.types.${ty}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        {TEXT_FIELDS.map((k) => (
          <div key={k} className="col-md-4">
            {text(k, k === 'email' ? 'email' : k === 'website' ? 'url' : 'text')}
          </div>
        ))}
      </div>
      <fieldset className="mb-3">
        <legend className="form-label fw-semibold fs-6">{t('orgs.thematicAreas')}</legend>
        <div className="d-flex flex-wrap gap-3">
          {areas.items.map((a) => (
            <div key={a.code} className="form-check">
              <input
                id={`${idPrefix}area-${a.code}`}
                className="form-check-input"
                type="checkbox"
                checked={selectedAreas.includes(a.code)}
                onChange={() => toggle(selectedAreas, setSelectedAreas, a.code)}
              />
              <label htmlFor={`${idPrefix}area-${a.code}`} className="form-check-label">
                {areas.label(a.code)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <FormField id={`${idPrefix}comuni`} label={t('orgs.comuni')} error={fields.comuni}>
        {(p) => (
          <select
            {...p}
            className="form-select"
            multiple
            size={6}
            value={selectedComuni}
            onChange={(e) => setSelectedComuni([...e.target.selectedOptions].map((o) => o.value))}
          >
            {comuni.items.map((c) => (
              <option key={c.code} value={c.code}>
                {comuni.label(c.code)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${idPrefix}notes`} label={t('orgs.notes')} error={fields.notes}>
        {(p) => <textarea {...p} rows={3} value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} />}
      </FormField>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('common.save')}
      </button>
    </form>
  );
}
