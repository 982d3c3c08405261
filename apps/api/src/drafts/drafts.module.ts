import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { AppraisalsController } from './appraisals.controller';
import { DraftEngine } from './draft-engine';
import { DraftsController } from './drafts.controller';
import { DraftsService } from './drafts.service';
import { PublicDraftsController } from './public-drafts.controller';
import { PublicDraftsService } from './public-drafts.service';
import { RulesController } from './rules.controller';
import { TimelineController } from './timeline.controller';

@Module({
  imports: [DocumentsModule],
  controllers: [DraftsController, AppraisalsController, PublicDraftsController, RulesController, TimelineController],
  providers: [DraftsService, DraftEngine, PublicDraftsService],
})
export class DraftsModule {}
