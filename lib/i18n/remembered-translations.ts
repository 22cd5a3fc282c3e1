import type { TFunction } from "i18next";

const remembered = new WeakMap<TFunction, TFunction>();

/** Options whose answer depends on nothing but their own values (a number, a language name). */
function isPlain(options: unknown): options is Record<string, string | number | boolean> {
  if (options === undefined) return true;
  if (typeof options !== "object" || options === null) return false;
  return Object.values(options).every(
    (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean",
  );
}

/**
 * `t` that keeps its answers (`useT` hands every client component its namespace's). The
 * reader's rows ask i18next the same few questions hundreds of times (each row's label,
 * "Translating…", its buttons' names), on every render of every row, and one i18next lookup
 * costs far more than a map's. The resources ship with the bundle and a language change gives a new `t`, so an
 * answer never goes stale; one remembering function is kept per `t`.
 */
export function rememberTranslations(t: TFunction): TFunction {
  const existing = remembered.get(t);
  if (existing) return existing;
  const answers = new Map<string, unknown>();
  const lookup = (key: unknown, options?: unknown, ...rest: unknown[]) => {
    const ask = t as unknown as (...parts: unknown[]) => unknown;
    if (typeof key !== "string" || rest.length > 0 || !isPlain(options))
      return ask(key, options, ...rest);
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    if (answers.has(id)) return answers.get(id);
    const answer = ask(key, options);
    answers.set(id, answer);
    return answer;
  };
  const wrapped = Object.assign(lookup, t) as unknown as TFunction;
  remembered.set(t, wrapped);
  return wrapped;
}

/**
 * `key`'s text for any number, from one lookup: the text asked once with a marker for
 * `{{number}}`, then filled in per row. A list of 500 rows names each row this way without 500
 * i18next lookups on its first render.
 */
export function numberedText(t: TFunction, key: string): (value: number) => string {
  const marker = "\u0000";
  const ask = t as unknown as (key: string, options: Record<string, string>) => string;
  const template = String(ask(key, { number: marker }));
  return (value) => template.replaceAll(marker, String(value));
}
