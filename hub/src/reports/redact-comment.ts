// Citizens sometimes type their DNI, phone or e-mail into a comment: the report shows comments to
// supervisors and exports them, so such data is masked (Ley 29733: collect and show the minimum).
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const LONG_NUMBER = /\d(?:[\s.-]?\d){6,}/g;

/** The comment with e-mail addresses and numbers of 7 digits or more replaced by `[oculto]`. */
export function redactComment(comment: string): string {
  return comment.replace(EMAIL, '[oculto]').replace(LONG_NUMBER, '[oculto]').trim();
}
