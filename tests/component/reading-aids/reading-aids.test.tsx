import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createLookupHandler } from "@/app/api/lookup/handler";
import { ReadingAidsBar } from "@/components/reading-aids/reading-aids-bar";
import { ReadingAidsProvider } from "@/components/reading-aids/reading-aids-provider";
import { setRomanizationPreference } from "@/components/reading-aids/romanization-preference";
import { RowReadAloud } from "@/components/reading-aids/row-read-aloud";
import { SentenceText } from "@/components/reader/sentence-text";
import type { ApiParagraph } from "@/lib/api/wire-types";
import { I18nProvider, useT } from "@/lib/i18n/client";
import { testRuntime } from "@/tests/support/api";
import {
  installSpeechSynthesisDouble,
  speechDouble,
} from "@/tests/support/speech-synthesis-double";

const HINDI = "मंत्री पाटिल ने किताबें बांटीं। सरकार ने योजना बनाई।";
const ENGLISH = "Minister Patil distributed books. The government made a plan.";
const PARAGRAPH: ApiParagraph = {
  index: 0,
  source: HINDI,
  translation: ENGLISH,
  engine: "gloss:default",
  cached: false,
  sentences: [
    { source: [0, HINDI.indexOf("।") + 1], target: [0, ENGLISH.indexOf(".") + 1] },
    {
      source: [HINDI.indexOf("।") + 2, HINDI.length],
      target: [ENGLISH.indexOf(".") + 2, ENGLISH.length],
    },
  ],
};
const SECOND: ApiParagraph = {
  index: 1,
  source: "बारिश हुई।",
  translation: "It rained.",
  engine: "gloss:default",
  cached: false,
  sentences: [{ source: [0, 10], target: [0, 10] }],
};

// The popover's requests are answered by the real route with the real lexicon.
const runtime = testRuntime();
const lookup = createLookupHandler(() => runtime);

function Rows({ paragraphs }: { paragraphs: ApiParagraph[] }) {
  const { t } = useT();
  return (
    <>
      {paragraphs.map((paragraph) => (
        <div key={paragraph.index} id={`p-${paragraph.index}`}>
          <p lang="hi">
            <SentenceText
              text={paragraph.source}
              alignments={paragraph.sentences}
              side="source"
              activeSentence={null}
              onActivate={() => undefined}
            />
          </p>
          <p lang="en">
            <SentenceText
              text={paragraph.translation ?? ""}
              alignments={paragraph.sentences}
              side="target"
              activeSentence={null}
              onActivate={() => undefined}
              counterpart={paragraph.source}
            />
          </p>
          <RowReadAloud index={paragraph.index} t={t} />
        </div>
      ))}
    </>
  );
}

function renderAids(language: "en" | "hi" = "en", stopKey = "side-by-side") {
  const paragraphs = [PARAGRAPH, SECOND];
  const tree = (key: string) => (
    <I18nProvider language={language}>
      <ReadingAidsProvider
        source="hi"
        target="en"
        sourceTexts={paragraphs.map((paragraph) => paragraph.source)}
        paragraphs={paragraphs}
        stopKey={key}
      >
        <ReadingAidsBar />
        <Rows paragraphs={paragraphs} />
      </ReadingAidsProvider>
    </I18nProvider>
  );
  const view = render(tree(stopKey));
  return { ...view, changeView: (key: string) => view.rerender(tree(key)) };
}

beforeEach(() => {
  setRomanizationPreference({ on: false, scheme: "hinglish" });
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input) =>
    lookup(new Request(new URL(String(input), "http://localhost"))),
  );
});

