import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AFFILIATION_ROLES, LEGAL_BASES, personInputSchema } from '@cantiere/domain';
import type { AffiliationRole, LegalBasis, Person } from '@cantiere/domain';
import { call } from '../../../api/client';
import { useAuth } from '../../../auth/AuthContext';
import { Alert } from '../../../components/Alert';
import { FormField } from '../../../components/FormField';
import { QueryError } from '../../../components/QueryError';
import { apiErrors, FieldErrors, focusFirstError, zodFieldErrors } from '../../../forms/errors';
import { useOrganisations } from '../hooks/useOrganisations';
import { NETWORK } from '../../../i18n/namespaces/network';
import { personRoutes } from '@cantiere/domain';

interface AffiliationDraft {
  organisationId: string;
  role: AffiliationRole;
  title: string;
}

/** Create or edit a contact with its roles in organisations and the legal basis for keeping it. */
export function PersonForm({ person, onSaved }: { person?: Person; onSaved: (p: Person) => void }) {
  const { t } = useTranslation(NETWORK);
  const { user } = useAuth();
  // Only the person themselves or an administrator decides whether the whole network sees their contacts.
  const own = !!person && !!user && person.userId === user.id;
  const mayChooseContacts = user?.role === 'admin' || own;
  const prefix = person ? 'person-edit-' : 'person-new-';
  const orgsQuery = useOrganisations('pageSize=200');
  const orgs = orgsQuery.data?.items ?? [];
  const [firstName, setFirstName] = useState(person?.firstName ?? '');
  const [lastName, setLastName] = useState(person?.lastName ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [phone, setPhone] = useState(person?.phone ?? '');
  const [notes, setNotes] = useState(person?.notes ?? '');
  const [contactsPublic, setContactsPublic] = useState(person?.contactsPublic ?? false);
  const [affiliations, setAffiliations] = useState<AffiliationDraft[]>(
    person?.affiliations.map((a) => ({ organisationId: a.organisationId, role: a.role, title: a.title ?? '' })) ?? [],
  );
  const [basis, setBasis] = useState<LegalBasis | ''>(person?.consent?.legalBasis ?? '');
  const [purpose, setPurpose] = useState(person?.consent?.purpose ?? '');
  const [date, setDate] = useState(person?.consent?.date ?? '');
  const [source, setSource] = useState(person?.consent?.source ?? '');
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const input = {
      firstName,
      lastName,
      email,
      phone,
      notes,
      affiliations: affiliations.map((a) => ({ organisationId: a.organisationId, role: a.role, title: a.title })),
      consent: basis ? { legalBasis: basis, purpose, date, source } : null,
      ...(mayChooseContacts ? { contactsPublic } : {}),
    };
    const parsed = personInputSchema.safeParse(input);
    if (!parsed.success) {
      const f = zodFieldErrors(t, parsed.error);
      setFields(f);
      return focusFirstError(f, prefix);
    }
    try {
      const r = person
        ? await call(personRoutes.update, { params: { id: person.id }, body: parsed.data })
        : await call(personRoutes.create, { body: parsed.data });
      setFields({});
      onSaved(r.person);
    } catch (err) {
      const r = apiErrors(t, err);
      setFields(r.fields);
      setError(r.message);
      focusFirstError(r.fields, prefix);
    }
  };
  const update = (i: number, patch: Partial<AffiliationDraft>) => setAffiliations(affiliations.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  return (
    <form onSubmit={submit} noValidate>
      {error && <Alert kind="danger">{error}</Alert>}
      {orgsQuery.error && <QueryError error={orgsQuery.error} onRetry={() => orgsQuery.refetch()} />}
      <div className="row">
        <div className="col-md-3">
          <FormField id={`${prefix}firstName`} label={t('people.firstName')} error={fields.firstName}>
            {(p) => <input type="text" {...p} value={firstName} onChange={(e) => setFirstName(e.target.value)} />}
          </FormField>
        </div>
        <div className="col-md-3">
          <FormField id={`${prefix}lastName`} label={t('people.lastName')} error={fields.lastName}>
            {(p) => <input type="text" {...p} value={lastName} onChange={(e) => setLastName(e.target.value)} />}
          </FormField>
        </div>
        <div className="col-md-3">
          <FormField id={`${prefix}email`} label={t('common.email')} error={fields.email}>
            {(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </FormField>
        </div>
        <div className="col-md-3">
          <FormField id={`${prefix}phone`} label={t('people.phone')} error={fields.phone}>
            {(p) => <input {...p} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />}
          </FormField>
        </div>
      </div>
      <fieldset className="mb-3">
        <legend className="fs-6 fw-semibold">{t('people.affiliations')}</legend>
        {affiliations.map((a, i) => (
          <div key={i} className="row g-2 align-items-end mb-2">
            <div className="col-md-5">
              <label htmlFor={`${prefix}affiliations-${i}-organisationId`} className="form-label">
                {t('common.organisation')}
              </label>
              <select
                id={`${prefix}affiliations-${i}-organisationId`}
                className={`form-select${fields[`affiliations.${i}.organisationId`] ? ' is-invalid' : ''}`}
                value={a.organisationId}
                onChange={(e) => update(i, { organisationId: e.target.value })}
              >
                <option value="">{t('spaces.choose')}</option>
                {orgs.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
              {fields[`affiliations.${i}.organisationId`] && <div className="invalid-feedback d-block">{fields[`affiliations.${i}.organisationId`]}</div>}
            </div>
            <div className="col-md-3">
              <label htmlFor={`${prefix}affiliations-${i}-role`} className="form-label">
                {t('common.role')}
              </label>
              <select
                id={`${prefix}affiliations-${i}-role`}
                className="form-select"
                value={a.role}
                onChange={(e) => update(i, { role: e.target.value as AffiliationRole })}
              >
                {AFFILIATION_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`people.roles.${r}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="col-md-3">
              <label htmlFor={`${prefix}affiliations-${i}-title`} className="form-label">
                {t('people.jobTitle')}
              </label>
              <input
                type="text"
                id={`${prefix}affiliations-${i}-title`}
                className="form-control"
                value={a.title}
                onChange={(e) => update(i, { title: e.target.value })}
              />
            </div>
            <div className="col-md-1">
              <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setAffiliations(affiliations.filter((_, j) => j !== i))}>
                {t('people.removeAffiliation')}
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-sm btn-outline-primary"
          onClick={() => setAffiliations([...affiliations, { organisationId: '', role: 'operator', title: '' }])}
        >
          {t('people.addAffiliation')}
        </button>
      </fieldset>
      <fieldset className="mb-3">
        <legend className="fs-6 fw-semibold">{t('people.privacy')}</legend>
        {mayChooseContacts && (
          <div className="form-check mb-3">
            <input
              id={`${prefix}contactsPublic`}
              type="checkbox"
              className={`form-check-input${fields.contactsPublic ? ' is-invalid' : ''}`}
              checked={contactsPublic}
              aria-describedby={`${prefix}contactsPublic-hint`}
              onChange={(e) => setContactsPublic(e.target.checked)}
            />
            <label htmlFor={`${prefix}contactsPublic`} className="form-check-label">
              {t(own ? 'people.contactsPublicSelf' : 'people.contactsPublicOther')}
            </label>
            <div id={`${prefix}contactsPublic-hint`} className="form-text">
              {t('people.contactsPublicHint')}
            </div>
            {fields.contactsPublic && <div className="invalid-feedback d-block">{fields.contactsPublic}</div>}
          </div>
        )}
        <div className="row">
          <div className="col-md-3">
            <FormField id={`${prefix}consent-legalBasis`} label={t('people.legalBasis')} error={fields['consent.legalBasis']}>
              {(p) => (
                <select {...p} className="form-select" value={basis} onChange={(e) => setBasis(e.target.value as LegalBasis)}>
                  <option value="">{t('common.none')}</option>
                  {LEGAL_BASES.map((b) => (
                    <option key={b} value={b}>
                      {t(`people.bases.${b}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          <div className="col-md-4">
            <FormField id={`${prefix}consent-purpose`} label={t('people.purpose')} error={fields['consent.purpose']}>
              {(p) => <input type="text" {...p} value={purpose} disabled={!basis} onChange={(e) => setPurpose(e.target.value)} />}
            </FormField>
          </div>
          <div className="col-md-2">
            <FormField id={`${prefix}consent-date`} label={t('common.date')} error={fields['consent.date']}>
              {(p) => <input {...p} type="date" value={date} disabled={!basis} onChange={(e) => setDate(e.target.value)} />}
            </FormField>
          </div>
          <div className="col-md-3">
            <FormField id={`${prefix}consent-source`} label={t('people.consentSource')} error={fields['consent.source']}>
              {(p) => <input type="text" {...p} value={source} disabled={!basis} onChange={(e) => setSource(e.target.value)} />}
            </FormField>
          </div>
        </div>
      </fieldset>
      <FormField id={`${prefix}notes`} label={t('people.notes')} error={fields.notes}>
        {(p) => <textarea {...p} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </FormField>
      <button type="submit" className="btn btn-primary">
        {t('common.save')}
      </button>
    </form>
  );
}
