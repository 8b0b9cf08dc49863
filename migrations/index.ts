import { CreateSchema1795551671306 } from './1795551671306-CreateSchema';
import { SeedReferenceLists1795551672306 } from './1795551672306-SeedReferenceLists';
import { AddCollaboration1795552441786 } from './1795552441786-AddCollaboration';
import { AddMeetings1795588407161 } from './1795588407161-AddMeetings';
import { FreezeCollabDocuments1795640000000 } from './1795640000000-FreezeCollabDocuments';
import { KeepFoldedMsgIds1795640100000 } from './1795640100000-KeepFoldedMsgIds';
import { AddStepGuardrails1795945865551 } from './1795945865551-AddStepGuardrails';
import { AddPersonContactsPublic1795945896766 } from './1795945896766-AddPersonContactsPublic';
import { AddFrozenRecords1795945950790 } from './1795945950790-AddFrozenRecords';
import { AddAgendaItemOutcome1795949400000 } from './1795949400000-AddAgendaItemOutcome';
import { AddJobQueue1795960000000 } from './1795960000000-AddJobQueue';
import { AddRsvpReminder1795960100000 } from './1795960100000-AddRsvpReminder';
import { AddNotifications1795970000000 } from './1795970000000-AddNotifications';
import { ClaimMailDeliveries1796100000000 } from './1796100000000-ClaimMailDeliveries';
import { AddCollabWriters1796200000000 } from './1796200000000-AddCollabWriters';
import { AddActionPlans1796300000000 } from './1796300000000-AddActionPlans';
import { SeedPlanReferenceLists1796300000001 } from './1796300000001-SeedPlanReferenceLists';
import { AddPlanAdoptions1796400000000 } from './1796400000000-AddPlanAdoptions';
import { AddPlanMonitoring1796500000000 } from './1796500000000-AddPlanMonitoring';
import { AddPlanComments1796700000000 } from './1796700000000-AddPlanComments';
import { AddPlanIntroduction1796700000001 } from './1796700000001-AddPlanIntroduction';
import { AddAttendanceInPersonConfirmed1796800000000 } from './1796800000000-AddAttendanceInPersonConfirmed';

/** Every migration, oldest first; the API runs them at start-up. */
export const MIGRATIONS: Function[] = [
  CreateSchema1795551671306,
  SeedReferenceLists1795551672306,
  AddCollaboration1795552441786,
  AddMeetings1795588407161,
  FreezeCollabDocuments1795640000000,
  KeepFoldedMsgIds1795640100000,
  AddStepGuardrails1795945865551,
  AddPersonContactsPublic1795945896766,
  AddFrozenRecords1795945950790,
  AddAgendaItemOutcome1795949400000,
  AddJobQueue1795960000000,
  AddRsvpReminder1795960100000,
  AddNotifications1795970000000,
  ClaimMailDeliveries1796100000000,
  AddCollabWriters1796200000000,
  AddActionPlans1796300000000,
  SeedPlanReferenceLists1796300000001,
  AddPlanAdoptions1796400000000,
  AddPlanMonitoring1796500000000,
  AddPlanComments1796700000000,
  AddPlanIntroduction1796700000001,
  AddAttendanceInPersonConfirmed1796800000000,
];
