import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyAddress } from "@/lib/import/address-policy";
import { ImportError } from "@/lib/import/errors";
import { extractArticle } from "@/lib/import/extract-article";
import { fetchPage, type FetchPageOptions } from "@/lib/import/fetch-page";
import {
  ARTICLE_HTML,
  NO_ARTICLE_HTML,
  startImportFixture,
  type ImportFixture,
} from "../../../support/import-fixtures";

let fixture: ImportFixture;
beforeAll(async () => {
  fixture = await startImportFixture();
});
afterAll(() => fixture.close());

const loopback: FetchPageOptions = { allowLoopback: true };

async function refusal(url: string, options: FetchPageOptions = loopback): Promise<ImportError> {
  const error = await fetchPage(url, options).then(
    () => new Error(`expected ${url} to be refused`),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe("address policy", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["10.0.0.8", "blocked"],
    ["172.20.1.1", "blocked"],
    ["192.168.1.1", "blocked"],
    ["169.254.169.254", "blocked"],
    ["100.64.0.1", "blocked"],
    ["0.0.0.0", "blocked"],
    ["::", "blocked"],
    ["fe80::1", "blocked"],
    ["fd00:ec2::254", "blocked"],
    ["::ffff:10.0.0.1", "blocked"],
    ["::ffff:a9fe:a9fe", "blocked"],
    ["64:ff9b::a9fe:a9fe", "blocked"],
    ["not-an-ip", "blocked"],
    ["0:0:0:0:0:ffff:7f00:1", "loopback"],
    ["64:ff9b::93.184.216.34", "allowed"],
    // Forms that reach an IPv4 host through a translator or tunnel are refused outright.
    ["::127.0.0.1", "blocked"],
    ["::7f00:1", "blocked"],
    ["::93.184.216.34", "blocked"],
    ["::ffff:0:127.0.0.1", "blocked"],
    ["::ffff:0:7f00:1", "blocked"],
    ["::ffff:0:5db8:d822", "blocked"],
    ["64:ff9b:1::7f00:1", "blocked"],
    ["64:ff9b:1:ffff::1", "blocked"],
    ["2002:7f00:1::", "blocked"],
    ["2002:5db8:d822::1", "blocked"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "blocked"],
    ["93.184.216.34", "allowed"],
    ["2606:4700::1111", "allowed"],
    ["2001:4860:4860::8888", "allowed"],
  ])("%s is %s", (address, verdict) => {
    expect(classifyAddress(address)).toBe(verdict);
  });

  it.each(["[::127.0.0.1]", "[::ffff:0:127.0.0.1]", "[64:ff9b:1::7f00:1]", "[2002:7f00:1::]"])(
    "refuses http://%s/ before connecting, even with loopback allowed for tests",
    async (host) => {
      const error = await refusal(`http://${host}:${fixture.port}/article`);
      expect(error.code).toBe("import_blocked_address");
    },
  );
});

