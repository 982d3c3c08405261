import { Module } from '@nestjs/common';
import { PetitionsModule } from '../petitions/petitions.module';
import { CaseEngine } from './case-engine';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({ imports: [PetitionsModule], controllers: [CasesController], providers: [CasesService, CaseEngine] })
export class CasesModule {}
