import { Module } from '@nestjs/common';
import { BulkController } from './bulk/bulk.controller';
import { BulkService } from './bulk/bulk.service';
import { DocumentTextService } from './document-text.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { ExportService } from './export.service';
import { IntakeStarter } from './intake-starter';

@Module({
  // BulkController first: its literal routes (/documents/bulk) must win over /documents/:id.
  controllers: [BulkController, DocumentsController],
  providers: [BulkService, DocumentsService, ExportService, DocumentTextService, IntakeStarter],
  exports: [DocumentsService, IntakeStarter],
})
export class DocumentsModule {}
