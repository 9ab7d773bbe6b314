import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { TextField } from './field';
import { checkPin, checkPinRepeat } from './validation';

/** The problem with a PIN typed twice, or null. */
export function pinProblem(pin: string, repeat: string): ReturnType<typeof checkPin> {
  return checkPin(pin) ?? checkPinRepeat(pin, repeat);
}

/**
 * A PIN typed twice, hidden as it is typed (a colleague may be looking), digits only, 4 to 8 (the most the sign-in form accepts).
 * The second field carries the mismatch.
 */
export function PinFields({
  pin,
  repeat,
  onPin,
  onRepeat,
  show,
  touch,
}: {
  pin: string;
  repeat: string;
  onPin: (pin: string) => void;
  onRepeat: (repeat: string) => void;
  show: (field: string) => boolean;
  touch: (field: string) => () => void;
}): ReactNode {
  const t = useCounterT();
  const first = checkPin(pin);
  const second = first ? null : checkPinRepeat(pin, repeat);
  return (
    <>
      <TextField
        label={t('admin.user.pin')}
        hint={t('admin.user.pinHint')}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={8}
        value={pin}
        onChange={onPin}
        onBlur={touch('pin')}
        error={first && show('pin') ? t(first) : null}
      />
      <TextField
        label={t('admin.user.pinRepeat')}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={8}
        value={repeat}
        onChange={onRepeat}
        onBlur={touch('repeat')}
        error={second && show('repeat') ? t(second) : null}
      />
    </>
  );
}
