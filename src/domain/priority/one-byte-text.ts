// V8 holds a string one byte per character when every character fits in one, and two otherwise; a
// string cut from a two-byte one stays two-byte whatever is left in it. The cue patterns run some six
// times slower over a two-byte string: a message's dimensions took 190 µs instead of 30 µs for "…
// please check asap 🙏", whose lemmas hold no emoji.

/**
 * A character that takes a string two bytes per character: an emoji, a curly quote, a dash, a euro sign.
 */
const BEYOND_ONE_BYTE = /[\u0100-\u{10FFFF}]/u;

/** Whether strings cut from this text may be held two bytes per character. */
export function hasCharacterBeyondOneByte(text: string): boolean {
  return BEYOND_ONE_BYTE.test(text);
}

/** The same text, held one byte per character where every character fits in one; as it is otherwise. */
export function heldOneBytePerCharacter(text: string): string {
  const codes: number[] = new Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0xff) return text;
    codes[index] = code;
  }
  let held = "";
  for (let start = 0; start < codes.length; start += CHARACTERS_PER_CALL)
    held += String.fromCharCode(...codes.slice(start, start + CHARACTERS_PER_CALL));
  return held;
}

/** Characters passed to one `String.fromCharCode` call: well under any engine's limit on arguments. */
const CHARACTERS_PER_CALL = 4096;
