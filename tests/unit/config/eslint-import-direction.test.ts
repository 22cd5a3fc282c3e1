import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// Lints a one-line module as if it lived at `file`, with the repository's own ESLint config.
const root = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: root });

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const probe = value;\n`, {
    filePath: path.join(root, file),
  });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "import/no-restricted-paths")
    .map((message) => message.message);
}

describe("the import-direction rule", () => {
  it.each([
    ["lib/text/probe.ts", "@/lib/translation/language-pairs", /lib\/text is the bottom layer/],
    ["lib/documents/probe.ts", "@/components/engines/engine-labels", /must not import components/],
    ["lib/documents/probe.ts", "@/app/api/translate/handler", /lib must not import app/],
    ["components/reader/probe.ts", "@/app/api/translate/route", /must not import app/],
    ["components/reader/probe.ts", "@/lib/store/store-access", /server-only/],
    ["lib/translation/probe.ts", "@/lib/server/app-services", /below the app's wiring/],
  ])("fails %s importing %s", async (file, source, message) => {
    expect(await importErrors(file, `import * as value from "${source}";`)).toEqual([
      expect.stringMatching(message),
    ]);
  });

  it.each([
    ["components/reader/probe.ts", "@/lib/text/keys"],
    ["lib/api/probe.ts", "@/app/api/translate/schema"],
    ["lib/store/probe.ts", "@/lib/translation/cache"],
  ])("passes %s importing %s", async (file, source) => {
    expect(await importErrors(file, `import * as value from "${source}";`)).toEqual([]);
  });
}, 120_000);
