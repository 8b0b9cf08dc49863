import { Body, Controller, Param, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { importQuerySchema, personInputSchema, personQuerySchema, personRoutes, personUpdateSchema } from '@cantiere/domain';
import type { PersonInputParsed } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { sendCsv } from '../../core/csv/csv-writer';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { toInvitation } from '../invitation';
import { PersonImportService } from './person-import.service';
import { PERSON_CSV_HEADER, toPerson, toPersonCsvRows } from './person.mapper';
import { PersonPrivacyService } from './person-privacy.service';
import { PersonService } from './person.service';

type Query = z.output<typeof personQuerySchema>;
const idPipe = new UuidParamPipe('Person');

@ApiTags('people')
@Controller()
export class PersonController {
  constructor(
    private readonly people: PersonService,
    private readonly privacy: PersonPrivacyService,
    private readonly importer: PersonImportService,
  ) {}

  @Route(personRoutes.list)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(personQuerySchema)) query: Query) {
    const page = await this.people.list(actor, query);
    return { ...page, items: page.items.map(toPerson) };
  }

  @Route(personRoutes.export)
  async export(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(personQuerySchema)) query: Query, @Res() res: Response) {
    const { page: _p, pageSize: _s, ...filter } = query;
    sendCsv(res, 'persone.csv', PERSON_CSV_HEADER, (await this.people.exportRows(actor, filter)).flatMap(toPersonCsvRows));
  }

  @Route(personRoutes.importCsv)
  async importCsv(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(importQuerySchema)) q: z.output<typeof importQuerySchema>, @Req() req: Request) {
    return { report: await this.importer.import(actor, req.body, q.dryRun === 'true') };
  }

  @Route(personRoutes.get)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { person: toPerson(await this.people.get(actor, id)) };
  }

  @Route(personRoutes.create)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(personInputSchema)) body: PersonInputParsed) {
    return { person: toPerson(await this.people.create(actor, body)) };
  }

  @Route(personRoutes.update)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body(new ZodValidationPipe(personUpdateSchema)) body: Partial<PersonInputParsed>,
  ) {
    return { person: toPerson(await this.people.update(actor, id, body)) };
  }

  @Route(personRoutes.invite)
  async invite(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { invitation: toInvitation(await this.people.invite(actor, id)) };
  }

  @Route(personRoutes.dataExport)
  async dataExport(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const data = await this.privacy.export(actor, id);
    res.setHeader('Content-Disposition', `attachment; filename="dati-persona-${id}.json"`);
    return data;
  }

  @Route(personRoutes.erase)
  async erase(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    const erased = await this.privacy.erase(actor, id);
    return { person: toPerson(await this.people.get(actor, erased.id)) };
  }
}
