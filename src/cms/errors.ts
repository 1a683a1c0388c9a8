/** The CMS could not be asked or did not answer usefully: the page or form says it failed. */
export class CmsUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CmsUnavailableError';
  }
}

/** The CMS refused a write; `fields` maps field names to its (bilingual) messages. */
export class CmsRejectedError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'CmsRejectedError';
  }
}
