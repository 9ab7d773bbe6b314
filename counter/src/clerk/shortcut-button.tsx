import type { ReactNode, Ref } from 'react';

/** Props of {@link ShortcutButton}. */
export type ShortcutButtonProps = {
  label: string;
  /** The key as printed on the keyboard: `L`, `Esc`, `Enter`. */
  keyLabel: string;
  /** The key in `aria-keyshortcuts` syntax (`L`, `Escape`, `Enter`). */
  ariaKey?: string;
  onClick?: () => void;
  disabled?: boolean;
  type?: 'button' | 'submit';
  variant?: 'primary' | 'plain' | 'danger';
  buttonRef?: Ref<HTMLButtonElement>;
  /** Marks the button a dialog focuses first. */
  initialFocus?: boolean;
  dataAction?: string;
};

/**
 * A button that shows its keyboard shortcut. The key cap is hidden from assistive technology,
 * which learns the shortcut from `aria-keyshortcuts` instead, so the button's name stays its words.
 */
export function ShortcutButton({
  label,
  keyLabel,
  ariaKey,
  onClick,
  disabled = false,
  type = 'button',
  variant = 'plain',
  buttonRef,
  initialFocus = false,
  dataAction,
}: ShortcutButtonProps): ReactNode {
  return (
    <button
      ref={buttonRef}
      type={type}
      className={`button button--${variant} shortcut-button`}
      aria-keyshortcuts={ariaKey ?? keyLabel}
      disabled={disabled}
      onClick={onClick}
      data-autofocus={initialFocus ? true : undefined}
      data-action={dataAction}
    >
      <span className="shortcut-button__label">{label}</span>
      <kbd className="key" aria-hidden="true">
        {keyLabel}
      </kbd>
    </button>
  );
}
