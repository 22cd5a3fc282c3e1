import {
  fakeTranslate,
  type Behaviour,
  type FixtureReply,
  type RecordedRequest,
  type VendorHandler,
} from "./fixture-server";

export const TEST_KEY = "test-key-123";

type Json = Record<string, unknown>;
const asJson = (body: unknown): Json =>
  typeof body === "object" && body !== null ? (body as Json) : {};
const dropOne = <T>(items: T[], behaviour: Behaviour) =>
  behaviour.kind === "wrong-count" ? items.slice(0, -1) : items;

/** LibreTranslate: POST /translate {q[], source, target, format, api_key} → {translatedText[]}; errors {error}. */
export function libreTranslateFixture(options: {
  charLimit: number;
  /** How the fixture "translates" one text; default `fakeTranslate`. */
  translate?: (text: string, target: string) => string;
}): VendorHandler {
  const translate = options.translate ?? fakeTranslate;
  return (request, behaviour) => {
    const error = (
      status: number,
      message: string,
      headers?: Record<string, string>,
    ): FixtureReply => ({ status, body: { error: message }, headers });
    if (request.method === "GET" && request.url.startsWith("/languages")) {
      return {
        status: 200,
        body: [
          { code: "en", name: "English", targets: ["hi"] },
          { code: "hi", name: "Hindi", targets: ["en"] },
        ],
      };
    }
    if (behaviour.kind === "status")
      return error(behaviour.status, "refused by fixture", behaviour.headers);
    const body = asJson(request.body);
    if (request.url !== "/translate" || request.method !== "POST") return error(404, "Not Found");
    if (body.api_key !== TEST_KEY) return error(403, "Invalid API key");
    if (body.format !== "text") return error(400, "format must be text for plain text");
    if (
      !Array.isArray(body.q) ||
      typeof body.source !== "string" ||
      typeof body.target !== "string"
    )
      return error(400, "Invalid request: missing q");
    const texts = body.q as string[];
    if (texts.join("").length > options.charLimit)
      return error(
        400,
        `Invalid request: request (${texts.join("").length}) exceeds text limit (${options.charLimit})`,
      );
    return {
      status: 200,
      body: {
        translatedText: dropOne(
          texts.map((text) => translate(text, body.target as string)),
          behaviour,
        ),
      },
    };
  };
}

/** Google Translation v2: POST /language/translate/v2 with X-Goog-Api-Key, {q[], source, target, format} → {data:{translations[]}}. */
export const googleFixture: VendorHandler = (request, behaviour) => {
  const error = (
    status: number,
    message: string,
    headers?: Record<string, string>,
  ): FixtureReply => ({
    status,
    body: { error: { code: status, message, errors: [{ message, reason: "fixture" }] } },
    headers,
  });
  if (behaviour.kind === "status")
    return error(behaviour.status, "refused by fixture", behaviour.headers);
  const url = new URL(request.url, "http://fixture");
  if (url.pathname !== "/language/translate/v2") return error(404, "Not found");
  if (request.headers["x-goog-api-key"] !== TEST_KEY || url.searchParams.has("key"))
    return error(400, "API key not valid. Please pass a valid API key.");
  const body = asJson(request.body);
  const texts = body.q as string[];
  if (!Array.isArray(texts) || texts.length > 128) return error(400, "Too many text segments");
  // The service's default format is HTML, which would entity-escape the text: insist on "text".
  if (body.format !== "text") return error(400, "format must be text in this fixture");
  return {
    status: 200,
    body: {
      data: {
        translations: dropOne(
          texts.map((text) => ({ translatedText: fakeTranslate(text, String(body.target)) })),
          behaviour,
        ),
      },
    },
  };
};

/** Azure Translator v3: POST /translate?api-version=3.0&from&to, subscription headers, [{Text}] → [{translations:[{text,to}]}]. */
export const azureFixture: VendorHandler = (request, behaviour) => {
  const error = (
    status: number,
    code: number,
    message: string,
    headers?: Record<string, string>,
  ): FixtureReply => ({ status, body: { error: { code, message } }, headers });
  if (behaviour.kind === "status")
    return error(
      behaviour.status,
      behaviour.status * 1000,
      "refused by fixture",
      behaviour.headers,
    );
  const url = new URL(request.url, "http://fixture");
  if (url.pathname !== "/translate" || url.searchParams.get("api-version") !== "3.0")
    return error(404, 404000, "Not found");
  if (request.headers["ocp-apim-subscription-key"] !== TEST_KEY)
    return error(401, 401000, "Access denied due to invalid subscription key.");
  if (request.headers["ocp-apim-subscription-region"] !== "centralindia")
    return error(401, 401015, "Region required for this key.");
  const to = url.searchParams.get("to");
  const items = request.body as { Text?: string }[];
  if (!Array.isArray(items) || items.some((item) => typeof item.Text !== "string"))
    return error(400, 400074, "The body of the request is not valid JSON.");
  if (items.length > 1000) return error(400, 400077, "The maximum request size has been exceeded.");
  if (items.reduce((sum, item) => sum + (item.Text?.length ?? 0), 0) > 50_000)
    return error(400, 400077, "The maximum request size has been exceeded.");
  return {
    status: 200,
    body: dropOne(
      items.map((item) => ({
        translations: [{ text: fakeTranslate(item.Text ?? "", to ?? ""), to }],
      })),
      behaviour,
    ),
  };
};

