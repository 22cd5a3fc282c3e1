"use client";

import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from "react";
import { KeepInBrowserSwitch } from "@/components/engines/keep-in-browser-switch";
import { ImportPanelFrame } from "@/components/documents/import-panel-frame";
import type { ImportHandOver } from "@/components/documents/import-panel";
import { RecentDocumentsView } from "@/components/documents/recent-documents-view";
import { whenIdle } from "@/components/reader/after-paint";
import { ArticleInputView, type Direction } from "@/components/reader/article-input-view";
import { useArticleText } from "@/components/reader/use-article-text";
import type { ApiEngines } from "@/lib/api/wire-types";
import type { UiLanguage } from "@/lib/i18n/ui-language";
import { detectLanguage } from "@/lib/text/detect-language";
import { fillTemplate, type EngineChoices, type HomeStrings } from "./home-strings";
import type { LoadedHomeReaderProps } from "./loaded-home-reader";

type Reader = ComponentType<LoadedHomeReaderProps>;

/**
 * The article limit when the server's engine list could not be read: the reader's own default
 * (DEFAULT_LIMITS in lib/api-client/stream-article.ts, which comes with the API client).
 */
const DEFAULT_ARTICLE_CHARACTERS = 1_000_000;

let readerCode: Promise<Reader> | undefined;

/** The reader's code with its providers, fetched once however many things ask for it. */
function fetchReader(): Promise<Reader> {
  readerCode ??= import("./loaded-home-reader").then((module) => module.LoadedHomeReader);
  // A failed fetch (a flaky connection) may be tried again by the next thing that asks.
  readerCode.catch(() => (readerCode = undefined));
  return readerCode;
}

/** Runs `task` once the page has loaded and the browser is idle (or after a second at most). */
function whenLoadedAndIdle(task: () => void): () => void {
  let cancel = () => {};
  const schedule = () => {
    cancel = whenIdle(task, { timeout: 1000, fallbackDelay: 200 });
  };
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
  return () => {
    window.removeEventListener("load", schedule);
    cancel();
  };
}

/** Which form control had focus, and where its caret was, when the reader took over. */
interface FocusMark {
  index: number;
  tag: string;
  selection: [number, number] | null;
  scrollTop: number;
}

const CONTROLS = "input, select, textarea, button, a[href]";

function markFocus(root: HTMLElement | null): FocusMark | null {
  const active = document.activeElement;
  if (!root || !(active instanceof HTMLElement) || !root.contains(active)) return null;
  const index = [...root.querySelectorAll(CONTROLS)].indexOf(active);
  if (index === -1) return null;
  const field =
    active instanceof HTMLTextAreaElement ||
    (active instanceof HTMLInputElement && active.type === "text")
      ? active
      : null;
  return {
    index,
    tag: active.tagName,
    selection: field ? [field.selectionStart ?? 0, field.selectionEnd ?? 0] : null,
    scrollTop: active.scrollTop,
  };
}

function restoreFocus(root: HTMLElement | null, mark: FocusMark): void {
  const control = root?.querySelectorAll<HTMLElement>(CONTROLS)[mark.index];
  if (!control || control.tagName !== mark.tag) return;
  control.focus({ preventScroll: true });
  if (
    mark.selection &&
    (control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement)
  )
    control.setSelectionRange(mark.selection[0], mark.selection[1]);
  control.scrollTop = mark.scrollTop;
}

// One set of plural rules per locale: the counter is filled on every keystroke.
const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * The home page until the reader's code is there: the article form, the import panel, the
 * "Don't save" switch and the Recent list, in the markup the reader renders (they share their
 * components), run by this small island without i18next or TanStack Query. The reader loads
 * once the page is idle, or at once when the form is used; it then takes the form's place in
 * one commit, handed the text, direction, engine and address typed here, keeping the focus and
 * caret, and starting the translation or import that was asked for meanwhile.
 */
