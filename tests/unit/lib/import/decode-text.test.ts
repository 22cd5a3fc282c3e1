import { describe, expect, it } from "vitest";
import {
  binarySignature,
  charsetParameter,
  chooseEncoding,
  decodeImportedText,
  decodeWith,
  encodingForLabel,
  encodingFromBom,
  htmlMetaEncoding,
  unreadableShare,
} from "@/lib/import/decode-text";
import { ImportError } from "@/lib/import/errors";
import { encodeUtf16, encodeWindows1252, PNG_BYTES } from "@/tests/support/import-fixtures";

const ascii = (text: string) => new TextEncoder().encode(text);

/** Bytes from a fixed seed, so a failure can be reproduced; NUL is avoided on purpose. */
function noiseWithoutNul(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[index] = ((state >> 16) % 255) + 1;
  }
  return bytes;
}

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error("expected the bytes to be refused");
}

describe("encodingFromBom", () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x41], "utf-8"],
    [[0xff, 0xfe, 0x41, 0x00], "utf-16le"],
    [[0xfe, 0xff, 0x00, 0x41], "utf-16be"],
    [[0x41, 0x42], undefined],
    [[0xef, 0xbb], undefined],
    [[], undefined],
  ])("reads %j as %s", (bytes, encoding) => {
    expect(encodingFromBom(Uint8Array.from(bytes))?.encoding).toBe(encoding);
  });
});

describe("charsetParameter and encodingForLabel", () => {
  it.each([
    ["text/html; charset=UTF-8", "UTF-8"],
    ['text/html; charset="windows-1252"', "windows-1252"],
    ["text/plain;charset=shift_jis; format=flowed", "shift_jis"],
    ["text/html", undefined],
    [undefined, undefined],
  ])("finds the charset in %s", (header, label) => {
    expect(charsetParameter(header)).toBe(label);
  });

  it("maps labels as the WHATWG Encoding Standard does, and refuses unknown ones", () => {
    expect(encodingForLabel("latin1")).toBe("windows-1252");
    expect(encodingForLabel("ISO-8859-1")).toBe("windows-1252");
    expect(encodingForLabel(" utf8 ")).toBe("utf-8");
    expect(encodingForLabel("shift_jis")).toBe("shift_jis");
    expect(encodingForLabel("no-such-encoding")).toBeUndefined();
    expect(encodingForLabel("")).toBeUndefined();
    expect(encodingForLabel(undefined)).toBeUndefined();
  });
});

describe("htmlMetaEncoding (the prescan)", () => {
  it.each([
    ['<meta charset="windows-1252">', "windows-1252"],
    ["<META CHARSET=koi8-r>", "koi8-r"],
    ["<meta charset='iso-8859-2'/>", "iso-8859-2"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7">', "iso-8859-7"],
    ["<meta content='text/html;charset=\"euc-kr\"' http-equiv=content-type>", "euc-kr"],
    // As the HTML standard says: a <meta> that ASCII can spell cannot be UTF-16.
    ['<meta charset="utf-16le">', "utf-8"],
    ['<meta charset="x-user-defined">', "windows-1252"],
    // An unknown label is passed over, and the next meta that names one is taken.
    ['<meta charset="klingon"><meta charset="gbk">', "gbk"],
    ['<meta http-equiv="refresh" content="5; charset=koi8-r">', undefined],
    ['<!-- <meta charset="koi8-r"> --><title>x</title>', undefined],
    ['<metadata charset="koi8-r">', undefined],
    ["<p>no meta here</p>", undefined],
  ])("reads %s as %s", (html, encoding) => {
    expect(htmlMetaEncoding(ascii(`<!doctype html><head>${html}</head>`))).toBe(encoding);
  });

  it("looks only at the first 1024 bytes", () => {
    const late = `<!doctype html><head>${" ".repeat(1100)}<meta charset="koi8-r">`;
    expect(htmlMetaEncoding(ascii(late))).toBeUndefined();
    const early = `<!doctype html><head>${" ".repeat(900)}<meta charset="koi8-r">`;
    expect(htmlMetaEncoding(ascii(early))).toBe("koi8-r");
  });
});

describe("chooseEncoding", () => {
  const meta = ascii('<meta charset="koi8-r"><p>x</p>');

  it("lets a byte order mark win over the header and the meta", () => {
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...meta]);
    expect(chooseEncoding(withBom, { declaredCharset: "windows-1252", html: true })).toEqual({
      encoding: "utf-8",
      source: "bom",
    });
  });

  it("takes the header over the meta, and the meta when the header names nothing usable", () => {
    expect(chooseEncoding(meta, { declaredCharset: "iso-8859-2", html: true }).encoding).toBe(
      "iso-8859-2",
    );
    expect(chooseEncoding(meta, { declaredCharset: "bogus", html: true })).toEqual({
      encoding: "koi8-r",
      source: "meta",
    });
    expect(chooseEncoding(meta, { html: true }).source).toBe("meta");
  });

  it("reads no meta in plain text, and falls back to UTF-8", () => {
    expect(chooseEncoding(meta, { html: false })).toEqual({ encoding: "utf-8", source: "default" });
  });
});

