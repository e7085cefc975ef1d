// The schema, as migrations written once for every database; the dialect
// supplies the few column types that differ and the full-text structures.
// Add a migration for every change; never edit one that has shipped.
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { SitrepError } from '../model/index.js';
import type { StoreDialect } from './dialects/store-dialect.js';

/** Builds the ordered migrations for a dialect. */
function buildMigrations(dialect: StoreDialect): Record<string, Migration> {
  const { types, idColumn } = dialect;
  return {
    '0001_initial': {
      async up(db: Kysely<unknown>): Promise<void> {
        const schema = db.schema;
        await schema
          .createTable('documents')
          .addColumn('id', types.id, idColumn)
          .addColumn('content_hash', 'text', (c) => c.notNull().unique())
          .addColumn('source_id', 'text')
          .addColumn('title', 'text')
          .addColumn('url', 'text')
          .addColumn('published', 'text')
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('ingested_at', 'text', (c) => c.notNull())
          .addColumn('reader', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .execute();
        await schema.createIndex('documents_published').on('documents').column('published').execute();

        await schema
          .createTable('entities')
          .addColumn('id', types.id, idColumn)
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('canonical_name', 'text', (c) => c.notNull())
          .addColumn('level', 'text')
          .addColumn('country', 'text')
          .addColumn('admin1', 'text')
          .addColumn('geonames_id', 'integer')
          .addColumn('lat', types.float)
          .addColumn('lon', types.float)
          .addColumn('known_id', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('merged_into', 'integer', (c) => c.references('entities.id'))
          .execute();
        await schema.createIndex('entities_kind').on('entities').columns(['kind', 'country']).execute();
        await schema.createIndex('entities_known_id').on('entities').column('known_id').execute();

        await schema
          .createTable('aliases')
          .addColumn('id', types.id, idColumn)
          .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('folded_name', 'text', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('first_seen', 'text')
          .execute();
        await schema.createIndex('aliases_folded').on('aliases').column('folded_name').execute();
        await schema.createIndex('aliases_entity').on('aliases').column('entity_id').execute();

        await schema
          .createTable('incidents')
          .addColumn('id', types.id, idColumn)
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('suicide', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('claimed', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('date_value', 'text')
          .addColumn('date_precision', 'text', (c) => c.notNull())
          .addColumn('date_earliest', 'text')
          .addColumn('date_latest', 'text')
          .addColumn('location_entity_id', 'integer', (c) => c.references('entities.id'))
          .addColumn('location_name', 'text')
          .addColumn('location_level', 'text')
          .addColumn('country', 'text')
          .addColumn('admin1', 'text')
          .addColumn('admin2', 'text')
          .addColumn('geonames_id', 'integer')
          .addColumn('lat', types.float)
          .addColumn('lon', types.float)
          .addColumn('killed', 'integer')
          .addColumn('wounded', 'integer')
          .addColumn('captured', 'integer')
          .addColumn('perpetrators_killed', 'integer')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('merged_into', 'integer', (c) => c.references('incidents.id'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await schema.createIndex('incidents_date').on('incidents').columns(['date_value', 'date_earliest']).execute();
        await schema.createIndex('incidents_country').on('incidents').columns(['country', 'type']).execute();

        await schema
          .createTable('claims')
          .addColumn('id', types.id, idColumn)
          .addColumn('subject_entity_id', 'integer', (c) => c.references('entities.id'))
          .addColumn('subject_incident_id', 'integer', (c) => c.references('incidents.id'))
          .addColumn('predicate', 'text', (c) => c.notNull())
          .addColumn('object', types.json, (c) => c.notNull())
          .addColumn('object_entity_id', 'integer', (c) => c.references('entities.id'))
          .addColumn('object_incident_id', 'integer', (c) => c.references('incidents.id'))
          .addColumn('according_to', types.json, (c) => c.notNull())
          .addColumn('as_of', 'text')
          .addColumn('valid_from', 'text')
          .addColumn('valid_to', 'text')
          .addColumn('modality', 'text', (c) => c.notNull())
          .addColumn('confidence', types.float, (c) => c.notNull())
          .addColumn('extractor', 'text', (c) => c.notNull())
          .addColumn('qualifier', 'text')
          .addColumn('document_id', 'integer', (c) => c.references('documents.id'))
          .addColumn('evidence', types.json, (c) => c.notNull())
          .addColumn('review_status', 'text', (c) => c.notNull().defaultTo('unreviewed'))
          .addColumn('reviewed_by', 'text')
          .addColumn('reviewed_at', 'text')
          .addCheckConstraint('claims_one_subject', sql`(subject_entity_id is null) <> (subject_incident_id is null)`)
          .execute();
        await schema.createIndex('claims_subject_entity').on('claims').columns(['subject_entity_id', 'predicate']).execute();
        await schema.createIndex('claims_subject_incident').on('claims').column('subject_incident_id').execute();
        await schema.createIndex('claims_object_entity').on('claims').columns(['object_entity_id', 'predicate']).execute();
        await schema.createIndex('claims_predicate').on('claims').column('predicate').execute();
        await schema.createIndex('claims_document').on('claims').column('document_id').execute();

        await schema
          .createTable('incident_reports')
          .addColumn('id', types.id, idColumn)
          .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
          .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
          .addColumn('local', types.json, (c) => c.notNull())
          .addColumn('linked_by', 'text', (c) => c.notNull())
          .addColumn('score', types.float)
          .addColumn('linked_at', 'text', (c) => c.notNull())
          .addColumn('unlinked_at', 'text')
          .execute();
        await schema.createIndex('incident_reports_incident').on('incident_reports').column('incident_id').execute();
        await schema.createIndex('incident_reports_document').on('incident_reports').column('document_id').execute();

        await schema
          .createTable('figures')
          .addColumn('id', types.id, idColumn)
          .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
          .addColumn('document_id', 'integer', (c) => c.references('documents.id'))
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('min', 'integer')
          .addColumn('max', 'integer')
          .addColumn('best', 'integer')
          .addColumn('reported_on', 'text')
          .addColumn('according_to', types.json, (c) => c.notNull())
          .execute();
        await schema.createIndex('figures_incident').on('figures').column('incident_id').execute();

        await schema
          .createTable('incident_perpetrators')
          .addColumn('id', types.id, idColumn)
          .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
          .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id'))
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('document_id', 'integer', (c) => c.references('documents.id'))
          .execute();
        await schema.createIndex('incident_perpetrators_incident').on('incident_perpetrators').column('incident_id').execute();
        await schema.createIndex('incident_perpetrators_entity').on('incident_perpetrators').column('entity_id').execute();

        await schema
          .createTable('same_as')
          .addColumn('id', types.id, idColumn)
          .addColumn('entity_a', 'integer', (c) => c.notNull().references('entities.id'))
          .addColumn('entity_b', 'integer', (c) => c.notNull().references('entities.id'))
          .addColumn('score', types.float, (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('reason', 'text')
          .addColumn('decided_by', 'text')
          .addColumn('decided_at', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addUniqueConstraint('same_as_pair', ['entity_a', 'entity_b'])
          .execute();

        await schema
          .createTable('merges')
          .addColumn('id', types.id, idColumn)
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('survivor', 'integer', (c) => c.notNull())
          .addColumn('merged', 'integer', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('by', 'text', (c) => c.notNull())
          .addColumn('undone_at', 'text')
          .addColumn('undone_by', 'text')
          .addColumn('snapshot', types.json, (c) => c.notNull())
          .execute();

        await schema
          .createTable('audit_log')
          .addColumn('id', types.id, idColumn)
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('target', 'text', (c) => c.notNull())
          .addColumn('before', types.json)
          .addColumn('after', types.json)
          .execute();
        await schema.createIndex('audit_log_target').on('audit_log').column('target').execute();

        await schema
          .createTable('users')
          .addColumn('id', types.id, idColumn)
          .addColumn('name', 'text', (c) => c.notNull().unique())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();

        await schema
          .createTable('ingest_runs')
          .addColumn('id', types.id, idColumn)
          .addColumn('started', 'text', (c) => c.notNull())
          .addColumn('finished', 'text')
          .addColumn('counts', types.json, (c) => c.notNull())
          .execute();

        await dialect.createSearch(db);
      },
    },
    // Indexes for the look-ups ingest and the profiles make at scale (found with `npm run bench`).
    '0002_lookup_indexes': {
      async up(db: Kysely<unknown>): Promise<void> {
        const schema = db.schema;
        // Linking: a folded name's distinct entities, read from the index alone.
        await schema.createIndex('aliases_folded_entity').on('aliases').columns(['folded_name', 'entity_id']).execute();
        // Adding a document's names to an entity that already has thousands from other documents.
        await schema.createIndex('aliases_entity_source').on('aliases').columns(['entity_id', 'source']).execute();
        // same_as rows of one entity: entity_a is served by the unique pair, entity_b was a scan.
        await schema.createIndex('same_as_entity_b').on('same_as').column('entity_b').execute();
        // A group's incidents, from the perpetrator rows alone.
        await schema.createIndex('incident_perpetrators_entity_incident').on('incident_perpetrators').columns(['entity_id', 'incident_id']).execute();
      },
    },
  };
}

/** Brings the schema up to date; safe to run on every open. */
export async function migrateToLatest(dialect: StoreDialect): Promise<void> {
  const migrations = buildMigrations(dialect);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db: dialect.kysely, provider, ...(dialect.schema !== undefined ? { migrationTableSchema: dialect.schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new SitrepError('STORE', `migration ${failed} failed on ${dialect.name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
