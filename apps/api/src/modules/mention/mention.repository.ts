import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface PersonCandidate {
  personId: string;
  userId: string;
  label: string;
  detail: string | null;
}

export interface OrganisationCandidate {
  organisationId: string;
  label: string;
  detail: string | null;
  /** Some of its people's active accounts: the organisation may read what one of them may read. */
  userIds: string[];
}

/** `q` as a LIKE pattern matched anywhere, its own wildcards taken literally. */
const contains = (q: string | undefined) => (q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null);

/** Who may be mentioned: people of the registry with an active account, and organisations not archived. */
@Injectable()
export class MentionRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** People with an active account whose name matches `q` (first-last or last-first), by surname. */
  async people(q: string | undefined, limit: number): Promise<PersonCandidate[]> {
    const rows: { person_id: string; user_id: string; label: string; detail: string | null }[] = await this.ds.query(
      `SELECT p.id AS person_id, u.id AS user_id, p.first_name || ' ' || p.last_name AS label,
              (SELECT o.name FROM person_affiliations a JOIN organisations o ON o.id = a.organisation_id
                WHERE a.person_id = p.id AND o.archived_at IS NULL ORDER BY o.name LIMIT 1) AS detail
         FROM people p JOIN users u ON u.id = p.user_id
        WHERE p.erased_at IS NULL AND u.disabled_at IS NULL
          AND ($1::text IS NULL OR p.first_name || ' ' || p.last_name ILIKE $1 OR p.last_name || ' ' || p.first_name ILIKE $1)
        ORDER BY p.last_name, p.first_name, p.id LIMIT $2`,
      [contains(q), limit],
    );
    return rows.map((r) => ({ personId: r.person_id, userId: r.user_id, label: r.label, detail: r.detail }));
  }

  /** Organisations whose name or short name matches `q`, with up to three of their people's active accounts. */
  async organisations(q: string | undefined, limit: number): Promise<OrganisationCandidate[]> {
    const rows: { id: string; label: string; detail: string | null; user_ids: string[] }[] = await this.ds.query(
      `SELECT o.id, o.name AS label, o.short_name AS detail,
              ARRAY(SELECT DISTINCT u.id FROM person_affiliations a JOIN people p ON p.id = a.person_id JOIN users u ON u.id = p.user_id
                     WHERE a.organisation_id = o.id AND p.erased_at IS NULL AND u.disabled_at IS NULL LIMIT 3)::text[] AS user_ids
         FROM organisations o
        WHERE o.archived_at IS NULL AND ($1::text IS NULL OR o.name ILIKE $1 OR o.short_name ILIKE $1)
        ORDER BY o.name, o.id LIMIT $2`,
      [contains(q), limit],
    );
    return rows.map((r) => ({ organisationId: r.id, label: r.label, detail: r.detail, userIds: r.user_ids }));
  }

  /** Display names of accounts (who wrote a mention). */
  async userNames(userIds: string[]): Promise<Map<string, string>> {
    if (!userIds.length) return new Map();
    const rows: { id: string; name: string }[] = await this.ds.query('SELECT id, name FROM users WHERE id = ANY($1::uuid[])', [userIds]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
