import { describe, expect, it } from "vitest";
import { orderGroups, planRequests } from "@/lib/api-client/stream-article";

describe("orderGroups", () => {
  const groups = planRequests(
    Array.from({ length: 10 }, () => "x".repeat(10)),
    { requestCharacters: 30, requestParagraphs: 100 },
  );

  it("sends the request holding the screen's first paragraph first, with its share of the range", () => {
    expect(groups).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
      { start: 6, end: 9 },
      { start: 9, end: 10 },
    ]);
    expect(orderGroups(groups, { start: 5, end: 8 })).toEqual([
      { start: 3, end: 6, first: { start: 2, end: 3 } },
      { start: 0, end: 3 },
      { start: 6, end: 9, first: { start: 0, end: 2 } },
      { start: 9, end: 10 },
    ]);
  });

  it("keeps document order without a range or when the screen is at the top", () => {
    expect(orderGroups(groups, undefined)).toEqual(groups);
    expect(orderGroups(groups, { start: 0, end: 2 })[0]).toEqual({
      start: 0,
      end: 3,
      first: { start: 0, end: 2 },
    });
  });
});
