import { type CollectionBeforeOperationHook, ValidationError } from 'payload';

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Largest image upload: sharp makes the sizes from it. */
export const imageMaxBytes = 20 * 1024 * 1024;

/** Largest PDF attachment (PDF_MAX_BYTES, default 20 MB). Read when a file arrives, so it can change without a rebuild. */
export function pdfMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.PDF_MAX_BYTES);
  return Number.isFinite(value) && value > 0 ? value : 20 * 1024 * 1024;
}

/**
 * Payload's multipart parser keeps at most this much of a file; beyond it the file is marked
 * truncated and refused by the hooks below with a clear 400 (Payload's own "abort on limit"
 * answers 500). One byte more than the largest allowed file, so "too large" is always seen.
 */
export function multipartFileLimit(env: NodeJS.ProcessEnv = process.env): number {
  return Math.max(imageMaxBytes, pdfMaxBytes(env)) + 1;
}

interface IncomingFile {
  data?: Buffer;
  mimetype?: string;
  name?: string;
  size?: number;
  truncated?: boolean;
}

function refuse(collection: string, message: string, req: Parameters<CollectionBeforeOperationHook>[0]['req']): never {
  throw new ValidationError({ collection, errors: [{ path: 'file', message }], req }, req.t);
}

/** Checks run before Payload reads an uploaded file: size, and for PDFs type and content, with bilingual messages. */
export function uploadChecks(kind: 'image' | 'pdf'): CollectionBeforeOperationHook {
  return ({ args, operation, req, collection }) => {
    if (operation !== 'create' && operation !== 'update') return args;
    const file = req.file as IncomingFile | undefined;
    if (!file) return args;
    const limit = kind === 'pdf' ? pdfMaxBytes() : imageMaxBytes;
    const size = file.size ?? file.data?.length ?? 0;
    if (file.truncated || size > limit) {
      refuse(collection.slug, `文件过大，最大 ${megabytes(limit)} / The file is too large: at most ${megabytes(limit)}`, req);
    }
    if (kind === 'pdf') {
      const looksLikePdf = file.data ? file.data.subarray(0, 5).toString('latin1') === '%PDF-' : true;
      const claimsPdf = file.mimetype === 'application/pdf' || /\.pdf$/i.test(file.name ?? '');
      if (!claimsPdf) refuse(collection.slug, '只能上传 PDF 文件 / Only PDF files can be uploaded', req);
      if (!looksLikePdf) refuse(collection.slug, '此文件不是有效的 PDF / This file is not a valid PDF', req);
    }
    return args;
  };
}
