import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { ACTION_ATTRS } from './attrs';
import { useMinutesContext } from '../minutes-context';
import { MINUTES } from '../../../i18n/namespaces/minutes';

/** An action written live: what to do, who is responsible (organisation and person) and by when. */
export function ActionView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const { t } = useTranslation(MINUTES);
  const { members } = useMinutesContext();
  const a = node.attrs;
  const editable = editor.isEditable;
  const orgId = (a[ACTION_ATTRS.responsibleOrganisationId] as string | null) ?? '';
  const organisations = [...new Map(members.map((m) => [m.organisationId, m.organisationName]))].sort((x, y) => x[1].localeCompare(y[1], 'it'));
  const people = members.filter((m) => !orgId || m.organisationId === orgId);
  // A value chosen by someone else may not be among our options (a former member): still show it.
  const missingOrg = orgId && !organisations.some(([id]) => id === orgId);
  return (
    <NodeViewWrapper className="minutes-block minutes-action" role="group" aria-label={t('meetings:actionCol')} data-block-id={a[ACTION_ATTRS.blockId]}>
      <div className="minutes-block-title" contentEditable={false}>
        {t('meetings:actionCol')}
      </div>
      <NodeViewContent as="div" className="minutes-block-text" aria-label={t('actionText')} />
      <div className="minutes-block-fields" contentEditable={false}>
        <label className="minutes-block-field">
          <span>{t('responsibleOrganisation')}</span>
          <select
            className="form-select form-select-sm"
            data-testid="action-organisation"
            disabled={!editable}
            value={orgId}
            onChange={(e) => updateAttributes({ [ACTION_ATTRS.responsibleOrganisationId]: e.target.value || null, [ACTION_ATTRS.responsiblePersonId]: null })}
          >
            <option value="">{t('none')}</option>
            {missingOrg && <option value={orgId}>{orgId}</option>}
            {organisations.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="minutes-block-field">
          <span>{t('responsiblePerson')}</span>
          <select
            className="form-select form-select-sm"
            data-testid="action-person"
            disabled={!editable}
            value={(a[ACTION_ATTRS.responsiblePersonId] as string | null) ?? ''}
            onChange={(e) => {
              const person = members.find((m) => m.personId === e.target.value);
              updateAttributes({
                [ACTION_ATTRS.responsiblePersonId]: e.target.value || null,
                ...(person && !orgId ? { [ACTION_ATTRS.responsibleOrganisationId]: person.organisationId } : {}),
              });
            }}
          >
            <option value="">{t('none')}</option>
            {people.map((m) => (
              <option key={`${m.organisationId}:${m.personId}`} value={m.personId}>
                {m.personName}
              </option>
            ))}
          </select>
        </label>
        <label className="minutes-block-field">
          <span>{t('common.dueDate')}</span>
          <input
            type="date"
            className="form-control form-control-sm"
            data-testid="action-due"
            disabled={!editable}
            value={(a[ACTION_ATTRS.dueDate] as string | null) ?? ''}
            onChange={(e) => updateAttributes({ [ACTION_ATTRS.dueDate]: e.target.value || null })}
          />
        </label>
      </div>
    </NodeViewWrapper>
  );
}
