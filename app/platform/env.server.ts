import path from "node:path";
import { z } from "zod";

// Every environment variable the app reads, validated once; README.md documents each of them.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().optional(),
  SESSION_SECRET: z.string().min(16).optional(),
  SEED_DEMO: z.enum(["0", "1"]).optional(),
  CONTENT_DIR: z.string().default("content"),
  REDIS_URL: z.string().optional(),
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  CASE_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  LOGIN_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}

/** The embedded default: one SQLite file in ./data, created on first start. */
export function databaseUrl(): string {
  return env().DATABASE_URL ?? `file:${path.resolve("data", "app.db")}`;
}

export function isPostgres(url = databaseUrl()): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
