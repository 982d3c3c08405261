import { Module } from '@nestjs/common';
import { CaseEngine } from './case-engine';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({ controllers: [CasesController], providers: [CasesService, CaseEngine] })
export class CasesModule {}
