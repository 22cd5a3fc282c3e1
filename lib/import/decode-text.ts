import "server-only";

import { ImportError } from "./errors";

/*
 * Turns the bytes of an imported file or page into text, in the order the WHATWG Encoding and
 * HTML standards give a browser: a byte order mark wins, then the charset the server declared,
 * then (for HTML) a <meta> charset in the first 1024 bytes, else UTF-8. Bytes that are not text
 * at all (an image, a PDF, an archive, random data) are refused instead of becoming a page of
 * replacement characters that the reader would then be asked to translate.
 */

/** An encoding as TextDecoder names it, e.g. "utf-8", "utf-16le", "windows-1252". */
export type EncodingName = string;

/** How far into a page the HTML standard's prescan looks for a <meta> charset. */
export const META_PRESCAN_BYTES = 1024;

/**
 * Above this share of unreadable characters (U+FFFD and control characters) the bytes are not
 * taken for text. Real text with a few broken bytes stays far below it (a corrupt byte is one
 * character among hundreds); random bytes read as UTF-8 come out at more than half.
 */
export const UNREADABLE_SHARE_LIMIT = 0.1;

/**
 * Fewer unreadable characters than this never refuse a file, however short: one broken byte in
 * a one-line note is still a note.
 */
export const UNREADABLE_MINIMUM = 8;