/** DeepL v2: POST /v2/translate, Authorization DeepL-Auth-Key, {text[], source_lang, target_lang} → {translations[]}. */
export const deeplFixture: VendorHandler = (request, behaviour) => {
  const error = (
    status: number,
    message: string,
    headers?: Record<string, string>,
  ): FixtureReply => ({ status, body: { message }, headers });
  if (behaviour.kind === "status")
    return error(behaviour.status, "refused by fixture", behaviour.headers);
  if (request.url !== "/v2/translate") return error(404, "Not found");
  if (request.headers.authorization !== `DeepL-Auth-Key ${TEST_KEY}`)
    return error(403, "Authorization failed");
  const body = asJson(request.body);
  const texts = body.text as string[];
  if (!Array.isArray(texts) || texts.length > 50) return error(400, "Too many texts");
  if (body.tag_handling !== undefined || body.glossary_id !== undefined)
    return error(400, "Hindi supports plain text only");
  if (!["HI", "EN-GB", "EN-US"].includes(String(body.target_lang)))
    return error(400, "Value for 'target_lang' not supported.");
  return {
    status: 200,
    body: {
      translations: dropOne(
        texts.map((text) => ({
          detected_source_language: String(body.source_lang),
          text: fakeTranslate(text, String(body.target_lang)),
        })),
        behaviour,
      ),
    },
  };
};

/** Sarvam: POST /translate, api-subscription-key, {input, source_language_code, target_language_code, model} → {translated_text}. */
export function sarvamFixture(options: { charLimit: number }): VendorHandler {
  return (request, behaviour) => {
    const error = (
      status: number,
      message: string,
      headers?: Record<string, string>,
    ): FixtureReply => ({ status, body: { error: { message, code: "fixture" } }, headers });
    if (behaviour.kind === "status")
      return error(behaviour.status, "refused by fixture", behaviour.headers);
    if (request.url !== "/translate") return error(404, "Not found");
    if (request.headers["api-subscription-key"] !== TEST_KEY)
      return error(403, "Invalid API subscription key");
    const body = asJson(request.body);
    if (typeof body.input !== "string") return error(400, "input must be a string");
    if (body.input.length > options.charLimit)
      return error(400, `Input exceeds ${options.charLimit} characters`);
    if (
      !/^(hi|en)-IN$/.test(String(body.source_language_code)) ||
      !/^(hi|en)-IN$/.test(String(body.target_language_code))
    )
      return error(400, "Unsupported language code");
    if (behaviour.kind === "wrong-count") return { status: 200, body: { request_id: "r1" } };
    return {
      status: 200,
      body: {
        request_id: "r1",
        translated_text: fakeTranslate(body.input, String(body.target_language_code)),
        source_language_code: body.source_language_code,
      },
    };
  };
}

/**
 * An OpenAI-compatible chat server whose "model" translates by the fixture rule. It reads the
 * JSON paragraphs the engine sends and answers with the same ids; with `rejectSchema` it
 * refuses `response_format: json_schema` the way servers without structured output do.
 */
export function openAIFixture(
  options: { rejectSchema?: boolean; reorder?: boolean; citeMissingParagraph?: boolean } = {},
): VendorHandler {
  return (request, behaviour) => {
    const error = (
      status: number,
      message: string,
      headers?: Record<string, string>,
    ): FixtureReply => ({ status, body: { error: { message, type: "fixture" } }, headers });
    if (request.method === "GET" && request.url === "/models")
      return { status: 200, body: { object: "list", data: [{ id: "fixture-model" }] } };
    if (behaviour.kind === "status")
      return error(behaviour.status, "refused by fixture", behaviour.headers);
    if (request.url !== "/chat/completions") return error(404, "Not found");
    if (request.headers.authorization !== `Bearer ${TEST_KEY}`)
      return error(401, "Incorrect API key provided");
    const body = asJson(request.body);
    const format = asJson(body.response_format);
    if (options.rejectSchema && format.type === "json_schema")
      return error(400, "response_format json_schema is not supported");
    const messages = body.messages as { role: string; content: string }[];
    const target =
      /to (\w+)/.exec(messages.map((message) => message.content).join("\n"))?.[1] === "Hindi"
        ? "hi"
        : "en";
    const user = messages.findLast((message) => message.role === "user")?.content ?? "";
    let content: string;
    const system = messages.find((message) => message.role === "system")?.content ?? "";
    if (system.startsWith("You summarise")) {
      // A summary that cites each of the first three paragraphs, or a paragraph that is not there.
      const input = JSON.parse(user) as { paragraphs: { index: number; text: string }[] };
      const bullets = input.paragraphs.slice(0, 3).map((paragraph) => ({
        target: `Summary of paragraph ${paragraph.index}`,
        source: `सार ${paragraph.index}`,
        paragraphs: [options.citeMissingParagraph ? input.paragraphs.length + 5 : paragraph.index],
      }));
      content = JSON.stringify({ bullets });
    } else if (user.startsWith("You are a professional")) {
      content = fakeTranslate(user.split("\n\n\n")[1] ?? "", target);
    } else {
      const input = JSON.parse(user) as { paragraphs: { id: string; text: string }[] };
      let output = input.paragraphs.map((paragraph) => ({
        id: paragraph.id,
        translation: fakeTranslate(paragraph.text, target),
      }));
      if (behaviour.kind === "wrong-count") output = output.slice(0, -1);
      if (options.reorder) output = output.reverse();
      content = JSON.stringify({ paragraphs: output });
    }
    return {
      status: 200,
      body: {
        id: "chatcmpl-1",
        object: "chat.completion",
        choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
      },
    };
  };
}

export function recordedBody(request: RecordedRequest | undefined): Json {
  return asJson(request?.body);
}
