import type { Payload, PayloadRequest } from 'payload';
import { publishingLedgerFigures } from '../collections/Figures/hooks/keepLedgerFigures';
import { ledgerFigures } from './ledgerFigures';
import { loadReport } from './loadReport';
import type { Period } from './period';

export interface PublishedFigure {
  id: number | string;
  key: string;
  value: number;
  created: boolean;
}

/**
 * Publishes a period's figures from the ledger: creates or replaces the public figure documents
 * (`ledger-<period>-…`), both languages, with the period and the source "bureau ledger". The
 * report is read with the publishing admin's access, which is all of the ledger. Figures are
 * written one by one, each telling the site to drop its cached figures page (the collection's
 * revalidation hook).
 */
export async function publishPeriodFigures(
  payload: Payload,
  req: PayloadRequest,
  period: Period,
  now = new Date(),
): Promise<PublishedFigure[]> {
  const { report } = await loadReport(payload, req.user, period, now);
  const published: PublishedFigure[] = [];
  const context = { [publishingLedgerFigures]: true };
  for (const figure of ledgerFigures(report)) {
    const common = {
      value: figure.value,
      unit: figure.unit,
      series: figure.series,
      periodStart: figure.periodStart,
      periodEnd: figure.periodEnd,
    };
    const found = await payload.find({
      collection: 'figures',
      where: { key: { equals: figure.key } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    });
    const existing = found.docs[0];
    const write = (locale: 'zh' | 'en', id?: number | string) => {
      const data = { ...common, label: figure.label[locale], periodLabel: figure.periodLabel[locale], source: figure.source[locale] };
      return id === undefined
        ? payload.create({
            collection: 'figures',
            locale,
            data: { ...data, key: figure.key, order: figure.order, featured: false },
            req,
            context,
            overrideAccess: false,
            user: req.user,
          })
        : payload.update({ collection: 'figures', id, locale, data, req, context, overrideAccess: false, user: req.user });
    };
    const doc = await write('zh', existing?.id);
    await write('en', doc.id);
    published.push({ id: doc.id, key: figure.key, value: figure.value, created: !existing });
  }
  return published;
}
