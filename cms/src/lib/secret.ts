export const minimumSecretLength = 32;

/**
 * The secret Payload signs tokens and encrypts API keys with. In production a missing or short
 * secret stops start-up with a message naming PAYLOAD_SECRET; elsewhere (dev, tests, `next build`)
 * a fixed development secret keeps the tools working without a .env file.
 */
export function resolvePayloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET ?? '';
  const building = env.NEXT_PHASE === 'phase-production-build';
  if (env.NODE_ENV === 'production' && !building) {
    if (secret.length < minimumSecretLength) {
      throw new Error(
        `PAYLOAD_SECRET must be set to at least ${minimumSecretLength} characters when NODE_ENV=production` +
          (secret ? ` (it has ${secret.length})` : ' (it is not set)') +
          '. `npm start` writes a random one to .env; generate one with `openssl rand -hex 32`.',
      );
    }
    return secret;
  }
  return secret || 'development-only-secret-not-for-production-use';
}
