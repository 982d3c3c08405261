import type { Role } from '@legis/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { AgencyEntity } from './agency.entity';

@Entity('users')
@Check('chk_users_drafter_has_agency', `NOT ('drafter' = ANY(roles)) OR agency_id IS NOT NULL`)
@Check('chk_users_roles_known', `roles <@ ARRAY['drafter','appraiser','reviewer','inspector','admin']::text[] AND cardinality(roles) > 0`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id!: string;

  /** Stored lower-cased; unique. */
  @Index('uq_users_email', { unique: true })
  @Column('text')
  email!: string;

  @Column('text')
  fullName!: string;

  @Column('text')
  passwordHash!: string;

  @Column('text', { array: true })
  roles!: Role[];

  @Column('uuid', { nullable: true })
  agencyId!: string | null;

  @ManyToOne(() => AgencyEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'fk_users_agency' })
  agency?: Relation<AgencyEntity> | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @Column('timestamptz', { nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
