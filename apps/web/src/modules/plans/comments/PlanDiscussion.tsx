import { useEffect, useId, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PlanComment, PlanDetail } from '@cantiere/domain';
import { QueryError } from '../../../components/QueryError';
import { PLAN_COMMENTS } from '../../../i18n/namespaces/planComments';
import { usePlanChoices } from '../hooks/usePlanChoices';
import { useCommentChange, usePlanComments } from './api';
import { useOpenCountsHere } from './open-counts-context';
import { CommentForm } from './CommentForm';
import { CommentThread } from './CommentThread';
import { COMMENT_PARAM, DISCUSSION_ID, RECORD_PARAM } from './params';

/** An objective or an action, as the discussion offers it. */
interface DiscussedRecord {
  kind: 'objective' | 'action';
  id: string;
  title: string;
}

/**
 * The plan's discussion: pick an objective or an action (each with its open threads), read its threads, write one,
 * reply, resolve. Shown in every status of the plan: after adoption it carries the monitoring discussion. A link from a
 * notification (`?commento=<id>`) opens the record of that comment and marks its thread.
 */
export function PlanDiscussion({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation(PLAN_COMMENTS);
  const id = useId();
  const [params, setParams] = useSearchParams();
  const comments = usePlanComments(plan.id);
  const counts = useOpenCountsHere();
  const change = useCommentChange(plan.id);
  const organisations = usePlanChoices().choices.organisations;
  const heading = useRef<HTMLHeadingElement>(null);

  const linked = params.get(COMMENT_PARAM);
  const linkedComment = linked ? comments.data?.find((c) => c.id === linked) : undefined;
  const selected = params.get(RECORD_PARAM) ?? linkedComment?.recordId ?? '';
  // Each objective with its actions, grouped once: a plan of 300 actions is grouped by a map, not by a search per pair.
  const groups = useMemo(() => {
    const byObjective = new Map<string, DiscussedRecord[]>();
    for (const a of plan.actions) byObjective.set(a.objectiveId, [...(byObjective.get(a.objectiveId) ?? []), { kind: 'action', id: a.id, title: a.title }]);
    return plan.objectives.map((o) => ({
      objective: { kind: 'objective' as const, id: o.id, title: `${o.code} – ${o.title}` },
      actions: byObjective.get(o.id) ?? [],
    }));
  }, [plan.objectives, plan.actions]);
  const record = useMemo(() => groups.flatMap((g) => [g.objective, ...g.actions]).find((r) => r.id === selected), [groups, selected]);
  const threads = useMemo(() => {
    const mine = (comments.data ?? []).filter((c) => c.recordId === selected);
    const replies = new Map<string, PlanComment[]>();
    for (const c of mine) if (c.parentId) replies.set(c.parentId, [...(replies.get(c.parentId) ?? []), c]);
    return mine.filter((c) => c.parentId === null).map((root) => ({ root, replies: replies.get(root.id) ?? [] }));
  }, [comments.data, selected]);

  // Arriving from a notification: the discussion comes into view with the thread marked.
  useEffect(() => {
    if (!linkedComment) return;
    const thread = document.getElementById(`commento-${linkedComment.parentId ?? linkedComment.id}`);
    thread?.scrollIntoView({ block: 'center' });
  }, [linkedComment]);

  const choose = (recordId: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.delete(COMMENT_PARAM);
        if (recordId) next.set(RECORD_PARAM, recordId);
        else next.delete(RECORD_PARAM);
        return next;
      },
      { replace: true },
    );
  // The options change only with the plan's records and the open counts, not with each comment typed or read.
  const options = useMemo(() => {
    const label = (r: DiscussedRecord) => {
      const open = counts?.get(r.id) ?? 0;
      const name = r.kind === 'objective' ? r.title : t('actionOption', { title: r.title });
      return open ? `${name} · ${t('openCount', { count: open })}` : name;
    };
    return groups.map(({ objective, actions }) => (
      <optgroup key={objective.id} label={objective.title}>
        {[objective, ...actions].map((r) => (
          <option key={r.id} value={r.id}>
            {label(r)}
          </option>
        ))}
      </optgroup>
    ));
  }, [groups, counts, t]);
  const canComment = plan.can['plan.comment'];

  return (
    <section id={DISCUSSION_ID} aria-labelledby={`${id}-title`} className="mt-4 plan-discussion" data-testid="plan-discussion">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="h4">
        {t('title')}
      </h2>
      <p className="small text-secondary">{t('intro')}</p>
      <div className="mb-3">
        <label htmlFor={`${id}-record`} className="form-label">
          {t('record')}
        </label>
        <select id={`${id}-record`} className="form-select" value={selected} onChange={(e) => choose(e.target.value)}>
          <option value="">{t('recordNone')}</option>
          {options}
        </select>
      </div>
      {comments.error && <QueryError error={comments.error} onRetry={() => comments.refetch()} />}
      {record && (
        <>
          <h3 className="h5">{t('showFor', { title: record.title })}</h3>
          {threads.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <ul className="list-unstyled" aria-label={t('showFor', { title: record.title })}>
              {threads.map(({ root, replies }) => (
                <CommentThread
                  key={root.id}
                  root={root}
                  replies={replies}
                  organisations={organisations}
                  change={change.mutateAsync}
                  highlighted={!!linkedComment && (linkedComment.parentId ?? linkedComment.id) === root.id}
                />
              ))}
            </ul>
          )}
          {canComment ? (
            <CommentForm
              label={t('newComment')}
              submitLabel={t('send')}
              organisations={organisations}
              onSubmit={(body, mentionedOrganisationIds) =>
                change.mutateAsync({ kind: 'create', input: { recordKind: record.kind, recordId: record.id, body, mentionedOrganisationIds } })
              }
            />
          ) : (
            <p className="small text-secondary">{t('observerNote')}</p>
          )}
        </>
      )}
    </section>
  );
}
