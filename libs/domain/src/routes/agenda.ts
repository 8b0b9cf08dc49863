import { pageOf } from '../listing';
import { z } from 'zod';
import { agendaItemCreateSchema, agendaItemUpdateSchema, agendaOrderSchema, agendaSchema, backlogEntrySchema } from '../agenda';
import { route } from './route';

const agendaResponse = /* @__PURE__ */ z.object({ agenda: agendaSchema });

export const agendaRoutes = {
  list: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/meetings/:id/agenda-items',
    summary: 'Get the agenda of a meeting',
    status: 200,
    description: 'The items in order, their planned total and how much it overruns the meeting',
    response: agendaResponse,
    errors: [401, 404],
  }),
  create: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/meetings/:id/agenda-items',
    summary: 'Add an agenda item',
    status: 201,
    description: 'Appended at the end; with `source`, carried over from the backlog',
    body: agendaItemCreateSchema,
    response: agendaResponse,
    errors: [400, 401, 403, 404, 409],
  }),
  reorder: /* @__PURE__ */ route({
    method: 'PUT',
    path: '/api/meetings/:id/agenda-items/order',
    summary: 'Reorder the agenda',
    status: 200,
    description: 'Reordered; the list must name every item once',
    body: agendaOrderSchema,
    response: agendaResponse,
    errors: [400, 401, 403, 404, 409],
  }),
  update: /* @__PURE__ */ route({
    method: 'PATCH',
    path: '/api/meetings/:id/agenda-items/:itemId',
    summary: 'Update an agenda item',
    status: 200,
    description: 'Item changed',
    body: agendaItemUpdateSchema,
    response: agendaResponse,
    errors: [400, 401, 403, 404, 409],
  }),
  remove: /* @__PURE__ */ route({
    method: 'DELETE',
    path: '/api/meetings/:id/agenda-items/:itemId',
    summary: 'Remove an agenda item',
    status: 204,
    description: 'Item removed; the others close the gap',
    errors: [401, 403, 404, 409],
  }),
  backlog: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/meetings/:id/agenda-backlog',
    summary: 'List what could be carried onto the agenda',
    status: 200,
    description: 'Offered for this agenda: items not dealt with, postponed decisions and overdue actions of the space',
    response: /* @__PURE__ */ pageOf(backlogEntrySchema),
    errors: [401, 404],
  }),
} as const;
