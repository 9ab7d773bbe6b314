import type { OfficeConfig } from '@cac/shared/protocol';
import { STATUS_PAGE_ES as t } from '../status-page.es';
import { escapeHtml } from './html';

/**
 * "Trámites que puede hacer sin venir": the study found most citizens never heard of them, and the
 * wait is when they have time to read. Links open outside the hub (gob.pe), so they say so.
 */
export function onlineProceduresHtml(procedures: OfficeConfig['onlineProcedures']): string {
  if (procedures.length === 0) return '';
  const items = procedures
    .map((p) => {
      const name = p.url
        ? `<a href="${escapeHtml(p.url)}" rel="noopener noreferrer">${escapeHtml(p.name)}</a>`
        : `<strong>${escapeHtml(p.name)}</strong>`;
      return `<li>${name}<br><span>${escapeHtml(p.where)}</span></li>`;
    })
    .join('');
  return `<section class="online" aria-labelledby="online-title">
<h2 id="online-title">${escapeHtml(t.onlineTitle)}</h2>
<p>${escapeHtml(t.onlineIntro)}</p><ul>${items}</ul></section>`;
}
