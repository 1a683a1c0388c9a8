import fs from 'node:fs';
import path from 'node:path';
import { redirect } from 'next/navigation';
import type { AdminViewServerProps } from 'payload';
import { guideImageSrc } from '../endpoints/guideImage';
import { renderMarkdown } from '../lib/markdown';
import { projectRoot } from '../lib/projectPaths';
import { AdminPage } from './AdminPage';

/** `/admin/guide`: the editor guide (docs/editor-guide.<lang>.md) in the admin's language, for signed-in staff. */
export function EditorGuide({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult;
  if (!req.user)
    redirect(`${req.payload.config.routes.admin}/login?redirect=${encodeURIComponent(`${req.payload.config.routes.admin}/guide`)}`);
  const lang = req.i18n.language === 'en' ? 'en' : 'zh';
  const source = fs.readFileSync(path.join(projectRoot(), 'docs', `editor-guide.${lang}.md`), 'utf8');
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <article
        lang={lang === 'en' ? 'en' : 'zh-CN'}
        data-testid="editor-guide"
        style={{ maxWidth: '48rem', lineHeight: 1.6 }}
        dangerouslySetInnerHTML={{
          __html: renderMarkdown(source, { imageSrc: (file) => guideImageSrc(req.payload.config.routes.api, file) }),
        }}
      />
    </AdminPage>
  );
}
