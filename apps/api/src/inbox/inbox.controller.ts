import { NotificationRepository, type NotificationEntity } from '@legis/db';
import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { Authenticated } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { PageMetaDto, PageQueryDto, toPage, type Page } from '../common/pagination/page';

class InboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only unread notifications.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

class NotificationDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['reminder', 'escalation', 'action', 'info'] }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true }) entityType!: string | null;
  @ApiProperty({ type: String, nullable: true }) entityId!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
}

class InboxPageDto extends PageMetaDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
}

const toDto = (n: NotificationEntity): NotificationDto => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  entityType: n.entityType,
  entityId: n.entityId,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

@ApiTags('inbox')
@Controller('inbox')
@Authenticated()
export class InboxController {
  constructor(@Inject(NotificationRepository) private readonly notifications: NotificationRepository) {}

  @Get()
  @ApiOperation({ summary: 'Notifications for the signed-in user: reminders, escalations, actions waiting for them.' })
  @ApiOkResponse({ type: InboxPageDto })
  async list(@Query() query: InboxQueryDto, @Ctx() context: RequestContext): Promise<Page<NotificationDto>> {
    return toPage(await this.notifications.inbox(context.principal!, { unreadOnly: query.unread ?? false, page: query.page, pageSize: query.pageSize }), query, toDto);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark a notification read.' })
  @ApiNoContentResponse()
  async read(@Param('id', ParseUUIDPipe) id: string, @Ctx() context: RequestContext): Promise<void> {
    await this.notifications.markRead(id, context.principal!);
  }
}
