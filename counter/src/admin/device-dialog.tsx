import type { AdminDeviceView, DevicePatchBody } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useCounterT } from '../counter-text';
import { FormDialog } from '../form-dialog';
import { useAdminSession } from './admin-session';
import { CheckField, TextField } from './field';
import { SectionFeedback } from './section-feedback';
import { usePendingChange } from './pending-change';
import { RadioChoices } from './radio-choices';
import { IdCheckboxes } from './service-checkboxes';
import { useTouched } from './use-touched';
import { checkRequired } from './validation';

type Printer = NonNullable<AdminDeviceView['printer']>;
type Profile = Printer['profile'];

const PAPER_WIDTHS = [58, 80] as const satisfies readonly Profile['paperMm'][];

/**
 * Edits a device: its name; its zone (the services a kiosk offers, the windows and services a
 * display shows; none ticked means all); and, for a kiosk in a plain browser, the printer the hub
 * prints its tickets on, with the paper width and how the QR code is drawn. The code page is
 * fixed (PC850 prints ñ and tildes) and is only named.
 */
export function DeviceDialog({
  device,
  onClose,
}: {
  device: AdminDeviceView;
  onClose: () => void;
}): ReactNode {
  const t = useCounterT();
  const { config, port, change } = useAdminSession();
  const [name, setName] = useState(device.name);
  const [serviceIds, setServiceIds] = useState<string[]>([...(device.zone?.serviceIds ?? [])]);
  const [windowIds, setWindowIds] = useState<string[]>([...(device.zone?.windowIds ?? [])]);
  const [hasPrinter, setHasPrinter] = useState(device.printer !== undefined);
  const [target, setTarget] = useState(device.printer?.target ?? '');
  const [paperMm, setPaperMm] = useState<Profile['paperMm']>(device.printer?.profile.paperMm ?? 80);
  const [qr, setQr] = useState<Profile['qr']>(device.printer?.profile.qr ?? 'raster');
  const { busy, failure, run } = usePendingChange(onClose);
  const touched = useTouched();
  const qrId = useId();

  const nameProblem = checkRequired(name);
  const targetProblem = hasPrinter ? checkRequired(target) : null;

  async function confirm(): Promise<void> {
    touched.submitted();
    if (nameProblem || targetProblem) return;
    const zone =
      serviceIds.length === 0 && windowIds.length === 0
        ? null
        : {
            ...(serviceIds.length > 0 ? { serviceIds } : {}),
            ...(windowIds.length > 0 ? { windowIds } : {}),
          };
    const body: DevicePatchBody = {
      name: name.trim(),
      zone,
      printer: hasPrinter
        ? {
            target: target.trim(),
            profile: { ...device.printer?.profile, paperMm, qr, codePage: 'PC850' },
          }
        : null,
    };
    await run(() =>
      change(
        () => port.updateDevice(device.id, body),
        t('admin.device.saved', { name: body.name ?? device.name }),
      ),
    );
  }

  return (
    <FormDialog
      title={t('admin.device.editTitle', { name: device.name })}
      confirmLabel={t('admin.device.save')}
      onConfirm={() => void confirm()}
      onClose={onClose}
      busy={busy}
      error={null}
    >
      <TextField
        label={t('admin.device.name')}
        value={name}
        maxLength={80}
        onChange={setName}
        onBlur={touched.touch('name')}
        error={touched.message('name', nameProblem)}
      />
      <IdCheckboxes
        legend={t('admin.device.zoneServices')}
        hint={t('admin.device.zoneHint')}
        options={config.services}
        chosen={serviceIds}
        onChange={setServiceIds}
      />
      {device.kind === 'display' ? (
        <IdCheckboxes
          legend={t('admin.device.zoneWindows')}
          options={config.windows}
          chosen={windowIds}
          onChange={setWindowIds}
        />
      ) : null}
      {device.kind === 'kiosk' ? (
        <fieldset className="admin-group">
          <legend>{t('admin.device.printer')}</legend>
          <CheckField
            label={t('admin.device.hubPrints')}
            hint={t('admin.device.hubPrintsHint')}
            checked={hasPrinter}
            onChange={setHasPrinter}
          />
          {hasPrinter ? (
            <>
              <TextField
                label={t('admin.device.target')}
                hint={t('admin.device.targetHint')}
                value={target}
                maxLength={200}
                onChange={setTarget}
                onBlur={touched.touch('target')}
                error={touched.message('target', targetProblem)}
              />
              <RadioChoices
                legend={t('admin.device.paper')}
                name="paper"
                options={PAPER_WIDTHS}
                value={paperMm}
                onChange={setPaperMm}
                optionLabel={(mm) => t('admin.device.paperMm', { mm })}
              />
              <div className="admin-field">
                <label htmlFor={qrId}>{t('admin.device.qr')}</label>
                <select
                  id={qrId}
                  value={qr}
                  onChange={(e) => setQr(e.target.value as Profile['qr'])}
                >
                  <option value="raster">{t('admin.device.qrRaster')}</option>
                  <option value="native">{t('admin.device.qrNative')}</option>
                </select>
              </div>
              <p className="admin-field__hint">{t('admin.device.codePage')}</p>
            </>
          ) : null}
        </fieldset>
      ) : null}
      <SectionFeedback failure={failure} onReloaded={onClose} />
    </FormDialog>
  );
}
