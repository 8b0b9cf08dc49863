import { useCallback, useEffect, useId, useMemo, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import type { DocSession, PresenceUser } from '@cantiere/collab';
import type { PlanProblem } from '@cantiere/domain';
import { PLANS } from '../../../../i18n/namespaces/plans';
import type { PlanChoices } from '../../hooks/usePlanChoices';
import { usePlanUndo } from '../../hooks/usePlanUndo';
import { moveBetweenHeadings } from '../../live/heading-keys';
import { addObjective } from '../../live/plan-edit';
import { PlanIndexStore } from '../../live/plan-index';
import { PresenceStore, setPlanFocus, type PlanFocus } from '../../live/presence';
import { ActionPanel } from './ActionPanel';
import { LivePlanContext, type LivePlanState } from './live-plan-context';
import { ObjectivePanel } from './ObjectivePanel';
import { PlanOutlineContext } from './plan-outline-context';
import { PresenceList } from '../../../editor';

interface Props {
  ydoc: Y.Doc;
  session: DocSession;
  user: PresenceUser;
  editable: boolean;
  choices: PlanChoices;
  /** The server's flags by record id (from the plan's REST read). */
  serverProblems: ReadonlyMap<string, readonly PlanProblem[]>;
}

const NOOP = () => undefined;

/**
 * The plan's objectives, actions and indicators as a form that everyone in the space edits at once. Objectives start
 * collapsed and mount their fields only once opened, so that a plan of thirty objectives and three hundred actions
 * renders thirty headings.
 */
export function LivePlan({ ydoc, session, user, editable, choices, serverProblems }: Props) {
  const { t } = useTranslation(PLANS);
  const outlineStore = useMemo(() => new PlanIndexStore(ydoc), [ydoc]);
  useEffect(() => () => outlineStore.destroy(), [outlineStore]);
  const outline = useSyncExternalStore(outlineStore.subscribe, outlineStore.getSnapshot);
  const presence = useMemo(() => new PresenceStore(session.awareness), [session]);
  useEffect(() => () => presence.destroy(), [presence]);
  useEffect(() => session.awareness.setLocalStateField('user', user), [session, user]);
  const undo = usePlanUndo(ydoc);
  const [announcement, setAnnouncement] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((id: string) => setOpen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id]))), []);
  const idPrefix = `plan${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const setFocus = useCallback((focus: PlanFocus | null) => setPlanFocus(session.awareness, focus), [session]);

  const state: LivePlanState = useMemo(
    () => ({ doc: ydoc, editable, refs: choices.refs, choices: choices.choices, presence, setFocus, serverProblems, announce: setAnnouncement, idPrefix }),
    [ydoc, editable, choices, presence, setFocus, serverProblems, idPrefix],
  );
  const codes = outline.objectives.map((o) => o.code);
  const duplicated = new Set(codes.filter((c, i) => codes.indexOf(c) !== i));

  // Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) undo the person's own changes anywhere in the form; a description's editor keeps its own.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (moveBetweenHeadings(e)) return;
    if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement).isContentEditable) return;
    const key = e.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    e.preventDefault();
    if (key === 'y' || e.shiftKey) undo.redo();
    else undo.undo();
  };

  return (
    <LivePlanContext.Provider value={state}>
      <PlanOutlineContext.Provider value={outline}>
        <section aria-labelledby={`${idPrefix}-title`} onKeyDown={onKeyDown} data-testid="live-plan">
          <h2 id={`${idPrefix}-title`} className="h4">
            {t('live.title')}
          </h2>
          <PresenceList session={session} />
          {editable && (
            <div className="d-flex flex-wrap gap-2 mb-1" role="group" aria-describedby={`${idPrefix}-undo-hint`}>
              <button type="button" className="btn btn-outline-secondary btn-sm" disabled={!undo.canUndo} onClick={undo.undo}>
                {t('live.undo')}
              </button>
              <button type="button" className="btn btn-outline-secondary btn-sm" disabled={!undo.canRedo} onClick={undo.redo}>
                {t('live.redo')}
              </button>
            </div>
          )}
          {editable && (
            <p id={`${idPrefix}-undo-hint`} className="small text-secondary">
              {t('live.undoHint')}
            </p>
          )}
          <p role="status" className="visually-hidden">
            {announcement}
          </p>
          <ol className="list-unstyled plan-outline" aria-label={t('live.title')}>
            {outline.objectives.map((o) => (
              <ObjectivePanel
                key={o.id}
                head={o}
                actions={outline.actionsByObjective.get(o.id)}
                indicatorsByOwner={outline.indicatorsByOwner}
                progress={outline.progressByObjective.get(o.id) ?? null}
                duplicateCode={duplicated.has(o.code)}
                expanded={open.has(o.id)}
                onToggle={toggle}
              />
            ))}
          </ol>
          {outline.orphans.length > 0 && (
            <section aria-labelledby={`${idPrefix}-orphans`} className="mb-3">
              <h3 id={`${idPrefix}-orphans`} className="h5">
                {t('live.orphans')}
              </h3>
              <p>{t('live.orphansIntro')}</p>
              <ul className="list-unstyled">
                {outline.orphans.map((a) => (
                  <ActionPanel key={a.id} head={a} expanded onToggle={NOOP} indicatorIds={outline.indicatorsByOwner.get(a.id)} />
                ))}
              </ul>
            </section>
          )}
          {editable && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                const id = addObjective(ydoc, t('live.newObjective'));
                setOpen((s) => new Set([...s, id]));
              }}
            >
              {t('live.addObjective')}
            </button>
          )}
        </section>
      </PlanOutlineContext.Provider>
    </LivePlanContext.Provider>
  );
}
