import type { AfterErrorHook } from 'payload';

/**
 * Keeps the field list of a validation error in the REST answer. Payload adds it only when the
 * error is `instanceof` its own ValidationError class, and in the production build of the CMS the
 * class that throws is not always the one that checks (bundled twice), so the admin got only
 * "The following field is invalid" and could not show the message at the field.
 */
export const keepValidationErrorData: AfterErrorHook = ({ error, result }) => {
  const { name, message, data, status } = error as Error & { data?: { errors?: unknown[] }; status?: number };
  if (!result || name !== 'ValidationError' || !Array.isArray(data?.errors)) return;
  if ((result.errors as { data?: unknown }[] | undefined)?.some((e) => e.data)) return;
  return { response: { errors: [{ name, message, data }] } as never, status: status ?? 400 };
};
