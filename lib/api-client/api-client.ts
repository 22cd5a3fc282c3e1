import type {
  ApiEngines,
  ApiImportedArticle,
  ApiDocument,
  ApiParagraph,
  ApiRevision,
  ApiSavedDocument,
  ApiSummary,
  CreateDocumentRequestBody,
  CreateRevisionRequestBody,
  SummarizeRequestBody,
  TranslateRequestBody,
} from "@/lib/api/wire-types";
import type { LanguageCode } from "@/lib/text/language";
import { editKeyFor } from "@/lib/documents/recent-documents";
import { nextTask } from "@/lib/next-task";
import { ApiRequestError } from "./request-error";

export { ApiRequestError };

/** What the reader always sends: its paragraphs, a settled direction and an engine. */
export interface TranslateInput extends TranslateRequestBody {
  paragraphs: string[];
  source: LanguageCode;
  target: LanguageCode;
  engine: string;
}

async function failure(response: Response): Promise<ApiRequestError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    return new ApiRequestError(
      body.error?.code ?? "http_error",
      body.error?.message ?? response.statusText,
      response.status,
    );
  } catch {
    return new ApiRequestError(
      "http_error",
      `The server answered ${response.status}.`,
      response.status,
    );
  }
}

async function post(url: string, body: unknown, init: RequestInit = {}): Promise<Response> {
  return send(url, {
    method: "POST",
    ...init,
    headers: { "Content-Type": "application/json", ...(init.headers ?? {}) },
    body: JSON.stringify(body),
  });
}

async function send(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiRequestError("network", "The server could not be reached.", 0);
  }
  if (!response.ok) throw await failure(response);
  return response;
}

export async function fetchEngines(signal?: AbortSignal): Promise<ApiEngines> {
  const response = await fetch("/api/engines", { signal });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as ApiEngines;
}

/** The last line of a translation stream. */
export interface StreamEnd {
  done: true;
  count?: number;
  failed?: number;
  /** Set when the stream stopped early, by the server or by a lost connection. */
  error?: { code: string; message: string };
}

/** Paragraphs that arrived in one network read, applied to the reader in one update. */
export interface StreamBatch {
  batch: ApiParagraph[];
  /**
   * The stream's last line, when it came in the same read: the reader then applies the last
   * rows and the end in one update (a second update re-rendered the reader for nothing new
   * on screen, just before the frame that shows the rows).
   */
  end?: StreamEnd;
}

/** Why a browser engine could not be used; the paragraphs that follow say what was used instead. */
export interface StreamWarning {
  warning: { code: string; message: string };
}

export type StreamChunk = ApiParagraph | StreamBatch | StreamEnd | StreamWarning;

/** What the race below answers when no read came in before the next task. */
const LATER = Symbol("later");

/**
 * Streams a translation as NDJSON, yielding each paragraph as it completes. A connection lost
 * midway does not throw: it ends the stream with an error line, so what arrived is kept.
 */
