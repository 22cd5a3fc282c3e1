import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { afterNextPaint, useFlagAfterPaint } from "@/components/reader/after-paint";

describe("afterNextPaint", () => {
  it("runs the work once, later than the task that asked for it", async () => {
    const work = vi.fn();
    afterNextPaint(work);
    expect(work).not.toHaveBeenCalled();
    await waitFor(() => expect(work).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("never runs work that was cancelled", async () => {
    const work = vi.fn();
    const cancel = afterNextPaint(work);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(work).not.toHaveBeenCalled();
  });
});

describe("useFlagAfterPaint", () => {
  it("turns true only after the render that set the flag, then follows it", async () => {
    const { result, rerender } = renderHook(({ flag }) => useFlagAfterPaint(flag), {
      initialProps: { flag: false },
    });
    expect(result.current).toBe(false);
    rerender({ flag: true });
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
    rerender({ flag: false });
    expect(result.current).toBe(false);
  });

  it("is true from the start when the flag already is (a permalink opens settled)", () => {
    const { result } = renderHook(() => useFlagAfterPaint(true));
    expect(result.current).toBe(true);
  });
});
