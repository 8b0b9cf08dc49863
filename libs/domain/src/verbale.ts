import { z } from 'zod';

const verbaleDecisionSchema = z.object({
  text: z.string(),
  outcome: z.string().nullable(),
  votingMethod: z.string(),
  votesFor: z.number().nullable(),
  votesAgainst: z.number().nullable(),
  votesAbstained: z.number().nullable(),
});
const verbaleActionSchema = z.object({
  what: z.string(),
  responsibleOrganisation: z.string().nullable(),
  responsiblePerson: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.string(),
});

/**
 * The verbale (minutes) of a meeting as structured data: what `/api/meetings/:id/minutes.json` publishes as
 * open data, and what the DOCX and PDF exports are rendered from. Times are ISO 8601 with offset.
 */
export const verbaleSchema = z.object({
  body: z.string(),
  spaceName: z.string(),
  meeting: z.object({
    id: z.uuid(),
    number: z.number().int(),
    year: z.number().int(),
    title: z.string(),
    kind: z.string(),
    status: z.string(),
    scheduledStart: z.string(),
    scheduledEnd: z.string(),
    actualStart: z.string().nullable(),
    actualEnd: z.string().nullable(),
    place: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    convocation: z.string(),
    chair: z.string().nullable(),
    minuteTaker: z.string().nullable(),
  }),
  attendance: z.array(
    z.object({
      organisation: z.string(),
      representatives: z.array(
        z.object({
          name: z.string(),
          status: z.string().nullable(),
          delegatedTo: z.string().nullable(),
          arrivedAt: z.string().nullable(),
          leftAt: z.string().nullable(),
        }),
      ),
    }),
  ),
  quorum: z.object({
    rule: z.string().nullable(),
    required: z.number().nullable(),
    organisationsPresent: z.number(),
    organisationsTotal: z.number(),
    reached: z.boolean().nullable(),
  }),
  agenda: z.array(
    z.object({
      position: z.number().int(),
      title: z.string(),
      kind: z.string(),
      presenter: z.string().nullable(),
      status: z.string(),
      discussion: z.string(),
      decisions: z.array(verbaleDecisionSchema),
      actions: z.array(verbaleActionSchema),
    }),
  ),
  /** The discussion under varie ed eventuali (the minutes' last section), as text. */
  otherBusiness: z.string(),
  /** Decisions and actions written under varie ed eventuali, with the same fields as an item's (absent before they were). */
  otherDecisions: z.array(verbaleDecisionSchema).default([]),
  otherActions: z.array(verbaleActionSchema).default([]),
  /**
   * In a sealed verbale (approved and stored as a frozen record) `sha256` is null inside the JSON, since a hash cannot
   * cover itself: the hash is the SHA-256 of the JSON's exact bytes (RFC 8785 canonical form), given on the meeting
   * and in the `Repr-Digest` header. An approved verbale that is not sealed predates sealing: it is rebuilt from the
   * current rows, and its hash covers only the approved text (`minutes.txt`).
   */
  approval: z.object({
    status: z.string(),
    approvedAt: z.string().nullable(),
    approvedAtMeeting: z.string().nullable(),
    sha256: z.string().nullable(),
    sealed: z.boolean(),
  }),
  /** When the document was produced; in a sealed verbale, when it was sealed. */
  generatedAt: z.string(),
});
export type Verbale = z.infer<typeof verbaleSchema>;
