import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArticleSource } from "@/components/documents/article-source";
import { I18nProvider } from "@/lib/i18n/client";

const renderIn = (language: "en" | "hi", details: Parameters<typeof ArticleSource>[0]["details"]) =>
  render(
    <I18nProvider language={language}>
      <ArticleSource details={details} />
    </I18nProvider>,
  );

describe("ArticleSource", () => {
  it("shows the byline and the source's full address as a link", () => {
    renderIn("en", { byline: "Sunita Verma", sourceUrl: "https://news.example.in/city/bridge" });
    expect(screen.getByText("Sunita Verma").parentElement).toHaveTextContent("By Sunita Verma");
    const link = screen.getByRole("link", { name: "https://news.example.in/city/bridge" });
    expect(link).toHaveAttribute("href", "https://news.example.in/city/bridge");
    expect(link).toHaveAttribute("rel", "noreferrer noopener");
  });

  it("labels them in Hindi in the Hindi interface", () => {
    renderIn("hi", { byline: "सुनीता वर्मा", sourceUrl: "https://news.example.in/a" });
    expect(screen.getByText("सुनीता वर्मा").parentElement).toHaveTextContent("लेखक: सुनीता वर्मा");
    expect(screen.getByText(/स्रोत:/)).toBeInTheDocument();
  });

  it("marks the byline with its own language, so a Hindi name gets the Devanagari font under the English interface", () => {
    renderIn("en", { byline: "सुनीता वर्मा", sourceUrl: null });
    expect(screen.getByText("सुनीता वर्मा")).toHaveAttribute("lang", "hi");
    expect(screen.getByText("सुनीता वर्मा").parentElement).toHaveTextContent("By सुनीता वर्मा");
  });

  it("never links an address that is not http(s), and shows it as text", () => {
    renderIn("en", { byline: null, sourceUrl: "javascript:alert(1)" });
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("javascript:alert(1)")).toBeInTheDocument();
  });

  it("shows nothing for pasted text", () => {
    const { container } = renderIn("en", { byline: null, sourceUrl: null });
    expect(container).toBeEmptyDOMElement();
  });
});
