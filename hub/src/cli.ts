#!/usr/bin/env node
// `npm start`: the embedded default. Data in ./data (CAC_DATA_DIR), port 4700 (CAC_PORT) on all
// interfaces; an empty data folder becomes the demo office.
import path from 'node:path';
import { createHub } from './create-hub';
import { lanAddresses } from './lan-address';
import { CLI_MESSAGES_ES as t } from './cli-messages.es';

function parsePort(raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return 4700;
  return /^\d{1,5}$/.test(raw) && Number(raw) <= 65535 ? Number(raw) : null;
}

async function main(): Promise<void> {
  const port = parsePort(process.env['CAC_PORT']);
  if (port === null) {
    process.stderr.write(`${t.badPort(process.env['CAC_PORT'] ?? '')}\n`);
    process.exit(2);
  }
  // npm runs workspace scripts inside the workspace; INIT_CWD is where the user typed `npm start`.
  const base = process.env['INIT_CWD'] ?? process.cwd();
  const dataDir = path.resolve(base, process.env['CAC_DATA_DIR'] ?? 'data');
  const publicUrl = process.env['CAC_PUBLIC_URL'];
  const host = process.env['CAC_HOST'] ?? '0.0.0.0';
  const hub = await createHub({
    dataDir,
    port,
    host,
    ...(publicUrl ? { publicUrl } : {}),
  });
  // Only the addresses the hub really answers on: a hub bound to one address is not on the LAN.
  const hosts = host === '0.0.0.0' ? ['127.0.0.1', ...lanAddresses()] : [host];
  const lines = [t.ready(dataDir)];
  for (const host of hosts) {
    const origin = `http://${host}:${hub.port}`;
    const links: [string, string][] = [
      [t.kiosk, '/kiosk/'],
      [t.counter, '/counter/'],
      [t.display, '/display/'],
      [t.api, '/api/v1/openapi.json'],
    ];
    for (const [label, route] of links) lines.push(`  ${label.padEnd(12)}${origin}${route}`);
  }
  if (hub.context.config().demo) lines.push(t.demoNotice);
  process.stdout.write(`${lines.join('\n')}\n`);

  const stop = (): void => {
    void hub.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const coded = error as { code?: string; message?: string };
  process.stderr.write(
    `${t.failed}\n${coded.code ? `[${coded.code}] ` : ''}${coded.message ?? String(error)}\n`,
  );
  process.exit(1);
});
