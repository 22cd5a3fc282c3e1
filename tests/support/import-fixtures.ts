import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

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
