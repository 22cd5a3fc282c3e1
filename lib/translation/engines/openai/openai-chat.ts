import "server-only";

import { z } from "zod";
import {
  EngineResponseError,
  invalidResponse,
  readSetting,
  requestJson,
  trimSlash,
  type HttpEngineSettings,
} from "../http-support";
import { TranslationError } from "@/lib/translation/errors";
import { configurationDigest, sharedGet } from "@/lib/translation/shared-state";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** How the server is asked for JSON: a schema, plain JSON mode, or only by instruction. */
export type StructuredOutput = "json_schema" | "json_object" | "none";

const chatResponse = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});

export interface OpenAIChatSettings extends HttpEngineSettings {
  model?: string;
}

/**
 * A minimal client for OpenAI-compatible `POST /chat/completions` (Ollama, vLLM, llama.cpp's
 * llama-server, LM Studio, OpenAI). Servers that reject `response_format` are asked again
 * with a simpler form, and the downgrade is remembered for later calls. With shared state the
 * downgrade is also shared for a while, so other instances skip the refused form too.
 */
export function createOpenAIChat(settings: OpenAIChatSettings) {
  const fetchImpl = settings.fetch ?? fetch;
  let structuredOutput: StructuredOutput = "json_schema";
  const shared = settings.sharedState;
  const sharedKey = async () => {
    const { baseUrl, model } = config();
    return `openai-json-mode:${await configurationDigest(baseUrl ?? "", model ?? "")}`;
  };
  // The more degraded of this process's mode and the one another instance learnt.
  const currentMode = async (): Promise<StructuredOutput> => {
    if (!shared || structuredOutput === "none") return structuredOutput;
    const known = await sharedGet(shared, await sharedKey());
    return isStructuredOutput(known) && DEGRADATION[known] > DEGRADATION[structuredOutput]
      ? known
      : structuredOutput;
  };
  const config = () => ({
    baseUrl: readSetting(settings.baseUrl, settings, "OPENAI_BASE_URL"),
    apiKey: readSetting(settings.apiKey, settings, "OPENAI_API_KEY"),
    model: readSetting(settings.model, settings, "OPENAI_MODEL"),
  });

  const send = async (
    messages: ChatMessage[],
    schema: object | undefined,
    mode: StructuredOutput,
    signal?: AbortSignal,
  ) => {
    const { baseUrl, apiKey, model } = config();
    if (baseUrl === undefined || model === undefined) {
      throw new TranslationError("engine_unavailable", {
        message: "Set OPENAI_BASE_URL and OPENAI_MODEL.",
      });
    }
    const responseFormat =
      schema === undefined || mode === "none"
        ? undefined
        : mode === "json_schema"
          ? { type: "json_schema", json_schema: { name: "result", strict: true, schema } }
          : { type: "json_object" };
    const body = await requestJson({
      engine: "The OpenAI-compatible server",
      keyVariable: "OPENAI_API_KEY",
      fetch: fetchImpl,
      url: `${trimSlash(baseUrl)}/chat/completions`,
      headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {},
      body: {
        model,
        messages,
        temperature: 0.1,
        stream: false,
        ...(responseFormat ? { response_format: responseFormat } : {}),
      },
      signal,
    });
    const parsed = chatResponse.safeParse(body);
    if (!parsed.success)
      throw invalidResponse("The OpenAI-compatible server", "no choices[0].message.content");
    return parsed.data.choices[0]?.message.content ?? "";
  };

  return {
    config,
    /** Sends a chat; with a schema, asks for JSON in the best form the server accepts. */
    async complete(
      messages: ChatMessage[],
      options: { schema?: object; signal?: AbortSignal } = {},
    ): Promise<string> {
      let mode = options.schema === undefined ? structuredOutput : await currentMode();
      for (;;) {
        try {
          return await send(messages, options.schema, mode, options.signal);
        } catch (error) {
          if (options.schema === undefined || mode === "none" || !refusesResponseFormat(error))
            throw error;
          mode = mode === "json_schema" ? "json_object" : "none";
          structuredOutput = mode;
          if (shared) await shared.setMany([[await sharedKey(), mode]], JSON_MODE_SHARED_TTL_MS);
        }
      }
    },
    get structuredOutput() {
      return structuredOutput;
    },
  };
}

const DEGRADATION: Record<StructuredOutput, number> = { json_schema: 0, json_object: 1, none: 2 };

/**
 * How long a JSON-mode downgrade stays shared. The process that learnt it keeps it; others
 * try the better form again after this, in case the server was upgraded.
 */
const JSON_MODE_SHARED_TTL_MS = 10 * 60_000;

function isStructuredOutput(value: string | undefined): value is StructuredOutput {
  return value === "json_schema" || value === "json_object" || value === "none";
}

/**
 * Whether an error is the server saying it does not support the requested `response_format`.
 * Only such a reply switches JSON mode down for the process: any other 400 or 404 (a prompt too
 * long, a model not loaded) says nothing about JSON mode and must not turn it off for good.
 */
export function refusesResponseFormat(error: unknown): boolean {
  if (!(error instanceof TranslationError) || error.code !== "engine_failure") return false;
  const reply = error.cause;
  if (!(reply instanceof EngineResponseError) || reply.status < 400 || reply.status >= 500)
    return false;
  return /response_format|json_schema|json_object|structured output|guided_json|grammar/i.test(
    reply.body,
  );
}

/** Parses a model's JSON reply, tolerating a Markdown code fence around it. */
export function parseModelJson(content: string): unknown {
  const trimmed = content
    .trim()
    .replace(/^```(?:json)?\s*/i, "")
    .replace(/\s*```$/, "");
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    throw new TranslationError("invalid_response", {
      message: "The model's answer was not valid JSON.",
      isRetryable: true,
    });
  }
}
