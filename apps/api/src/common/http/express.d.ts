import type { Principal } from '@legis/domain';

declare global {
  namespace Express {
    interface Request {
      /** Set by the access guard once the bearer token is verified. */
      principal?: Principal;
      /** Set by pino-http: the request id. */
      id?: string | number | object;
    }
  }
}
export {};
