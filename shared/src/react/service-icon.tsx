import type { ReactNode } from 'react';

/**
 * Line pictograms keyed by a service's `icon`, drawn in `currentColor` on a 64×64 grid. Inline SVG
 * rather than emoji: emoji look different on every OS (or are missing on old PCs) and screen
 * readers read their names aloud.
 */
/** The pictograms there are drawings for; any other key is drawn as a plain ticket. */
export const SERVICE_ICON_NAMES = [
  'registro-civil',
  'licencias',
  'mesa-de-partes',
  'tributos',
  'orientacion',
] as const;
export type ServiceIconName = (typeof SERVICE_ICON_NAMES)[number];

/** Whether `icon` has a drawing of its own. */
export function isServiceIconName(icon: string): icon is ServiceIconName {
  return (SERVICE_ICON_NAMES as readonly string[]).includes(icon);
}

const PATHS: Readonly<Record<ServiceIconName, ReactNode>> = {
  'registro-civil': (
    <>
      <rect x="12" y="6" width="40" height="52" rx="4" />
      <path d="M20 17h24M20 25h24M20 33h12" />
      <circle cx="40" cy="43" r="7" />
      <path d="M35 49l-2 9 7-3 7 3-2-9" />
    </>
  ),
  licencias: (
    <>
      <path d="M8 26l4-16h40l4 16" />
      <path d="M8 26a6 6 0 0 0 12 0a6 6 0 0 0 12 0a6 6 0 0 0 12 0a6 6 0 0 0 12 0" />
      <path d="M12 32v24h40V32" />
      <path d="M26 56V42h12v14" />
    </>
  ),
  'mesa-de-partes': (
    <>
      <path d="M18 36V8h28v28" />
      <path d="M24 16h16M24 24h16" />
      <path d="M6 38h14l4 8h16l4-8h14v18H6z" />
    </>
  ),
  tributos: (
    <>
      <path d="M14 6h36v52l-6-4-6 4-6-4-6 4-6-4-6 4z" />
      <path d="M22 17h20M22 25h20" />
      <circle cx="32" cy="40" r="7" />
    </>
  ),
  orientacion: (
    <>
      <circle cx="32" cy="32" r="26" />
      <path d="M32 28v18" />
      <circle cx="32" cy="19" r="2" fill="currentColor" />
    </>
  ),
};

const TICKET: ReactNode = (
  <>
    <path d="M6 18h52v8a6 6 0 0 0 0 12v8H6v-8a6 6 0 0 0 0-12z" />
    <path d="M24 20v24" strokeDasharray="4 4" />
  </>
);

/** Props of {@link ServiceIcon}. */
export type ServiceIconProps = {
  /** The service's `icon` key; an unknown key draws a generic ticket. */
  icon: string;
  className?: string;
};

/** A service's pictogram. Decorative: the service's name always stands next to it. */
export function ServiceIcon({ icon, className }: ServiceIconProps): ReactNode {
  return (
    <svg
      className={className}
      viewBox="0 0 64 64"
      fill="none"
      stroke="currentColor"
      strokeWidth="4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {isServiceIconName(icon) ? PATHS[icon] : TICKET}
    </svg>
  );
}
