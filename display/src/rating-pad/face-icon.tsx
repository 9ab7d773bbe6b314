import type { RatingScore } from '@cac/shared/protocol';
import type { ReactNode } from 'react';

/** Red to green; the word under each face carries the meaning, not the colour. */
const FILL: Readonly<Record<RatingScore, string>> = {
  1: '#e0483e',
  2: '#f08a24',
  3: '#f5c518',
  4: '#8cc152',
  5: '#3fa34d',
};

/** A face whose mouth bends from a frown (1) to a smile (5); drawn, so no emoji font is needed. */
export function FaceIcon({ score }: { score: RatingScore }): ReactNode {
  const bend = (score - 3) * 5;
  return (
    <svg className="pad-face__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill={FILL[score]} stroke="#111" strokeWidth="2.5" />
      {score === 1 ? (
        <path d="M13 14l7 3M35 14l-7 3" stroke="#111" strokeWidth="2.5" strokeLinecap="round" />
      ) : null}
      <circle cx="17" cy="20" r="3" fill="#111" />
      <circle cx="31" cy="20" r="3" fill="#111" />
      <path
        d={`M14 ${33 - bend / 2} Q24 ${33 + bend} 34 ${33 - bend / 2}`}
        fill="none"
        stroke="#111"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </svg>
  );
}
