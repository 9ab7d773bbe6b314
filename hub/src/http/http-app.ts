import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { HubContext } from '../hub-context';
import { appError } from '../errors/app-errors';
import { facesRouter } from './faces';
import { sendError } from './http-errors';
import { openApiDocument } from './openapi';
import { authRoutes } from './routes/auth-routes';
import { commandRoutes } from './routes/command-routes';
import { demoRoutes } from './routes/demo-routes';
import { mediaRoutes } from './routes/media-routes';
import { readRoutes } from './routes/read-routes';
import { reportRoutes } from './routes/report-routes';
import { statusPageRoutes } from './routes/status-page-routes';
import { consultaPageRoutes, expedienteApiRoutes } from './routes/expediente-routes';
import { adminRoutes } from './routes/admin-routes';
import { ratingRoutes } from './routes/rating-routes';
import { transparencyApiRoutes, transparencyPageRoutes } from './routes/transparency-routes';

/** Bodies are small commands; anything bigger is a mistake or an attack. */
const BODY_LIMIT = '16kb';
const ADMIN_BODY_LIMIT = '512kb';

/** The hub's HTTP side: `/api/v1`, the built faces, security headers, JSON errors everywhere. */
export function createHttpApp(
  ctx: HubContext,
  facesRoot: string,
  dataDir: string,
): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          imgSrc: ["'self'", 'data:'],
          mediaSrc: ["'self'", 'data:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
        },
      },
      // The office LAN is plain HTTP: HSTS or upgrade-insecure-requests would lock the faces out.
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
    }),
  );

  const api = express.Router();
  // A whole configuration section (an office's procedure catalog) outgrows a command's limit.
  api.use('/admin', express.json({ limit: ADMIN_BODY_LIMIT, strict: false }));
  api.use(express.json({ limit: BODY_LIMIT, strict: false }));
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(ctx.version));
  });
  api.use(readRoutes(ctx));
  api.use(authRoutes(ctx));
  // Before the commands: their `POST /tickets/{id}/{action}` asks for staff before it knows the
  // action, and `/tickets/{id}/rating` is the citizen's (the ticket's key, no account).
  api.use(ratingRoutes(ctx));
  api.use(commandRoutes(ctx));
  api.use(reportRoutes(ctx));
  api.use(transparencyApiRoutes(ctx));
  api.use(adminRoutes(ctx));
  api.use(expedienteApiRoutes(ctx));
  api.use(demoRoutes(ctx));
  api.use(mediaRoutes({ dataDir, logoFile: () => ctx.config().office.logoFile }));
  api.use((_req, res) => sendError(res, appError('NOT_FOUND')));
  api.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') return sendError(res, appError('PAYLOAD_TOO_LARGE'));
    if (
      type === 'entity.parse.failed' ||
      type === 'encoding.unsupported' ||
      type === 'charset.unsupported'
    ) {
      return sendError(
        res,
        appError('INVALID_PAYLOAD', { field: '', detail: 'El cuerpo no es JSON válido.' }),
      );
    }
    ctx.log.error({ err: error }, 'unexpected error in an HTTP route');
    sendError(res, appError('INTERNAL'));
  });
  app.use('/api/v1', api);
  app.use(statusPageRoutes(ctx));
  app.use(consultaPageRoutes(ctx));
  app.use(transparencyPageRoutes(ctx));
  app.use(facesRouter(facesRoot));
  return app;
}
