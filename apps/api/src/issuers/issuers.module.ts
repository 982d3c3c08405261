import { Module } from '@nestjs/common';
import { IssuersController } from './issuers.controller';

@Module({ controllers: [IssuersController] })
export class IssuersModule {}
