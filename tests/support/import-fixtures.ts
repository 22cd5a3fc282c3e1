import { randomBytes } from "node:crypto";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, createGzip, deflateSync, gzipSync } from "node:zlib";

/** A news page written for these tests: headline, byline, navigation and three paragraphs. */
export const ARTICLE_HTML = `<!doctype html>
<html lang="hi"><head><meta charset="utf-8"><title>नदी किनारे नया पुल | नगर समाचार</title></head>
<body>
<nav><a href="/">मुखपृष्ठ</a> <a href="/sports">खेल</a> <a href="/weather">मौसम</a></nav>
<article>
<h1>नदी किनारे नया पुल खुला</h1>
<p class="byline">लेखक: सुनीता वर्मा</p>
<p>शहर के पूर्वी हिस्से में नदी पर बना नया पुल सोमवार सुबह आम लोगों के लिए खोल दिया गया। इससे दोनों किनारों के बीच आने-जाने का समय लगभग आधा हो जाएगा।</p>
<p>नगर निगम के अनुसार पुल को बनाने में तीन साल लगे और इस पर पैदल चलने वालों के लिए अलग रास्ता भी है। अधिकारियों ने कहा कि रात में पुल पर रोशनी की पूरी व्यवस्था की गई है।</p>
<p>स्थानीय दुकानदारों ने उम्मीद जताई कि पुल खुलने से बाज़ार में ग्राहकों की संख्या बढ़ेगी। कुछ निवासियों ने <script>alert(1)</script> पार्किंग की कमी पर चिंता भी जताई।</p>
</article>
<footer>© नगर समाचार</footer>
</body></html>`;

export const NO_ARTICLE_HTML = `<!doctype html><html><head><title>लॉग इन</title></head>
<body><form><input name="user"><button>भेजें</button></form></body></html>`;

/** A page in English with accents, curly quotes and a euro sign: what windows-1252 can hold. */
export const WESTERN_HTML = `<!doctype html>
<html lang="en"><head><meta charset="windows-1252"><title>Café naïve résumé</title></head>
<body><article>
<h1>Café naïve résumé</h1>
<p>The café on the corner reopened on Monday, and its owner said the naïve optimism of the first week had given way to a careful résumé of what went wrong: “too many dishes, too few hands”.</p>
<p>Prices rose by about €2 a plate. Regulars said they did not mind, since the crème brûlée is still the best in town and the coffee is as strong as it ever was before the renovation.</p>
<p>The council’s inspectors visited twice in the spring and found nothing to fault; the owner hopes the terrace will be open again before the summer crowds arrive in the old quarter.</p>
</article></body></html>`;

// The characters of windows-1252 outside Latin-1 that WESTERN_HTML uses, with their bytes.
const WINDOWS_1252_EXTRAS: Record<string, number> = { "€": 0x80, "’": 0x92, "“": 0x93, "”": 0x94 };

/** Encodes text as windows-1252 (Node can decode it but has no encoder for it). */
export function encodeWindows1252(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (character) => {
      const code = WINDOWS_1252_EXTRAS[character] ?? character.codePointAt(0) ?? 0;
      if (code > 0xff) throw new Error(`${character} is not in windows-1252`);
      return code;
    }),
  );
}

/** Text as UTF-16 with its byte order mark, little- or big-endian. */
export function encodeUtf16(text: string, order: "le" | "be"): Buffer {
  const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  return order === "le" ? little : little.swap16();
}

/** The eight bytes every PNG file starts with, then a little of an image header. */
export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("0000000d49484452000000100000001008060000001ff3ff61", "hex"),
]);

export interface ImportFixture {
  origin: string;
  port: number;
  /** Paths requested so far, in order. */
  hits: string[];
  close(): Promise<void>;
}

