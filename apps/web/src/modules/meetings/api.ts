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
  Page,
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
    return api<Page<Meeting>>('GET', `/api/meetings?${params}`).then((page) => ({ meetings: page.items }));
  },
  get: (id: string) => api<{ meeting: Meeting }>('GET', base(id)),
  create: (input: MeetingCreate) => api<{ meeting: Meeting }>('POST', '/api/meetings', input),
  update: (id: string, input: MeetingUpdate) => api<{ meeting: Meeting }>('PATCH', base(id), input),
  /** `confirm` names the warnings the person has seen and accepted (a start far from the scheduled time...). */
  transition: (id: string, transition: 'convene' | 'start' | 'close' | 'cancel', reason?: string, confirm?: StepWarningCode[]) =>
    api<{ meeting: Meeting }>('POST', `${base(id)}/transitions`, { transition, reason, confirm }),
  convocationPreview: (id: string) => api<{ convocation: ConvocationPreview }>('GET', `${base(id)}/convocation/preview`).then((r) => r.convocation),
  run: (id: string, cmd: RunCommand) => api<{ run: RunState }>('POST', `${base(id)}/run`, cmd).then((r) => r.run),
  agenda: (id: string) => api<{ agenda: Agenda }>('GET', `${base(id)}/agenda-items`).then((r) => r.agenda),
  addItem: (id: string, input: AgendaItemCreate) => api<{ agenda: Agenda }>('POST', `${base(id)}/agenda-items`, input).then((r) => r.agenda),
  updateItem: (id: string, itemId: string, input: AgendaItemUpdate) =>
    api<{ agenda: Agenda }>('PATCH', `${base(id)}/agenda-items/${itemId}`, input).then((r) => r.agenda),
  /** A delete answers 204: the agenda after it is read again. */
  removeItem: async (id: string, itemId: string) => {
    await api<void>('DELETE', `${base(id)}/agenda-items/${itemId}`);
    return meetingsApi.agenda(id);
  },
  reorder: (id: string, itemIds: string[]) => api<{ agenda: Agenda }>('PUT', `${base(id)}/agenda-items/order`, { itemIds }).then((r) => r.agenda),
  backlog: (id: string) => api<Page<BacklogEntry>>('GET', `${base(id)}/agenda-backlog`).then((page) => ({ entries: page.items })),
  attendance: (id: string) => api<{ attendance: Attendance }>('GET', `${base(id)}/attendance`).then((r) => r.attendance),
  updateAttendance: (id: string, entryId: string, input: AttendanceUpdate) =>
    api<{ attendance: Attendance }>('PATCH', `${base(id)}/attendance/${entryId}`, input).then((r) => r.attendance),
  checkIn: (id: string) => api<{ attendance: Attendance }>('POST', `${base(id)}/attendance/check-in`).then((r) => r.attendance),
  checkOut: (id: string) => api<{ attendance: Attendance }>('POST', `${base(id)}/attendance/check-out`).then((r) => r.attendance),
  rsvp: (id: string, input: RsvpInput) => api<{ attendance: Attendance }>('PUT', `${base(id)}/rsvp`, input).then((r) => r.attendance),
  rsvpByToken: (token: string) => api<{ rsvp: RsvpView }>('GET', `/api/rsvp/${token}`).then((r) => r.rsvp),
  decisions: (spaceId: string) => api<Page<Decision>>('GET', `/api/decisions?spaceId=${spaceId}`).then((page) => ({ decisions: page.items })),
  meetingDecisions: (meetingId: string) => api<Page<Decision>>('GET', `/api/decisions?meetingId=${meetingId}`).then((page) => ({ decisions: page.items })),
  actions: (spaceId: string, overdue: boolean) =>
    api<Page<MeetingAction>>('GET', `/api/actions?spaceId=${spaceId}${overdue ? '&overdue=true' : ''}`).then((page) => ({ actions: page.items })),
  setActionStatus: (actionId: string, status: ActionStatus) => api<{ action: MeetingAction }>('PATCH', `/api/actions/${actionId}`, { status }),
  answerByToken: (token: string, input: RsvpInput) => api<{ rsvp: RsvpView }>('PUT', `/api/rsvp/${token}`, input).then((r) => r.rsvp),
};
