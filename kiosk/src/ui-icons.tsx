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

/** An arrow pointing forward (right): the next step. */
export function ForwardIcon(): ReactNode {
  return (
    <Icon>
      <path d="M10 32h42M36 14l18 18-18 18" />
    </Icon>
  );
}

/** A document under a magnifying glass: "Consultar mi trámite". */
export function DocumentSearchIcon(): ReactNode {
  return (
    <Icon>
      <path
        d="M28 56H12a4 4 0 0 1-4-4V10a4 4 0 0 1 4-4h18l12 12v8M30 6v12h12M16 26h14M16 36h8"
        strokeWidth="4.5"
      />
      <circle cx="42" cy="43" r="10" strokeWidth="4.5" />
      <path d="M49.5 50.5L58 59" strokeWidth="5.5" />
    </Icon>
  );
}

/** A key with a cross, pointing left: "Borrar" (the last digit). */
export function DeleteIcon(): ReactNode {
  return (
    <Icon>
      <path d="M22 14h30a4 4 0 0 1 4 4v28a4 4 0 0 1-4 4H22L8 32z" strokeWidth="4.5" />
      <path d="M30 25l14 14M44 25L30 39" strokeWidth="4.5" />
    </Icon>
  );
}
