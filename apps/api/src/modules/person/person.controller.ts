import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import {
  importQuerySchema,
  importReportSchema,
  invitationSchema,
  pageOf,
  personInputSchema,
  personQuerySchema,
  personSchema,
  personUpdateSchema,
} from '@cantiere/domain';
import type { PersonInputParsed } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { sendCsv } from '../../core/csv/csv-writer';
import { ApiCsvBody } from '../../core/openapi/api-csv-body.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
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
@Controller('people')
export class PersonController {
  constructor(
    private readonly people: PersonService,
    private readonly privacy: PersonPrivacyService,
    private readonly importer: PersonImportService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List people' })
  @ApiQuery({ name: 'q', required: false, description: 'Full-text search (Italian) over names, and over email where the caller may see it' })
  @ApiZodResponse(200, 'A page of people (erased people are not listed)', pageOf(personSchema))
  @ApiErrors(400, 401)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(personQuerySchema)) query: Query) {
    const page = await this.people.list(actor, query);
    return { ...page, items: page.items.map(toPerson) };
  }

  @Get('export.csv')
  @ApiOperation({ summary: 'Export people as CSV' })
  @ApiZodResponse(200, 'The people the same filters show, as CSV, one line per affiliation (administrators only)')
  @ApiErrors(400, 401, 403)
  async export(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(personQuerySchema)) query: Query, @Res() res: Response) {
    const { page: _p, pageSize: _s, ...filter } = query;
    sendCsv(res, 'persone.csv', PERSON_CSV_HEADER, (await this.people.exportRows(actor, filter)).flatMap(toPersonCsvRows));
  }

  @Post('import')
  @ApiOperation({ summary: 'Import people from CSV' })
  @HttpCode(200)
  @ApiCsvBody('CSV file, UTF-8, comma or semicolon separated, with a header row (Italian or English column names)')
  @ApiQuery({ name: 'dryRun', required: false, description: '`true` (default) only reports; `false` applies the file, all or nothing' })
  @ApiZodResponse(200, 'Row-by-row report of what is (or would be) created, updated or rejected', importReportSchema)
  @ApiErrors(400, 401, 403, 413)
  importCsv(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(importQuerySchema)) q: z.output<typeof importQuerySchema>, @Req() req: Request) {
    return this.importer.import(actor, req.body, q.dryRun === 'true');
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a person' })
  @ApiZodResponse(200, 'One person', z.object({ person: personSchema }))
  @ApiErrors(401, 404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { person: toPerson(await this.people.get(actor, id)) };
  }

  @Post()
  @ApiOperation({ summary: 'Add a person' })
  @ApiZodBody(personInputSchema)
  @ApiZodResponse(201, 'Person added (admins, or members adding people of their organisations)', z.object({ person: personSchema }))
  @ApiErrors(400, 401, 403, 409)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(personInputSchema)) body: PersonInputParsed) {
    return { person: toPerson(await this.people.create(actor, body)) };
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update a person' })
  @ApiZodBody(personUpdateSchema)
  @ApiZodResponse(200, 'Person updated', z.object({ person: personSchema }))
  @ApiErrors(400, 401, 403, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body(new ZodValidationPipe(personUpdateSchema)) body: Partial<PersonInputParsed>,
  ) {
    return { person: toPerson(await this.people.update(actor, id, body)) };
  }

  @Post(':id/invite')
  @ApiOperation({ summary: 'Invite a person to create an account' })
  @ApiZodResponse(201, 'An invitation to create an account was emailed to the person (admins only)', z.object({ invitation: invitationSchema }))
  @ApiErrors(400, 401, 403, 404, 409)
  async invite(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { invitation: toInvitation(await this.people.invite(actor, id)) };
  }

  @Get(':id/data-export')
  @ApiOperation({ summary: 'Export everything held about a person (GDPR)' })
  @ApiZodResponse(200, 'Everything held about the person, as JSON (GDPR access and portability; admins only, logged)')
  @ApiErrors(401, 403, 404)
  async dataExport(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const data = await this.privacy.export(actor, id);
    res.setHeader('Content-Disposition', `attachment; filename="dati-persona-${id}.json"`);
    return data;
  }

  @Post(':id/erase')
  @ApiOperation({ summary: 'Erase a person (GDPR)' })
  @HttpCode(200)
  @ApiZodResponse(200, 'The person is anonymised everywhere; records stay coherent (GDPR erasure; admins only, logged)', z.object({ person: personSchema }))
  @ApiErrors(401, 403, 404, 409)
  async erase(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    const erased = await this.privacy.erase(actor, id);
    return { person: toPerson(await this.people.get(actor, erased.id)) };
  }
}