describe("decodeWith", () => {
  it("gives windows-1252's own characters for 0x80–0x9F (Node's decoder gives C1 controls)", () => {
    const decoded = decodeWith(
      Uint8Array.from([0x80, 0x81, 0x92, 0x93, 0x94, 0x96, 0x9f]),
      "windows-1252",
    );
    expect(decoded).toBe("€\u0081’“”–Ÿ");
    expect(decodeWith(encodeWindows1252("Café “naïve” €2"), "windows-1252")).toBe(
      "Café “naïve” €2",
    );
  });

  it("drops the byte order mark of UTF-16 in either order", () => {
    expect(decodeWith(encodeUtf16("नमस्ते", "le"), "utf-16le")).toBe("नमस्ते");
    expect(decodeWith(encodeUtf16("नमस्ते", "be"), "utf-16be")).toBe("नमस्ते");
  });
});

describe("binarySignature", () => {
  it.each([
    [PNG_BYTES, "a PNG image"],
    [Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), "a JPEG image"],
    [ascii("GIF89a...."), "a GIF image"],
    [ascii("%PDF-1.4\n"), "a PDF"],
    [
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]),
      "a ZIP archive (or a Word or OpenDocument file)",
    ],
    [Uint8Array.from([0x1f, 0x8b, 0x08, 0x00]), "a gzip-compressed file"],
    [ascii("PK is how this note starts"), undefined],
    [ascii("नमस्ते"), undefined],
  ])("names %j", (bytes, name) => {
    expect(binarySignature(bytes)).toBe(name);
  });
});

describe("decodeImportedText", () => {
  const decode = (bytes: Uint8Array, contentType?: string) =>
    decodeImportedText(bytes, { contentType, html: false, subject: '"notes.txt"' });

  it("refuses noise with no NUL in it by its share of unreadable characters", () => {
    const noise = noiseWithoutNul(4096);
    expect(unreadableShare(new TextDecoder().decode(noise)).share).toBeGreaterThan(0.3);
    const error = refusal(() => decode(noise));
    expect(error.code).toBe("import_unsupported_type");
    expect(error.message).toMatch(/^"notes\.txt" does not look like text/);
  });

  it("refuses a NUL byte outside UTF-16, and a known format by its signature", () => {
    expect(refusal(() => decode(ascii("two\u0000words"))).code).toBe("import_unsupported_type");
    expect(refusal(() => decode(PNG_BYTES)).message).toMatch(/^"notes\.txt" is a PNG image/);
  });

  it("reads UTF-16 whose ASCII characters carry NUL bytes, with a BOM or a declared charset", () => {
    expect(decode(encodeUtf16("plain English text", "le"))).toBe("plain English text");
    const noBom = Buffer.from("plain English text", "utf16le");
    expect(decode(noBom, "text/plain; charset=utf-16le")).toBe("plain English text");
  });

  it("keeps real text with a few broken bytes: below the share, or fewer than eight", () => {
    const line = "बाज़ार में दाम बढ़े और लोग परेशान हुए। ";
    // 7 broken bytes in a one-line note: a quarter of it unreadable, but still a note.
    const short = Buffer.concat([Buffer.from("नमस्ते"), Buffer.alloc(7, 0xff)]);
    expect(decode(short)).toBe(`नमस्ते${"\uFFFD".repeat(7)}`);
    // 20 broken bytes among about 2,000 characters: 1 %.
    const long = Buffer.concat([
      Buffer.from(line.repeat(25)),
      Buffer.alloc(20, 0xff),
      Buffer.from(line.repeat(25)),
    ]);
    expect(decode(long)).toContain("\uFFFD".repeat(20));
    // Just over the line: 9 of 80 characters (11 %) is refused.
    const over = Buffer.concat([Buffer.from("a".repeat(71)), Buffer.alloc(9, 0xff)]);
    expect(refusal(() => decode(over)).code).toBe("import_unsupported_type");
    const under = Buffer.concat([Buffer.from("a".repeat(72)), Buffer.alloc(8, 0xff)]);
    expect(decode(under)).toHaveLength(80);
  });

  it("keeps tabs, line breaks and form feeds: they are text", () => {
    expect(decode(ascii("a\tb\r\nc\fd\n".repeat(20)))).toContain("a\tb\r\nc\fd");
  });
});