/** Pages for every import case, served on 127.0.0.1. */
export async function startImportFixture(): Promise<ImportFixture> {
  const hits: string[] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? "/";
    hits.push(path);
    open.add(response);
    response.on("close", () => open.delete(response));
    const html = (body: string) => {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(body);
    };
    if (path === "/article") return html(ARTICLE_HTML);
    if (path === "/no-article") return html(NO_ARTICLE_HTML);
    if (path === "/text") {
      response.writeHead(200, { "Content-Type": "text/plain; charset=utf-8" });
      return response.end("पहला अनुच्छेद।\n\nदूसरा अनुच्छेद।\n");
    }
    if (path === "/utf16le-article" || path === "/utf16be-article") {
      // A BOM and no charset in the header; the page's own meta still says utf-8 (a page saved
      // in another encoding often keeps it), and the BOM must win over it.
      response.writeHead(200, { "Content-Type": "text/html" });
      return response.end(encodeUtf16(ARTICLE_HTML, path.startsWith("/utf16le") ? "le" : "be"));
    }
    if (path === "/utf16-text") {
      response.writeHead(200, { "Content-Type": "text/plain" });
      return response.end(encodeUtf16("पहला अनुच्छेद।\n\nदूसरा अनुच्छेद।\n", "le"));
    }
    if (path === "/windows-1252") {
      // Only the page's meta names its encoding, as on many older sites.
      response.writeHead(200, { "Content-Type": "text/html" });
      return response.end(encodeWindows1252(WESTERN_HTML));
    }
    if (path === "/png-as-html") {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return response.end(PNG_BYTES);
    }
    if (path === "/random-as-text") {
      response.writeHead(200, { "Content-Type": "text/plain" });
      return response.end(randomBytes(4096));
    }
    const compressed = /^\/compressed\/(gzip|deflate|br|gzip-br)$/.exec(path);
    if (compressed) {
      // Sent compressed although the importer asked for identity, as some servers do.
      const body = Buffer.from(ARTICLE_HTML);
      const coding = compressed[1];
      const encoded =
        coding === "gzip"
          ? gzipSync(body)
          : coding === "deflate"
            ? deflateSync(body)
            : coding === "br"
              ? brotliCompressSync(body)
              : brotliCompressSync(gzipSync(body));
      response.writeHead(200, {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Encoding": coding === "gzip-br" ? "gzip, br" : (coding ?? ""),
      });
      return response.end(encoded);
    }
    if (path === "/compressed/bomb") {
      // 50 MB of text in about 50 KB of gzip: the limit must count what comes out.
      response.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
      return response.end(gzipSync(Buffer.alloc(50 * 1024 * 1024, "<p>क</p>")));
    }
    if (path === "/compressed/many-layers") {
      // A thousand gzips stacked over a small body: each layer costs more to undo than the last.
      let layered: Buffer = Buffer.from("<p>क</p>");
      for (let layer = 0; layer < 1_000; layer += 1) layered = gzipSync(layered);
      response.writeHead(200, {
        "Content-Type": "text/html",
        "Content-Encoding": Array.from({ length: 1_000 }, () => "gzip").join(", "),
      });
      return response.end(layered);
    }
    if (path === "/compressed/broken") {
      response.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
      return response.end(Buffer.from("this is not gzip at all"));
    }
    if (path === "/compressed/never-ends") {
      response.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
      const gzip = createGzip();
      gzip.pipe(response);
      gzip.write("<html><body><p>शुरुआत");
      return gzip.flush(); // and nothing more, ever
    }
    if (path === "/compressed/zstd") {
      response.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "zstd" });
      return response.end(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0]));
    }
    if (path === "/report.pdf") {
      response.writeHead(200, { "Content-Type": "application/pdf" });
      return response.end("%PDF-1.7\n");
    }
    if (path === "/photo.png") {
      response.writeHead(200, { "Content-Type": "image/png" });
      return response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    }
    if (path === "/huge-declared") {
      response.writeHead(200, {
        "Content-Type": "text/html",
        "Content-Length": String(50 * 1024 * 1024),
      });
      return response.write("<p>");
    }
    if (path === "/huge") {
      // 50 MB, chunked, no length given: the limit must be enforced while reading.
      response.writeHead(200, { "Content-Type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "क");
      let sent = 0;
      const pump = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once("drain", pump);
        }
        response.end();
      };
      return pump();
    }
    if (path === "/never-ends") {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.write("<html><body><p>शुरुआत");
      return; // and nothing more, ever
    }
    if (path === "/loop") {
      response.writeHead(302, { Location: "/loop" });
      return response.end();
    }
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) {
      const left = Number(chain[1]);
      response.writeHead(301, { Location: left === 0 ? "/article" : `/chain/${left - 1}` });
      return response.end();
    }
    if (path === "/to-metadata") {
      response.writeHead(302, { Location: "http://169.254.169.254/latest/meta-data/" });
      return response.end();
    }
    if (path === "/to-private") {
      response.writeHead(307, { Location: "http://10.1.2.3/internal" });
      return response.end();
    }
    if (path === "/to-file") {
      response.writeHead(302, { Location: "file:///etc/passwd" });
      return response.end();
    }
    response.writeHead(404, { "Content-Type": "text/plain" });
    response.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise((resolve) => {
        for (const response of open) response.destroy();
        server.close(() => resolve());
      }),
  };
}
