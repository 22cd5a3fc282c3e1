import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/server/api-error";
import { WorkGate } from "@/lib/server/work-gate";

describe("WorkGate", () => {
  it("runs a few at once, queues a few more, and refuses the rest with 503 and Retry-After", async () => {
    const gate = new WorkGate(1, 1);
    let finishFirst: () => void = () => undefined;
    const first = gate.run(
      () => new Promise<string>((resolve) => (finishFirst = () => resolve("first"))),
    );
    const second = gate.run(async () => "second");
    expect(gate.load).toEqual({ running: 1, waiting: 1 });
    const refused = await gate.run(async () => "third").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ code: "server_busy", status: 503 });
    expect((refused as ApiError).headers["Retry-After"]).toBe("5");
    finishFirst();
    await expect(first).resolves.toBe("first");
    await expect(second).resolves.toBe("second");
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("gives the slot back when the work fails", async () => {
    const gate = new WorkGate(1, 0);
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(gate.run(async () => "next")).resolves.toBe("next");
  });
});
