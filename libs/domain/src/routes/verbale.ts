import { verbaleSchema } from '../verbale';
import { route } from './route';

export const verbaleRoutes = {
  json: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/meetings/:id/minutes.json',
    summary: 'Get the minutes as JSON open data',
    status: 200,
    description: 'The verbale as open data; once approved, the sealed record byte for byte (RFC 8785), whose SHA-256 is in `Repr-Digest`',
    response: verbaleSchema,
    file: 'application/json',
    errors: [401, 404, 409],
  }),
  docx: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/meetings/:id/minutes.docx',
    summary: 'Download the minutes as a Word document',
    status: 200,
    description: 'The verbale as a Word document',
    file: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    errors: [401, 404, 409],
  }),
  pdf: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/meetings/:id/minutes.pdf',
    summary: 'Download the minutes as PDF',
    status: 200,
    description: 'The verbale as a PDF document',
    file: 'application/pdf',
    errors: [401, 404, 409],
  }),
  text: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/meetings/:id/minutes.txt',
    summary: 'Get the minutes as plain text',
    status: 200,
    description:
      'The verbale as plain text: of the sealed record once approved; for minutes approved before sealing, the approved text as hashed then; before approval, the current text',
    file: 'text/plain',
    errors: [401, 404, 409],
  }),
} as const;
