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
  it("fails lib/text importing lib/translation", async () => {
    const errors = await importErrors(
      "lib/text/probe.ts",
      'import { BOTH_DIRECTIONS as value } from "@/lib/translation/language-pairs";',
    );
    expect(errors).toEqual([expect.stringMatching(/lib\/text is the bottom layer/)]);
  });

  it("fails lib importing components, and lib importing a route", async () => {
    expect(
      await importErrors(
        "lib/documents/probe.ts",
        'import { engineLabel as value } from "@/components/engines/engine-labels";',
      ),
    ).toEqual([expect.stringMatching(/lib must not import components/)]);
    expect(
      await importErrors(
        "lib/documents/probe.ts",
        'import { createTranslateHandler as value } from "@/app/api/translate/handler";',
      ),
    ).toEqual([expect.stringMatching(/lib must not import app/)]);
  });

  it("fails components importing app or a server-only module", async () => {
    expect(
      await importErrors(
        "components/reader/probe.ts",
        'import { POST as value } from "@/app/api/translate/route";',
      ),
    ).toEqual([expect.stringMatching(/components must not import app/)]);
    expect(
      await importErrors(
        "components/reader/probe.ts",
        'import { createStoreAccess as value } from "@/lib/store/store-access";',
      ),
    ).toEqual([expect.stringMatching(/server-only/)]);
  });

  it("passes the directions the layering allows", async () => {
    expect(
      await importErrors(
        "components/reader/probe.ts",
        'import { memoryKey as value } from "@/lib/text/keys";',
      ),
    ).toEqual([]);
    expect(
      await importErrors(
        "lib/api/probe.ts",
        'import type { translateRequestSchema as value } from "@/app/api/translate/schema";',
      ),
    ).toEqual([]);
  });
}, 120_000);
