import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { RelationsController } from './relations.controller';
import { RelationsService } from './relations.service';

/** The relation graph of documents and the review of what rests on a changed document. */
@Module({ imports: [DocumentsModule], controllers: [RelationsController], providers: [RelationsService] })
export class RelationsModule {}
