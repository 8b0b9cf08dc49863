/**
 * Meetings: what other features show of them (the upcoming ones, a space's meetings and outcomes, the calendar
 * feed) and what the minutes share with them (query keys, step warnings, dates in Rome's time). The meeting, its run
 * mode and the RSVP are routes (pages/), each loaded on its own.
 */
export { meetingKeys } from './api/keys';
export { meetingQueries } from './api/queries';
export { CalendarFeedPanel } from './components/CalendarFeedPanel';
export { SpaceMeetings } from './components/SpaceMeetings';
export { SpaceOutcomes } from './components/SpaceOutcomes';
export { StepWarnings } from './components/StepWarnings';
export { UpcomingMeetings } from './components/UpcomingMeetings';
export { formatDateTime } from './rome';
export { codesOf, warningsOf } from './step-warnings';
export { useSpaceMembers } from './useSpaceMembers';
