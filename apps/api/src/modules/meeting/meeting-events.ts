import { Injectable } from '@nestjs/common';
import type { FieldIssue, MeetingTransition, StepWarning } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import type { MeetingEntity } from './meeting.entity';

/** Lifecycle steps, plus a reschedule of a convened meeting, any change of the agenda, and the minutes' review opening. */
export type MeetingStep = MeetingTransition | 'rescheduled' | 'agenda_changed' | 'review_started';
export type TransitionHandler = (meeting: MeetingEntity, actor: Actor) => Promise<unknown>;
/** What keeps a step from being taken (a validation issue) or asks for a confirmation first (a warning). */
export type StepRequirement = (meeting: MeetingEntity) => Promise<FieldIssue[]>;
export type StepWarningCheck = (meeting: MeetingEntity) => Promise<StepWarning[]>;
/** The steps whose own write runs other modules' work in its transaction: the lifecycle, a reschedule, the review's opening. */
export type WithinStep = MeetingTransition | 'rescheduled' | 'review_started';
/**
 * Runs inside the step's transaction, before it is recorded: what must commit with the step or not at all (the
 * events it raises, through the outbox). The repositories it calls join that transaction through the transaction host.
 */
export type StepWork = (meeting: MeetingEntity, at: Date, actor: Actor) => Promise<void>;

/**
 * Lets other modules act on a lifecycle step without the meeting module depending on them: the minutes
 * lay out their sections when a meeting starts, the convocation mails go out when it is convened. The parts a
 * step needs from them (the agenda must not be empty to convene, the chair's attendance warns on start, the agenda
 * is settled when the meeting closes) are registered the same way, so that the meeting depends on none of them.
 */
@Injectable()
export class MeetingEvents {
  private readonly handlers = new Map<MeetingStep, TransitionHandler[]>();
  private readonly requirements = new Map<MeetingTransition, StepRequirement[]>();
  private readonly warnings = new Map<MeetingTransition, StepWarningCheck[]>();
  private readonly work = new Map<WithinStep, StepWork[]>();

  on(step: MeetingStep, handler: TransitionHandler) {
    this.handlers.set(step, [...(this.handlers.get(step) ?? []), handler]);
  }

  async emit(step: MeetingStep, meeting: MeetingEntity, actor: Actor) {
    for (const handler of this.handlers.get(step) ?? []) await handler(meeting, actor);
  }

  require(step: MeetingTransition, check: StepRequirement) {
    this.requirements.set(step, [...(this.requirements.get(step) ?? []), check]);
  }

  warn(step: MeetingTransition, check: StepWarningCheck) {
    this.warnings.set(step, [...(this.warnings.get(step) ?? []), check]);
  }

  within(step: WithinStep, work: StepWork) {
    this.work.set(step, [...(this.work.get(step) ?? []), work]);
  }

  /** The issues the registered modules find with taking `step` now, in the order they registered. */
  async issuesOf(step: MeetingTransition, meeting: MeetingEntity): Promise<FieldIssue[]> {
    const issues: FieldIssue[] = [];
    for (const check of this.requirements.get(step) ?? []) issues.push(...(await check(meeting)));
    return issues;
  }

  async warningsOf(step: MeetingTransition, meeting: MeetingEntity): Promise<StepWarning[]> {
    const warnings: StepWarning[] = [];
    for (const check of this.warnings.get(step) ?? []) warnings.push(...(await check(meeting)));
    return warnings;
  }

  /** Called by the step's owner inside its transaction; a throw rolls the step back with everything written so far. */
  async runWithin(step: WithinStep, meeting: MeetingEntity, at: Date, actor: Actor) {
    for (const work of this.work.get(step) ?? []) await work(meeting, at, actor);
  }
}
