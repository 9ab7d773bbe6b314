import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { TextField } from './field';
import type { Touched } from './use-touched';
import { checkPin, checkPinRepeat } from './validation';

/** The problem with a PIN typed twice, or null. */
export function pinProblem(pin: string, repeat: string): ReturnType<typeof checkPin> {
  return checkPin(pin) ?? checkPinRepeat(pin, repeat);
}

/**
 * One PIN field: hidden as it is typed (a colleague may be looking), digits only, at most 8 (the
 * most the sign-in form accepts), and never filled in by the browser's saved passwords.
 */
function PinField(props: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  error: string | null;
}): ReactNode {
  return (
    <TextField
      {...props}
      type="password"
      inputMode="numeric"
      autoComplete="new-password"
      maxLength={8}
    />
  );
}

/** A PIN typed twice, 4 to 8 digits. The second field carries the mismatch. */
export function PinFields({
  pin,
  repeat,
  onPin,
  onRepeat,
  touched,
}: {
  pin: string;
  repeat: string;
  onPin: (pin: string) => void;
  onRepeat: (repeat: string) => void;
  touched: Touched;
}): ReactNode {
  const t = useCounterT();
  const first = checkPin(pin);
  return (
    <>
      <PinField
        label={t('admin.user.pin')}
        hint={t('admin.user.pinHint')}
        value={pin}
        onChange={onPin}
        onBlur={touched.touch('pin')}
        error={touched.message('pin', first)}
      />
      <PinField
        label={t('admin.user.pinRepeat')}
        value={repeat}
        onChange={onRepeat}
        onBlur={touched.touch('repeat')}
        error={touched.message('repeat', first ? null : checkPinRepeat(pin, repeat))}
      />
    </>
  );
}