/** The encoding a byte order mark names, and how many bytes the mark takes. */
export function encodingFromBom(
  bytes: Uint8Array,
): { encoding: "utf-8" | "utf-16le" | "utf-16be"; length: number } | undefined {
  const [first, second, third] = bytes;
  if (first === 0xef && second === 0xbb && third === 0xbf) return { encoding: "utf-8", length: 3 };
  if (first === 0xff && second === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (first === 0xfe && second === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/**
 * The encoding a label names, as TextDecoder knows it (which maps the WHATWG aliases, so
 * "latin1" and "iso-8859-1" are windows-1252), or undefined for a label it does not support.
 */
export function encodingForLabel(label: string | undefined): EncodingName | undefined {
  if (label === undefined || label.trim() === "") return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** The charset parameter of a Content-Type header, as written; undefined when there is none. */
export function charsetParameter(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s"]+))/i.exec(contentType ?? "");
  return match?.[1] ?? match?.[2];
}

/** The charset named inside a `content` attribute such as "text/html; charset=koi8-r". */
function charsetInMetaContent(content: string): string | undefined {
  const match = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  return match?.[1] ?? match?.[2] ?? match?.[3];
}

/** A tag's attributes, lower-cased names, the first of each name kept (as the HTML parser does). */
function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([^\s"'/=>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;
  for (const match of source.matchAll(pattern)) {
    const name = match[1]?.toLowerCase() ?? "";
    if (name !== "" && !attributes.has(name)) {
      attributes.set(name, match[2] ?? match[3] ?? match[4] ?? "");
    }
  }
  return attributes;
}

/**
 * The encoding a page declares with `<meta charset>` or `<meta http-equiv="Content-Type"
 * content="…; charset=…">` in its first 1024 bytes: a simpler form of the HTML standard's
 * prescan, which skips comments and takes the first meta that names an encoding it supports.
 * As the standard says, a meta naming UTF-16 means UTF-8 (bytes that spell an ASCII <meta> are
 * not UTF-16), and x-user-defined means windows-1252.
 */
export function htmlMetaEncoding(bytes: Uint8Array): EncodingName | undefined {
  // Latin-1 keeps one character per byte, so the ASCII markup reads the same in any encoding
  // the prescan can find.
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, META_PRESCAN_BYTES),
  )
    .toString("latin1")
    .replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  for (const match of head.matchAll(/<meta[\s/]([^>]*)/gi)) {
    const attributes = attributesOf(match[1] ?? "");
    let label = attributes.get("charset");
    if (label === undefined && attributes.get("http-equiv")?.toLowerCase() === "content-type") {
      label = charsetInMetaContent(attributes.get("content") ?? "");
    }
    if (label?.trim().toLowerCase() === "x-user-defined") return "windows-1252";
    const encoding = encodingForLabel(label);
    if (encoding === "utf-16le" || encoding === "utf-16be") return "utf-8";
    if (encoding !== undefined) return encoding;
  }
  return undefined;
}

/** Where the encoding came from, for tests and for the reader's benefit in messages. */
export type EncodingSource = "bom" | "header" | "meta" | "default";

/**
 * The encoding to read bytes with: the byte order mark's, else the declared charset's (an
 * unsupported label is ignored rather than refused: the next source, and in the end UTF-8, is a
 * better guess than no text), else for HTML the <meta> prescan's, else UTF-8.
 */
export function chooseEncoding(
  bytes: Uint8Array,
  options: { declaredCharset?: string | undefined; html: boolean },
): { encoding: EncodingName; source: EncodingSource } {
  const bom = encodingFromBom(bytes);
  if (bom !== undefined) return { encoding: bom.encoding, source: "bom" };
  const declared = encodingForLabel(options.declaredCharset);
  if (declared !== undefined) return { encoding: declared, source: "header" };
  const meta = options.html ? htmlMetaEncoding(bytes) : undefined;
  if (meta !== undefined) return { encoding: meta, source: "meta" };
  return { encoding: "utf-8", source: "default" };
}

/*
 * What windows-1252 puts at 0x80–0x9F (WHATWG index-windows-1252). Node's TextDecoder up to at
 * least 20.x decodes "windows-1252" (and so "latin1" and "iso-8859-1") as ISO-8859-1, giving
 * C1 controls there instead of curly quotes, dashes and the euro sign (nodejs/node#56542); the
 * five bytes the index leaves as controls map to themselves.
 */
const WINDOWS_1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

/** Decodes bytes with a named encoding; a byte order mark for that encoding is dropped. */
export function decodeWith(bytes: Uint8Array, encoding: EncodingName): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== "windows-1252") return text;
  return text.replace(
    /[\u0080-\u009F]/g,
    (control) => WINDOWS_1252_HIGH[control.charCodeAt(0) - 0x80] ?? control,
  );
}

/** File formats that are never text, by the bytes they start with. */
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a PDF", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // ZIP also holds Word (.docx), OpenDocument and EPUB files.
  { name: "a ZIP archive (or a Word or OpenDocument file)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "a ZIP archive (or a Word or OpenDocument file)", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: "a gzip-compressed file", bytes: [0x1f, 0x8b] },
];

/** What kind of non-text file the bytes are, by their opening signature; undefined if none. */
export function binarySignature(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((signature) =>
    signature.bytes.every((byte, index) => bytes[index] === byte),
  )?.name;
}

// Control characters text does not use: C0 except tab, line feed, form feed and carriage
// return; DEL; C1. With U+FFFD, what bytes that are not text in this encoding turn into.
const UNREADABLE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g;

/** The share of characters in the text that are replacement or control characters. */
export function unreadableShare(text: string): { count: number; share: number } {
  // Counted in place: match() would build an array of every hit, millions for 5 MB of noise.
  let count = 0;
  UNREADABLE.lastIndex = 0;
  while (UNREADABLE.exec(text) !== null) count += 1;
  return { count, share: text.length === 0 ? 0 : count / text.length };
}

/**
 * Decodes the bytes of an imported file or page (see chooseEncoding), refusing with
 * `import_unsupported_type` what is not text: a known binary format by its signature, a NUL
 * byte in anything but UTF-16 (no text encoding here uses it; binary formats are full of them),
 * or more than UNREADABLE_SHARE_LIMIT of the characters unreadable. `subject` names the import
 * in messages: `The page` or `"notes.txt"`.
 */
export function decodeImportedText(
  bytes: Uint8Array,
  options: { contentType?: string | undefined; html: boolean; subject: string },
): string {
  const refuse = (what: string): never => {
    throw new ImportError(
      "import_unsupported_type",
      `${options.subject} ${what}. Only web pages and plain text (.txt, .md or .html files) can be imported.`,
    );
  };
  const { encoding } = chooseEncoding(bytes, {
    declaredCharset: charsetParameter(options.contentType),
    html: options.html,
  });
  const utf16 = encoding === "utf-16le" || encoding === "utf-16be";
  if (!utf16) {
    const signature = binarySignature(bytes);
    if (signature !== undefined) refuse(`is ${signature}, not text`);
  }
  const notText =
    "does not look like text: it may be binary data, or text in an encoding that could not be recognised (UTF-8 always works)";
  if (!utf16 && bytes.includes(0)) refuse(notText);
  const text = decodeWith(bytes, encoding);
  const unreadable = unreadableShare(text);
  if (unreadable.count >= UNREADABLE_MINIMUM && unreadable.share > UNREADABLE_SHARE_LIMIT) {
    refuse(notText);
  }
  return text;
}
