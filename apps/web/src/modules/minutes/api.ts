import type { Meeting, MinutesRemark, MinutesRemarkCreate, Page, StepWarningCode } from '@cantiere/domain';
import { api } from '../../api/client';

const base = (id: string) => `/api/meetings/${id}/minutes`;

/** The minutes workflow routes: review, remarks, approval. */
export const minutesApi = {
  startReview: (meetingId: string, days: number) => api<{ meeting: Meeting }>('POST', `${base(meetingId)}/review`, { days }),
  approve: (meetingId: string, approvedAtMeetingId: string | null, confirm?: StepWarningCode[]) =>
    api<{ meeting: Meeting }>('POST', `${base(meetingId)}/approve`, {
      ...(approvedAtMeetingId ? { approvedAtMeetingId } : {}),
      ...(confirm ? { confirm } : {}),
    }),
  remarks: (meetingId: string) => api<Page<MinutesRemark>>('GET', `${base(meetingId)}/remarks`).then((page) => ({ remarks: page.items })),
  addRemark: (meetingId: string, input: MinutesRemarkCreate) => api<{ remark: MinutesRemark }>('POST', `${base(meetingId)}/remarks`, input),
  resolve: (meetingId: string, remarkId: string, resolution: 'accepted' | 'rejected') =>
    api<{ remark: MinutesRemark }>('POST', `${base(meetingId)}/remarks/${remarkId}/resolution`, { resolution }),
  markApplied: (meetingId: string, remarkId: string) => api<{ remark: MinutesRemark }>('POST', `${base(meetingId)}/remarks/${remarkId}/applied`),
};
