/** The live minutes of a meeting; lazy-loaded by the meeting page (Tiptap + Yjs are heavy). */
export { MeetingMinutes } from './components/MeetingMinutes';
