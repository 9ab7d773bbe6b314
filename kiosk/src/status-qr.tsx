import { create } from 'qrcode';
import type { ReactNode } from 'react';
import { useMemo } from 'react';

/** The blank margin a QR code needs around it to be found by a phone camera (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/** Props of {@link StatusQr}. */
export type StatusQrProps = {
  /** The absolute address the phone opens. */
  url: string;
  /** What the code is, for screen readers. */
  label: string;
  className?: string;
};

/**
 * A QR code as inline SVG: one path of unit squares, drawn by React from `qrcode`'s matrix (no
 * `innerHTML`, nothing the page's CSP must allow). Error correction M: the kiosk's screen gets
 * fingerprints but is not torn like paper.
 */
export function StatusQr({ url, label, className }: StatusQrProps): ReactNode {
  const { size, path } = useMemo(() => {
    const { modules } = create(url, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) {
        if (modules.get(row, col)) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
      }
    }
    return { size: modules.size + 2 * QUIET_ZONE, path: d };
  }, [url]);
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
