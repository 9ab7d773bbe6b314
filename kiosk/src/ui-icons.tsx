import type { ReactNode } from 'react';

// Small line icons of the kiosk's own controls, drawn like the service pictograms (64×64 grid,
// `currentColor`). Decorative: every control also has its word next to it.

function Icon({ children }: { children: ReactNode }): ReactNode {
  return (
    <svg
      className="kiosk-icon"
      viewBox="0 0 64 64"
      fill="none"
      stroke="currentColor"
      strokeWidth="6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A loudspeaker with sound waves: "Escuchar". */
export function ListenIcon(): ReactNode {
  return (
    <Icon>
      <path d="M8 24h10l14-12v40L18 40H8z" fill="currentColor" />
      <path d="M42 22a14 14 0 0 1 0 20M50 14a25 25 0 0 1 0 36" />
    </Icon>
  );
}

/** An arrow pointing back (left). */
export function BackIcon(): ReactNode {
  return (
    <Icon>
      <path d="M54 32H12M28 14L10 32l18 18" />
    </Icon>
  );
}

/** A globe: the language switch, recognisable to someone who cannot read either name. */
export function LanguageIcon(): ReactNode {
  return (
    <Icon>
      <circle cx="32" cy="32" r="24" strokeWidth="4.5" />
      <path
        d="M8 32h48M32 8c-8 7-11 15-11 24s3 17 11 24M32 8c8 7 11 15 11 24s-3 17-11 24"
        strokeWidth="4.5"
      />
    </Icon>
  );
}
