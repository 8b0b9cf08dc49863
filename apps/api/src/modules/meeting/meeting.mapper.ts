import type { Meeting } from '@cantiere/domain';
import type { MeetingTransitionEntity } from './meeting-transition.entity';
import type { MeetingEntity } from './meeting.entity';

const personName = (p?: { firstName: string; lastName: string } | null) => (p ? `${p.firstName} ${p.lastName}` : null);

export function toMeeting(m: MeetingEntity, can: Meeting['can'], transitions: MeetingTransitionEntity[]): Meeting {
  return {
    id: m.id,
    spaceId: m.spaceId,
    spaceName: m.space?.name ?? '',
    number: m.number,
    year: m.year,
    title: m.title,
    kind: m.kind,
    status: m.status,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    place: m.place,
    onlineUrl: m.onlineUrl,
    convocationNote: m.convocationNote,
    chairPersonId: m.chairPersonId,
    chairName: personName(m.chair),
    minuteTakerPersonId: m.minuteTakerPersonId,
    minuteTakerName: personName(m.minuteTaker),
    convenedAt: m.convenedAt?.toISOString() ?? null,
    startedAt: m.startedAt?.toISOString() ?? null,
    closedAt: m.closedAt?.toISOString() ?? null,
    minutesStatus: m.minutesStatus,
    reviewUntil: m.reviewUntil?.toISOString() ?? null,
    minutesHash: m.minutesHash,
    minutesApprovedAt: m.minutesApprovedAt?.toISOString() ?? null,
    approvedAtMeetingId: m.approvedAtMeetingId,
    run: { currentItemId: m.currentItemId, itemStartedAt: m.itemStartedAt?.toISOString() ?? null, serverNow: new Date().toISOString() },
    can,
    transitions: transitions.map((t) => ({
      transition: t.transition,
      from: t.fromStatus,
      to: t.toStatus,
      by: t.userId,
      byName: t.userName,
      at: t.at.toISOString(),
      reason: t.reason,
      confirmedWarnings: t.confirmedWarnings ?? [],
    })),
  };
}

/** "Cantiere Welfare – seduta n. 3/2026" style label used in lists of decisions and actions. */
export function meetingLabel(m: Pick<MeetingEntity, 'number' | 'year' | 'title'>): string {
  return `n. ${m.number}/${m.year} – ${m.title}`;
}
