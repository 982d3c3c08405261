import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Stored responses of POSTs sent with an Idempotency-Key header. */

export class IdempotencyKeys1795776128083 implements MigrationInterface {
    name = 'IdempotencyKeys1795776128083';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "idempotency_keys" ("scope" text NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "state" character varying(16) NOT NULL, "response_status" integer, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_idempotency_keys" PRIMARY KEY ("scope", "key"))`);
        await queryRunner.query(`CREATE INDEX "ix_idempotency_keys_created_at" ON "idempotency_keys"  ("created_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_idempotency_keys_created_at"`);
        await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    }
}
