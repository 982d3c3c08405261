import { Module } from '@nestjs/common';
import { AdminTasksController } from './admin-tasks.controller';

@Module({ controllers: [AdminTasksController] })
export class AdminTasksModule {}
