import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { IngestionException } from './ingestion.exception';
import type { Upload } from './ingestion.service';

/** Content types taken as a CSV body. */
const CSV_TYPES = ['text/csv', 'application/csv', 'text/tab-separated-values'];

/**
 * Lets uploads stream: a CSV body reaches the handler as the raw request stream (a parser that
 * passes the stream on reads nothing, so the 1 MB JSON limit does not apply to it and files of
 * any size go through), and a multipart body is read by @fastify/multipart, its file part streamed.
 */
export function registerUploadParsers(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(CSV_TYPES, (_request, payload, done) => done(null, payload));
  // Not awaited: awaiting would load the routes declared so far at once, before Nest sets its error
  // handler on them (framework errors would then no longer be problem documents). It loads at start.
  void fastify.register(multipart, { limits: { fileSize: Number.MAX_SAFE_INTEGER, files: 1, fields: 20, parts: 30 } });
}

/** The file of an upload request: its CSV body, or the first file of its multipart body. */
export async function uploadOf(request: FastifyRequest): Promise<Upload> {
  if (request.isMultipart()) {
    const part = await request.file();
    if (!part) throw IngestionException.notAnUpload();
    return { stream: part.file, bytesTotal: null };
  }
  if (request.body instanceof Readable) {
    const length = Number(request.headers['content-length']);
    return { stream: request.body, bytesTotal: Number.isSafeInteger(length) && length >= 0 ? length : null };
  }
  throw IngestionException.notAnUpload();
}
