import { DragEvent, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Agenda, AgendaItem, Membership, SharedDocument } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { useAgendaChange } from '../hooks/useAgendaChange';
import { moved } from '../rome';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { AgendaItemForm } from './AgendaItemForm';
import { ItemOutcomeSelect } from './ItemOutcomeSelect';
import { agendaRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/**
 * Moving a list item moves its DOM node, which drops the focus: put it back on the same button, or on the other
 * one when the item reached the end (the button is then disabled), so that Enter can be pressed again.
 */
function keepFocus(itemId: string, direction: 'up' | 'down') {
  const other = direction === 'up' ? 'down' : 'up';
  const target = [`agenda-${direction}-${itemId}`, `agenda-${other}-${itemId}`, `agenda-item-${itemId}`]
    .map((id) => document.getElementById(id))
    .find((el): el is HTMLElement => !!el && !(el as HTMLButtonElement).disabled);
  target?.focus();
}

interface Props {
  meetingId: string;
  agenda: Agenda;
  editable: boolean;
  /** Whether who runs the meeting may set each item's outcome for the verbale (from the start until approval). */
  outcomeEditable?: boolean;
  currentItemId: string | null;
  members: Membership[];
  documents: SharedDocument[];
}

/**
 * The ordine del giorno: reorder by drag and drop or with the Up/Down buttons, add, edit and remove items. Each
 * change goes through the agenda's cache entry: a reorder shows at once, and every change shows the server's answer.
 */
export function AgendaEditor({ meetingId, agenda, editable, outcomeEditable = false, currentItemId, members, documents }: Props) {
  const { t } = useTranslation(MEETINGS);
  const { t: to } = useTranslation(MEETINGS, { keyPrefix: 'itemOutcome' });
  const [editing, setEditing] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dragged = useRef<number | null>(null);
  const items = agenda.items;
  const change = useAgendaChange(meetingId);
  const send = (request: () => Promise<Agenda>) => change.mutateAsync({ send: request });

  const reorder = async (from: number, to: number, focusButton?: 'up' | 'down') => {
    if (to < 0 || to >= items.length || from === to) return;
    const next = moved(items, from, to);
    try {
      await change.mutateAsync({
        send: async () => (await call(agendaRoutes.reorder, { params: { id: meetingId }, body: { itemIds: next.map((i) => i.id) } })).agenda,
        optimistic: { ...agenda, items: next.map((i, k) => ({ ...i, position: k + 1 })) },
      });
      setAnnounce(t('movedTo', { title: items[from].title, position: to + 1, count: items.length }));
      if (focusButton) requestAnimationFrame(() => keepFocus(items[from].id, focusButton));
    } catch (err) {
      // The agenda as the server has it comes back by itself (the change's failure refetches it).
      setError((err as Error).message);
    }
  };
  const remove = async (item: AgendaItem) => {
    try {
      // A delete answers 204: the agenda after it is read again.
      await send(async () => {
        await call(agendaRoutes.remove, { params: { id: meetingId, itemId: item.id } });
        return (await call(agendaRoutes.list, { params: { id: meetingId } })).agenda;
      });
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const onDrop = (e: DragEvent, to: number) => {
    e.preventDefault();
    if (dragged.current !== null) void reorder(dragged.current, to);
    dragged.current = null;
  };

  return (
    <section aria-labelledby="agenda-title">
      <h2 id="agenda-title" className="h4">
        {t('agenda')}
      </h2>
      <div aria-live="polite" className="visually-hidden">
        {announce}
      </div>
      {error && (
        <div className="alert alert-danger" role="alert">
          {t('common.error', { message: error })}
        </div>
      )}
      {agenda.overrunMinutes > 0 && (
        <div className="alert alert-warning" role="status" data-testid="agenda-overrun">
          {t('overrun', { count: agenda.overrunMinutes })}
        </div>
      )}
      {items.length === 0 ? (
        <p>{t('noItems')}</p>
      ) : (
        <>
          {editable && <p className="small text-secondary">{t('dragHint')}</p>}
          {outcomeEditable && <p className="small text-secondary">{to('outcomeHint')}</p>}
          <ol className="list-group list-group-numbered mb-2" data-testid="agenda-items">
            {items.map((item, index) => (
              <li
                key={item.id}
                id={`agenda-item-${item.id}`}
                tabIndex={-1}
                className={`list-group-item${item.id === currentItemId ? ' list-group-item-success' : ''}`}
                draggable={editable}
                onDragStart={() => (dragged.current = index)}
                onDragOver={(e) => editable && e.preventDefault()}
                onDrop={(e) => onDrop(e, index)}
                aria-current={item.id === currentItemId ? 'step' : undefined}
              >
                {editing === item.id ? (
                  <AgendaItemForm
                    idPrefix={`edit-item-${item.id}`}
                    members={members}
                    documents={documents}
                    initial={item}
                    submitLabel={t('common.save')}
                    onCancel={() => setEditing(null)}
                    onSubmit={async (values) => {
                      await send(async () => (await call(agendaRoutes.update, { params: { id: meetingId, itemId: item.id }, body: values })).agenda);
                      setEditing(null);
                    }}
                  />
                ) : (
                  <div className="d-inline-flex flex-wrap w-100 justify-content-between gap-2 align-items-start" style={{ width: 'calc(100% - 2rem)' }}>
                    <div>
                      <strong>{item.title}</strong> <span className="badge bg-light text-dark">{t(`itemKind_${item.kind}`)}</span>{' '}
                      <span className="small">{t('minutesShort', { count: item.plannedMinutes })}</span>
                      {(item.outcome ?? item.status) !== 'pending' && (
                        <span className="small text-secondary"> · {t(`itemStatus_${item.outcome ?? item.status}`)}</span>
                      )}
                      {item.presenterName && (
                        <div className="small">
                          {t('presenter')}: {item.presenterName}
                          {item.presenterOrganisationName ? ` (${item.presenterOrganisationName})` : ''}
                        </div>
                      )}
                      {item.description && <div className="small text-secondary">{item.description}</div>}
                      {item.documents.length > 0 && (
                        <div className="small">
                          {t('documents')}:{' '}
                          {item.documents.map((d, k) => (
                            <span key={d.id}>
                              {k > 0 && ', '}
                              <Link to={`/documenti/${d.id}`}>{d.title}</Link>
                            </span>
                          ))}
                        </div>
                      )}
                      {outcomeEditable && <ItemOutcomeSelect meetingId={meetingId} item={item} />}
                    </div>
                    {editable && (
                      <div className="btn-group btn-group-sm" role="group">
                        <button
                          id={`agenda-up-${item.id}`}
                          type="button"
                          className="btn btn-outline-secondary"
                          aria-label={t('moveUp', { title: item.title })}
                          disabled={index === 0}
                          onClick={() => void reorder(index, index - 1, 'up')}
                        >
                          ↑
                        </button>
                        <button
                          id={`agenda-down-${item.id}`}
                          type="button"
                          className="btn btn-outline-secondary"
                          aria-label={t('moveDown', { title: item.title })}
                          disabled={index === items.length - 1}
                          onClick={() => void reorder(index, index + 1, 'down')}
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          className="btn btn-outline-primary"
                          aria-label={t('editItem', { title: item.title })}
                          onClick={() => setEditing(item.id)}
                        >
                          ✎
                        </button>
                        <button
                          type="button"
                          className="btn btn-outline-danger"
                          aria-label={t('removeItem', { title: item.title })}
                          disabled={item.id === currentItemId}
                          onClick={() => void remove(item)}
                        >
                          ✕
                        </button>
                      </div>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ol>
          <p className="small">{t('totals', { planned: agenda.plannedMinutes, meeting: agenda.meetingMinutes })}</p>
        </>
      )}
      {editable && (
        <div className="card card-body mt-3">
          <h3 className="h6">{t('addItem')}</h3>
          <AgendaItemForm
            idPrefix="new-item"
            members={members}
            documents={documents}
            submitLabel={t('addItem')}
            onSubmit={async (values) => void (await send(async () => (await call(agendaRoutes.create, { params: { id: meetingId }, body: values })).agenda))}
          />
        </div>
      )}
    </section>
  );
}
