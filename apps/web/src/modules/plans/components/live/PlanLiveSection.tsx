import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { planCollection, type PresenceUser } from '@cantiere/collab';
import { PLAN_EDITABLE_STATUSES, type PlanDetail, type PlanProblem } from '@cantiere/domain';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { usePlanChoices } from '../../hooks/usePlanChoices';
import { LivePlan } from './LivePlan';
import { LivePlanPreview } from './LivePlanPreview';
import { AccessNotice, SaveIndicator, colorFor, useCollabDocument } from '../../../editor';

export interface CurrentUser {
  id: string;
  name: string;
  organisation: string | null;
}

/** How long the document stays quiet before the page asks the server again for what its projection flagged. */
export const REFRESH_AFTER_EDIT_MS = 2_000;

/**
 * The live plan (`action-plan:<id>` over /collab, through the same connection code as documents and minutes): the
 * truthful save indicator, changes of rights, and the form. After the edits pause, the plan's REST read is asked again,
 * so that the records the server's projection flagged show their problem here.
 */
export function PlanLiveSection({ plan, user, onEdited }: { plan: PlanDetail; user: CurrentUser; onEdited: () => void }) {
  const { t } = useTranslation(PLANS);
  const collab = useCollabDocument(plan.docId, user.id);
  const choices = usePlanChoices();
  const presence: PresenceUser = useMemo(() => ({ id: user.id, name: user.name, organisation: user.organisation, color: colorFor(user.id) }), [user]);
  // Keyed by content: a fresh read with the same flags must not make every field of the form render again.
  const flags = JSON.stringify(plan.problems.map((p) => [p.recordId, p.problems]));
  const serverProblems = useMemo(() => new Map<string, readonly PlanProblem[]>(JSON.parse(flags) as [string, PlanProblem[]][]), [flags]);

  const ydoc = collab.ydoc;
  useEffect(() => {
    if (!ydoc) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(onEdited, REFRESH_AFTER_EDIT_MS);
    };
    ydoc.on('update', onUpdate);
    return () => {
      ydoc.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [ydoc, onEdited]);

  // Until the document arrives (from the server, or from the browser's own copy) the rows stand in for it, offline
  // too: an empty copy would show an empty plan. A plan without objectives yet goes straight to the form.
  const session = collab.session;
  const waiting = collab.status === 'connecting' || collab.status === 'offline';
  if (!ydoc || !session || (waiting && plan.objectives.length > 0 && planCollection(ydoc, 'objectives').size === 0))
    return <LivePlanPreview plan={plan} offline={collab.status === 'offline'} />;
  const readOnly = (session.access ?? plan.access) === 'read' || !PLAN_EDITABLE_STATUSES.includes(plan.status);
  return (
    <>
      <SaveIndicator status={collab.status} pending={collab.pending} readOnly={readOnly} />
      <AccessNotice change={collab.accessChange} />
      {collab.error && collab.error.code !== 'rate_limited' && collab.accessChange?.access !== null && (
        <div className="alert alert-danger" role="alert">
          {t('common.error', { message: collab.error.message })}
        </div>
      )}
      <LivePlan
        ydoc={ydoc}
        session={session}
        user={presence}
        editable={!readOnly && collab.status !== 'closed'}
        choices={choices}
        serverProblems={serverProblems}
      />
    </>
  );
}
