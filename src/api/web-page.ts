import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import helmet from 'helmet';

/**
 * Where `npm run build` puts the web page (vite build src/web → dist/web): found from the project
 * root, the folder above this file that holds package.json, so it is the same from src/ (tests)
 * and from dist/src/ (npm start, the Docker image).
 */
export function defaultWebDir(from = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'dist', 'web');
}

/**
 * The page's Content-Security-Policy: its own scripts, styles, images and API calls only. No
 * inline script; styles set from script (ECharts, sigma) go through the CSSOM, which style-src
 * does not govern. Helmet's default adds upgrade-insecure-requests, left out here: every URL of
 * the page is same-origin, and on a park's intranet served over plain HTTP it would send the
 * page's scripts to an https:// that is not there.
 */
const PAGE_POLICY = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
  },
});

/**
 * Serves the built web page at `/` (index.html and its hashed assets). Without a build, `/`
 * answers 503 saying how to make one, and the API goes on working.
 */
export function webPage(dir = defaultWebDir()): Router {
  const router = Router();
  const index = path.join(dir, 'index.html');
  router.use(PAGE_POLICY);
  // source maps would hand out the page's source with its comments: not built (vite.config.ts),
  // and not served should an older build or a developer's `vite build --sourcemap` leave some
  router.use((req, _res, next) => next(req.path.endsWith('.map') ? 'router' : undefined));
  router.get('/', (_req, res, next) => {
    if (existsSync(index)) return next();
    res
      .status(503)
      .type('text/plain; charset=utf-8')
      .send('redchain: the web page is not built. Run `npm run build` (or `npm start`), then reload.\n');
  });
  // hashed file names never change content: cached for a year; index.html is checked every time
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: true, index: false }),
  );
  router.use(express.static(dir, { index: 'index.html', maxAge: 0, fallthrough: true }));
  return router;
}
