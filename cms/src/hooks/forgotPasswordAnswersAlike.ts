import type { AfterErrorHook } from 'payload';

/**
 * `POST /api/users/forgot-password` answers "success" whether or not the email has an account
 * (Payload's own rule). When the reset email cannot be sent (mail server down) Payload answers
 * 500 for a real account only, which tells the two apart and is no answer a client can act on:
 * answer as for any other address. Payload has logged the failure by then.
 */
export const forgotPasswordAnswersAlike: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status ?? 500;
  if (status < 500 || req.method !== 'POST') return;
  let path: string;
  try {
    path = new URL(req.url ?? '', 'http://cms.invalid').pathname;
  } catch {
    return;
  }
  if (!path.endsWith('/users/forgot-password')) return;
  return { response: { message: req.t('general:success') }, status: 200 };
};
