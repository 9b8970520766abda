// Forms with a file upload (multipart/form-data). @fastify/multipart is registered only in the
// scope of a route that takes uploads (acceptUploads), so every other route still refuses a
// multipart body with 415. Its fields are read into request.body by a hook on every POST route
// that runs before the bot-check hook (registered first, so attached first), because that reads
// its field from request.body too: an upload form is checked exactly as a plain one is, before
// its route looks at anything. The cross-site check needs no field and runs before either.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { addPostPreValidation } from './post-route-hooks.js';

/** A file field of a multipart form, held in memory (its size is bounded by the scope's limit). */
export interface UploadedFile {
  filename: string;
  mimetype: string;
  data: Buffer;
  /** The file was larger than the limit; data holds only its start. */
  truncated: boolean;
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).data);
}

/** Registers multipart parsing in this scope: one file and a few fields, each of at most maxBytes. */
export async function acceptUploads(scope: FastifyInstance, maxBytes: number) {
  await scope.register(multipart, {
    // A file over the limit is reported beside the form, with the values kept, not as an error page.
    throwFileSizeLimit: false,
    limits: {
      fileSize: maxBytes,
      files: 1,
      fields: 12,
      parts: 14,
      fieldNameSize: 100,
      // One byte over the limit: a value cut here is still too long for the form's own checks.
      fieldSize: maxBytes + 1,
      headerPairs: 20,
    },
  });
}

// Field values as the urlencoded parser gives them: a string, or an array when sent twice. An
// empty file input (no file chosen) counts as no file.
async function readFields(request: FastifyRequest): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = Object.create(null);
  const add = (name: string, value: unknown) => {
    const before = body[name];
    body[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  };
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.filename === '' && data.length === 0) continue;
      const file: UploadedFile = {
        filename: part.filename,
        mimetype: part.mimetype,
        data,
        truncated: part.file.truncated,
      };
      add(part.fieldname, file);
    } else if (!part.fieldnameTruncated) {
      add(part.fieldname, String(part.value));
    }
  }
  return body;
}

/** A multipart body the parser could not make sense of: the client's fault, so a 400. */
class MalformedMultipartError extends Error {
  readonly statusCode = 400;
  readonly code = 'FST_MALFORMED_MULTIPART';
}

export default fp(
  async (app: FastifyInstance) => {
    addPostPreValidation(app, async (request: FastifyRequest) => {
      if (typeof request.isMultipart !== 'function' || !request.isMultipart()) return;
      try {
        request.body = await readFields(request);
      } catch (error) {
        // The plugin's own limit errors carry their 4xx; the parser's complaints about a broken
        // body (a missing boundary, a cut part) carry none.
        const status = (error as { statusCode?: number }).statusCode;
        if (status && status >= 400 && status < 500) throw error;
        throw new MalformedMultipartError(
          error instanceof Error ? error.message : 'malformed multipart body',
        );
      }
    });
  },
  { name: 'multipart-form' },
);
