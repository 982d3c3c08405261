import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies, users, login throttling, the append-only audit log and the system-check table. */

export class Foundation1795774755506 implements MigrationInterface {
    name = 'Foundation1795774755506';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_type" character varying(16) NOT NULL, "actor_id" uuid, "actor_email" text, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text, "before" jsonb, "after" jsonb, "request_id" text, "workflow_id" text, "ip" text, "idempotency_key" text, CONSTRAINT "pk_audit_log" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_audit_log_idempotency_key" ON "audit_log"  ("idempotency_key") WHERE idempotency_key IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_audit_log_action" ON "audit_log"  ("action", "occurred_at") `);
        await queryRunner.query(`CREATE INDEX "ix_audit_log_actor" ON "audit_log"  ("actor_id", "occurred_at") `);
        await queryRunner.query(`CREATE INDEX "ix_audit_log_entity" ON "audit_log"  ("entity_type", "entity_id", "occurred_at") `);
        await queryRunner.query(`CREATE TABLE "agencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_agencies" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_agencies_code" ON "agencies"  ("code") `);
        await queryRunner.query(`CREATE TABLE "login_failures" ("id" BIGSERIAL NOT NULL, "email" text NOT NULL, "ip" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_login_failures" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_login_failures_key_time" ON "login_failures"  ("email", "ip", "occurred_at") `);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "full_name" text NOT NULL, "password_hash" text NOT NULL, "roles" text array NOT NULL, "agency_id" uuid, "active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_users_roles_known" CHECK (roles <@ ARRAY['drafter','appraiser','reviewer','inspector','admin']::text[] AND cardinality(roles) > 0), CONSTRAINT "chk_users_drafter_has_agency" CHECK (NOT ('drafter' = ANY(roles)) OR agency_id IS NOT NULL), CONSTRAINT "pk_users" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") `);
        await queryRunner.query(`CREATE TABLE "system_checks" ("id" text NOT NULL, "attempts" integer NOT NULL DEFAULT '1', "worker_identity" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_system_checks" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "fk_users_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whoever connects.
        await queryRunner.query(`CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change()`);
        await queryRunner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_agency"`);
        await queryRunner.query(`DROP TABLE "system_checks"`);
        await queryRunner.query(`DROP INDEX "public"."uq_users_email"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP INDEX "public"."ix_login_failures_key_time"`);
        await queryRunner.query(`DROP TABLE "login_failures"`);
        await queryRunner.query(`DROP INDEX "public"."uq_agencies_code"`);
        await queryRunner.query(`DROP TABLE "agencies"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_log_entity"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_log_actor"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_log_action"`);
        await queryRunner.query(`DROP INDEX "public"."uq_audit_log_idempotency_key"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
        await queryRunner.query(`DROP FUNCTION audit_log_reject_change()`);
    }

}
