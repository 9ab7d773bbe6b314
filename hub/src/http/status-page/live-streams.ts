import type { Server } from 'node:http';
import type { Request, Response } from 'express';
import type { HubContext } from '../../hub-context';
import { appError } from '../../errors/app-errors';
import { sendError } from '../http-errors';
import { STATUS_PAGE_ES as t } from '../status-page.es';
import { livePayload, officeClock } from './live-payload';

/** Limits of the live ticket pages' event streams. */
export type LiveStreamLimits = {
  /** Open streams per client address: a phone has one or two pages open, not dozens. */
  perAddress: number;
  /** Open streams in all: past it, pages poll instead (each stream holds a socket). */
  total: number;
  /** A comment-like `ping` this often keeps proxies and phones from dropping a quiet stream. */
  heartbeatMs: number;
};

/** Generous for a hall of phones on one Wi-Fi, small against one client opening streams in a loop. */
export const LIVE_STREAM_LIMITS: LiveStreamLimits = {
  perAddress: 8,
  total: 600,
  heartbeatMs: 15_000,
};

/** How often streams check that the hub is still listening, so a hub can shut down promptly. */
const SHUTDOWN_CHECK_MS = 1_000;

type Stream = {
  res: Response;
  ticketId: string;
  accessKey: string;
  address: string;
  server: Server | null;
  lastKey: string | null;
};

/** The open event streams of the live ticket pages. */
export type LiveStreams = {
  /** Answers `GET /estado/{id}/eventos` for a ticket whose key was already checked. */
  open(req: Request, res: Response, ticketId: string, accessKey: string): void;
  /** How many streams are open (tests, health). */
  size(): number;
};

function serverOf(req: Request): Server | null {
  // A server-side socket knows its server; once the hub closes, `listening` turns false at once
  // while `close()` itself would wait for every open stream.
  const server = (req.socket as { server?: unknown }).server;
  return server && typeof (server as Server).listening === 'boolean' ? (server as Server) : null;
}

/**
 * Server-Sent Events for the ticket pages: after every durable commit each stream gets its page's
 * content again, but only when it changed for that ticket (a call elsewhere moves everybody's
 * place; a note on another ticket moves nothing). Work after a commit is deferred and coalesced,
 * so a burst of commits costs one pass and never delays the writer.
 */
export function createLiveStreams(
  ctx: HubContext,
  limits: LiveStreamLimits = LIVE_STREAM_LIMITS,
): LiveStreams {
  const streams = new Set<Stream>();
  let flushPending = false;
  let timers: { heartbeat: NodeJS.Timeout; shutdown: NodeJS.Timeout } | null = null;

  const close = (stream: Stream): void => {
    streams.delete(stream);
    // The socket carries nothing else (Connection: close); destroyed once the last bytes left, so
    // a hub shutting down never waits for phones to hang up.
    if (!stream.res.writableEnded) stream.res.end(() => stream.res.socket?.destroy());
    else stream.res.socket?.destroy();
    if (streams.size === 0 && timers) {
      clearInterval(timers.heartbeat);
      clearInterval(timers.shutdown);
      timers = null;
    }
  };

  const push = (stream: Stream): void => {
    const stored = ctx.ledger.getTicket(stream.ticketId);
    if (!stored) return close(stream);
    const payload = livePayload(ctx, stored, stream.accessKey);
    if (payload.key === stream.lastKey) return;
    stream.lastKey = payload.key;
    const data = JSON.stringify({ ...payload, updated: t.updated(officeClock(ctx)) });
    stream.res.write(`event: vista\ndata: ${data}\n\n`);
    if (payload.settled) close(stream);
  };

  const flush = (): void => {
    flushPending = false;
    for (const stream of [...streams]) {
      try {
        push(stream);
      } catch (error) {
        ctx.log.warn({ err: error }, 'live ticket page: a stream failed');
        close(stream);
      }
    }
  };

  const startTimers = (): void => {
    if (timers) return;
    timers = {
      heartbeat: setInterval(() => {
        const data = JSON.stringify({ updated: t.updated(officeClock(ctx)) });
        for (const stream of streams) stream.res.write(`event: ping\ndata: ${data}\n\n`);
      }, limits.heartbeatMs),
      shutdown: setInterval(() => {
        for (const stream of [...streams]) {
          if (stream.server?.listening !== false) continue;
          close(stream);
        }
      }, SHUTDOWN_CHECK_MS),
    };
    timers.heartbeat.unref();
    timers.shutdown.unref();
  };

  ctx.subscribeCommits(() => {
    if (flushPending || streams.size === 0) return;
    flushPending = true;
    setImmediate(flush);
  });

  return {
    open(req, res, ticketId, accessKey) {
      const address = req.ip ?? 'unknown';
      let fromAddress = 0;
      for (const stream of streams) if (stream.address === address) fromAddress += 1;
      if (fromAddress >= limits.perAddress || streams.size >= limits.total) {
        // The page falls back to polling on a refused stream.
        return sendError(res, appError('RATE_LIMITED', { seconds: 60 }));
      }
      res.status(200).set({
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        // One stream per connection: when it ends (settled, hub shutting down) the socket goes too.
        Connection: 'close',
        'X-Accel-Buffering': 'no',
      });
      res.flushHeaders();
      res.write('retry: 5000\n\n');
      const stream: Stream = {
        res,
        ticketId,
        accessKey,
        address,
        server: serverOf(req),
        lastKey: null,
      };
      streams.add(stream);
      startTimers();
      req.on('close', () => close(stream));
      push(stream);
    },
    size: () => streams.size,
  };
}
