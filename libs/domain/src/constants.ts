/**
 * The plain constant lists the schemas build on, free of zod: a client that needs only these
 * (select options, label keys) imports them from `@cantiere/domain/constants` without loading the schemas.
 */

// errors.ts
/** Error codes shared by the API and its clients; one error model everywhere. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthorized',
  'invalid_credentials',
  'account_disabled',
  'forbidden',
  'csrf_rejected',
  'not_found',
  'conflict',
  /** 409: an irreversible step with warnings; repeat it naming the warnings in `confirm` (details list them). */
  'confirmation_required',
  'gone',
  'payload_too_large',
  'rate_limited',
  'service_unavailable',
  'internal_error',
] as const;

// auth.ts
export const GLOBAL_ROLES = ['admin', 'user'] as const;
export const LOCALES = ['it', 'en'] as const;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;

// import-report.ts
export const IMPORT_ROW_OUTCOMES = ['create', 'update', 'reject'] as const;
/** Upper bound on rows per import: a larger file is refused whole, with a clear message. */
export const IMPORT_MAX_ROWS = 5000;

// organisation.ts
/** Kinds of body that sit at the table: public bodies, third-sector organisations and social partners. */
export const ORGANISATION_TYPES = [
  'comune',
  'ats',
  'asst',
  'school',
  'cooperativa_sociale',
  'aps',
  'odv',
  'fondazione',
  'impresa_sociale',
  'union',
  'trade_association',
  'parish_caritas',
  'other',
] as const;

// person.ts
export const AFFILIATION_ROLES = ['legal_representative', 'delegate', 'operator', 'staff', 'volunteer', 'other'] as const;
/** GDPR art. 6 legal bases under which a contact may be kept and contacted. */
export const LEGAL_BASES = ['consent', 'public_task', 'legitimate_interest', 'contract'] as const;

// space.ts
export const SPACE_KINDS = ['cantiere', 'thematic_table', 'technical_group', 'other'] as const;
export const SPACE_VISIBILITIES = ['members', 'network'] as const;
/** How many member organisations must be present: more than half, a fraction, or a fixed number. */
export const QUORUM_KINDS = ['majority', 'fraction', 'count'] as const;
export const SPACE_ROLES = ['facilitator', 'member', 'observer'] as const;
/** How a person represents their organisation in the space. */
export const REPRESENTATION_KINDS = ['titular', 'delegate', 'substitute'] as const;

// reference.ts
/**
 * Managed lists an administrator keeps: thematic areas, the Comuni of the district, and for plans the policy
 * macro-areas, the funding sources and the essential levels of social services (LEPS).
 */
export const REFERENCE_KINDS = ['thematic_area', 'comune', 'macro_area', 'funding_source', 'leps'] as const;

// document.ts
export const DOCUMENT_KINDS = ['working_note', 'proposal_draft', 'consultation_record', 'action_plan_draft'] as const;

// meeting.ts
export const MEETING_KINDS = ['plenary', 'thematic_table', 'technical_coordination'] as const;
export const MEETING_STATUSES = ['draft', 'convened', 'in_progress', 'closed', 'minutes_approved', 'cancelled'] as const;
export const MINUTES_STATUSES = ['draft', 'in_review', 'approved'] as const;

// meeting-run.ts
export const RUN_ACTIONS = ['goto', 'next', 'previous', 'stop'] as const;

// agenda.ts
export const AGENDA_ITEM_KINDS = ['information', 'discussion', 'decision'] as const;
export const AGENDA_ITEM_STATUSES = ['pending', 'discussed', 'not_discussed'] as const;
/**
 * What the facilitator records of an item, during or after the meeting, over what run mode and the minutes imply:
 * the run-mode statuses an item can end with, plus postponed (it goes to the backlog of the next meeting).
 */
export const AGENDA_ITEM_OUTCOMES = ['discussed', 'not_discussed', 'postponed'] as const;
export const BACKLOG_SOURCES = ['agenda_item', 'decision', 'action'] as const;

// attendance.ts
export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused', 'delegated'] as const;
export const RSVP_RESPONSES = ['attending', 'not_attending', 'delegate'] as const;

// meeting-outcome.ts
export const DECISION_OUTCOMES = ['approved', 'rejected', 'postponed'] as const;
export const VOTING_METHODS = ['votes', 'consensus', 'unanimous'] as const;
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;

// minutes-review.ts
export const MINUTES_REMARK_KINDS = ['comment', 'suggestion'] as const;
/**
 * What became of an accepted suggestion: applied by the server to the live minutes, waiting to be applied by hand
 * (the quoted passage was not found exactly once), or applied by hand by the officers.
 */
export const REMARK_APPLICATIONS = ['applied', 'to_apply', 'applied_by_hand'] as const;

// step-guard.ts
/**
 * Warnings that stop an irreversible step until the caller repeats it naming them in `confirm`: starting far from
 * the scheduled time or with the chair marked absent, approving the minutes while the review is open or while
 * accepted suggestions still wait to be applied by hand.
 */
export const STEP_WARNINGS = ['far_from_schedule', 'chair_absent', 'review_open', 'unapplied_suggestions'] as const;

// plan.ts
/** A plan's cycle: co-designed while draft or under revision, submitted by a facilitator, adopted by an act, closed. */
export const PLAN_STATUSES = ['draft', 'submitted', 'adopted', 'under_revision', 'closed'] as const;
export const PLAN_ACTION_STATUSES = ['planned', 'in_progress', 'suspended', 'completed', 'cancelled'] as const;
/** How an organisation takes part in an action besides leading it. */
export const PARTNER_ROLES = ['capofila', 'partner', 'collaborating'] as const;
export const INDICATOR_KINDS = ['output', 'outcome', 'impact'] as const;
/** Whether a higher or a lower value is better. */
export const INDICATOR_DIRECTIONS = ['higher', 'lower'] as const;
export const INDICATOR_STATES = ['on_track', 'at_risk', 'off_track'] as const;
/** The kinds of record a plan holds, each with a stable id that survives revisions. */
export const PLAN_RECORD_KINDS = ['objective', 'action', 'indicator'] as const;
