'use client';
import { PublishButton, useDocumentInfo, useModal, useTranslation } from '@payloadcms/ui';
import type { PublishButtonClientProps } from 'payload';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { parseDrawerTime, type DrawerLocale } from '../scheduling/drawerTime';
import { chinaWallClockToInstant, hasPassed, pastTimeMessage } from '../scheduling/pastTime';

/**
 * Payload's Publish button with its schedule drawer, and two corrections to the drawer:
 * - Payload opens it on "unpublish" whenever no draft is newer than the published version, which
 *   is also the case for a document never published; such a document gets "publish".
 * - A time that has passed is refused beside the time field (Payload would queue it and the queue
 *   would publish at once). The server refuses it too (cms/src/scheduling/serverFunction.ts), but
 *   the drawer reports every answer as success, so the refusal must happen here, before Save.
 */
export function ScheduledPublishButton(props: PublishButtonClientProps) {
  const { id, hasPublishedDoc, unpublishedVersionCount, setUnpublishedVersionCount } = useDocumentInfo();
  const { isModalOpen } = useModal();
  useEffect(() => {
    // The drawer picks "publish" when this count is above zero; nothing else reads it for a
    // document that was never published (the status line uses it only once published).
    if (!hasPublishedDoc && unpublishedVersionCount === 0) setUnpublishedVersionCount(1);
  }, [hasPublishedDoc, unpublishedVersionCount, setUnpublishedVersionCount]);
  const drawerOpen = id !== undefined && id !== null && isModalOpen(`schedule-publish-${id}`);
  return (
    <>
      <PublishButton {...props} />
      {drawerOpen && <PastTimeGuard />}
    </>
  );
}

/** Watches the open drawer's time field: says when its time has passed and stops Save. */
function PastTimeGuard() {
  const { i18n } = useTranslation();
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const [passed, setPassed] = useState(false);
  const locale = i18n.dateFNS as unknown as DrawerLocale | undefined;

  const chinese = i18n.language !== 'en';

  useEffect(() => {
    if (!locale) return;
    let attached: HTMLElement | null = null;
    let detach = () => {};
    const timeHasPassed = (input: HTMLInputElement) => {
      const shown = parseDrawerTime(input.value, locale);
      return shown !== null && hasPassed(chinaWallClockToInstant(shown));
    };
    // The drawer's own markup (ids Payload gives its time field and Save button); it mounts a
    // moment after the modal opens, and the field changes without input events when a day or a
    // time is picked from the calendar, so it is looked at a few times a second.
    const look = () => {
      const drawer = document.querySelector<HTMLElement>('.schedule-publish');
      const field = drawer?.querySelector<HTMLElement>('#time');
      const input = field?.querySelector<HTMLInputElement>('input');
      const save = drawer?.querySelector<HTMLButtonElement>('#scheduled-publish-save');
      // Payload names the drawer's "every language" choice in English whatever the admin's
      // language (a constant in its ScheduleDrawer, out of reach of i18n.translations).
      if (drawer && chinese) {
        for (const el of drawer.querySelectorAll('.rs__single-value, .rs__option'))
          if (el.textContent === 'All') el.textContent = '全部语言';
      }
      if (!field || !input || !save) return;
      if (!attached?.isConnected) {
        detach();
        const box = document.createElement('div');
        attached = box;
        box.dataset.testid = 'schedule-past-time';
        field.after(box);
        const onSave = (event: Event) => {
          if (!timeHasPassed(input)) return;
          event.preventDefault();
          event.stopPropagation();
          setPassed(true);
        };
        save.addEventListener('click', onSave, true);
        detach = () => {
          save.removeEventListener('click', onSave, true);
          box.remove();
        };
        setSlot(box);
      }
      setPassed(timeHasPassed(input));
    };
    look();
    const timer = window.setInterval(look, 250);
    return () => {
      window.clearInterval(timer);
      detach();
    };
  }, [locale, chinese]);

  if (!slot || !passed) return null;
  return createPortal(
    <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '0.5rem 0 0' }}>
      {i18n.language === 'en' ? pastTimeMessage.en : pastTimeMessage.zh}
    </p>,
    slot,
  );
}
