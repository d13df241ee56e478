import { describe, expect, it } from "vitest";
import {
  hasCharacterBeyondOneByte,
  heldOneBytePerCharacter,
} from "../../../src/domain/priority/one-byte-text.js";
import { analyse } from "../../../src/domain/priority/text-analysis.js";

describe("text held one byte per character", () => {
  it("is the same text, however long, and the text itself where a character needs two bytes", () => {
    const cut = "nothing goes out 🙏".slice(0, 16);
    expect(heldOneBytePerCharacter(cut)).toBe("nothing goes out");
    const long = "é à ü ".repeat(3000);
    expect(heldOneBytePerCharacter(long)).toBe(long);
    const emoji = "down 🔥";
    expect(heldOneBytePerCharacter(emoji)).toBe(emoji);
  });

  it("tells which messages have a character beyond one byte", () => {
    expect(hasCharacterBeyondOneByte("café, naïve, 100 €")).toBe(true);
    expect(hasCharacterBeyondOneByte("café, naïve")).toBe(false);
    expect(hasCharacterBeyondOneByte("“quoted” — it’s down")).toBe(true);
  });

  it("leaves a message's reading as it is: an emoji changes no lemma", () => {
    const plain = analyse("we get error 503 on every call to the messaging API, nothing goes out");
    const withEmoji = analyse("we get error 503 on every call to the messaging API, nothing goes out 🙏");
    expect(withEmoji.lemmas).toBe(plain.lemmas);
  });
});
