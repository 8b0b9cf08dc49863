import { pageOf } from '../listing';
import { z } from 'zod';
import { referenceItemInputSchema, referenceItemSchema } from '../reference';
import { text } from '../text';
import { route } from './route';

const updateSchema = z
  .object({
    labelIt: text().min(2, 'too_short').max(120, 'too_long').optional(),
    labelEn: text().min(2, 'too_short').max(120, 'too_long').optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'empty_update' });

export const referenceRoutes = {
  list: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/reference-lists/:kind',
    summary: 'List the entries of a reference list',
    status: 200,
    description: 'The entries of a list (`thematic_area`, `comune`, `macro_area`, `funding_source` or `leps`), retired ones included',
    response: /* @__PURE__ */ pageOf(referenceItemSchema),
    errors: [400, 401],
  }),
  create: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/reference-lists/:kind',
    summary: 'Add an entry to a reference list',
    status: 201,
    description: 'Entry added (admins only)',
    body: referenceItemInputSchema,
    response: /* @__PURE__ */ z.object({ item: referenceItemSchema }),
    errors: [400, 401, 403, 409],
  }),
  update: /* @__PURE__ */ route({
    method: 'PATCH',
    path: '/api/reference-lists/:kind/:code',
    summary: 'Rename, retire or restore a reference list entry',
    status: 200,
    description: 'Entry renamed, retired or restored (admins only)',
    body: updateSchema,
    response: /* @__PURE__ */ z.object({ item: referenceItemSchema }),
    errors: [400, 401, 403, 404],
  }),
} as const;
