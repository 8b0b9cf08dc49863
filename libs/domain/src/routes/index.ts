export * from './route';
export * from './envelope';
export * from './account';
export * from './agenda';
export * from './api-token';
export * from './audit';
export * from './attendance';
export * from './auth';
export * from './calendar-feed';
export * from './convocation';
export * from './document';
export * from './health';
export * from './invitation-acceptance';
export * from './invitation';
export * from './meeting';
export * from './meeting-run';
export * from './mention';
export * from './minutes';
export * from './notification';
export * from './organisation';
export * from './outcome';
export * from './person';
export * from './plan';
export * from './plan-export';
export * from './plan-adoption';
export * from './plan-organisation';
export * from './plan-monitoring';
export * from './plan-comment';
export * from './plan-introduction';
export * from './reference';
export * from './rsvp';
export * from './space';
export * from './user-admin';
export * from './verbale';

import { accountRoutes } from './account';
import { agendaRoutes } from './agenda';
import { apiTokenRoutes } from './api-token';
import { auditRoutes } from './audit';
import { attendanceRoutes } from './attendance';
import { authRoutes } from './auth';
import { calendarFeedRoutes } from './calendar-feed';
import { convocationRoutes } from './convocation';
import { documentRoutes } from './document';
import { healthRoutes } from './health';
import { invitationAcceptanceRoutes } from './invitation-acceptance';
import { invitationRoutes } from './invitation';
import { meetingRoutes } from './meeting';
import { meetingRunRoutes } from './meeting-run';
import { mentionRoutes } from './mention';
import { minutesRoutes } from './minutes';
import { notificationRoutes } from './notification';
import { organisationRoutes } from './organisation';
import { outcomeRoutes } from './outcome';
import { personRoutes } from './person';
import { planRoutes } from './plan';
import { planExportRoutes } from './plan-export';
import { planAdoptionRoutes } from './plan-adoption';
import { planOrganisationRoutes } from './plan-organisation';
import { planMonitoringRoutes } from './plan-monitoring';
import { planCommentRoutes } from './plan-comment';
import { planIntroductionRoutes } from './plan-introduction';
import { referenceRoutes } from './reference';
import { rsvpRoutes } from './rsvp';
import { spaceRoutes } from './space';
import { userAdminRoutes } from './user-admin';
import { verbaleRoutes } from './verbale';
import type { Route } from './route';

/** Every route of the API, for the checks that the served routes and the OpenAPI document agree with the table. */
export const routeTables = {
  accountRoutes,
  agendaRoutes,
  apiTokenRoutes,
  auditRoutes,
  attendanceRoutes,
  authRoutes,
  calendarFeedRoutes,
  convocationRoutes,
  documentRoutes,
  healthRoutes,
  invitationAcceptanceRoutes,
  invitationRoutes,
  meetingRoutes,
  meetingRunRoutes,
  mentionRoutes,
  minutesRoutes,
  notificationRoutes,
  organisationRoutes,
  outcomeRoutes,
  personRoutes,
  planRoutes,
  planExportRoutes,
  planAdoptionRoutes,
  planOrganisationRoutes,
  planMonitoringRoutes,
  planCommentRoutes,
  planIntroductionRoutes,
  referenceRoutes,
  rsvpRoutes,
  spaceRoutes,
  userAdminRoutes,
  verbaleRoutes,
} as const;

export const allRoutes: readonly Route[] = /* @__PURE__ */ Object.values(routeTables).flatMap((table) => Object.values(table) as Route[]);
