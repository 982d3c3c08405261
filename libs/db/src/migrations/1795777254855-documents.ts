import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issuers, documents, their versions and original files, provisions and relations. */

export class Documents1795777254855 implements MigrationInterface {
    name = 'Documents1795777254855';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "document_files" ("version_id" uuid NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "pk_document_files" PRIMARY KEY ("version_id"))`);
        await queryRunner.query(`CREATE TABLE "document_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "version_no" integer NOT NULL, "sha256" character(64) NOT NULL, "file_name" text, "mime_type" text NOT NULL, "size_bytes" integer NOT NULL, "status" character varying(16) NOT NULL, "status_reason" text, "extraction_method" character varying(16), "page_count" integer, "text" text, "warnings" jsonb NOT NULL DEFAULT '[]'::jsonb, "extraction" jsonb NOT NULL DEFAULT '{}'::jsonb, "parsed_metadata" jsonb NOT NULL DEFAULT '{}'::jsonb, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_document_versions" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_document_versions_status" ON "document_versions"  ("status", "updated_at") `);
        await queryRunner.query(`CREATE INDEX "ix_document_versions_sha256" ON "document_versions"  ("sha256") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_document_versions_number" ON "document_versions"  ("document_id", "version_no") `);
        await queryRunner.query(`CREATE TABLE "issuers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "name_key" text NOT NULL, "level" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_issuers" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_issuers_name_key" ON "issuers"  ("name_key") `);
        await queryRunner.query(`CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(8) NOT NULL, "doc_type" character varying(32), "number" text, "number_key" text, "number_seq" text, "number_year" integer, "number_type_code" text, "number_issuer_code" text, "issuer_id" uuid, "drafting_agency_id" uuid, "title" text, "title_key" text, "field" text, "territorial_scope" text, "signer_name" text, "signer_title" text, "signing_capacity" character varying(8), "issued_date" date, "effective_date" date, "expiry_date" date, "expiry_reason" text, "validity_status" character varying(24), "regime_version" character varying(16), "is_normative" boolean NOT NULL DEFAULT true, "provided_fields" text array NOT NULL DEFAULT '{}', "current_version_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_documents" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_documents_title_key" ON "documents"  ("title_key") `);
        await queryRunner.query(`CREATE INDEX "ix_documents_kind_type" ON "documents"  ("kind", "doc_type") `);
        await queryRunner.query(`CREATE INDEX "ix_documents_number_key" ON "documents"  ("number_key") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_documents_number" ON "documents"  ("issuer_id", "doc_type", "number_year", "number_seq") WHERE issuer_id IS NOT NULL AND number_year IS NOT NULL AND number_seq IS NOT NULL`);
        await queryRunner.query(`CREATE TABLE "provisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "version_id" uuid NOT NULL, "parent_id" uuid, "level" character varying(16) NOT NULL, "number" text, "path_key" text NOT NULL, "citation_key" text NOT NULL, "heading" text, "text" text NOT NULL, "ord" integer NOT NULL, "depth" smallint NOT NULL, "start_line" integer NOT NULL, "end_line" integer NOT NULL, "validity_status" character varying(24), "valid_until" date, CONSTRAINT "pk_provisions" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_provisions_document" ON "provisions"  ("document_id", "version_id", "ord") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_provisions_version_path" ON "provisions"  ("version_id", "path_key") `);
        await queryRunner.query(`CREATE TABLE "relations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(24) NOT NULL, "source_document_id" uuid NOT NULL, "source_version_id" uuid, "source_path_key" text, "target_document_id" uuid, "target_path_key" text, "target_ref" jsonb, "target_number_key" text, "target_title_key" text, "origin" character varying(16) NOT NULL, "detail" jsonb, "raw" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_relations" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_relations_unresolved_title" ON "relations"  ("target_title_key") WHERE target_document_id IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_relations_unresolved_number" ON "relations"  ("target_number_key") WHERE target_document_id IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_relations_target" ON "relations"  ("target_document_id", "type") `);
        await queryRunner.query(`CREATE INDEX "ix_relations_source" ON "relations"  ("source_document_id", "type") `);
        await queryRunner.query(`ALTER TABLE "documents" ADD CONSTRAINT "fk_documents_issuer" FOREIGN KEY ("issuer_id") REFERENCES "issuers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "documents" ADD CONSTRAINT "fk_documents_drafting_agency" FOREIGN KEY ("drafting_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // Versions, files and provisions live and die with their document; a relation's target may be unknown.
        await queryRunner.query(`ALTER TABLE "document_versions" ADD CONSTRAINT "fk_document_versions_document" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "document_files" ADD CONSTRAINT "fk_document_files_version" FOREIGN KEY ("version_id") REFERENCES "document_versions"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "provisions" ADD CONSTRAINT "fk_provisions_version" FOREIGN KEY ("version_id") REFERENCES "document_versions"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "provisions" ADD CONSTRAINT "fk_provisions_document" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "provisions" ADD CONSTRAINT "fk_provisions_parent" FOREIGN KEY ("parent_id") REFERENCES "provisions"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "relations" ADD CONSTRAINT "fk_relations_source" FOREIGN KEY ("source_document_id") REFERENCES "documents"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "relations" ADD CONSTRAINT "fk_relations_source_version" FOREIGN KEY ("source_version_id") REFERENCES "document_versions"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "relations" ADD CONSTRAINT "fk_relations_target" FOREIGN KEY ("target_document_id") REFERENCES "documents"("id") ON DELETE SET NULL`);
        await queryRunner.query(`ALTER TABLE "documents" ADD CONSTRAINT "fk_documents_current_version" FOREIGN KEY ("current_version_id") REFERENCES "document_versions"("id") DEFERRABLE INITIALLY DEFERRED`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "fk_documents_drafting_agency"`);
        await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "fk_documents_issuer"`);
        await queryRunner.query(`DROP INDEX "public"."ix_relations_source"`);
        await queryRunner.query(`DROP INDEX "public"."ix_relations_target"`);
        await queryRunner.query(`DROP INDEX "public"."ix_relations_unresolved_number"`);
        await queryRunner.query(`DROP INDEX "public"."ix_relations_unresolved_title"`);
        await queryRunner.query(`DROP TABLE "relations"`);
        await queryRunner.query(`DROP INDEX "public"."uq_provisions_version_path"`);
        await queryRunner.query(`DROP INDEX "public"."ix_provisions_document"`);
        await queryRunner.query(`DROP TABLE "provisions"`);
        await queryRunner.query(`DROP INDEX "public"."uq_documents_number"`);
        await queryRunner.query(`DROP INDEX "public"."ix_documents_number_key"`);
        await queryRunner.query(`DROP INDEX "public"."ix_documents_kind_type"`);
        await queryRunner.query(`DROP INDEX "public"."ix_documents_title_key"`);
        await queryRunner.query(`DROP TABLE "documents"`);
        await queryRunner.query(`DROP INDEX "public"."uq_issuers_name_key"`);
        await queryRunner.query(`DROP TABLE "issuers"`);
        await queryRunner.query(`DROP INDEX "public"."uq_document_versions_number"`);
        await queryRunner.query(`DROP INDEX "public"."ix_document_versions_sha256"`);
        await queryRunner.query(`DROP INDEX "public"."ix_document_versions_status"`);
        await queryRunner.query(`DROP TABLE "document_versions"`);
        await queryRunner.query(`DROP TABLE "document_files"`);
    }
}
