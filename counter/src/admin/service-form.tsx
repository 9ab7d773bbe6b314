import { SERVICE_ICON_NAMES, ServiceIcon, isServiceIconName } from '@cac/shared/react';
import type { FormEvent, ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { useCounterT } from '../counter-text';
import { useAdminSession } from './admin-session';
import { CheckField, TextField } from './field';
import { OutcomesEditor } from './outcomes-editor';
import { usePendingChange } from './pending-change';
import { ProceduresEditor } from './procedures-editor';
import { SectionFeedback } from './section-feedback';
import type { Service, ServiceDraft } from './service-draft';
import { checkServiceDraft, serviceDraft, serviceFromDraft } from './service-draft';
import { useTouched } from './use-touched';

/**
 * Edits one service (or a new one) in place of the list: its name and ticket letter, its look on
 * the kiosk, its targets, its finish outcomes and its procedures. Saving sends the whole services
 * section with this service replaced, against the revision the list was read at.
 */
export function ServiceForm({
  service,
  onDone,
}: {
  service: Service | null;
  /** Back to the list (after a save or on "Cancelar"). */
  onDone: () => void;
}): ReactNode {
  const t = useCounterT();
  const { config, saveSection } = useAdminSession();
  const [draft, setDraft] = useState<ServiceDraft>(() => serviceDraft(service));
  const { busy, failure, run } = usePendingChange(onDone);
  const touched = useTouched();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const iconId = useId();

  useEffect(() => headingRef.current?.focus(), []);

  const others = config.services.filter((s) => s.id !== service?.id);
  const errors = checkServiceDraft(draft, others);
  const error = (field: string): string | null => touched.message(field, errors[field]);
  const set = (patch: Partial<ServiceDraft>): void => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    touched.submitted();
    const form = event.currentTarget;
    if (Object.keys(errors).length > 0) {
      // After the re-render that marks the fields: the first one to fix.
      setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    const saved = serviceFromDraft(draft, config.services);
    const services = service
      ? config.services.map((s) => (s.id === service.id ? saved : s))
      : [...config.services, saved];
    await run(() =>
      saveSection(
        'services',
        services,
        service
          ? t('admin.service.saved', { name: saved.name })
          : t('admin.service.added', { name: saved.name }),
      ),
    );
  }

  const title = service
    ? t('admin.service.editTitle', { name: service.name })
    : t('admin.service.newTitle');
  return (
    <form
      className="admin-form"
      aria-labelledby={headingId}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h4 id={headingId} ref={headingRef} tabIndex={-1} className="admin-form__title">
        {title}
      </h4>
      <fieldset className="admin-form__body" disabled={busy}>
        <div className="admin-grid">
          <TextField
            label={t('admin.service.name')}
            value={draft.name}
            maxLength={60}
            onChange={(name) => set({ name })}
            onBlur={touched.touch('name')}
            error={error('name')}
          />
          <TextField
            label={t('admin.service.prefix')}
            hint={t('admin.service.prefixHint')}
            value={draft.prefix}
            maxLength={2}
            className="admin-field--short"
            onChange={(prefix) => set({ prefix: prefix.toUpperCase() })}
            onBlur={touched.touch('prefix')}
            error={error('prefix')}
          />
          <div className="admin-field">
            <label htmlFor={iconId}>{t('admin.service.icon')}</label>
            <div className="admin-field__control">
              <select
                id={iconId}
                value={draft.icon}
                onChange={(e) => set({ icon: e.target.value })}
              >
                {isServiceIconName(draft.icon) ? null : (
                  <option value={draft.icon}>{draft.icon}</option>
                )}
                {SERVICE_ICON_NAMES.map((icon) => (
                  <option key={icon} value={icon}>
                    {t(`admin.icon.${icon}`)}
                  </option>
                ))}
              </select>
              <span
                className="admin-icon-preview"
                style={{ backgroundColor: errors['colour'] ? '#5c6370' : draft.colour }}
              >
                <ServiceIcon icon={draft.icon} />
              </span>
            </div>
          </div>
          <TextField
            label={t('admin.service.colour')}
            hint={t('admin.service.colourHint')}
            value={draft.colour}
            maxLength={7}
            className="admin-field--short"
            onChange={(colour) => set({ colour })}
            onBlur={touched.touch('colour')}
            error={error('colour')}
            adornment={
              <span
                className="admin-swatch"
                aria-hidden="true"
                style={{ backgroundColor: errors['colour'] ? 'transparent' : draft.colour }}
              />
            }
          />
          <TextField
            label={t('admin.service.sla')}
            hint={t('admin.service.slaHint')}
            value={draft.sla}
            inputMode="numeric"
            maxLength={3}
            className="admin-field--short"
            onChange={(sla) => set({ sla })}
            onBlur={touched.touch('sla')}
            error={error('sla')}
          />
          <TextField
            label={t('admin.service.serviceMin')}
            hint={t('admin.service.serviceMinHint')}
            value={draft.serviceMin}
            inputMode="decimal"
            maxLength={5}
            className="admin-field--short"
            onChange={(serviceMin) => set({ serviceMin })}
            onBlur={touched.touch('serviceMin')}
            error={error('serviceMin')}
          />
          <CheckField
            label={t('admin.service.active')}
            hint={t('admin.service.activeHint')}
            checked={draft.active}
            onChange={(active) => set({ active })}
          />
          <CheckField
            label={t('admin.service.askPreferential')}
            hint={t('admin.service.askPreferentialHint')}
            checked={draft.askPreferential}
            onChange={(askPreferential) => set({ askPreferential })}
          />
        </div>
        <OutcomesEditor
          outcomes={draft.outcomes}
          onChange={(outcomes) => set({ outcomes })}
          listError={errors['outcomes'] ? t(errors['outcomes']) : null}
          error={error}
          touch={touched.touch}
        />
        <ProceduresEditor
          procedures={draft.procedures}
          onChange={(procedures) => set({ procedures })}
          error={error}
          touch={touched.touch}
        />
      </fieldset>
      {/* After a reload, back to the list, which shows the configuration as it now is. */}
      <SectionFeedback failure={failure} onReloaded={onDone} />
      <div className="admin-form__buttons">
        <button type="button" className="button" onClick={onDone} disabled={busy}>
          {t('admin.form.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('admin.form.saving') : t('admin.service.save')}
        </button>
      </div>
    </form>
  );
}
