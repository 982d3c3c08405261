import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A comment on a posted draft (góp ý dự thảo), in full; the workflow keeps only counts and excerpts. */
@Entity('draft_comments')
@Index('uq_draft_comments_document_comment', ['documentId', 'commentId'], { unique: true })
@Index('ix_draft_comments_round', ['documentId', 'round', 'createdAt'])
export class DraftCommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_draft_comments' })
  id!: string;

  @Column('uuid')
  documentId!: string;

  /** The procedure's id for it (`c12`), unique per draft. */
  @Column('varchar', { length: 16 })
  commentId!: string;

  @Column('integer')
  round!: number;

  /** agency, public or fatherlandFront. */
  @Column('varchar', { length: 16 })
  authorKind!: string;

  @Column('text', { nullable: true })
  authorName!: string | null;

  @Column('uuid', { nullable: true })
  agencyId!: string | null;

  /** The provision commented on, when one is named. */
  @Column('text', { nullable: true })
  pathKey!: string | null;

  @Column('text')
  text!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
