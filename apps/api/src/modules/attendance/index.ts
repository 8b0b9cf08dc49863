export { ATTENDANCE_ENTITIES } from './attendance.entities';
export { AttendanceModule } from './attendance.module';
export { AttendanceService } from './attendance.service';
export type { MeetingAttendeeEntity } from './meeting-attendee.entity';
