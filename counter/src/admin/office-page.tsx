import type { GeneralSection } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { useAdminSession } from './admin-session';
import { TextField } from './field';
import { SectionForm, useSectionSave } from './section-form';
import { SectionPage } from './section-page';
import { useTouched } from './use-touched';
import { checkRequired, checkTime, checkWhole } from './validation';

/** The office's name, hours as shown to citizens, the day-close hour, the no-show wait, the ticket's footer. */
function OfficeForm(): ReactNode {
  const t = useCounterT();
  const { config } = useAdminSession();
  const { busy, failure, save } = useSectionSave('general');
  const touched = useTouched();
  const [name, setName] = useState(config.office.name);
  const [municipality, setMunicipality] = useState(config.office.municipality);
  const [hours, setHours] = useState(config.hours.text);
  const [dayClose, setDayClose] = useState(config.dayCloseTime);
  const [noShow, setNoShow] = useState(String(config.noShowMinSeconds));
  const [footer, setFooter] = useState(config.ticketFooter);

  const problems = {
    name: checkRequired(name),
    municipality: checkRequired(municipality),
    hours: checkRequired(hours),
    dayClose: checkTime(dayClose),
    noShow: checkWhole(noShow, 0, 3600, 'admin.check.seconds'),
  };
  const error = (field: keyof typeof problems): string | null =>
    touched.message(field, problems[field]);

  function submit(): boolean {
    touched.submitted();
    if (Object.values(problems).some(Boolean)) return false;
    const value: GeneralSection = {
      office: { ...config.office, name: name.trim(), municipality: municipality.trim() },
      hours: { text: hours.trim() },
      dayCloseTime: dayClose.trim(),
      noShowMinSeconds: Number(noShow),
      ticketFooter: footer.trim(),
    };
    void save(value, t('admin.office.saved'));
    return true;
  }

  return (
    <SectionForm
      label={t('admin.nav.office')}
      saveLabel={t('admin.office.save')}
      busy={busy}
      failure={failure}
      onSubmit={submit}
    >
      <div className="admin-grid">
        <TextField
          label={t('admin.office.name')}
          value={name}
          maxLength={120}
          onChange={setName}
          onBlur={touched.touch('name')}
          error={error('name')}
        />
        <TextField
          label={t('admin.office.municipality')}
          value={municipality}
          maxLength={120}
          onChange={setMunicipality}
          onBlur={touched.touch('municipality')}
          error={error('municipality')}
        />
        <TextField
          label={t('admin.office.hours')}
          hint={t('admin.office.hoursHint')}
          value={hours}
          maxLength={120}
          className="admin-field--wide"
          onChange={setHours}
          onBlur={touched.touch('hours')}
          error={error('hours')}
        />
        <TextField
          label={t('admin.office.dayClose')}
          hint={t('admin.office.dayCloseHint')}
          value={dayClose}
          maxLength={5}
          inputMode="numeric"
          className="admin-field--short"
          onChange={setDayClose}
          onBlur={touched.touch('dayClose')}
          error={error('dayClose')}
        />
        <TextField
          label={t('admin.office.noShow')}
          hint={t('admin.office.noShowHint')}
          value={noShow}
          maxLength={4}
          inputMode="numeric"
          className="admin-field--short"
          onChange={setNoShow}
          onBlur={touched.touch('noShow')}
          error={error('noShow')}
        />
        <TextField
          label={t('admin.office.footer')}
          hint={t('admin.office.footerHint')}
          value={footer}
          maxLength={200}
          rows={2}
          className="admin-field--wide"
          onChange={setFooter}
        />
      </div>
    </SectionForm>
  );
}

/** Office and hours. */
export function OfficePage(): ReactNode {
  const t = useCounterT();
  return (
    <SectionPage title={t('admin.nav.office')} intro={t('admin.office.intro')} form={OfficeForm} />
  );
}
