import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { PLAN_COLLECTIONS, planCollection } from '@cantiere/collab';
import { LOCAL_EDIT } from '../live/plan-edit';

export interface PlanUndo {
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Undo and redo for one person: the undo manager tracks only the transactions this editor made (origin `LOCAL_EDIT`),
 * so undoing takes back the person's own last change and leaves everyone else's where they are. Changes typed within
 * half a second count as one step.
 */
export function usePlanUndo(doc: Y.Doc): PlanUndo {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [state, setState] = useState({ canUndo: false, canRedo: false });
  useEffect(() => {
    const m = new Y.UndoManager(
      PLAN_COLLECTIONS.map((c) => planCollection(doc, c)),
      { trackedOrigins: new Set([LOCAL_EDIT]), captureTimeout: 500 },
    );
    const update = () => setState({ canUndo: m.canUndo(), canRedo: m.canRedo() });
    m.on('stack-item-added', update);
    m.on('stack-item-popped', update);
    m.on('stack-cleared', update);
    setManager(m);
    update();
    return () => m.destroy();
  }, [doc]);
  return { undo: () => manager?.undo(), redo: () => manager?.redo(), ...state };
}
