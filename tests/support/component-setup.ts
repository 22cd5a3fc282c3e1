import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

afterEach(() => {
  cleanup();
  // Each test's fetch and clipboard doubles end with it.
  vi.restoreAllMocks();
});
