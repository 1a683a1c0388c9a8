import type { ServerProps } from 'payload';

/** On the dashboard: where the editor guide is (rendered inside the admin, in the admin's language). */
export function EditorGuideLink({ i18n, payload }: ServerProps) {
  const en = i18n.language === 'en';
  return (
    <p data-testid="editor-guide-link" style={{ margin: '0 0 1.5rem' }}>
      <a href={`${payload.config.routes.admin}/guide`}>
        {en ? 'Editor guide: publish, translate, preview and schedule' : '编辑指南：发布、翻译、预览与定时发布'}
      </a>
    </p>
  );
}
