import { describe, expect, it } from 'vitest';
import { objectStorageSettings } from '../../cms/src/lib/objectStorage';

describe('objectStorageSettings (S3_* variables)', () => {
  it('without S3_BUCKET there is no object store: uploads stay on disk', () => {
    expect(objectStorageSettings({})).toBeUndefined();
    expect(objectStorageSettings({ S3_BUCKET: '  ', S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com' })).toBeUndefined();
  });

  it('a bucket alone uses the default region, virtual-hosted keys, the SDK credentials, one folder per collection', () => {
    expect(objectStorageSettings({ S3_BUCKET: 'portal-media' })).toEqual({
      bucket: 'portal-media',
      region: 'us-east-1',
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
      prefixes: { media: 'media', documents: 'documents' },
    });
  });

  it('reads endpoint, region, path style, keys and a prefix cleaned of stray slashes', () => {
    expect(
      objectStorageSettings({
        S3_BUCKET: 'portal',
        S3_REGION: 'cn-hangzhou',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_FORCE_PATH_STYLE: 'TRUE',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_PREFIX: '/xiangtan//portal/',
      }),
    ).toEqual({
      bucket: 'portal',
      region: 'cn-hangzhou',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      prefixes: { media: 'xiangtan/portal/media', documents: 'xiangtan/portal/documents' },
    });
  });

  it('refuses malformed values with a message naming the variable', () => {
    expect(() => objectStorageSettings({ S3_BUCKET: 'b', S3_ENDPOINT: 'oss-cn-hangzhou.aliyuncs.com' })).toThrow(
      /^S3_ENDPOINT is malformed/,
    );
    expect(() => objectStorageSettings({ S3_BUCKET: 'b', S3_ENDPOINT: 'ftp://example.com' })).toThrow(/^S3_ENDPOINT is malformed/);
    expect(() => objectStorageSettings({ S3_BUCKET: 'b', S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/^S3_FORCE_PATH_STYLE is malformed/);
    expect(() => objectStorageSettings({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' })).toThrow(
      /^S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/,
    );
    expect(() => objectStorageSettings({ S3_BUCKET: 'b', S3_SECRET_ACCESS_KEY: 'secret' })).toThrow(/go together/);
  });
});
