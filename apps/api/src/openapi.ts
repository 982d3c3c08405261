import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { FieldErrorDto, ProblemDto } from './common/problem/problem.dto';
import { DocumentMetadataDto } from './documents/dto/document-metadata.dto';

/** OpenAPI document at /api/docs (Swagger UI) and /api/docs-json. */
export function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Legis API')
    .setDescription(
      'Lifecycle, review and systematisation of provincial legal normative documents (văn bản quy phạm pháp luật). ' +
        'Errors are RFC 9457 `application/problem+json` (see the ProblemDto schema). Sign in with POST /api/v1/auth/login ' +
        'and send the token as `Authorization: Bearer …`.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto, FieldErrorDto, DocumentMetadataDto] });
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
