import { ValidationError, type CollectionBeforeChangeHook } from 'payload';
import { bilingual } from '../../../lib/bilingual';
import { ledgerKeyPrefix } from '../../../report/ledgerFigures';

/** The request context flag with which publishing a period's figures writes them (cms/src/report/publishFigures.ts). */
export const publishingLedgerFigures = 'publishingLedgerFigures';

// What a ledger figure states; its label, order, home-page flag and notes stay the editors'.
const ledgerFields = ['key', 'value', 'unit', 'series', 'periodStart', 'periodEnd', 'source'] as const;

const same = (a: unknown, b: unknown) =>
  a === b ||
  (a != null && b != null && typeof a !== 'object' && typeof b !== 'object' && String(a) === String(b)) ||
  JSON.stringify(a) === JSON.stringify(b);

/**
 * A figure published from the bureau's ledger says what the ledger says: only publishing the
 * period again changes its numbers, period or source, so the site and the ledger cannot disagree.
 * Nobody types a figure under a ledger key by hand either.
 */
export const keepLedgerFigures: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (context[publishingLedgerFigures]) return data;
  const key = String(data.key ?? originalDoc?.key ?? '');
  const wasLedger = typeof originalDoc?.key === 'string' && originalDoc.key.startsWith(ledgerKeyPrefix);
  if (operation === 'create' || !wasLedger) {
    if (!key.startsWith(ledgerKeyPrefix)) return data;
    throw new ValidationError(
      {
        collection: 'figures',
        errors: [
          {
            path: 'key',
            message: bilingual(
              `以 “${ledgerKeyPrefix}” 开头的标识留给招商局台账发布的数据`,
              `keys starting “${ledgerKeyPrefix}” are kept for figures published from the bureau ledger`,
            ),
          },
        ],
        req,
      },
      req.t,
    );
  }
  const changed = ledgerFields.filter((field) => field in data && !same(data[field], originalDoc?.[field]));
  if (changed.length === 0) return data;
  throw new ValidationError(
    {
      collection: 'figures',
      errors: changed.map((path) => ({
        path,
        message: bilingual(
          '此数据由招商局台账发布：请在台账中修改后重新发布本期数据',
          'published from the bureau ledger: change the ledger and publish the period again',
        ),
      })),
      req,
    },
    req.t,
  );
};
