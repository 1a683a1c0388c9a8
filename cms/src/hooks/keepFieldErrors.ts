import type { AfterErrorHook } from 'payload';

/**
 * In the production build Payload's REST error formatter does not recognise its own
 * ValidationError (the class is loaded twice; `instanceof` fails) and drops the field details,
 * leaving only "The following field is invalid: <label>". Put them back for any client error
 * that carries them, so the admin shows each message beside its field and API clients get the
 * field path and our bilingual message, as in development.
 */
export const keepFieldErrors: AfterErrorHook = ({ error, result }) => {
  const { data, status } = error as Error & { data?: Record<string, unknown>; status?: number };
  const first = result?.errors?.[0] as { data?: unknown } | undefined;
  if (!data || !status || status >= 500 || !first || first.data) return;
  return { response: { errors: [{ name: error.name, data, message: error.message }] }, status };
};
