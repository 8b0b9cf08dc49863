import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanComment } from '@cantiere/domain';
import { dateFormat } from '../../../i18n/date-format';
import { dateLocale } from '../../../i18n';
import { PLAN_COMMENTS } from '../../../i18n/namespaces/planComments';
import type { Choice } from '../components/live/live-plan-context';
import type { CommentChange } from './api';
import { CommentForm } from './CommentForm';
import { useConfirmDialog } from '../../../components/useConfirmDialog';

const WHEN: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' };

interface Props {
  root: PlanComment;
  replies: readonly PlanComment[];
  organisations: readonly Choice[];
  change: (change: CommentChange) => Promise<unknown>;
  /** The comment a notification pointed at: its thread is marked and scrolled to. */
  highlighted?: boolean;
}

/** One thread: its first comment, the replies under it, who resolved it and when, and what the caller may do. */
export function CommentThread({ root, replies, organisations, change, highlighted }: Props) {
  const { t } = useTranslation(PLAN_COMMENTS);
  const [replying, setReplying] = useState(false);
  const resolved = root.resolvedAt !== null;
  return (
    <li
      id={`commento-${root.id}`}
      className={`card mb-2 plan-comment-thread${resolved ? ' plan-comment-resolved' : ''}${highlighted ? ' border-primary' : ''}`}
      aria-label={t('thread', { name: root.author.name })}
      data-testid="comment-thread"
    >
      <div className="card-body py-2">
        <OneComment comment={root} organisations={organisations} change={change} />
        {replies.length > 0 && (
          <ul className="list-unstyled ms-3 ps-2 border-start">
            {replies.map((r) => (
              <li key={r.id} data-testid="comment-reply">
                <OneComment comment={r} organisations={organisations} change={change} />
              </li>
            ))}
          </ul>
        )}
        {resolved && root.resolvedBy && root.resolvedAt && <ResolvedNote name={root.resolvedBy.name} at={root.resolvedAt} />}
        <div className="d-flex flex-wrap gap-2">
          {root.can.reply && !replying && (
            <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setReplying(true)}>
              {t('reply')}
            </button>
          )}
          {root.can.resolve && (
            <button
              type="button"
              className="btn btn-outline-secondary btn-sm"
              onClick={() => void change({ kind: 'resolve', id: root.id, resolved: !resolved })}
            >
              {resolved ? t('reopen') : t('resolve')}
            </button>
          )}
        </div>
        {replying && (
          <div className="mt-2">
            <CommentForm
              label={t('replyLabel', { name: root.author.name })}
              submitLabel={t('sendReply')}
              organisations={organisations}
              autoFocus
              onCancel={() => setReplying(false)}
              onSubmit={async (body, mentionedOrganisationIds) => {
                await change({
                  kind: 'create',
                  input: { recordKind: root.recordKind, recordId: root.recordId, parentId: root.id, body, mentionedOrganisationIds },
                });
                setReplying(false);
              }}
            />
          </div>
        )}
      </div>
    </li>
  );
}

function ResolvedNote({ name, at }: { name: string; at: string }) {
  const { t, i18n } = useTranslation(PLAN_COMMENTS);
  return (
    <p className="small text-success mb-2" data-testid="comment-resolved">
      {t('resolvedBy', { name, date: dateFormat(dateLocale(i18n.language), WHEN).format(new Date(at)) })}
    </p>
  );
}

function OneComment({ comment: c, organisations, change }: { comment: PlanComment; organisations: readonly Choice[]; change: Props['change'] }) {
  const { t, i18n } = useTranslation(PLAN_COMMENTS);
  const { confirm, dialog } = useConfirmDialog();
  const [editing, setEditing] = useState(false);
  const date = dateFormat(dateLocale(i18n.language), WHEN).format(new Date(c.createdAt));
  const by = c.author.organisation
    ? t('byOrganisation', { name: c.author.name, organisation: c.author.organisation, date })
    : t('by', { name: c.author.name, date });
  if (c.deletedAt) return <p className="text-secondary fst-italic small mb-2">{t('deleted')}</p>;
  return (
    <div className="mb-2" data-testid="comment">
      <p className="small text-secondary mb-1">
        {by} {c.editedAt && t('edited')}
      </p>
      {editing ? (
        <CommentForm
          label={t('editLabel')}
          submitLabel={t('common.save')}
          organisations={organisations}
          initialText={c.body}
          initialMentions={c.mentions}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (body, mentionedOrganisationIds) => {
            await change({ kind: 'update', id: c.id, input: { body, mentionedOrganisationIds } });
            setEditing(false);
          }}
        />
      ) : (
        <p className="mb-1 plan-comment-body">{c.body}</p>
      )}
      {!editing && (c.can.edit || c.can.delete) && (
        <div className="d-flex gap-2">
          {c.can.edit && (
            <button type="button" className="btn btn-link btn-sm p-0" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </button>
          )}
          {c.can.delete && (
            <button
              type="button"
              className="btn btn-link btn-sm p-0 text-danger"
              onClick={async () => {
                const yes = await confirm({
                  title: t('deleteTitle'),
                  body: t('confirmDelete'),
                  confirmLabel: t('common.delete'),
                  cancelLabel: t('common.cancel'),
                  tone: 'danger',
                });
                if (yes) void change({ kind: 'remove', id: c.id });
              }}
            >
              {t('common.delete')}
            </button>
          )}
        </div>
      )}
      {dialog}
    </div>
  );
}
