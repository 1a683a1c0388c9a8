import path from 'node:path';
import { s3Storage } from '@payloadcms/storage-s3';
import { APIError, type CollectionAfterChangeHook, type Config, type Plugin } from 'payload';

/** The upload collections whose files go to the object store when one is configured. */
export const storedCollections = ['media', 'documents'] as const;

export interface ObjectStorageSettings {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Key prefix of each collection's objects: `<S3_PREFIX>/media`, `<S3_PREFIX>/documents`. */
  prefixes: Record<(typeof storedCollections)[number], string>;
}

/**
 * Reads S3_BUCKET and its companions (README, "Configuration"). Unset S3_BUCKET: no object store,
 * uploads stay on disk (MEDIA_DIR). A malformed value throws a message naming the variable, so a
 * typo stops start-up instead of sending uploads somewhere unexpected.
 */
export function objectStorageSettings(env: Record<string, string | undefined> = process.env): ObjectStorageSettings | undefined {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return undefined;
  const endpoint = env.S3_ENDPOINT?.trim() || undefined;
  if (endpoint) {
    let url: URL | undefined;
    try {
      url = new URL(endpoint);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new Error(`S3_ENDPOINT is malformed: "${endpoint}" is not an http(s) URL (e.g. https://s3.oss-cn-hangzhou.aliyuncs.com)`);
    }
  }
  const pathStyle = env.S3_FORCE_PATH_STYLE?.trim().toLowerCase() || 'false';
  if (pathStyle !== 'true' && pathStyle !== 'false') {
    throw new Error(`S3_FORCE_PATH_STYLE is malformed: "${env.S3_FORCE_PATH_STYLE}" (expected true or false)`);
  }
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the SDK default credentials');
  }
  // Leading, trailing and doubled slashes would make keys like `/media/x.webp` or `a//media/…`.
  const prefix = (env.S3_PREFIX ?? '').split('/').filter(Boolean).join('/');
  return {
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    endpoint,
    forcePathStyle: pathStyle === 'true',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    prefixes: { media: path.posix.join(prefix, 'media'), documents: path.posix.join(prefix, 'documents') },
  };
}

/**
 * Payload's S3 storage adapter for the media and documents collections. It is always registered
 * with `alwaysInsertFields`, so the database schema (the `prefix` and `_objectKey` columns) is the
 * same with and without a bucket and one set of migrations serves both; without S3_BUCKET it is
 * disabled and uploads stay on disk.
 *
 * Files are read back through the CMS's own file URLs (`/api/<collection>/file/<name>`), which the
 * adapter answers from the bucket with Payload's read access, ETag and Range handling. The site's
 * `/media` and `/documents` proxy keeps fetching those URLs, so the bucket can stay private and
 * only the CMS holds its credentials.
 */
export function objectStoragePlugin(env: Record<string, string | undefined> = process.env): Plugin {
  const settings = objectStorageSettings(env);
  const storage = s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    collections: {
      media: { prefix: settings?.prefixes.media },
      documents: { prefix: settings?.prefixes.documents },
    },
    config: settings
      ? {
          region: settings.region,
          endpoint: settings.endpoint,
          forcePathStyle: settings.forcePathStyle,
          credentials: settings.credentials,
          // The SDK otherwise adds CRC checksums (aws-chunked bodies) to every upload, which
          // S3-compatible stores such as Alibaba OSS and Tencent COS refuse. Checksums are sent
          // and checked only where S3 requires them.
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        }
      : {},
  });
  return (config) => undoUploadsTheStoreRefused(config, storage);
}

/**
 * What an editor is told when the bucket does not take a file (a 503: try again, nothing was saved).
 * No ASCII colon or comma: the admin's error toast splits a message at them into a list of fields.
 */
export const storeUnavailableMessage =
  '文件存储暂时不可用，文件未保存，请稍后再试 / The file store is unavailable. Nothing was saved. Try again later.';

/** The upload's own fields, put back when a replacement file never reached the bucket. */
const fileFields = ['filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'sizes', 'prefix', '_objectKey'];

/**
 * The adapter sends files to the bucket in an afterChange hook, after the document is written,
 * and SQLite here runs without transactions: a bucket that is down or refuses the file would leave
 * a document whose file does not exist, and the editor a bare 500. So the adapter's hook is
 * wrapped: a new upload it could not store is deleted again, a replaced file gets the previous
 * file's fields back (the previous objects are still in the bucket: the adapter deletes them only
 * after the new ones are stored), and the editor gets a 503 with a message in both languages.
 */
async function undoUploadsTheStoreRefused(config: Config, storage: Plugin): Promise<Config> {
  const before = new Map((config.collections ?? []).map((collection) => [collection.slug, collection.hooks?.afterChange ?? []]));
  const stored = await storage(config);
  return {
    ...stored,
    collections: (stored.collections ?? []).map((collection) => {
      if (!(storedCollections as readonly string[]).includes(collection.slug)) return collection;
      const earlier = before.get(collection.slug) ?? [];
      const afterChange = (collection.hooks?.afterChange ?? []).map((hook) => (earlier.includes(hook) ? hook : undoOnFailure(hook)));
      return { ...collection, hooks: { ...collection.hooks, afterChange } };
    }),
  };
}

function undoOnFailure(hook: CollectionAfterChangeHook): CollectionAfterChangeHook {
  return async (args) => {
    try {
      return await hook(args);
    } catch (error) {
      const { collection, doc, operation, previousDoc, req } = args;
      req.payload.logger.error({ err: error, msg: `The file store refused ${collection.slug} ${doc.id}'s file; the change is undone` });
      const context = { ...req.context, skipCloudStorage: true };
      if (operation === 'create') {
        await req.payload.delete({ collection: collection.slug, id: doc.id, overrideAccess: true, context });
      } else if (previousDoc) {
        const data = Object.fromEntries(fileFields.filter((name) => name in previousDoc).map((name) => [name, previousDoc[name]]));
        await req.payload.update({ collection: collection.slug, id: doc.id, data, overrideAccess: true, context });
      }
      // Named here: in the production build Payload's error formatter knows neither its own
      // error classes (loaded twice) nor their minified names, and would answer "An unknown
      // error occurred." instead of the message (cms/src/hooks/keepFieldErrors.ts).
      const refused = new APIError(storeUnavailableMessage, 503, null, true);
      refused.name = 'FileStoreUnavailable';
      throw refused;
    }
  };
}
