'use client';
import { useState } from 'react';

/** Prints the report page (the browser makes the PDF); the page's print styles drop the admin's frame. */
export function PrintReportButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => window.print()}>
      {label}
    </button>
  );
}

interface PublishText {
  button: string;
  confirm: string;
  busy: string;
  done: string;
  failed: string;
}

/**
 * Publishes the period's figures from the ledger to the site (administrators only): asks first,
 * then says what was written or why not.
 */
export function PublishFiguresButton({ api, period, text }: { api: string; period: string; text: PublishText }) {
  const [state, setState] = useState<{ busy?: boolean; message?: string; error?: boolean }>({});
  const publish = async () => {
    if (!window.confirm(text.confirm)) return;
    setState({ busy: true });
    try {
      const response = await fetch(`${api}/ledger-figures/publish`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ period }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        figures?: unknown[];
        errors?: { message?: string; data?: { errors?: { message: string }[] } }[];
      };
      if (!response.ok) {
        const message = body.errors?.[0]?.data?.errors?.[0]?.message ?? body.errors?.[0]?.message ?? String(response.status);
        setState({ message: `${text.failed}: ${message}`, error: true });
        return;
      }
      setState({ message: text.done.replace('{count}', String(body.figures?.length ?? 0)) });
    } catch (error) {
      setState({ message: `${text.failed}: ${(error as Error).message}`, error: true });
    }
  };
  return (
    <span style={{ display: 'inline-flex', gap: '0.75rem', alignItems: 'center' }}>
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={state.busy}
        onClick={publish}
        data-testid="publish-figures"
      >
        {state.busy ? text.busy : text.button}
      </button>
      {state.message && (
        <span
          role={state.error ? 'alert' : 'status'}
          data-testid="publish-figures-result"
          style={state.error ? { color: 'var(--theme-error-500)' } : undefined}
        >
          {state.message}
        </span>
      )}
    </span>
  );
}