export function HomeReader(props: {
  language: UiLanguage;
  strings: HomeStrings;
  engines: ApiEngines | null;
  engineChoices: EngineChoices | null;
}) {
  const { strings } = props;
  const [reader, setReader] = useState<{ Reader: Reader } | null>(null);
  const { text, setText, counts } = useArticleText("", true);
  const [direction, setDirection] = useState<Direction>("auto");
  const [engine, setEngine] = useState<string | null>(null);
  const [url, setUrl] = useState("");
  const [startTranslation, setStartTranslation] = useState(false);
  const [startImport, setStartImport] = useState<ImportHandOver["start"]>(null);
  const detected = useMemo(() => (text.trim() === "" ? null : detectLanguage(text)), [text]);
  const root = useRef<HTMLDivElement>(null);
  const focus = useRef<FocusMark | null>(null);

  const takeOver = () => {
    void fetchReader().then(
      (Reader) => setReader((current) => current ?? { Reader }),
      () => {
        // The reader could not be fetched: what was asked for is dropped, nothing typed is.
        setStartTranslation(false);
        setStartImport(null);
      },
    );
  };

  useEffect(() => whenLoadedAndIdle(takeOver), []);

  // The reader's first commit replaced the form: the control that had focus gets it back.
  useLayoutEffect(() => {
    if (reader && focus.current) restoreFocus(root.current, focus.current);
    focus.current = null;
  }, [reader]);

  if (reader) {
    return (
      <div ref={root} className="contents">
        <reader.Reader
          language={props.language}
          engines={props.engines}
          handOver={{ text, direction, engine, start: startTranslation }}
          importHandOver={{ url, start: startImport }}
        />
      </div>
    );
  }

  const articleLimit = props.engines?.limits?.articleCharacters ?? DEFAULT_ARTICLE_CHARACTERS;
  const locale = props.language === "hi" ? "hi-IN" : "en-IN";
  return (
    <div ref={root} className="contents" onFocus={takeOver} onPointerOver={takeOver}>
      <FormBeforeReader onLeave={() => (focus.current = markFocus(root.current))}>
        <div>
          <ImportPanelFrame
            strings={strings.import}
            url={url}
            onUrlChange={setUrl}
            busy={startImport !== null}
            error={null}
            onImportUrl={(address) => {
              setStartImport({ url: address });
              takeOver();
            }}
            onFile={(file) => {
              setStartImport({ file });
              takeOver();
            }}
          >
            <ArticleInputView
              strings={{
                ...strings.input,
                counter: ({ paragraphCount, ...values }) =>
                  fillTemplate(
                    pluralCategory(locale, paragraphCount) === "one"
                      ? strings.input.counter.one
                      : strings.input.counter.other,
                    values,
                  ),
                detected: (value) => fillTemplate(strings.input.detected, { direction: value }),
              }}
              locale={locale}
              text={text}
              onTextChange={setText}
              direction={direction}
              onDirectionChange={setDirection}
              detected={detected}
              engineControl={(id) => (
                <EngineSelect
                  id={id}
                  choices={props.engineChoices}
                  value={engine}
                  onChange={setEngine}
                />
              )}
              error={null}
              busy={startTranslation}
              compact={false}
              counts={counts}
              articleLimit={articleLimit}
              onSubmit={() => {
                setStartTranslation(true);
                takeOver();
              }}
            />
          </ImportPanelFrame>
          <PrivacyBeforeReader strings={strings.privacy} />
        </div>
        <RecentDocumentsView
          language={props.language}
          strings={{
            ...strings.recent,
            remove: (title) => fillTemplate(strings.recent.remove, { title }),
          }}
        />
      </FormBeforeReader>
    </div>
  );
}

/** The form's own box (as the reader's), noting the focus as it is replaced by the reader. */
function FormBeforeReader({ onLeave, children }: { onLeave: () => void; children: ReactNode }) {
  const leave = useRef(onLeave);
  useLayoutEffect(() => {
    leave.current = onLeave;
  });
  // Layout clean-ups run before React removes the form's elements: the focus is still there.
  useLayoutEffect(() => () => leave.current(), []);
  return <div className="space-y-8">{children}</div>;
}

/** The engine picker as the reader's (engine-picker.tsx) shows the server's engines. */
function EngineSelect(props: {
  id: string;
  choices: EngineChoices | null;
  value: string | null;
  onChange: (engine: string) => void;
}) {
  const { choices } = props;
  const value = props.value ?? choices?.defaultId ?? "auto";
  return (
    <select
      id={props.id}
      value={value}
      onChange={(event) => props.onChange(event.target.value)}
      className="mt-1 max-w-xs rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-900"
    >
      {choices?.automatic && (
        <option value={choices.automatic.id}>{choices.automatic.label}</option>
      )}
      {choices?.groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((option) => (
            <option key={option.id} value={option.id} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
      {choices === null && <option value={value}>{value}</option>}
    </select>
  );
}

/** "Don't save this article" as the reader's switch (privacy-switch.tsx) shows it at first. */
function PrivacyBeforeReader({ strings }: { strings: HomeStrings["privacy"] }) {
  return (
    <KeepInBrowserSwitch
      label={strings.dontSave}
      statement={(keep) => (keep ? strings.statementNotSaving : strings.statement)}
    />
  );
}
