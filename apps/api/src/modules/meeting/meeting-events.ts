import { Injectable } from '@nestjs/common';
import type { MeetingTransition } from '@cantiere/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import type { MeetingEntity } from './meeting.entity';

/** Lifecycle steps, plus a reschedule of a convened meeting, any change of the agenda, and the minutes' review opening. */
export type MeetingStep = MeetingTransition | 'rescheduled' | 'agenda_changed' | 'review_started';
export type TransitionHandler = (meeting: MeetingEntity, actor: Actor) => Promise<unknown>;
/** Runs inside the step's transaction, with the meeting as it was before the step: what it writes commits with the step. */
export type WithinStepHandler = (tx: EntityManager, meeting: MeetingEntity) => Promise<unknown>;

/**
 * Lets other modules act on a lifecycle step without the meeting module depending on them: the minutes
 * lay out their sections when a meeting starts, the convocation mails go out when it is convened.
 */
@Injectable()
export class MeetingEvents {
  private readonly handlers = new Map<MeetingStep, TransitionHandler[]>();
  private readonly withinHandlers = new Map<MeetingStep, WithinStepHandler[]>();

  on(step: MeetingStep, handler: TransitionHandler) {
    this.handlers.set(step, [...(this.handlers.get(step) ?? []), handler]);
  }

  /** For side effects that must exist if and only if the step committed (an outbox event): `handler` joins its transaction. */
  within(step: MeetingStep, handler: WithinStepHandler) {
    this.withinHandlers.set(step, [...(this.withinHandlers.get(step) ?? []), handler]);
  }

  async emit(step: MeetingStep, meeting: MeetingEntity, actor: Actor) {
    for (const handler of this.handlers.get(step) ?? []) await handler(meeting, actor);
  }

  async emitWithin(step: MeetingStep, meeting: MeetingEntity, tx: EntityManager) {
    for (const handler of this.withinHandlers.get(step) ?? []) await handler(tx, meeting);
  }
}
