import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Term frequencies for overlap candidate queries, and stored overlap reports of draft versions. */

export class OverlapCheck1795779168546 implements MigrationInterface {
    name = 'OverlapCheck1795779168546';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "overlap_reports" ("version_id" uuid NOT NULL, "document_id" uuid NOT NULL, "as_of" date NOT NULL, "summary" jsonb NOT NULL, "findings" jsonb NOT NULL, "duration_ms" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_overlap_reports" PRIMARY KEY ("version_id"))`);
        await queryRunner.query(`CREATE TABLE "term_frequencies" ("term" text NOT NULL, "df" integer NOT NULL, CONSTRAINT "pk_term_frequencies" PRIMARY KEY ("term"))`);
        await queryRunner.query(`ALTER TABLE "document_versions" ADD "terms_counted" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "overlap_reports" ADD CONSTRAINT "fk_overlap_reports_version" FOREIGN KEY ("version_id") REFERENCES "document_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "overlap_reports" DROP CONSTRAINT "fk_overlap_reports_version"`);
        await queryRunner.query(`ALTER TABLE "document_versions" DROP COLUMN "terms_counted"`);
        await queryRunner.query(`DROP TABLE "term_frequencies"`);
        await queryRunner.query(`DROP TABLE "overlap_reports"`);
    }
}