describe("fetchPage", () => {
  it("fetches a page from a fixture on loopback when the test setting allows it", async () => {
    const page = await fetchPage(`${fixture.origin}/article`, loopback);
    expect(page.mediaType).toBe("text/html");
    expect(page.text).toContain("नदी किनारे नया पुल खुला");
  });

  it("refuses loopback without the test setting, before connecting", async () => {
    const before = fixture.hits.length;
    const error = await refusal(`${fixture.origin}/article`, {});
    expect(error.code).toBe("import_blocked_address");
    expect(error.message).toMatch(/private network|this server/);
    expect(fixture.hits.length).toBe(before);
  });

  it.each([
    ["http://169.254.169.254/latest/meta-data/"],
    ["http://[::1]:9/"],
    ["http://[::ffff:10.0.0.1]/"],
    ["http://10.0.0.1/"],
    ["http://0x7f000001/"],
    ["http://0/"],
  ])("refuses %s even with loopback allowed where it is not loopback", async (url) => {
    const error = await refusal(url, url.includes("::1") || url.includes("0x7f") ? {} : loopback);
    expect(error.code).toBe("import_blocked_address");
  });

  it.each([
    ["file:///etc/passwd", /Only http:\/\/ and https:\/\//],
    ["ftp://example.test/a", /Only http:\/\/ and https:\/\//],
    ["javascript:alert(1)", /Only http:\/\/ and https:\/\//],
    ["not a url", /not a web address/],
    ["http://user:secret@example.test/", /user name or password/],
  ])("refuses %s with a clear message", async (url, message) => {
    const error = await refusal(url);
    expect(error.code).toBe("import_invalid_url");
    expect(error.message).toMatch(message);
  });

  it("refuses a host name that resolves to a private address, without connecting", async () => {
    const asked: string[] = [];
    const error = await refusal("http://news.example.test/", {
      resolveHost: async (host) => {
        asked.push(host);
        return [
          { address: "93.184.216.34", family: 4 },
          { address: "10.9.8.7", family: 4 },
        ];
      },
    });
    expect(error.code).toBe("import_blocked_address");
    expect(asked).toEqual(["news.example.test"]);
  });

  it("resolves an internationalised domain by its punycode name", async () => {
    const asked: string[] = [];
    const page = await fetchPage(`http://समाचार.भारत:${fixture.port}/article`, {
      allowLoopback: true,
      resolveHost: async (host) => {
        asked.push(host);
        return [{ address: "127.0.0.1", family: 4 }];
      },
    });
    expect(asked).toEqual([new URL("http://समाचार.भारत/").hostname]);
    expect(asked[0]).toMatch(/^xn--/);
    expect(page.text).toContain("नया पुल");
  });

  it("says when a host cannot be found", async () => {
    const error = await refusal("http://no-such-host.invalid/", {
      resolveHost: () => Promise.reject(Object.assign(new Error("nope"), { code: "ENOTFOUND" })),
    });
    expect(error.code).toBe("import_unreachable");
    expect(error.message).toMatch(/could not be found/);
  });

  it("checks the address after a redirect: metadata and private targets are refused", async () => {
    expect((await refusal(`${fixture.origin}/to-metadata`)).code).toBe("import_blocked_address");
    expect((await refusal(`${fixture.origin}/to-private`)).code).toBe("import_blocked_address");
    expect((await refusal(`${fixture.origin}/to-file`)).code).toBe("import_invalid_url");
  });

  it("follows five redirects and refuses the sixth, and a redirect loop", async () => {
    const page = await fetchPage(`${fixture.origin}/chain/4`, loopback);
    expect(page.url).toBe(`${fixture.origin}/article`);
    const error = await refusal(`${fixture.origin}/chain/5`);
    expect(error.code).toBe("import_too_many_redirects");
    const loop = await refusal(`${fixture.origin}/loop`);
    expect(loop.code).toBe("import_too_many_redirects");
  });

  it("refuses a PDF and an image by their type, naming what they are", async () => {
    const pdf = await refusal(`${fixture.origin}/report.pdf`);
    expect(pdf.code).toBe("import_unsupported_type");
    expect(pdf.message).toMatch(/PDF/);
    const image = await refusal(`${fixture.origin}/photo.png`);
    expect(image.message).toMatch(/image/);
  });

  it("stops a 50 MB page at 5 MB, declared or streamed", async () => {
    const declared = await refusal(`${fixture.origin}/huge-declared`);
    expect(declared.code).toBe("import_too_large");
    const streamed = await refusal(`${fixture.origin}/huge`);
    expect(streamed.code).toBe("import_too_large");
    expect(streamed.message).toMatch(/5 MB/);
  });

  it("gives up on a page that never ends at the deadline", async () => {
    const started = Date.now();
    const error = await refusal(`${fixture.origin}/never-ends`, { ...loopback, timeoutMs: 400 });
    expect(error.code).toBe("import_timeout");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses a page compressed more times over than any server needs, before undoing any", async () => {
    const error = await refusal(`${fixture.origin}/compressed/many-layers`);
    expect(error.code).toBe("import_unsupported_type");
    expect(error.message).toMatch(/1000 times over/);
  });

  it("gives up on a compressed page that never ends at the deadline, as a timeout", async () => {
    const error = await refusal(`${fixture.origin}/compressed/never-ends`, {
      ...loopback,
      timeoutMs: 400,
    });
    expect(error.code).toBe("import_timeout");
  });

  it("says which HTTP status a missing page answered", async () => {
    const error = await refusal(`${fixture.origin}/missing`);
    expect(error.code).toBe("import_unreachable");
    expect(error.message).toMatch(/404/);
  });
});

/** Six paragraphs of article text, enough for Readability to take the page for an article. */
const IRRIGATION_BODY = Array.from(
  { length: 6 },
  (_, index) =>
    `<p>नई सिंचाई योजना के बारे में यह अनुच्छेद ${index + 1} है, जिसमें किसानों, राज्यों और पानी की बचत पर विस्तार से बात की गई है।</p>`,
).join("");

describe("extractArticle", () => {
  it("finds the headline, byline and body paragraphs, without navigation or script", () => {
    const article = extractArticle(ARTICLE_HTML, "https://news.example.test/bridge");
    expect(article.title).toBe("नदी किनारे नया पुल खुला");
    expect(article.byline).toMatch(/सुनीता वर्मा/);
    expect(article.sourceUrl).toBe("https://news.example.test/bridge");
    // The headline is row 0, marked as the title, then the three body paragraphs.
    expect(article.titleParagraph).toBe(0);
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[0]).toBe("नदी किनारे नया पुल खुला");
    expect(article.paragraphs[1]).toMatch(/^शहर के पूर्वी हिस्से/);
    expect(article.paragraphStarts).toEqual([true, true, true, true]);
    expect(article.warning).toBeNull();
    expect(article.paragraphs.join(" ")).not.toMatch(/मुखपृष्ठ|alert/);
  });

  it("takes a page's only headline over a shorter <title>, and its shown byline out of the rows", () => {
    const article = extractArticle(
      `<!doctype html><html lang="hi"><head><title>सिंचाई योजना | समाचार</title>
      <meta name="author" content="संवाददाता"></head><body><nav>होम | देश</nav><article>
      <h1>केंद्र ने किसानों के लिए सिंचाई योजना घोषित की</h1>
      <p class="byline">लेखक: रमेश कुमार</p>${IRRIGATION_BODY}</article></body></html>`,
      "https://news.example.test/irrigation",
    );
    expect(article.title).toBe("केंद्र ने किसानों के लिए सिंचाई योजना घोषित की");
    expect(article.paragraphs[0]).toBe("केंद्र ने किसानों के लिए सिंचाई योजना घोषित की");
    expect(article.byline).toBe("लेखक: रमेश कुमार");
    expect(article.paragraphs).not.toContain("लेखक: रमेश कुमार");
    expect(article.paragraphs).not.toContain("सिंचाई योजना | समाचार");
    expect(article.paragraphs).toHaveLength(7);
    expect(article.paragraphs[1]).toMatch(/अनुच्छेद 1 है/);
  });

  it("does not take a masthead in the page's only <h1> for the headline", () => {
    const article = extractArticle(
      `<!doctype html><html lang="hi"><head><title>किसानों के लिए नई सिंचाई योजना | दैनिक समाचार</title>
      </head><body><header><h1>दैनिक समाचार</h1></header><article>${IRRIGATION_BODY}</article></body></html>`,
      "https://news.example.test/irrigation",
    );
    expect(article.title).toBe("किसानों के लिए नई सिंचाई योजना");
  });

  it("warns when a page gives too little text to be an article", () => {
    const article = extractArticle(
      `<!doctype html><html><head><title>Welcome</title></head><body><main><h1>Welcome</h1>
      <p>Home / About</p></main><form><input name="user"></form></body></html>`,
      "https://site.example.test/login",
    );
    expect(article.warning?.code).toBe("import_thin_article");
    expect(article.warning?.message).toMatch(/not an article|rather than an article/);
  });

  it("refuses a page with no article", () => {
    expect(() => extractArticle(NO_ARTICLE_HTML, null)).toThrow(
      expect.objectContaining({ code: "import_no_article" }),
    );
  });
});
