import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Agenda } from '@cantiere/domain';
import { meetingKeys } from '../api/keys';

export interface AgendaChange {
  /** Sends the change; answers with the agenda as the server now has it. */
  send: () => Promise<Agenda>;
  /** Shown at once, before the server answers (a reorder). */
  optimistic?: Agenda;
}

/**
 * A change to a meeting's agenda made on the page. A refetch already on its way is cancelled (its answer, from
 * before the change, must not replace it), the optimistic state is shown, then the server's answer; a failure puts
 * the server's agenda back. Changes reach the server one after another (each waits for the one before): a reorder
 * sends the whole order, so two in flight at once could be applied in either order and the older could win. While
 * a later change waits, an earlier one's answer does not replace the later one's optimistic state. Live refetches wait while changes are in flight (see `applyMeetingChange`): when the
 * last one settles, the agenda is refetched once, so that changes others made meanwhile are not missed.
 */
/** The last change sent for each meeting's agenda: the next one waits for it to answer, whatever the answer. */
const lastSent = new Map<string, Promise<unknown>>();

function inTurn(meetingId: string, send: () => Promise<Agenda>): Promise<Agenda> {
  const previous = lastSent.get(meetingId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(send);
  lastSent.set(meetingId, next);
  // The chain does not keep a meeting's entry once its last change has answered.
  void next.finally(() => lastSent.get(meetingId) === next && lastSent.delete(meetingId)).catch(() => undefined);
  return next;
}

export function useAgendaChange(meetingId: string) {
  const client = useQueryClient();
  const key = meetingKeys.agenda(meetingId);
  return useMutation({
    mutationKey: key,
    mutationFn: (change: AgendaChange) => inTurn(meetingId, change.send),
    onMutate: async (change) => {
      await client.cancelQueries({ queryKey: key });
      if (change.optimistic) client.setQueryData(key, change.optimistic);
    },
    // This mutation still counts as running here: more than one means a later change is queued behind it.
    onSuccess: (agenda) => {
      if (client.isMutating({ mutationKey: key }) <= 1) client.setQueryData(key, agenda);
    },
    onError: () => void client.invalidateQueries({ queryKey: key }),
    onSettled: (_agenda, error) => {
      void client.invalidateQueries({ queryKey: meetingKeys.backlog(meetingId) });
      // This mutation still counts as running here; a failure has refetched already.
      if (!error && client.isMutating({ mutationKey: key }) <= 1) void client.invalidateQueries({ queryKey: key });
    },
  });
}
