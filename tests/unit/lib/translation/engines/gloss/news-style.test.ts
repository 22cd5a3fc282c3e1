import { describe, expect, it } from "vitest";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";

const engine = createGlossEngine();
const translate = async (text: string) =>
  (await engine.doTranslate({ segments: [text], source: "hi", target: "en" })).translations[0] ??
  "";

describe("Hindi→English output in the style of English news text", () => {
  it("writes typographic quotes as plain ones", async () => {
    expect(await translate("उन्होंने कहा, “यह सही है।”")).toBe('He said, "this is correct."');
    expect(await translate("‘यह सही है’")).toBe("'this is correct'");
  });
});
