import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * A self-signed certificate for one day, made by openssl in `dir` (key.pem, cert.pem): named
 * `commonName`, valid for `subjectAltName` (e.g. `IP:127.0.0.1` or `DNS:a,DNS:b`).
 */
export async function selfSignedCertificate(
  dir: string,
  commonName: string,
  subjectAltName: string,
): Promise<{ key: string; cert: string }> {
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    key,
    '-out',
    cert,
    '-days',
    '1',
    '-subj',
    `/CN=${commonName}`,
    '-addext',
    `subjectAltName=${subjectAltName}`,
  ]);
  return { key, cert };
}
