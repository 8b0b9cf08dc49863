import type {
  ActionStatus,
  Agenda,
  AgendaItemCreate,
  AgendaItemUpdate,
  Attendance,
  AttendanceUpdate,
  BacklogEntry,
  ConvocationPreview,
  Decision,
  Meeting,
  MeetingAction,
  MeetingCreate,
  MeetingUpdate,
  RsvpInput,
  RsvpView,
  RunCommand,
  RunState,
  StepWarningCode,
} from '@cantiere/domain';
import { api } from '../../api/client';

const base = (id: string) => `/api/meetings/${id}`;

/** Every meeting route the client uses, in one place. */
export const meetingsApi = {
  list: (query: { spaceId?: string; from?: string }) => {
    const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]);
    return api<{ meetings: Meeting[] }>('GET', `/api/meetings?${params}`);
  },
  get: (id: string) => api<{ meeting: Meeting }>('GET', base(id)),
  create: (input: MeetingCreate) => api<{ meeting: Meeting }>('POST', '/api/meetings', input),
  update: (id: string, input: MeetingUpdate) => api<{ meeting: Meeting }>('PATCH', base(id), input),
  /** `confirm` names the warnings the person has seen and accepted (a start far from the scheduled time...). */
  transition: (id: string, transition: 'convene' | 'start' | 'close' | 'cancel', reason?: string, confirm?: StepWarningCode[]) =>
    api<{ meeting: Meeting }>('POST', `${base(id)}/transitions`, { transition, reason, confirm }),
  convocationPreview: (id: string) => api<ConvocationPreview>('GET', `${base(id)}/convocation/preview`),
  run: (id: string, cmd: RunCommand) => api<RunState>('POST', `${base(id)}/run`, cmd),
  agenda: (id: string) => api<Agenda>('GET', `${base(id)}/agenda-items`),
  addItem: (id: string, input: AgendaItemCreate) => api<Agenda>('POST', `${base(id)}/agenda-items`, input),
  updateItem: (id: string, itemId: string, input: AgendaItemUpdate) => api<Agenda>('PATCH', `${base(id)}/agenda-items/${itemId}`, input),
  removeItem: (id: string, itemId: string) => api<Agenda>('DELETE', `${base(id)}/agenda-items/${itemId}`),
  reorder: (id: string, itemIds: string[]) => api<Agenda>('PUT', `${base(id)}/agenda-items/order`, { itemIds }),
  backlog: (id: string) => api<{ entries: BacklogEntry[] }>('GET', `${base(id)}/agenda-backlog`),
  attendance: (id: string) => api<Attendance>('GET', `${base(id)}/attendance`),
  updateAttendance: (id: string, entryId: string, input: AttendanceUpdate) => api<Attendance>('PATCH', `${base(id)}/attendance/${entryId}`, input),
  checkIn: (id: string) => api<Attendance>('POST', `${base(id)}/attendance/check-in`),
  checkOut: (id: string) => api<Attendance>('POST', `${base(id)}/attendance/check-out`),
  rsvp: (id: string, input: RsvpInput) => api<Attendance>('PUT', `${base(id)}/rsvp`, input),
  rsvpByToken: (token: string) => api<RsvpView>('GET', `/api/rsvp/${token}`),
  decisions: (spaceId: string) => api<{ decisions: Decision[] }>('GET', `/api/decisions?spaceId=${spaceId}`),
  meetingDecisions: (meetingId: string) => api<{ decisions: Decision[] }>('GET', `/api/decisions?meetingId=${meetingId}`),
  actions: (spaceId: string, overdue: boolean) => api<{ actions: MeetingAction[] }>('GET', `/api/actions?spaceId=${spaceId}${overdue ? '&overdue=true' : ''}`),
  setActionStatus: (actionId: string, status: ActionStatus) => api<{ action: MeetingAction }>('PATCH', `/api/actions/${actionId}`, { status }),
  answerByToken: (token: string, input: RsvpInput) => api<RsvpView>('PUT', `/api/rsvp/${token}`, input),
};
