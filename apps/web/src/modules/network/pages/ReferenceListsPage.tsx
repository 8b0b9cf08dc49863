import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { REFERENCE_KINDS, referenceItemInputSchema } from '@cantiere/domain';
import type { ReferenceItem, ReferenceKind } from '@cantiere/domain';
import { call } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { FormField } from '../../../components/FormField';
import { QueryError } from '../../../components/QueryError';
import { apiErrors, FieldErrors, focusFirstError, zodFieldErrors } from '../../../forms/errors';
import { networkKeys } from '../api/keys';
import { useReferenceItems } from '../hooks/useReferenceItems';
import { NETWORK } from '../../../i18n/namespaces/network';
import { referenceRoutes } from '@cantiere/domain';

/** The managed lists (thematic areas, Comuni of the district): add entries, rename, retire or restore them. */
export function ReferenceListsPage() {
  const { t } = useTranslation(NETWORK);
  const [kind, setKind] = useState<ReferenceKind>('thematic_area');
  const client = useQueryClient();
  const query = useReferenceItems(kind);
  const items = query.data ?? null;
  const [code, setCode] = useState('');
  const [labelIt, setLabelIt] = useState('');
  const [labelEn, setLabelEn] = useState('');
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const load = (k: ReferenceKind) => client.invalidateQueries({ queryKey: networkKeys.referenceList(k) });

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = referenceItemInputSchema.safeParse({ code, labelIt, labelEn });
    if (!parsed.success) {
      const f = zodFieldErrors(t, parsed.error);
      setFields(f);
      return focusFirstError(f, 'ref-');
    }
    try {
      await call(referenceRoutes.create, { params: { kind }, body: parsed.data });
      setFields({});
      setCode('');
      setLabelIt('');
      setLabelEn('');
      setMessage(t('common.saved'));
      await load(kind);
    } catch (err) {
      setFields(apiErrors(t, err).fields);
    }
  };
  const toggle = async (item: ReferenceItem) => {
    await call(referenceRoutes.update, { params: { kind, code: item.code }, body: { active: !item.active } });
    await load(kind);
  };

  return (
    <>
      <h1>{t('lists.title')}</h1>
      <p>{t('lists.intro')}</p>
      {/* Buttons that wrap on a narrow screen: a btn-group keeps them on one line, wider than a phone. */}
      <div className="d-flex flex-wrap gap-2 mb-3" role="group" aria-label={t('lists.title')}>
        {REFERENCE_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className={`btn ${k === kind ? 'btn-primary' : 'btn-outline-primary'}`}
            aria-pressed={k === kind}
            onClick={() => setKind(k)}
          >
            {t(`lists.kind_${k}`)}
          </button>
        ))}
      </div>
      {message && <Alert kind="success">{message}</Alert>}
      <form onSubmit={add} noValidate className="row g-2 align-items-end mb-4">
        <div className="col-md-3">
          <FormField id="ref-code" label={t('lists.code')} error={fields.code} hint={t('lists.codeHint')}>
            {(p) => <input type="text" {...p} value={code} onChange={(e) => setCode(e.target.value)} />}
          </FormField>
        </div>
        <div className="col-md-3">
          <FormField id="ref-labelIt" label={t('lists.labelIt')} error={fields.labelIt}>
            {(p) => <input type="text" {...p} value={labelIt} onChange={(e) => setLabelIt(e.target.value)} />}
          </FormField>
        </div>
        <div className="col-md-3">
          <FormField id="ref-labelEn" label={t('lists.labelEn')} error={fields.labelEn}>
            {(p) => <input type="text" {...p} value={labelEn} onChange={(e) => setLabelEn(e.target.value)} />}
          </FormField>
        </div>
        <div className="col-md-3 mb-3">
          <button type="submit" className="btn btn-primary">
            {t('lists.add')}
          </button>
        </div>
      </form>
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      <div className="table-responsive" tabIndex={0} role="region" aria-label={t(`lists.kind_${kind}`)}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('lists.code')}</th>
              <th scope="col">{t('lists.labelIt')}</th>
              <th scope="col">{t('lists.labelEn')}</th>
              <th scope="col">{t('common.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items?.map((i) => (
              <tr key={i.code}>
                <td>
                  <code>{i.code}</code>
                </td>
                <td>{i.labelIt}</td>
                <td>{i.labelEn}</td>
                <td>{i.active ? t('lists.active') : t('lists.retired')}</td>
                <td>
                  <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => void toggle(i)}>
                    {i.active ? t('lists.retire') : t('common.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