export async function* streamTranslation(
  input: TranslateInput,
  signal?: AbortSignal,
): AsyncGenerator<StreamChunk> {
  const response = await post("/api/translate", input, {
    signal,
    headers: { Accept: "application/x-ndjson" },
  });
  const reader = response.body?.getReader();
  if (!reader) throw new ApiRequestError("network", "The server sent no data.", 0);
  const decoder = new TextDecoder();
  let buffer = "";
  let ended = false;
  // A read started while looking for pieces already delivered, taken up by the next turn.
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;
  try {
    for (;;) {
      const { done, value } = await (pending ?? reader.read());
      pending = undefined;
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      // Pieces the network has already delivered are read before anything is handed over. The
      // reader renders once per hand-over, and rendering one piece held up reading the next:
      // two engine requests answered 1 ms apart reached the screen 10 ms apart.
      for (;;) {
        pending = reader.read();
        // A read left waiting may fail later; it is awaited (and its error met) next turn.
        pending.catch(() => undefined);
        const ready = await Promise.race([pending, nextTask().then((): typeof LATER => LATER)]);
        if (ready === LATER || ready.done) break;
        pending = undefined;
        buffer += decoder.decode(ready.value, { stream: true });
      }
      // Everything that came in one read is handed over at once: a fast server can send
      // hundreds of paragraphs per read, and one reader update each would be quadratic work.
      const batch: ApiParagraph[] = [];
      let end: StreamEnd | undefined;
      // Lines are read from a moving start and the rest is cut off once per read, rather than
      // cutting the buffer after every line (a copy of the rest per line on some engines).
      let start = 0;
      let newline = buffer.indexOf("\n");
      while (newline !== -1) {
        const line = buffer.slice(start, newline).trim();
        start = newline + 1;
        if (line !== "") {
          const chunk = JSON.parse(line) as ApiParagraph | StreamEnd;
          if ("done" in chunk) end = chunk;
          else batch.push(chunk);
        }
        newline = buffer.indexOf("\n", start);
      }
      buffer = buffer.slice(start);
      if (end) ended = true;
      if (batch.length > 0) yield end ? { batch, end } : { batch };
      else if (end) yield end;
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    yield { done: true, error: { code: "network", message: "The connection was lost." } };
    return;
  }
  if (!ended) yield { done: true, error: { code: "network", message: "The connection was lost." } };
}

/** Translates paragraphs in one JSON request (used to retry a single paragraph). */
export async function translateParagraphs(
  input: TranslateInput,
  signal?: AbortSignal,
): Promise<ApiParagraph[]> {
  const response = await post("/api/translate", input, { signal });
  const body = (await response.json()) as { paragraphs: ApiParagraph[] };
  return body.paragraphs;
}

/** A summary request with the reader's settled direction and engine. */
export type SummarizeInput = TranslateInput & SummarizeRequestBody;

export async function fetchSummary(
  input: SummarizeInput,
  signal?: AbortSignal,
): Promise<ApiSummary> {
  const response = await post("/api/summarize", input, { signal });
  return (await response.json()) as ApiSummary;
}

/** What the reader saves: the document as shown, with its title and origin if imported. */
export type SaveDocumentInput = CreateDocumentRequestBody;

export async function saveDocument(input: SaveDocumentInput): Promise<ApiSavedDocument> {
  const response = await post("/api/documents", input);
  return (await response.json()) as ApiSavedDocument;
}

/** The edit-key header for a document, when this browser holds its key. */
function editKeyHeaders(id: string): Record<string, string> {
  const key = editKeyFor(id);
  return key === undefined ? {} : { "X-Edit-Key": key };
}

/** A saved document as the API gives it: its latest corrections applied. */
export async function fetchDocument(id: string): Promise<ApiDocument> {
  const response = await send(`/api/documents/${encodeURIComponent(id)}`, {});
  return (await response.json()) as ApiDocument;
}

export async function deleteDocument(id: string): Promise<void> {
  await send(`/api/documents/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: editKeyHeaders(id),
  });
}

export async function saveDocumentSummary(
  id: string,
  summary: Pick<ApiSummary, "method" | "bullets">,
): Promise<void> {
  // Only the document's editors may replace its summary; a reader without the key keeps theirs.
  if (editKeyFor(id) === undefined) return;
  await send(`/api/documents/${encodeURIComponent(id)}/summary`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", ...editKeyHeaders(id) },
    body: JSON.stringify({ method: summary.method, bullets: summary.bullets }),
  });
}

/** A correction as the reader sends it: a revision without what the server assigns. */
export type SaveRevisionInput = CreateRevisionRequestBody;

/**
 * Saves a correction with the document's edit key when this browser holds it, and otherwise
 * proposes the text as a suggestion (the answer's `revision.kind` says which it became).
 */
export async function saveRevision(
  input: SaveRevisionInput,
): Promise<{ revision: ApiRevision; conflict: boolean }> {
  const headers = editKeyHeaders(input.documentId);
  const response = await post(
    "/api/revisions",
    "X-Edit-Key" in headers ? input : { ...input, suggest: true },
    { headers },
  );
  return (await response.json()) as { revision: ApiRevision; conflict: boolean };
}

/** The history of one paragraph of a saved document. */
export async function fetchRevisions(
  documentId: string,
  position: number,
  signal?: AbortSignal,
): Promise<ApiRevision[]> {
  const response = await send(
    `/api/documents/${encodeURIComponent(documentId)}/revisions?position=${position}`,
    { signal },
  );
  return ((await response.json()) as { revisions: ApiRevision[] }).revisions;
}

export async function importFromUrl(
  url: string,
  signal?: AbortSignal,
): Promise<ApiImportedArticle> {
  const response = await post("/api/import", { url }, { signal });
  return (await response.json()) as ApiImportedArticle;
}

export async function importFromFile(
  file: File,
  signal?: AbortSignal,
): Promise<ApiImportedArticle> {
  const form = new FormData();
  form.append("file", file);
  const response = await send("/api/import", { method: "POST", body: form, signal });
  return (await response.json()) as ApiImportedArticle;
}
