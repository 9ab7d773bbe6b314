import type { OfficeConfig } from '@cac/shared/protocol';
import { STATUS_PAGE_ES as t } from '../status-page.es';
import { escapeHtml } from './html';
import { STATUS_PAGE_CSS } from './page-style';

/** Where the page's script listens and polls; absent on pages that do not change. */
export type LiveFeeds = { events: string; view: string; key: string };

/** The citizen's page around `content`: office header, Spanish, and the live script when fed. */
export function statusPageHtml(
  office: OfficeConfig['office'],
  content: string,
  live: LiveFeeds | null,
  title: string = t.title,
): string {
  const feeds = live
    ? ` data-events="${escapeHtml(live.events)}" data-view="${escapeHtml(live.view)}" data-key="${escapeHtml(live.key)}"`
    : '';
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${live ? '<script src="/estado/live.js" defer></script>' : ''}
<title>${escapeHtml(title)} · ${escapeHtml(office.name)}</title>
<style>${STATUS_PAGE_CSS}</style></head>
<body><header><p>${escapeHtml(office.municipality)}</p><h1>${escapeHtml(office.name)}</h1></header>
<main id="live"${feeds}>${content}</main></body></html>`;
}
