'use client';
import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui';
import { useEffect, useState } from 'react';

type Failure = { errors?: { message?: string; data?: { errors?: { message: string }[] } }[] };
type Project = { id: number | string; name: string };

/** Stages from which the endpoint turns a lead into a project (turnIntoProject.ts). */
const ready = ['qualified', 'site-visit', 'signed', 'landed'];

/**
 * The sidebar's "Turn into a project" (POST /api/inquiries/:id/project): offered once the lead is
 * qualified; afterwards, and for a lead turned into one before, a link to its project. The
 * endpoint's refusals show as they come, in both languages. Not shown while creating an inquiry.
 */
export function TurnIntoProject() {
  const { config } = useConfig();
  const { i18n } = useTranslation();
  const { id } = useDocumentInfo();
  const stage = useFormFields(([fields]) => fields.stage?.value) as string | undefined;
  const [project, setProject] = useState<Project | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const t = (zh: string, en: string) => (i18n.language === 'en' ? en : zh);
  const api = `${config.serverURL}${config.routes.api}`;

  useEffect(() => {
    if (id == null) return;
    void fetch(`${api}/investment-projects?where[inquiry][equals]=${id}&limit=1&depth=0&select[name]=true`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((found: { docs?: Project[] } | undefined) => setProject(found?.docs?.[0]))
      .catch(() => undefined);
  }, [api, id]);
  if (id == null) return null;

  const turn = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(`${api}/inquiries/${id}/project`, { method: 'POST', credentials: 'include' });
      // The timeline gained an entry and the sidebar links the project: reload to show both.
      if (response.ok) return window.location.reload();
      const failure = (await response.json().catch(() => ({}))) as Failure;
      const first = failure.errors?.[0];
      setError(first?.data?.errors?.[0]?.message ?? first?.message ?? String(response.status));
    } catch {
      setError(t('无法转为项目，请稍后再试。', 'The project could not be made; try again later.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="field-type" data-testid="turn-into-project">
      {project ? (
        <p>
          {t('招商项目', 'Investment project')}:{' '}
          <a href={`${config.routes.admin}/collections/investment-projects/${project.id}`} data-testid="project-link">
            {project.name}
          </a>
        </p>
      ) : (
        <>
          <Button buttonStyle="secondary" size="small" disabled={busy || !ready.includes(stage ?? '')} onClick={turn}>
            {t('转为招商项目', 'Turn into a project')}
          </Button>
          <p className="field-description">
            {t(
              '进度为“已评估”或之后的咨询可以转为招商项目：复制企业、产业、园区，负责专员为本咨询的负责人，并保留与本咨询的关联。',
              'A lead that is qualified or further can become an investment project: it copies the company, industry and park, has this lead’s owner as its officer, and stays linked to this inquiry.',
            )}
          </p>
        </>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
