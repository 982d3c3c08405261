import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';

/** A CSV download: UTF-8 text/csv with the file name the browser saves it under. */
export function csvFile(response: Response, fileName: string, csv: string): StreamableFile {
  response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  const bytes = Buffer.from(csv, 'utf8');
  return new StreamableFile(bytes, { type: 'text/csv; charset=utf-8', length: bytes.length });
}
