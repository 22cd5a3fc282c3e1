import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// findBy and waitFor give up after 1 s by default; on a machine busy with other work a render can
// take longer without anything being wrong. What they wait for is unchanged.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  // Each test's fetch and clipboard doubles end with it.
  vi.restoreAllMocks();
});
