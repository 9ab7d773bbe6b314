import type { RatingScore } from '@cac/shared/protocol';
import { RATING_SCORES } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useDisplayT } from '../display-text';
import { FaceIcon } from './face-icon';

/** Props of {@link RatingFaces}. */
export type RatingFacesProps = {
  /** The heading's id, naming the group for screen readers. */
  labelledBy: string;
  disabled: boolean;
  onRate: (score: RatingScore) => void;
};

/** Five big face buttons, each with its word: one tap is the whole rating. */
export function RatingFaces({ labelledBy, disabled, onRate }: RatingFacesProps): ReactNode {
  const t = useDisplayT();
  return (
    <div className="pad-faces" role="group" aria-labelledby={labelledBy}>
      {RATING_SCORES.map((score) => (
        <button
          key={score}
          type="button"
          className="pad-face"
          data-score={score}
          disabled={disabled}
          onClick={() => onRate(score)}
        >
          <FaceIcon score={score} />
          <span className="pad-face__label">{t(`pad.score.${score}`)}</span>
        </button>
      ))}
    </div>
  );
}