describe("word lookup", () => {
  it("opens from the keyboard: Enter on a sentence, arrows to a word, Enter; Escape returns focus", async () => {
    const user = userEvent.setup();
    renderAids();
    const sentence = document.querySelector<HTMLElement>('p[lang="hi"] [data-sentence="0"]');
    act(() => sentence?.focus());
    await user.keyboard("{Enter}");
    expect(document.activeElement).toHaveTextContent("मंत्री");
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(document.activeElement).toHaveTextContent("किताबें");
    const word = document.activeElement;
    await user.keyboard("{Enter}");

    const dialog = await screen.findByRole("dialog", { name: "किताबें" });
    expect(await within(dialog).findByText("book")).toBeInTheDocument();
    expect(within(dialog).getByText("kitaben")).toBeInTheDocument();
    expect(within(dialog).getByText("किताब")).toBeInTheDocument();
    expect(within(dialog).getByText("noun · plural")).toBeInTheDocument();
    expect(
      within(dialog).getByRole("heading", { name: "Meanings in English" }),
    ).toBeInTheDocument();

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(document.activeElement).toBe(word);
    // Escape again leaves the word walk; the sentence is the row's stop again.
    await user.keyboard("{Escape}");
    expect(document.activeElement).toBe(sentence);
    expect(document.querySelectorAll("[data-word]")).toHaveLength(0);
  });

  it("shows an English word's Hindi meanings with their romanisation", async () => {
    const user = userEvent.setup();
    renderAids();
    const sentence = document.querySelector<HTMLElement>('p[lang="en"] [data-sentence="1"]');
    act(() => sentence?.focus());
    await user.keyboard("{Enter}{ArrowRight}{Enter}");
    const dialog = await screen.findByRole("dialog", { name: "government" });
    expect(await within(dialog).findByText("सरकार")).toBeInTheDocument();
    expect(within(dialog).getByText("(sarkar)")).toBeInTheDocument();
    expect(within(dialog).getByRole("heading", { name: "Meanings in Hindi" })).toBeInTheDocument();
  });

  it("marks a word the engine wrote out by sound, and its popover explains it", async () => {
    const user = userEvent.setup();
    renderAids();
    const marked = document.querySelector<HTMLElement>('p[lang="en"] [data-untranslated]');
    expect(marked).toHaveTextContent("Patil");
    await user.click(marked as HTMLElement);
    const dialog = await screen.findByRole("dialog", { name: "पाटिल" });
    expect(
      within(dialog).getByText(
        /The engine had no English for “पाटिल” and wrote it as it sounds: “Patil”/,
      ),
    ).toBeInTheDocument();
    expect(
      await within(dialog).findByText("This word is not in the dictionary."),
    ).toBeInTheDocument();
    expect(within(dialog).getByText("patil")).toBeInTheDocument();
  });

  it("speaks Hindi in a Hindi interface", async () => {
    const user = userEvent.setup();
    renderAids("hi");
    const sentence = document.querySelector<HTMLElement>('p[lang="hi"] [data-sentence="1"]');
    act(() => sentence?.focus());
    await user.keyboard("{Enter}{Enter}");
    const dialog = await screen.findByRole("dialog", { name: "सरकार" });
    expect(await within(dialog).findByText("government")).toBeInTheDocument();
    expect(within(dialog).getByRole("heading", { name: "अंग्रेज़ी में अर्थ" })).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "बंद करें" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});

describe("romanised line", () => {
  it("shows a line under each Hindi sentence, in the chosen scheme", async () => {
    const user = userEvent.setup();
    renderAids();
    expect(document.querySelector("[data-romanized-sentence]")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Romanised line" }));
    expect(screen.getByRole("button", { name: "Romanised line" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    const lines = () =>
      Array.from(document.querySelectorAll('p[lang="hi"] [data-romanized-sentence]')).map(
        (line) => line.textContent,
      );
    expect(lines()).toEqual([
      "mantri patil ne kitaben bantin.",
      "sarkar ne yojna banai.",
      "barish hui.",
    ]);
    // English sentences get none.
    expect(document.querySelector('p[lang="en"] [data-romanized-sentence]')).toBeNull();

    await user.selectOptions(screen.getByLabelText("Spelling"), "ISO 15919 (exact)");
    expect(lines()[1]).toBe("sarakāra nē yōjanā banāī.");
  });

  it("highlights the romanised line with its sentence, and hovering it activates the sentence", async () => {
    setRomanizationPreference({ on: true, scheme: "hinglish" });
    const user = userEvent.setup();
    const activated: (number | null)[] = [];
    render(
      <I18nProvider language="en">
        <ReadingAidsProvider
          source="hi"
          target="en"
          sourceTexts={[HINDI]}
          paragraphs={[PARAGRAPH]}
          stopKey=""
        >
          <p lang="hi">
            <SentenceText
              text={HINDI}
              alignments={PARAGRAPH.sentences}
              side="source"
              activeSentence={1}
              onActivate={(sentence) => activated.push(sentence)}
            />
          </p>
        </ReadingAidsProvider>
      </I18nProvider>,
    );
    const line = screen.getByText("sarkar ne yojna banai.");
    expect(line).toHaveAttribute("data-active", "true");
    expect(screen.getByText("mantri patil ne kitaben bantin.")).not.toHaveAttribute("data-active");
    await user.hover(screen.getByText("mantri patil ne kitaben bantin."));
    expect(activated).toContain(0);
  });
});

describe("read aloud", () => {
  it("reads the article sentence by sentence with a Hindi voice, highlighting each", async () => {
    installSpeechSynthesisDouble({
      voices: [
        { lang: "en-US", name: "English" },
        { lang: "hi-IN", name: "Lekha" },
      ],
    });
    const user = userEvent.setup();
    renderAids();
    await user.click(screen.getByRole("button", { name: "Read the article aloud" }));
    const double = speechDouble();
    expect(double.spoken).toEqual([
      { text: "मंत्री पाटिल ने किताबें बांटीं।", lang: "hi-IN", voice: "Lekha", rate: 1 },
    ]);
    expect(document.querySelector('p[lang="hi"] [data-speaking]')).toHaveTextContent(
      "मंत्री पाटिल ने किताबें बांटीं।",
    );
    expect(screen.getByText("Reading paragraph 1 aloud.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Pause" }));
    expect(double.paused).toBe(true);
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await user.selectOptions(screen.getByLabelText("Speed"), "1.5×");
    act(() => void double.finish());
    act(() => void double.finish());
    expect(double.spoken.map((record) => [record.text, record.rate])).toEqual([
      ["मंत्री पाटिल ने किताबें बांटीं।", 1],
      ["सरकार ने योजना बनाई।", 1.5],
      ["बारिश हुई।", 1.5],
    ]);
    expect(screen.getByText("Reading paragraph 2 aloud.")).toBeInTheDocument();
    act(() => void double.finish());
    await waitFor(() => expect(document.querySelector("[data-speaking]")).toBeNull());
    expect(screen.getByRole("button", { name: "Read the article aloud" })).toBeInTheDocument();
  });

  it("keeps focus in the bar: Read moves it to Pause, Stop moves it back to Read", async () => {
    installSpeechSynthesisDouble({ voices: [{ lang: "hi-IN", name: "Lekha" }] });
    const user = userEvent.setup();
    renderAids();
    const read = screen.getByRole("button", { name: "Read the article aloud" });
    act(() => read.focus());
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Pause" }));
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Resume" }));
    await user.click(screen.getByRole("button", { name: "Stop reading" }));
    expect(document.activeElement).toBe(
      screen.getByRole("button", { name: "Read the article aloud" }),
    );
  });

  it("leaves focus on the row when reading starts from the row", async () => {
    installSpeechSynthesisDouble({ voices: [{ lang: "hi-IN", name: "Lekha" }] });
    const user = userEvent.setup();
    renderAids();
    const fromHere = screen.getAllByRole("button", { name: "Read from here" })[1] as HTMLElement;
    await user.click(fromHere);
    expect(screen.getByRole("button", { name: "Pause" })).toBeInTheDocument();
    expect(document.activeElement).toBe(fromHere);
  });

  it("reserves room at the page's bottom for the fixed controls only while reading", async () => {
    installSpeechSynthesisDouble({ voices: [{ lang: "hi-IN", name: "Lekha" }] });
    const user = userEvent.setup();
    renderAids();
    expect(document.body.style.paddingBottom).toBe("");
    await user.click(screen.getByRole("button", { name: "Read the article aloud" }));
    expect(document.body.style.paddingBottom).not.toBe("");
    await user.click(screen.getByRole("button", { name: "Pause" }));
    expect(document.body.style.paddingBottom).not.toBe("");
    await user.click(screen.getByRole("button", { name: "Stop reading" }));
    expect(document.body.style.paddingBottom).toBe("");
  });

  it("reads English with the best English voice, one paragraph from its row", async () => {
    installSpeechSynthesisDouble({
      voices: [
        { lang: "en-US", name: "US" },
        { lang: "en-GB", name: "GB" },
      ],
    });
    const user = userEvent.setup();
    renderAids();
    await user.selectOptions(screen.getByLabelText("Read aloud in"), "English");
    await user.click(screen.getAllByRole("button", { name: "Read aloud" })[1] as HTMLElement);
    const double = speechDouble();
    expect(double.spoken).toEqual([{ text: "It rained.", lang: "en-GB", voice: "GB", rate: 1 }]);
    act(() => void double.finish());
    expect(double.spoken).toHaveLength(1);
  });

  it("stops cleanly when the view changes", async () => {
    installSpeechSynthesisDouble({ voices: [{ lang: "hi-IN", name: "Lekha" }] });
    const user = userEvent.setup();
    const { changeView } = renderAids();
    await user.click(screen.getAllByRole("button", { name: "Read from here" })[0] as HTMLElement);
    expect(speechDouble().current).toBe("मंत्री पाटिल ने किताबें बांटीं।");
    changeView("interleaved");
    expect(speechDouble().current).toBeNull();
    expect(document.querySelector("[data-speaking]")).toBeNull();
    expect(screen.getByRole("button", { name: "Read the article aloud" })).toBeInTheDocument();
  });

  it("explains when there is no voice for the language, in the bar and on the row", async () => {
    installSpeechSynthesisDouble({ voices: [{ lang: "en-US", name: "US" }] });
    const user = userEvent.setup();
    renderAids();
    expect(
      screen.getByText(/This device has no Hindi voice, so it cannot read Hindi aloud/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Read the article aloud" })).toBeDisabled();
    await user.click(screen.getAllByRole("button", { name: "Read aloud" })[0] as HTMLElement);
    expect(
      screen.getByText(/No voice on this device for the language being read/),
    ).toBeInTheDocument();
    expect(speechDouble().spoken).toEqual([]);
  });

  it("finds a voice that arrives late with voiceschanged", async () => {
    installSpeechSynthesisDouble({ voices: [{ lang: "hi-IN", name: "Lekha" }], lateVoices: true });
    renderAids("hi");
    expect(screen.getByText(/इस डिवाइस पर हिंदी की कोई आवाज़ नहीं है/)).toBeInTheDocument();
    act(() => speechDouble().deliverVoices());
    expect(screen.getByRole("button", { name: "पूरा लेख सुनें" })).toBeEnabled();
  });
});
