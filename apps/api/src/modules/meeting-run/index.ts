export { MeetingRunModule } from './meeting-run.module';
