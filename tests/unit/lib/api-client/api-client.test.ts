import { afterEach, describe, expect, it, vi } from "vitest";
import { streamTranslation, type TranslateInput } from "@/lib/api-client/api-client";
import type { ApiParagraph } from "@/lib/api/wire-types";

const input: TranslateInput = {
  paragraphs: ["एक।", "दो।", "तीन।"],
  source: "hi",
  target: "en",
  engine: "gloss:default",
};

function paragraph(index: number, translation: string): ApiParagraph {
  return {
    index,
    source: input.paragraphs[index] ?? "",
    translation,
    engine: "gloss:default",
    cached: false,
    sentences: [],
  };
}

/** The server's answer as NDJSON, cut into the given pieces as the network might deliver it. */
function answerInPieces(pieces: (string | Uint8Array)[]) {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces)
        controller.enqueue(typeof piece === "string" ? encoder.encode(piece) : piece);
      controller.close();
    },
  });
  vi.stubGlobal(
    "fetch",
    vi.fn(() =>
      Promise.resolve(
        new Response(body, { status: 200, headers: { "Content-Type": "application/x-ndjson" } }),
      ),
    ),
  );
}

async function collect() {
  const chunks = [];
  for await (const chunk of streamTranslation(input)) chunks.push(chunk);
  return chunks;
}

afterEach(() => vi.unstubAllGlobals());

describe("streamTranslation", () => {
  it("reads every line, whether a read holds several lines or cuts one in two", async () => {
    const translations = ["One.", "Two, with a line\nbreak in it.", "तीन — three."];
    const lines = translations.map((text, index) => JSON.stringify(paragraph(index, text)));
    const bytes = new TextEncoder().encode(`${[...lines, '{"done":true}'].join("\n")}\n`);
    // Cut inside the first line, then inside the multi-byte "त" of the third: the second
    // read holds the rest of the first line, the whole second line and half a character.
    const third = new TextEncoder().encode(`${lines[0]}\n${lines[1]}\n{"index":2,"source":"`);
    const cuts = [20, third.length + 1];
    answerInPieces([bytes.slice(0, cuts[0]), bytes.slice(cuts[0], cuts[1]), bytes.slice(cuts[1])]);
    const chunks = await collect();
    const paragraphs = chunks.flatMap((chunk) => ("batch" in chunk ? chunk.batch : []));
    expect(paragraphs.map((item) => item.translation)).toEqual(translations);
    expect(paragraphs.map((item) => item.source)).toEqual(input.paragraphs);
    expect(chunks.at(-1)).toMatchObject({ end: { done: true } });
  });

  it("hands over every line already delivered as one batch, with the end when it came too", async () => {
    const lines = [0, 1, 2].map((index) => JSON.stringify(paragraph(index, `P${index}.`)));
    answerInPieces([`${lines.join("\n")}\n`, `${JSON.stringify({ done: true })}\n`]);
    const chunks = await collect();
    expect(chunks).toEqual([
      { batch: [0, 1, 2].map((index) => paragraph(index, `P${index}.`)), end: { done: true } },
    ]);
  });

  it("hands the end over alone when it comes after the last rows", async () => {
    const encoder = new TextEncoder();
    let finish: () => void = () => undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(`${JSON.stringify(paragraph(0, "One."))}\n`));
        finish = () => {
          controller.enqueue(encoder.encode(`${JSON.stringify({ done: true, count: 1 })}\n`));
          controller.close();
        };
      },
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.resolve(new Response(body, { status: 200 }))),
    );
    const chunks: unknown[] = [];
    for await (const chunk of streamTranslation(input)) {
      chunks.push(chunk);
      if (chunks.length === 1) setTimeout(finish, 5);
    }
    expect(chunks).toEqual([{ batch: [paragraph(0, "One.")] }, { done: true, count: 1 }]);
  });

  it("ends with a lost-connection line when the stream stops before its end line", async () => {
    answerInPieces([`${JSON.stringify(paragraph(0, "One."))}\n{"index":1,"sou`]);
    const chunks = await collect();
    expect(chunks[0]).toEqual({ batch: [paragraph(0, "One.")] });
    expect(chunks.at(-1)).toMatchObject({ done: true, error: { code: "network" } });
  });
});
