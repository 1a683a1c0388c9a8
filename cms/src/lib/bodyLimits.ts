/**
 * How large a request body the CMS reads. Dependency-free: the CMS's proxy (cms/src/proxy.ts)
 * checks it before Next or Payload read a byte, and the upload hooks check each file.
 */

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

/** Largest JSON (or other non-file) body of an API request: a login, a document, an inquiry. */
export function jsonMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.API_BODY_MAX_BYTES);
  return Number.isFinite(value) && value > 0 ? value : 1024 * 1024;
}

/** Room for a multipart body's other fields and boundaries beside its file. */
const multipartOverhead = 1024 * 1024;

/**
 * Whether a request body may be read, from its headers alone: a declared length over the limit
 * for its type is refused (413), and so is a body of unknown length (411), which could only be
 * measured by reading it.
 */
export function bodyVerdict(headers: Headers, env: NodeJS.ProcessEnv = process.env): 'ok' | 'too-large' | 'length-required' {
  const declared = headers.get('content-length');
  if (declared === null) return headers.has('transfer-encoding') ? 'length-required' : 'ok';
  const length = Number(declared);
  if (!Number.isSafeInteger(length) || length < 0) return 'length-required';
  const multipart = (headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
  const limit = multipart ? multipartFileLimit(env) + multipartOverhead : jsonMaxBytes(env);
  return length > limit ? 'too-large' : 'ok';
}
