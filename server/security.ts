import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";

/** Security headers with a per-response CSP nonce for Remix's inline scripts (strict in production). */
export function securityHeaders(production: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": production
          ? ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`]
          : ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": production ? ["'self'"] : ["'self'", "'unsafe-inline'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": production ? ["'self'"] : ["'self'", "ws:", "wss:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "same-origin" },
  });
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF, first line: browsers announce where a request comes from (Sec-Fetch-Site, Origin); mutations
 * from another site are refused before they reach a route. JSON endpoints also demand
 * application/json, which a cross-site form cannot send. The session token per form is the second line.
 */
export function sameOriginMutations(req: Request, res: Response, next: NextFunction) {
  if (safeMethods.has(req.method)) return next();
  const site = req.get("sec-fetch-site");
  const origin = req.get("origin");
  const crossSite = (site && site !== "same-origin" && site !== "none") || (origin && !sameHost(origin, req.get("host")));
  if (crossSite) {
    return res.status(403).json({ code: "csrf", message: "Dit verzoek komt niet van Elke dag leren zelf en is geweigerd." });
  }
  if (req.path.startsWith("/api/") && !req.is("application/json")) {
    return res.status(415).json({ code: "ongeldig", message: "Stuur de gegevens als JSON (Content-Type: application/json)." });
  }
  next();
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
