import type { RatingScore } from '@cac/shared/protocol';

/** Face colours, red to green; the label beside each face carries the meaning, not the colour. */
const FACE_FILL: Readonly<Record<RatingScore, string>> = {
  1: '#e0483e',
  2: '#f08a24',
  3: '#f5c518',
  4: '#8cc152',
  5: '#3fa34d',
};

/**
 * A face drawn inline (no emoji font needed on the phone): its mouth bends from a frown (1) to a
 * smile (5). Decorative: the text label names the choice for screen readers.
 */
export function faceSvg(score: RatingScore): string {
  const bend = (score - 3) * 5;
  const eyebrow =
    score === 1
      ? '<path d="M13 14l7 3M35 14l-7 3" stroke="#111" stroke-width="2.5" stroke-linecap="round"/>'
      : '';
  return `<svg class="face" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
<circle cx="24" cy="24" r="21" fill="${FACE_FILL[score]}" stroke="#111" stroke-width="2.5"/>
${eyebrow}<circle cx="17" cy="20" r="3" fill="#111"/><circle cx="31" cy="20" r="3" fill="#111"/>
<path d="M14 ${33 - bend / 2} Q24 ${33 + bend} 34 ${33 - bend / 2}" fill="none" stroke="#111" stroke-width="3" stroke-linecap="round"/>
</svg>`;
}
