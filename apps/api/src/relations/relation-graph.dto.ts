import { RELATION_TYPES } from '@legis/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export const MAX_GRAPH_DEPTH = 5;

const toInteger = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

export class RelationGraphQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_GRAPH_DEPTH, default: 1, description: 'How many relations away from the document to go, both ways.' })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(MAX_GRAPH_DEPTH)
  depth?: number;
}

export class GraphNodeDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['draft', 'issued'] }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) docType!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['central', 'provincial', 'commune'] }) issuerLevel!: string | null;
  @ApiProperty({ type: String, nullable: true }) validityStatus!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) effectiveDate!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) expiryDate!: string | null;
  @ApiProperty({ description: 'Relations between the requested document and this one (0: the document itself).' }) distance!: number;
}

export class CitedRefDto {
  @ApiProperty({ type: String, nullable: true }) docType!: string | null;
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) date!: string | null;
}

export class GraphEdgeDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: RELATION_TYPES, description: 'Read source → target (REFERENCE §2.5): the source AMENDS, is BASED_ON, DETAILS … the target.' }) type!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The source provision (path key), when the relation is stated in one.' }) sourcePathKey!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Null: the cited document is not in the database (`cited` says how it was cited).' }) target!: string | null;
  @ApiProperty({ type: String, nullable: true }) targetPathKey!: string | null;
  @ApiProperty({ type: CitedRefDto, nullable: true }) cited!: CitedRefDto | null;
  @ApiProperty({ enum: ['parsed', 'manual', 'workflow'] }) origin!: string;
}

export class RelationGraphDto {
  @ApiProperty() documentId!: string;
  @ApiProperty() depth!: number;
  @ApiProperty({ type: [GraphNodeDto] }) nodes!: GraphNodeDto[];
  @ApiProperty({ type: [GraphEdgeDto], description: 'Outgoing and incoming relations between the nodes, and references from them to documents not in the database.' })
  edges!: GraphEdgeDto[];
  @ApiProperty({ description: 'The node limit was reached: some documents at the largest distance are left out.' }) truncated!: boolean;
}

export class BasisChangeRequestDto {
  @ApiPropertyOptional({ format: 'date', description: 'The day the change takes effect; default: the document’s effective date.' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveDate must be a date in YYYY-MM-DD form' })
  effectiveDate?: string;
}

export class BasisChangeAcceptedDto {
  @ApiProperty({ example: 'basis-change-…' }) workflowId!: string;
  @ApiProperty({ description: 'The review cases opened are listed by GET /api/v1/cases?kind=review.' }) changeKey!: string;
  @ApiProperty({ format: 'date-time', description: 'When the review runs: now, or the start of the effective day when that is still to come (a review already waiting keeps its own time).' })
  startsAt!: string;
}
