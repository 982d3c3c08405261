import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed login. Kept in PostgreSQL rather than process memory so that every API replica sees the
 * same count and a restart does not reset a lockout.
 */
@Entity('login_failures')
@Index('ix_login_failures_key_time', ['email', 'ip', 'occurredAt'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_login_failures' })
  id!: string;

  @Column('text')
  email!: string;

  @Column('text')
  ip!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;
}
