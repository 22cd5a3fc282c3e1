import type { Nodes, Parents, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { normalizeParagraph } from "@/lib/text/normalize";

/** The prose of a Markdown file: its headline, if it opens with one, and its blocks in order. */
export interface MarkdownProse {
  /** The first level-one heading, when nothing but blank lines comes before it. */
  title: string | null;
  /** Every block as a paragraph: headings, list items, quotes, table rows and code lines too. */
  paragraphs: string[];
}

/** A node's words: links and emphasis give their text, images their alt text, markup nothing. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "image":
    case "imageReference":
      return node.alt ?? "";
    case "break":
      return " ";
    case "html":
      return "";
    default:
      return "children" in node ? node.children.map((child) => inlineText(child)).join("") : "";
  }
}

function collect(node: RootContent, into: string[]): void {
  const push = (text: string) => {
    const paragraph = normalizeParagraph(text);
    if (paragraph !== "") into.push(paragraph);
  };
  switch (node.type) {
    case "heading":
    case "paragraph":
    case "tableRow":
      push(inlineText(node));
      return;
    case "code":
      for (const line of node.value.split("\n")) push(line);
      return;
    case "html":
      // Raw HTML blocks in Markdown are rare in articles; their text is kept, the tags are not.
      push(node.value.replace(/<[^>]*>/g, " "));
      return;
    case "thematicBreak":
    case "definition":
    case "footnoteDefinition":
    case "yaml":
      return;
    default:
      if ("children" in node)
        for (const child of (node as Parents).children) collect(child as RootContent, into);
  }
}

/**
 * Reads Markdown with a CommonMark parser (mdast-util-from-markdown), so links with brackets or
 * parentheses in their address, nested lists and quotes come apart as Markdown means them.
 * Each heading, list item, quote paragraph and paragraph becomes its own paragraph.
 */
export function markdownProse(text: string): MarkdownProse {
  const tree = fromMarkdown(text);
  const first = tree.children[0];
  let title: string | null = null;
  const paragraphs: string[] = [];
  for (const node of tree.children) collect(node, paragraphs);
  if (first?.type === "heading" && first.depth === 1) {
    const heading = normalizeParagraph(inlineText(first));
    if (heading !== "") title = heading;
  }
  return { title, paragraphs };
}
