import { data } from "@remix-run/node";
import type { AppError } from "./errors";

/** Throw from a loader or action to stop with a Dutch `{ code, message }` body and a status. */
export function fail(status: number, error: AppError): never {
  throw data(error, { status });
}

/** JSON responses for resource routes (API): the same `{ code, message }` shape on errors. */
export function jsonError(status: number, error: AppError): Response {
  return Response.json(error, { status, headers: { "Cache-Control": "no-store" } });
}

export function invariantResponse(condition: unknown, status: number, error: AppError): asserts condition {
  if (!condition) fail(status, error);
}

export function clientIp(request: Request): string {
  return request.headers.get("x-edl-client-ip") ?? "onbekend";
}
