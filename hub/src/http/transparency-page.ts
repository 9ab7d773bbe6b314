import type { TodayServiceStats } from '../reports/open-data';
import { TRANSPARENCY_PAGE_ES as t } from './transparency-page.es';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What the page shows; the route gathers it. */
export type TransparencyPageData = {
  municipality: string;
  officeName: string;
  today: string;
  time: string;
  services: readonly TodayServiceStats[];
  /** Default range of the download form: the last 30 days. */
  defaultFrom: string;
};

/**
 * The public page: today's table, a bar chart of the average waits drawn as inline SVG (no
 * script, so the CSP's script-src 'self' is enough; the table above carries the same numbers for
 * screen readers), and a form that downloads the daily CSV. Dark on white, large type, one column
 * on a phone.
 */
export function transparencyPage(data: TransparencyPageData): string {
  const rows = data.services
    .map(
      (s) =>
        `<tr><th scope="row">${escapeHtml(s.name)}</th><td>${s.issued}</td><td>${s.served}</td>` +
        `<td>${s.waiting}</td><td>${escapeHtml(t.minutes(s.avgWaitMin))}</td><td>${escapeHtml(t.minutes(s.p90WaitMin))}</td></tr>`,
    )
    .join('\n');
  const c = t.columns;
  const issuedToday = data.services.some((s) => s.issued > 0);
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)} · ${escapeHtml(data.officeName)}</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;background:#fff;color:#111;font-size:1.05rem;line-height:1.45}
header{background:#0b2a55;color:#fff;padding:1rem}
header p{margin:0}header h1{margin:.2rem 0 0;font-size:1.4rem}
main{padding:1rem;max-width:60rem;margin:0 auto}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem;color:#0b2a55}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;min-width:34rem}
th,td{border:1px solid #333;padding:.45rem .6rem;text-align:right}
th[scope=row],thead th:first-child{text-align:left}
th[scope=row]{background:#fff}
thead th{background:#0b2a55;color:#fff}
.swipe{display:none}
@media (max-width:40rem){
table{min-width:30rem;font-size:.95rem}
th,td{padding:.4rem .45rem}
th[scope=row],thead th:first-child{position:sticky;left:0;box-shadow:2px 0 0 #333}
.swipe{display:block}
}
svg{width:100%;height:auto;max-width:25rem}
svg text{font-size:17px;fill:#111}
svg rect{fill:#0b2a55}
form{display:flex;flex-wrap:wrap;gap:.8rem;align-items:flex-end}
label{display:flex;flex-direction:column;font-weight:600}
input,button{font-size:1.05rem;padding:.45rem;border:2px solid #111;border-radius:.3rem}
button{background:#0b2a55;color:#fff;border-color:#0b2a55;font-weight:700;cursor:pointer}
a{color:#0b2a55}:focus-visible{outline:3px solid #b45309;outline-offset:2px}
.note{color:#333}
</style></head>
<body><header><p>${escapeHtml(data.municipality)}</p><h1>${escapeHtml(data.officeName)}</h1></header>
<main>
<h2 id="today-title">${escapeHtml(t.today(data.today))}</h2>
<p>${escapeHtml(t.intro)}</p>
${issuedToday ? '' : `<p class="note">${escapeHtml(t.empty)}</p>`}
<p class="note swipe">${escapeHtml(t.swipe)}</p>
<div class="scroll" role="region" aria-labelledby="today-title" tabindex="0"><table>
<thead><tr><th scope="col">${c.service}</th><th scope="col">${c.issued}</th><th scope="col">${c.served}</th><th scope="col">${c.waiting}</th><th scope="col">${c.avgWait}</th><th scope="col">${c.p90Wait}</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
<p class="note">${escapeHtml(t.p90Note)}</p>
<h2 id="chart-title">${escapeHtml(t.chartTitle)}</h2>
${chart(data.services)}
<h2>${escapeHtml(t.downloadTitle)}</h2>
<p>${escapeHtml(t.downloadIntro)}</p>
<form method="get" action="/api/v1/stats/daily">
<input type="hidden" name="format" value="csv">
<label>${escapeHtml(t.from)}<input type="date" name="from" required value="${escapeHtml(data.defaultFrom)}" max="${escapeHtml(data.today)}"></label>
<label>${escapeHtml(t.to)}<input type="date" name="to" required value="${escapeHtml(data.today)}" max="${escapeHtml(data.today)}"></label>
<button type="submit">${escapeHtml(t.download)}</button>
</form>
<p><a href="/api/v1/stats/today">${escapeHtml(t.json)}</a></p>
<p class="note">${escapeHtml(t.updated(data.time))}</p>
</main></body></html>`;
}

/**
 * Horizontal bars, one per service, each under its name with its value at its end. The drawing is
 * narrow (400 units, shown at most 25rem wide) so that on a phone it is drawn near its own size and
 * its words stay about as large as the page's; a wide drawing shrank them to a few pixels.
 */
function chart(services: readonly TodayServiceStats[]): string {
  const width = 400;
  const rowHeight = 58;
  // Room after the longest bar for its value ("123.4 min").
  const barSpace = width - 110;
  const max = Math.max(1, ...services.map((s) => s.avgWaitMin ?? 0));
  const bars = services
    .map((s, i) => {
      const y = i * rowHeight;
      const bar =
        s.avgWaitMin === null ? 0 : Math.max(2, Math.round((s.avgWaitMin / max) * barSpace));
      const value = s.avgWaitMin === null ? t.chartNoData : t.minutes(s.avgWaitMin);
      return (
        `<text x="0" y="${y + 18}">${escapeHtml(s.name)}</text>` +
        `<rect x="0" y="${y + 26}" width="${bar}" height="22" rx="3"></rect>` +
        `<text x="${bar === 0 ? 0 : bar + 8}" y="${y + 43}">${escapeHtml(value)}</text>`
      );
    })
    .join('\n');
  const height = Math.max(rowHeight, services.length * rowHeight);
  // A role="img" hides its texts from screen readers: the description says every bar in words.
  const described = services
    .map((s) => `${s.name}: ${s.avgWaitMin === null ? t.chartNoData : t.minutes(s.avgWaitMin)}`)
    .join('; ');
  return `<svg role="img" aria-labelledby="chart-title" aria-describedby="chart-desc" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">
<desc id="chart-desc">${escapeHtml(`${described}.`)}</desc>
${bars}
</svg>`;
}
