import { z } from 'zod';
import { planExportModelSchema } from '../plan-export';
import { route } from './route';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `?year=2026`: the calendar year the monitoring report covers (within the plan's period, checked by the service). */
const monitoringReportQuerySchema = /* @__PURE__ */ z.object({
  year: z.coerce.number({ message: 'must_be_number' }).int('must_be_integer').min(2000, 'too_small').max(2100, 'too_large'),
});

/**
 * A plan's exports: the Piano di Zona section and the annual monitoring report as Word documents, and the plan as
 * open data (JSON, CSV). Whoever reads the plan may export it; all four render one export model.
 */
export const planExportRoutes = {
  docx: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/plans/:id/export.docx',
    summary: 'Download the Piano di Zona section of a plan',
    status: 200,
    description:
      'The plan as the poverty section of the Piano di Zona: cover, one sheet per objective with its actions and indicators, budget summary and charts',
    file: DOCX,
    errors: [401, 404],
  }),
  monitoringReport: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/plans/:id/monitoring-report.docx',
    summary: 'Download the annual monitoring report of a plan',
    status: 200,
    description: 'Progress by objective and action, money spent against planned by funding source, indicators against targets at 31 December of the year',
    query: monitoringReportQuerySchema,
    queryNotes: { year: 'The calendar year the report covers, within the plan period' },
    file: DOCX,
    errors: [400, 401, 404],
  }),
  json: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/plans/:id/export.json',
    summary: 'Get a plan as JSON open data',
    status: 200,
    description: 'The plan with its objectives, actions and indicators (organisations only, no personal names); its schema is this response',
    response: planExportModelSchema,
    file: 'application/json',
    errors: [401, 404],
  }),
  csv: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/plans/:id/export.csv',
    summary: 'Get the actions of a plan as CSV open data',
    status: 200,
    description: 'One row per action, UTF-8 with a byte-order mark, comma-separated (columns in docs/open-data/plans.md)',
    file: 'text/csv',
    errors: [401, 404],
  }),
} as const;
