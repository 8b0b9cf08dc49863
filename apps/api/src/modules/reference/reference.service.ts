import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { ReferenceItem, ReferenceItemInput, ReferenceKind } from '@cantiere/domain';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { AuditService, changedFields } from '../audit';
import { ReferenceItemEntity } from './reference-item.entity';

export const toReferenceItem = (e: ReferenceItemEntity): ReferenceItem => ({
  kind: e.kind,
  code: e.code,
  labelIt: e.labelIt,
  labelEn: e.labelEn,
  active: e.active,
});

@Injectable()
export class ReferenceService {
  constructor(
    @InjectRepository(ReferenceItemEntity) private readonly items: Repository<ReferenceItemEntity>,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  list(kind: ReferenceKind): Promise<ReferenceItemEntity[]> {
    return this.items.find({ where: { kind }, order: { position: 'ASC', labelIt: 'ASC' } });
  }

  /** The codes of several lists at once, by list (one query: the plan projection asks on every run). */
  async codesOf(kinds: ReferenceKind[]): Promise<Map<ReferenceKind, Set<string>>> {
    const codes = new Map(kinds.map((k) => [k, new Set<string>()]));
    if (!kinds.length) return codes;
    const items = await this.items.find({ where: { kind: In(kinds) }, select: { kind: true, code: true } });
    for (const item of items) codes.get(item.kind)?.add(item.code);
    return codes;
  }

  async create(actor: Actor, kind: ReferenceKind, input: ReferenceItemInput): Promise<ReferenceItemEntity> {
    this.access.requireAdmin(actor);
    if (await this.items.exists({ where: { kind, code: input.code } })) {
      throw new AppError('conflict', 'An entry with this code already exists', [{ path: 'code', message: 'code_taken' }]);
    }
    const position = await this.items.count({ where: { kind } });
    // insert, not save: save would quietly overwrite an entry that a concurrent request created meanwhile;
    // the primary key's violation reaches the error filter as a 409 on `code`.
    const item = this.items.create({ kind, ...input, active: true, position });
    // The entry's key is its list and code, not a uuid: the trail names it in its details.
    await this.audit.change(
      () => this.items.insert(item),
      () => ({
        actor,
        action: 'reference.create',
        entity: 'reference_item',
        entityId: null,
        after: { ...input, active: true },
        details: { kind, code: input.code },
      }),
    );
    return item;
  }

  async update(actor: Actor, kind: ReferenceKind, code: string, changes: Partial<Pick<ReferenceItem, 'labelIt' | 'labelEn' | 'active'>>) {
    this.access.requireAdmin(actor);
    const item = await this.items.findOne({ where: { kind, code } });
    if (!item) throw AppError.notFound('Entry');
    const diff = changedFields(item, changes);
    Object.assign(item, changes);
    return this.audit.change(
      () => this.items.save(item),
      () => ({ actor, action: 'reference.update', entity: 'reference_item', entityId: null, ...diff, details: { kind, code } }),
    );
  }

  /** Field issues for codes that are not active entries of the list (used by forms and imports alike). */
  async unknownCodes(kind: ReferenceKind, codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const found = await this.items.find({ where: { kind, code: In(codes), active: true }, select: { code: true } });
    const known = new Set(found.map((f) => f.code));
    return codes.filter((c) => !known.has(c));
  }

  /** Resolves what a person typed in a spreadsheet (a code or a label, any case) to a code. */
  async resolver(kind: ReferenceKind): Promise<(value: string) => string | null> {
    const all = await this.items.find({ where: { kind, active: true } });
    const byKey = new Map<string, string>();
    for (const item of all) for (const key of [item.code, item.labelIt, item.labelEn]) byKey.set(key.trim().toLowerCase(), item.code);
    return (value) => byKey.get(value.trim().toLowerCase()) ?? null;
  }
}
