import { useEffect, useState } from 'react';
import type { Decision } from '@cantiere/domain';
import { meetingsApi } from './api';

/**
 * The decisions the minutes of a meeting hold, as projected rows. `version` is bumped by the live channel
 * each time the minutes are projected again, so that the list follows the writing.
 */
export function useMeetingDecisions(meetingId: string, version: number): { decisions: Decision[]; failed: boolean } {
  const [state, setState] = useState<{ decisions: Decision[]; failed: boolean }>({ decisions: [], failed: false });
  useEffect(() => {
    let current = true;
    meetingsApi.meetingDecisions(meetingId).then(
      (r) => current && setState({ decisions: r.decisions, failed: false }),
      () => current && setState((s) => ({ ...s, failed: true })),
    );
    return () => {
      current = false;
    };
  }, [meetingId, version]);
  return state;
}
