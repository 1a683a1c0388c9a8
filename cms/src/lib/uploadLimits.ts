import { type CollectionBeforeOperationHook, ValidationError } from 'payload';
import { imageMaxBytes, pdfMaxBytes } from './bodyLimits';

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

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
