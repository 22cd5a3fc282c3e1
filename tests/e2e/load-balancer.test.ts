import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createScratchDatabase,
  POSTGRES_SKIP_REASON,
  TEST_DATABASE_URL,
} from "../support/databases";
import { REDIS_SKIP_REASON, TEST_REDIS_URL, uniqueKeyPrefix } from "../support/redis";
import { freePort } from "./support/app-server";
import {
  createInstance,
  NGINX_BINARY,
  NGINX_SKIP_REASON,
  runMixedLoad,
  sameParagraphs,
  sharedEnv,
  startNginx,
  type Instance,
  type LoadRecord,
  type Nginx,
} from "./support/load-balancer";

const skipReason = !NGINX_BINARY
  ? NGINX_SKIP_REASON
  : !TEST_DATABASE_URL
    ? POSTGRES_SKIP_REASON
    : !TEST_REDIS_URL
      ? REDIS_SKIP_REASON
      : undefined;

/** The budget of the rate-limit case: low, so both instances together exhaust it. */
const RATE_LIMIT = 8;

/**
 * Two `npm start` instances behind Debian's nginx running deploy/nginx.conf, on one fresh
 * PostgreSQL database and one Redis (a key prefix of their own). One instance is killed with
 * SIGKILL under load and started again.
 */
describe.skipIf(skipReason !== undefined)(
  `two instances behind nginx on one PostgreSQL and one Redis${skipReason ? ` (${skipReason})` : ""}`,
  () => {
    let instances: Instance[] = [];
    let nginx: Nginx | undefined;
    let drop: (() => Promise<void>) | undefined;
    let databaseUrl = "";
    let keyPrefix = "";

    const startPair = async (ratePerMinute: number) => {
      await Promise.all(instances.map((instance) => instance.stop()));
      await nginx?.stop();
      keyPrefix = uniqueKeyPrefix("lb");
      const env = sharedEnv({
        databaseUrl,
        redisUrl: TEST_REDIS_URL ?? "",
        keyPrefix,
        ratePerMinute,
      });
      const ports = [await freePort(), await freePort()];
      instances = ports.map((port) => createInstance(env, port));
      await Promise.all(instances.map((instance) => instance.start()));
      nginx = await startNginx(ports);
    };

    beforeAll(async () => {
      const database = await createScratchDatabase();
      databaseUrl = database.url;
      drop = database.drop;
    });

    afterAll(async () => {
      await Promise.all(instances.map((instance) => instance.stop()));
      await nginx?.stop();
      await drop?.();
    });

    it("loses no acknowledged save when an instance is killed under load, and fails only its in-flight requests", async () => {
      await startPair(0);
      const [victim, survivor] = instances;
      if (!victim || !survivor || !nginx) throw new Error("not started");
      let killedAt = 0;
      let killStartedAt = 0;
      let restartedAt = 0;
      const { records, saves } = await runMixedLoad({
        url: nginx.url,
        connections: 16,
        durationMs: 20_000,
        afterDuringMs: 3_000,
        during: async () => {
          await new Promise((resolve) => setTimeout(resolve, 6_000));
          killStartedAt = Date.now();
          await victim.kill();
          killedAt = Date.now();
          await victim.start();
          restartedAt = Date.now();
        },
      });
      const failures = records.filter((record) => !record.ok);
      console.info(
        `load balancer: ${records.length} requests, ${saves.length} saves acknowledged, ` +
          `${failures.length} failed (${failures.map((failure) => `${failure.operation} ${failure.status}`).join(", ")}), ` +
          `restart took ${restartedAt - killedAt} ms`,
      );
      expect(killedAt).toBeGreaterThan(0);
      expect(restartedAt).toBeGreaterThan(killedAt);

      const describeFailure = (record: LoadRecord) =>
        `${record.operation} ${record.status} ${record.startedAt - killStartedAt} ms from the kill: ${record.detail?.slice(0, 200) ?? ""}`;
      // Every failed request was already under way when the instance died: started before
      // its process had exited, and still open when the kill began.
      for (const failure of failures) {
        expect(failure.startedAt, describeFailure(failure)).toBeLessThanOrEqual(killedAt);
        expect(failure.endedAt, describeFailure(failure)).toBeGreaterThanOrEqual(killStartedAt);
      }
      // One request in flight per connection at most.
      expect(failures.length).toBeLessThanOrEqual(16);
      // The load did real work on both sides of the kill: requests sent after it were served
      // (by the survivor, then by both). The restarted instance's own answers are checked
      // below, where every document is read from each instance directly.
      const succeeded = records.filter((record) => record.ok);
      expect(succeeded.filter((record) => record.startedAt > killedAt).length).toBeGreaterThan(0);
      expect(succeeded.filter((record) => record.startedAt < killStartedAt).length).toBeGreaterThan(
        0,
      );
      expect(saves.length).toBeGreaterThan(0);

      // Every acknowledged save reads back identically from each instance directly.
      for (const save of saves) {
        const bodies: string[] = [];
        for (const instance of [victim, survivor]) {
          const response = await fetch(`${instance.url}/api/documents/${save.id}`);
          expect(response.status, `document ${save.id} from ${instance.url}`).toBe(200);
          const body = await response.text();
          expect(sameParagraphs(JSON.parse(body), save.sent), `document ${save.id}`).toBe(true);
          bodies.push(body);
        }
        expect(bodies[0]).toBe(bodies[1]);
      }
    }, 240_000);

    it("holds one client's rate-limit budget across both instances", async () => {
      await startPair(RATE_LIMIT);
      const [first, second] = instances;
      if (!first || !second || !nginx) throw new Error("not started");
      const translate = (url: string, client?: string) =>
        fetch(`${url}/api/translate`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(client ? { "x-forwarded-for": client } : {}),
          },
          body: JSON.stringify({ paragraphs: ["नदी पर नया पुल खुला।"], engine: "gloss" }),
        }).then(async (response) => {
          await response.body?.cancel();
          return response.status;
        });

      // Straight to the instances, as a client nginx forwarded: half the budget on each.
      const client = "198.51.100.23";
      const statuses: number[] = [];
      for (let index = 0; index < RATE_LIMIT; index += 1) {
        statuses.push(await translate((index % 2 === 0 ? first : second).url, client));
      }
      expect(statuses).toEqual(Array<number>(RATE_LIMIT).fill(200));
      // Each instance has served only half of it, yet neither serves the client any more.
      expect(await translate(first.url, client)).toBe(429);
      expect(await translate(second.url, client)).toBe(429);
      // Another client has its own budget.
      expect(await translate(first.url, "198.51.100.24")).toBe(200);

      // Through nginx, which spreads requests over both instances: the same one budget.
      const throughNginx: number[] = [];
      for (let index = 0; index < RATE_LIMIT + 2; index += 1) {
        throughNginx.push(await translate(nginx.url));
      }
      expect(throughNginx.slice(0, RATE_LIMIT)).toEqual(Array<number>(RATE_LIMIT).fill(200));
      expect(throughNginx.slice(RATE_LIMIT)).toEqual([429, 429]);

      // What the instances share is in Redis, under this run's prefix only.
      const redis = new Redis(TEST_REDIS_URL ?? "");
      try {
        const keys = await redis.keys(`${keyPrefix}*`);
        expect(keys.some((key) => key.startsWith(`${keyPrefix}rate`))).toBe(true);
        expect(keys.some((key) => key.startsWith(`${keyPrefix}translation:`))).toBe(true);
      } finally {
        await redis.quit();
      }
    }, 240_000);
  },
);
