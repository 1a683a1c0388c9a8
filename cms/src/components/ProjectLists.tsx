import type { BeforeListTableServerProps, Where } from 'payload';
import { lateObligationsWhere, leaderLateObligationsWhere, myLateObligationsWhere } from '../collections/InvestmentProjects/obligations';

/** A list filter as the address of the projects list (`?where[…]=…`), the form Payload's list reads. */
function listQuery(where: Where): string {
  const query = new URLSearchParams();
  const flatten = (value: unknown, prefix: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}[${k}]`);
    else query.set(prefix, String(value));
  };
  flatten(where, 'where');
  return `?${query.toString()}`;
}

/**
 * Above the investment projects list: the officer's and the zone leader's lists with their counts
 * (my projects, my late obligations, late obligations of the projects I lead, all late ones the
 * reader may see) and a link to this year's ledger, in the admin's language.
 */
export async function ProjectLists({ payload, user, i18n }: BeforeListTableServerProps) {
  const t = (zh: string, en: string) => (i18n.language === 'en' ? en : zh);
  const lists = [
    ...(user
      ? [
          { id: 'my-projects', label: t('我负责的项目', 'My projects'), where: { officer: { equals: user.id } } as Where },
          { id: 'my-late', label: t('我负责的逾期履约', 'My late obligations'), where: myLateObligationsWhere(user.id) },
          {
            id: 'leader-late',
            label: t('我联系的项目逾期履约', 'Late obligations of projects I lead'),
            where: leaderLateObligationsWhere(user.id),
          },
        ]
      : []),
    { id: 'all-late', label: t('全部逾期履约', 'All late obligations'), where: lateObligationsWhere },
  ];
  const counts = await Promise.all(
    lists.map(
      async ({ where }) => (await payload.count({ collection: 'investment-projects', where, user, overrideAccess: false })).totalDocs,
    ),
  );
  return (
    <p style={{ display: 'flex', gap: '1.5rem', flexWrap: 'wrap', margin: '0 0 1.5rem' }} data-testid="project-lists">
      {lists.map(({ id, label, where }, i) => (
        <a key={id} href={listQuery(where)} data-testid={`${id}-link`}>
          {label}: <strong>{counts[i]}</strong>
        </a>
      ))}
      <a href={`${payload.config.routes.admin}/ledger`} data-testid="ledger-link">
        {t('年度项目台账', 'Yearly ledger')}
      </a>
    </p>
  );
}
