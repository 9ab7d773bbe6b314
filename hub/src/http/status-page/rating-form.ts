import { RATING_COMMENT_MAX, RATING_SCORES } from '@cac/shared/protocol';
import { STATUS_PAGE_ES as t } from '../status-page.es';
import { faceSvg } from './face-svg';
import { escapeHtml } from './html';

/**
 * "¿Cómo fue su atención?": five faces as a native radio group (keyboard arrows, one tab stop,
 * announced as "Buena, 4 de 5" by screen readers) and a plain form POST, so it works without
 * JavaScript too. `action` carries the ticket's id and key.
 */
export function ratingFormHtml(action: string): string {
  const faces = RATING_SCORES.map(
    (score) => `<input type="radio" name="score" value="${score}" id="score-${score}" required>
<label for="score-${score}">${faceSvg(score)}<span>${escapeHtml(t.scoreLabels[score - 1] ?? '')}</span></label>`,
  ).join('\n');
  return `<form class="rating" method="post" action="${escapeHtml(action)}">
<fieldset><legend><h2>${escapeHtml(t.ratingQuestion)}</h2></legend>
<p class="hint">${escapeHtml(t.ratingHint)}</p>
<div class="faces">${faces}</div></fieldset>
<label class="comment-label" for="comment">${escapeHtml(t.commentLabel)}</label>
<p class="hint" id="comment-hint">${escapeHtml(t.commentHint(RATING_COMMENT_MAX))}</p>
<textarea id="comment" name="comment" rows="3" maxlength="${RATING_COMMENT_MAX}" aria-describedby="comment-hint"></textarea>
<button type="submit">${escapeHtml(t.submit)}</button>
</form>`;
}
