import { createEnginesHandler } from "@/app/api/engines/handler";
import { HomeForm } from "@/components/home/home-form";
import type { ApiEngines } from "@/lib/api/wire-types";
import { getAppServices } from "@/lib/server/app-services";

/**
 * How long the page waits for the engine list. Remote engines' availability may need a probe
 * over the network; past this the page goes out without the list, and the reader asks for it.
 */
const ENGINE_LIST_BUDGET_MS = 300;

// The form is rendered here on the server; the reader with its providers (i18next, TanStack
// Query) loads after paint or when the form is used (components/home/home-reader.tsx), so the
// page's first load carries little more than React and the header.
export default async function HomePage() {
  return <HomeForm engines={await readEngines()} />;
}

/** The engine list as GET /api/engines gives it, or null if it cannot be read in time. */
async function readEngines(): Promise<ApiEngines | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ENGINE_LIST_BUDGET_MS);
  });
  const list = (async () => {
    try {
      const response = await createEnginesHandler(getAppServices)();
      return response.ok ? ((await response.json()) as ApiEngines) : null;
    } catch {
      return null;
    }
  })();
  try {
    return await Promise.race([list, late]);
  } finally {
    clearTimeout(timer);
  }
}
