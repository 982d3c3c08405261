import type { Logger } from '@legis/runtime';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ApiConfig } from './api.config';
import { AppModule } from './app.module';
import { httpLogger } from './common/http/http-logger';
import { NestPinoLogger } from './common/http/nest-logger';
import { ProblemFilter } from './common/problem/problem.filter';
import { createValidationPipe } from './common/problem/validation';
import { setUpOpenApi } from './openapi';

/** Builds the Nest application with everything global: prefix, logging, validation, problem+json, OpenAPI. */
export async function createApp(config: ApiConfig, logger: Logger): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger: new NestPinoLogger(logger.child({ component: 'nest' })),
    bodyParser: false,
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(httpLogger(logger));
  app.useBodyParser('json', { limit: '10mb' });
  app.useBodyParser('urlencoded', { extended: false, limit: '1mb' });
  app.setGlobalPrefix('api/v1', { exclude: ['api/docs', 'api/docs-json'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter(logger));
  app.enableShutdownHooks();
  setUpOpenApi(app);
  return app;
}
