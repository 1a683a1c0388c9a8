import { createRequire } from 'node:module';
import { configToSchema } from '@payloadcms/graphql';
import type { ExecutionResult } from 'graphql';
import { createLocalReq, type Payload } from 'payload';

// The copy of graphql that Payload's schema is built with (Node loads its CommonJS build; a
// bundler's import of the ES build would be another copy, whose checks refuse Payload's schema).
const { execute, parse, specifiedRules, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

type Schema = ReturnType<typeof configToSchema>;
const schemas = new WeakMap<Payload, Schema>();

/**
 * Runs a GraphQL query against Payload's own schema and resolvers, with the validation rules the
 * CMS's /api/graphql route applies (Payload's complexity limit and ours), as `user` (or
 * anonymously). The route itself refuses anyone but signed-in staff before this point: that is
 * tested against the built CMS (tests/e2e/graphql.spec.ts).
 */
export async function graphQL(
  payload: Payload,
  user: { id: number | string } | undefined,
  query: string,
  variableValues: Record<string, unknown> = {},
): Promise<ExecutionResult> {
  let built = schemas.get(payload);
  if (!built) schemas.set(payload, (built = configToSchema(payload.config)));
  const document = parse(query);
  const errors = validate(built.schema, document, [...specifiedRules, ...built.validationRules({ variableValues } as never)]);
  if (errors.length > 0) return { errors };
  const req = await createLocalReq({ user: user ? ({ ...user, collection: 'users' } as never) : undefined }, payload);
  req.payloadAPI = 'GraphQL';
  return execute({ schema: built.schema, document, variableValues, contextValue: { req, headers: {} } }) as Promise<ExecutionResult>;
}
