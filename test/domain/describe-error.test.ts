import { describe, expect, it } from "vitest";
import { describeError } from "../../src/domain/errors.js";

describe("describeError", () => {
  it("keeps the library's or platform's code beside the message", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:6379"), { code: "ECONNREFUSED" });
    expect(describeError(refused)).toBe("connect ECONNREFUSED 127.0.0.1:6379 (ECONNREFUSED)");
    expect(describeError(Object.assign(new Error("too many requests"), { code: 429 }))).toBe(
      "too many requests (429)",
    );
  });

  it("says what it can of errors without a message or code, and of thrown non-errors", () => {
    expect(describeError(new TypeError(""))).toBe("TypeError");
    expect(describeError(new Error("boom"))).toBe("boom");
    expect(describeError("a string")).toBe("a string");
  });
});
