import type { NextFunction, Request, Response } from 'express';

/**
 * API answers carry personal data (people's contacts and party membership, a park's ledger):
 * no browser, proxy or shared cache may keep them (OWASP ASVS 8.2.1). Set before anything
 * answers, so errors and 429s carry it too.
 */
export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Pragma', 'no-cache');
  next();
}
