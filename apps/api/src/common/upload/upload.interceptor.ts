import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { Observable } from 'rxjs';
import type { ApiConfig } from '../../api.config';
import { API_CONFIG } from '../infrastructure/tokens';
import { ProblemException } from '../problem/problem.exception';

const MULTER_PROBLEMS: Record<string, (maxBytes: number) => ProblemException> = {
  LIMIT_FILE_SIZE: (maxBytes) =>
    new ProblemException(413, 'FILE_TOO_LARGE', `Files may be at most ${Math.round(maxBytes / 1024 / 1024)} MB (UPLOAD_MAX_BYTES).`, [{ field: 'file', message: 'is too large' }]),
  LIMIT_UNEXPECTED_FILE: () => new ProblemException(400, 'UNEXPECTED_FILE_FIELD', 'Send the document in one multipart part named "file".', [{ field: 'file', message: 'unexpected part' }]),
  LIMIT_FILE_COUNT: () => new ProblemException(400, 'TOO_MANY_FILES', 'Send one file per request.'),
  LIMIT_FIELD_VALUE: () => new ProblemException(413, 'FIELD_TOO_LARGE', 'A form field is larger than 1 MB.'),
  LIMIT_PART_COUNT: () => new ProblemException(400, 'TOO_MANY_PARTS', 'Too many multipart parts.'),
};

const ACCEPTS_UPLOAD = 'legis:accepts-upload';

/** The route takes a multipart `file` (read into memory by {@link UploadInterceptor}). */
export const AcceptsUpload = () => SetMetadata(ACCEPTS_UPLOAD, true);

/**
 * Reads a multipart upload (one `file` part plus form fields such as `metadata`) into memory,
 * refusing anything above UPLOAD_MAX_BYTES with 413 before the handler runs. It is a global
 * interceptor registered before the idempotency one, so an `Idempotency-Key` covers the file's
 * bytes too; it acts only on routes marked {@link AcceptsUpload}.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private readonly upload: ReturnType<multer.Multer['single']>;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(Reflector) private readonly reflector: Reflector,
  ) {
    this.upload = multer({
      storage: multer.memoryStorage(),
      // Browsers and fetch send Vietnamese file names as raw UTF-8 ("QĐ 71.2024.pdf").
      defParamCharset: 'utf8',
      limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 10, fieldSize: 1024 * 1024, parts: 12 },
    }).single('file');
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    const accepts = this.reflector.getAllAndOverride<boolean>(ACCEPTS_UPLOAD, [context.getHandler(), context.getClass()]) ?? false;
    if (accepts && request.is('multipart/form-data')) {
      await new Promise<void>((resolve, reject) =>
        this.upload(request, context.switchToHttp().getResponse<Response>(), (error: unknown) => {
          if (!error) return resolve();
          const code = (error as { code?: string }).code;
          reject(code && MULTER_PROBLEMS[code] ? MULTER_PROBLEMS[code](this.config.uploadMaxBytes) : error instanceof Error ? error : new Error('upload failed'));
        }),
      );
    }
    return next.handle();
  }
}
