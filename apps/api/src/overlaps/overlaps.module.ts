import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { OverlapsController } from './overlaps.controller';
import { OverlapsService } from './overlaps.service';

@Module({ imports: [DocumentsModule], controllers: [OverlapsController], providers: [OverlapsService] })
export class OverlapsModule {}
