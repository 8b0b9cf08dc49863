import { z } from 'zod';

/**
 * Every right the platform checks, one word per thing a person may do. The comment of each says who holds it by
 * default; the module that owns the resource registers the rule that decides it (apps/api, `AccessService.register`),
 * and the same rule answers REST, `/collab` and `/meeting-live`.
 */
export const PERMISSIONS = [
  /** Administrators (municipality staff): the network's registry, accounts, invitations, reference lists. */
  'platform.administer',
  /** Administrators; every account for a space open to the network; its members (any role) for a members-only one. */
  'space.read',
  /** Administrators, the space's facilitators and members (not observers): create documents, take part. */
  'space.contribute',
  /** Administrators and the space's facilitators: members, meetings, archiving its documents. */
  'space.manage',
  /** Whoever reads the meeting's space. */
  'meeting.read',
  /** Administrators, the space's facilitators, the meeting's chair and minute-taker: agenda, register, transitions. */
  'meeting.manage',
  /** Like `meeting.manage`: put the minutes in review, resolve remarks, approve them. */
  'minutes.approve',
  /**
   * Co-editing the live minutes: administrators, facilitators, officers and members while the meeting runs and the
   * minutes are a draft; only the officers (and administrators, facilitators) in review; nobody once approved.
   */
  'minutes.write',
  /**
   * Comment and suggest on minutes in review: administrators, the officers, the space's facilitators and members, and
   * whoever is on the meeting's register.
   */
  'minutes.remark',
  /** Whoever reads the document's space. */
  'document.read',
  /** Administrators, the space's facilitators and members, while neither the document nor its space is archived. */
  'document.write',
  /** Administrators and the space's facilitators. */
  'document.archive',
  /** Administrators, the space's facilitators and the people of the action's responsible organisation. */
  'action.update',
  /** Whoever reads the plan's space. */
  'plan.read',
  /**
   * Co-editing the live plan and its header: administrators, the space's facilitators and members (not observers),
   * while the plan is a draft or under revision and its space is not archived.
   */
  'plan.write',
  /** Administrators and the space's facilitators, while the plan is a draft or under revision (and withdrawing it). */
  'plan.submit',
  /** Administrators and the space's facilitators: adopting a submitted plan, starting the revision of an adopted one. */
  'plan.adopt',
  /**
   * Monitoring an adopted plan's action (status, progress, spending, milestones, indicator values): administrators,
   * the space's facilitators and the members (not observers) of the action's lead organisation.
   */
  'plan.monitor',
  /**
   * Commenting on a plan's objectives and actions: administrators, the space's facilitators and members (not
   * observers), in every status of the plan (after adoption the comments carry the monitoring discussion), while the
   * space is not archived.
   */
  'plan.comment',
  /** Administrators and the organisation's members. */
  'organisation.edit',
  /** Administrators, the person themself (self) and the members of one of the person's organisations. */
  'person.edit',
  /**
   * Administrators, the person themself, their organisations' members, the facilitators of their spaces, and every
   * account when the person made their contacts public.
   */
  'person.contact.read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];
export const permissionSchema = z.enum(PERMISSIONS);

/** The caller's rights on one resource, as responses carry them (`can: {...}`): absent means not held. */
export type Can<P extends Permission = Permission> = Partial<Record<P, boolean>>;

/** `can` with a fixed shape per resource, for response schemas: every listed right is answered. */
export const canSchema = <const P extends readonly Permission[]>(permissions: P) =>
  z.object(Object.fromEntries(permissions.map((p) => [p, z.boolean()])) as { [K in P[number]]: z.ZodBoolean });

export const SPACE_RIGHTS = ['space.contribute', 'space.manage'] as const;
export const MEETING_RIGHTS = ['meeting.manage', 'minutes.approve'] as const;
export const DOCUMENT_RIGHTS = ['document.write', 'document.archive'] as const;
export const ACTION_RIGHTS = ['action.update'] as const;
export const PLAN_RIGHTS = ['plan.write', 'plan.submit', 'plan.adopt', 'plan.comment'] as const;
export const ORGANISATION_RIGHTS = ['organisation.edit'] as const;
export const PERSON_RIGHTS = ['person.edit', 'person.contact.read'] as const;
