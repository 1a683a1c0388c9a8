import type { AfterErrorHook } from 'payload';

/**
 * A locked account answers a login exactly as a wrong password or an unknown email does (401,
 * Payload's own "email or password incorrect" in the request's language). Payload's LockedAuth
 * tells a stranger which addresses have accounts, after they have locked them by guessing.
 * The class is matched by name and message: the production build loads Payload's error classes
 * twice, so `instanceof` cannot be trusted (see keepFieldErrors).
 */
export const lockedLikeWrongPassword: AfterErrorHook = ({ error, req }) => {
  const locked = error.name === 'LockedAuth' || error.message === req.t('error:userLocked');
  if (!locked) return;
  return { response: { errors: [{ message: req.t('error:emailOrPasswordIncorrect') }] }, status: 401 };
};
