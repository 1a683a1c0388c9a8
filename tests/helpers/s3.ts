import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DeleteBucketCommand, S3 } from '@aws-sdk/client-s3';

/**
 * An empty bucket on an S3-compatible server for one test file, and the S3_* variables that point
 * the CMS at it. With TEST_S3_URL set (MinIO, a real provider's endpoint; credentials from
 * TEST_S3_ACCESS_KEY_ID / TEST_S3_SECRET_ACCESS_KEY, region TEST_S3_REGION) the bucket is made
 * there and removed afterwards. Without it, the tests start s3rver (a devDependency: an S3 server
 * in Node, keeping objects in a temporary directory) on a free loopback port, so CI runs them.
 */
export interface TestBucket {
  bucket: string;
  /** The variables the CMS reads (cms/src/lib/objectStorage.ts). */
  env: Record<string, string>;
  client: S3;
  /** Every key in the bucket, sorted. */
  keys(): Promise<string[]>;
  /** An object's bytes and content type, or undefined when it is not there. */
  get(key: string): Promise<{ body: Buffer; contentType?: string } | undefined>;
  /**
   * Takes the server down until the returned function brings it back on the same port with the
   * same objects, as an outage of the store would. Only the bundled s3rver can: undefined with
   * TEST_S3_URL.
   */
  outage?: () => Promise<() => Promise<void>>;
  close(): Promise<void>;
}

interface Server {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  outage?: () => Promise<() => Promise<void>>;
  close(): Promise<void>;
}

async function bundledServer(bucket: string): Promise<Server> {
  const { default: S3rver } = await import('s3rver');
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-s3-'));
  const options = { address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket }] };
  let server = new S3rver({ ...options, port: 0 });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    // s3rver's fixed development credentials.
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    async outage() {
      await server.close();
      return async () => {
        server = new S3rver({ ...options, port });
        await server.run();
      };
    },
    async close() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

function configuredServer(url: string): Server {
  const accessKeyId = process.env.TEST_S3_ACCESS_KEY_ID;
  const secretAccessKey = process.env.TEST_S3_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) throw new Error('TEST_S3_URL needs TEST_S3_ACCESS_KEY_ID and TEST_S3_SECRET_ACCESS_KEY');
  return {
    endpoint: url,
    region: process.env.TEST_S3_REGION || 'us-east-1',
    credentials: { accessKeyId, secretAccessKey },
    close: async () => {},
  };
}

/** Which S3 server the tests run against, for their titles. */
export function s3TestTarget(): string {
  return process.env.TEST_S3_URL ? `TEST_S3_URL (${process.env.TEST_S3_URL})` : 's3rver on loopback (TEST_S3_URL unset)';
}

export async function startTestBucket(): Promise<TestBucket> {
  const bucket = `portal-test-${Math.random().toString(36).slice(2, 10)}`;
  const server = process.env.TEST_S3_URL ? configuredServer(process.env.TEST_S3_URL) : await bundledServer(bucket);
  const client = new S3({ endpoint: server.endpoint, region: server.region, forcePathStyle: true, credentials: server.credentials });
  if (process.env.TEST_S3_URL) await client.createBucket({ Bucket: bucket });
  const keys = async () => {
    const listed = await client.listObjectsV2({ Bucket: bucket });
    return (listed.Contents ?? []).map((object) => object.Key ?? '').sort();
  };
  return {
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: server.endpoint,
      S3_REGION: server.region,
      S3_ACCESS_KEY_ID: server.credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: server.credentials.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    client,
    keys,
    outage: server.outage,
    async get(key) {
      try {
        const object = await client.getObject({ Bucket: bucket, Key: key });
        return { body: Buffer.from(await object.Body!.transformToByteArray()), contentType: object.ContentType };
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
        throw error;
      }
    },
    async close() {
      for (const key of await keys()) await client.deleteObject({ Bucket: bucket, Key: key });
      await client.send(new DeleteBucketCommand({ Bucket: bucket }));
      client.destroy();
      await server.close();
    },
  };
}
