import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { mediaRoutes } from './media-routes';

let dataDir: string;
let server: Server;
let base: string;
let logoFile: string | undefined;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'cac-media-'));
  logoFile = undefined;
  const app = express();
  app.use('/api/v1', mediaRoutes({ dataDir, logoFile: () => logoFile }));
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dataDir, { recursive: true, force: true });
});

async function media(files: Record<string, string>): Promise<void> {
  await mkdir(path.join(dataDir, 'media'), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    await writeFile(path.join(dataDir, 'media', name), content);
  }
}

type Listing = { items: { name: string; kind: string; url: string }[]; logoUrl: string | null };

async function listing(): Promise<Listing> {
  const response = await fetch(`${base}/media`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return (await response.json()) as Listing;
}

describe('mediaRoutes', () => {
  it('lists nothing without a media folder', async () => {
    expect(await listing()).toEqual({ items: [], logoUrl: null });
  });

  it('lists the images and videos in file-name order, and nothing else', async () => {
    await media({
      '10-video.webm': 'v',
      '02-horario.JPG': 'j',
      '01-trámites en línea.png': 'p',
      '.oculto.png': 'h',
      'notas.txt': 't',
      'pagina.svg': '<svg/>',
    });
    await mkdir(path.join(dataDir, 'media', 'carpeta.png'));
    const { items } = await listing();
    expect(items.map(({ name, kind }) => [name, kind])).toEqual([
      ['01-trámites en línea.png', 'image'],
      ['02-horario.JPG', 'image'],
      ['10-video.webm', 'video'],
    ]);
    expect(items[0]?.url).toMatch(
      /^\/api\/v1\/media\/01-tr%C3%A1mites%20en%20l%C3%ADnea\.png\?v=\d+$/,
    );
  });

  it('serves a listed file with its type, caching and byte ranges', async () => {
    await media({ '01-a.png': 'PNGDATA', '02-b.mp4': '0123456789' });
    const { items } = await listing();
    const image = await fetch(
      `http://127.0.0.1:${(server.address() as AddressInfo).port}${items[0]?.url}`,
    );
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(await image.text()).toBe('PNGDATA');

    const part = await fetch(`${base}/media/02-b.mp4`, { headers: { range: 'bytes=2-5' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-type')).toBe('video/mp4');
    expect(await part.text()).toBe('2345');
  });

  it.each(['..%2Foffice.json', '%2E%2E%2Foffice.json', '.oculto.png', 'notas.txt', 'falta.png'])(
    'answers 404 for %s, never a file outside the list',
    async (name) => {
      await media({ '.oculto.png': 'h', 'notas.txt': 't' });
      await writeFile(path.join(dataDir, 'office.json'), '{"secret":true}');
      const response = await fetch(`${base}/media/${name}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    },
  );

  it('serves the logo named in office.json, and lists it', async () => {
    await writeFile(path.join(dataDir, 'logo-mpc.png'), 'LOGO');
    logoFile = 'logo-mpc.png';
    const { logoUrl } = await listing();
    expect(logoUrl).toMatch(/^\/api\/v1\/office\/logo\?v=\d+$/);
    const logo = await fetch(`${base}/office/logo`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect(await logo.text()).toBe('LOGO');
  });

  it('sandboxes an SVG logo', async () => {
    await writeFile(path.join(dataDir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    logoFile = 'logo.svg';
    const logo = await fetch(`${base}/office/logo`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('has no logo when office.json names none, or a file that is missing', async () => {
    expect((await fetch(`${base}/office/logo`)).status).toBe(404);
    logoFile = 'logo.png';
    expect((await listing()).logoUrl).toBeNull();
    expect((await fetch(`${base}/office/logo`)).status).toBe(404);
  });
});
