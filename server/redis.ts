import type { Server } from "socket.io";

/** Scale-out: with REDIS_URL set, socket.io events reach clients connected to every node. */
export async function attachRedisAdapter(io: Server): Promise<void> {
  const url = process.env.REDIS_URL;
  if (!url) return;
  const [{ createClient }, { createAdapter }] = await Promise.all([import("redis"), import("@socket.io/redis-adapter")]);
  const pub = createClient({ url });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub));
  console.log("socket.io gebruikt Redis voor meerdere nodes.");
}
