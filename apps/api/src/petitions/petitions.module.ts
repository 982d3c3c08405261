import { PetitionRepository } from '@legis/db';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseEngine } from '../cases/case-engine';
import { PetitionCaseTexts } from './petition-case-texts';
import { PetitionsController } from './petitions.controller';
import { PetitionsService } from './petitions.service';
import { PublicPetitionsController } from './public-petitions.controller';

@Module({
  controllers: [PublicPetitionsController, PetitionsController],
  providers: [PetitionsService, PetitionCaseTexts, CaseEngine, { provide: PetitionRepository, useFactory: (dataSource: DataSource) => new PetitionRepository(dataSource), inject: [DataSource] }],
  exports: [PetitionCaseTexts],
})
export class PetitionsModule {}
