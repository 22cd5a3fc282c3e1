import { renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { settleReaderEntry, useReadingHistory } from "@/components/reader/use-reading-history";

const viewOf = () => (window.history.state as { dvibhashiView?: string } | null)?.dvibhashiView;
/** Long enough for an idle callback (a zero timeout in jsdom) to have run. */
const afterIdle = () => new Promise((resolve) => setTimeout(resolve, 50));

function renderHistory() {
  const onShowForm = vi.fn();
  const onShowReader = vi.fn();
  const { result } = renderHook(() => useReadingHistory({ onShowForm, onShowReader }));
  return { history: result.current, onShowForm, onShowReader };
}

afterEach(() => {
  settleReaderEntry();
  window.history.replaceState(null, "", "/");
});

describe("useReadingHistory", () => {
  it("writes the reader's entry after the click, not in it, behind the form's", async () => {
    const { history } = renderHistory();
    const before = window.history.length;
    history.pushReader();
    expect(window.history.length).toBe(before);
    await waitFor(() => expect(window.history.length).toBe(before + 1));
    expect(viewOf()).toBe("reader");
  });

  it("writes a waiting entry at once when something else writes the history first", async () => {
    const { history } = renderHistory();
    const before = window.history.length;
    history.pushReader();
    settleReaderEntry();
    expect(window.history.length).toBe(before + 1);
    expect(viewOf()).toBe("reader");
    // The idle moment later writes nothing more.
    await afterIdle();
    expect(window.history.length).toBe(before + 1);
  });

  it("keeps the order when New article follows Translate before the entry was written", () => {
    const { history } = renderHistory();
    const before = window.history.length;
    history.pushReader();
    history.pushForm();
    expect(window.history.length).toBe(before + 2);
    expect(viewOf()).toBe("form");
  });

  it("writes nothing when Back was pressed before the entry was written", async () => {
    const { history, onShowReader } = renderHistory();
    const before = window.history.length;
    history.pushReader();
    window.dispatchEvent(new PopStateEvent("popstate", { state: null }));
    expect(onShowReader).toHaveBeenCalledTimes(1);
    await afterIdle();
    expect(window.history.length).toBe(before);
  });
});
