/** The server's offline draft of a paragraph, asked directly: what a glossed row must show. */
export async function glossOf(baseUrl: string, text: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/translate`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
  });
  const body = (await response.json()) as {
    paragraphs: { translation: string; engine: string }[];
  };
  const [paragraph] = body.paragraphs;
  // A draft in English words, not the Hindi handed back.
  if (paragraph?.engine !== "gloss:default" || !/^[A-Z][a-z]/.test(paragraph.translation))
    throw new Error(`Unexpected draft: ${JSON.stringify(body)}`);
  return paragraph.translation;
}
