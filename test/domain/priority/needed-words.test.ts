import { describe, expect, it } from "vitest";
import "../../../src/domain/priority/classify.js";
import { cue, everyLemmaPattern } from "../../../src/domain/priority/cues.js";
import { everyPatternNeedingWords, needingWords } from "../../../src/domain/priority/needed-words.js";
import { neededWords } from "../../../src/domain/priority/pattern-needs.js";
import { analyse } from "../../../src/domain/priority/text-analysis.js";
import { LABELLED_LINES } from "../../support/labelled-messages.js";

const needs = (pattern: RegExp) => {
  const words = neededWords(pattern.source);
  return words === undefined ? undefined : [...words].sort();
};

describe("the words a cue pattern needs", () => {
  it("is the rarest word every match has, compared by its start", () => {
    expect(needs(cue("x", "nobody can work").pattern)).toEqual(["nobody"]);
    expect(needs(cue("x", "(we|they) ~can ~log ~in").pattern)).toEqual(["log"]);
    expect(needs(cue("x", "fail(ed|s)? to sync").pattern)).toEqual(["fail"]);
    // one of each alternative's
    expect(needs(cue("x", "month end", "payroll", "(be|go) out of service").pattern)).toEqual([
      "month",
      "payroll",
      "service",
    ]);
  });

  it("leaves out what a match may skip or only looks around", () => {
    expect(needs(cue("x", "(the )?rest be fine").pattern)).toEqual(["rest"]);
    expect(needs(cue("x", "down(?<!upside down)").pattern)).toEqual(["down"]);
    expect(needs(cue("x", "offline(?! map)").pattern)).toEqual(["offline"]);
  });

  it("reads what a match looks for around it, which is on the line too", () => {
    // "chats, emails or calls": the comma is the match, the words around it are needed (the rarer ones)
    expect(needs(/(?<=\b(?:chats?|calls?)),(?=\s(?:emails?|tickets?) or)/)).toEqual(["email", "ticket"]);
    expect(needs(/(?<=\b(?:chats?|calls?)),(?=\s)/)).toEqual(["call", "chat"]);
    expect(needs(/\b(?:hi|hey)(?=\s+(?:everyone|folks)\b)/)).toEqual(["everyone", "folks"]);
    // not where the word may start inside another ("2outage")
    expect(needs(/,(?=outage)/)).toEqual(["outage"]);
    expect(needs(/\d(?=outage)/)).toBeUndefined();
    expect(needs(/(?<=x?)outage\b/)).toBeUndefined();
  });

  it("is none when some match needs no particular word", () => {
    expect(needs(cue("x", "\\w+ be down", "nobody").pattern)).toEqual(["down", "nobody"]);
    expect(needs(cue("x", "(^|\\| )\\d+ \\w+", "nobody").pattern)).toBeUndefined();
    expect(needs(/outage/)).toBeUndefined(); // it may start inside a word: "blackoutage"
  });

  it("reads a word boundary before a word as a word's start, and the words in lower case", () => {
    expect(needs(/\b(?:never ?mind|nvm)\b|\bfalse alarm\b/i)).toEqual(["false", "never", "nvm"]);
    expect(needs(/(?<=\s)(?:Also|By the way)\b/)).toEqual(["also", "way"]);
    expect(needs(/(?<=^|[.!?\n]\s*)(?:also|btw)\b/m)).toEqual(["also", "btw"]);
    expect(needs(/\b-?outage/)).toEqual(["outage"]); // after "-" a word starts too
    // what may come between the boundary and the word: "xoutage" has no word starting "outage"
    expect(needs(/\bx?outage/)).toBeUndefined();
    expect(needs(/\Boutage/)).toBeUndefined();
  });

  it('reads a pattern by its flags: `\\p{L}` is a class of letters, not the word "p"', () => {
    expect(neededWords(String.raw`\p{L}+ fails`, "u")).toEqual(new Set(["fails"]));
    // ignoring case, "ſ" and "K" (the kelvin sign) are "s" and "k" there: see the gate's test below
    expect(neededWords(String.raw`\bdown\b`, "iu")).toEqual(new Set(["down"]));
  });
});

describe("a pattern run only on text with a word it needs", () => {
  it("finds what the pattern finds, ignoring case as it does", () => {
    const gated = needingWords(/\bmonth[- ]end\b/i);
    expect(gated.exec("payroll at MONTH END is stuck")?.[0]).toBe("MONTH END");
    expect(gated.test("payroll is stuck")).toBe(false);
    expect("the Month-End close".replace(gated, "close")).toBe("the close close");
  });

  it("starts a global pattern over where it is not run, as a pattern finding nothing does", () => {
    const gated = needingWords(/\boutage\b/g);
    expect(gated.exec("an outage here")?.index).toBe(3);
    expect(gated.lastIndex).toBe(9);
    expect(gated.exec("nothing to see")).toBeNull();
    expect(gated.lastIndex).toBe(0);
    expect(gated.exec("outage")?.index).toBe(0);
    gated.lastIndex = 0;
    expect([..."outage, then another outage".matchAll(gated)].map((match) => match.index)).toEqual([0, 21]);
    expect("a, outage, b".split(needingWords(/,? ?\boutage\b,? ?/))).toEqual(["a", "b"]);
  });

  it('runs a pattern ignoring case with the "u" flag on a line with "ſ" or "K", which it reads as "s" and "k"', () => {
    const sorry = needingWords(/\bsorry\b/iu);
    const kiosk = needingWords(/\bkiosk\b/giu);
    expect(sorry.test("ſorry, the portal is down")).toBe(true);
    expect("the \u212Aiosk is down".replace(kiosk, "terminal")).toBe("the terminal is down");
    // and only where a needed word or one of those two is on the line
    expect(sorry.test("Sorry!")).toBe(true);
    expect(sorry.test("so rry")).toBe(false);
    expect(needingWords(/\bdown\b/u).test("\u212Aown")).toBe(false);
  });

  it("is the pattern itself where a match may need no particular word", () => {
    const pattern = /\b\w+ing\b|\bnobody\b/i;
    expect(needingWords(pattern)).toBe(pattern);
  });

  it("skips a pattern only on lines where it finds nothing: every cue on every labelled message", () => {
    const patterns = everyLemmaPattern().map((pattern) => ({ pattern, needs: neededWords(pattern.source) }));
    expect(patterns.length).toBeGreaterThan(50);
    let unread = 0;
    let found = 0;
    const lost: string[] = [];
    const lines = LABELLED_LINES;
    for (const { text } of lines) {
      const line = analyse(text).lemmas;
      const starts = new Set(
        (line.match(/\w+/g) ?? []).flatMap((word) => [...word].map((_, end) => word.slice(0, end + 1))),
      );
      for (const { pattern, needs } of patterns) {
        const everywhere = RegExp.prototype.exec.call(pattern, line);
        const read = pattern.exec(line);
        if (read?.index !== everywhere?.index)
          lost.push(
            `/${pattern.source.slice(0, 80)}…/ on "${line}": ${everywhere?.[0]} read as ${read?.[0]}`,
          );
        if (everywhere !== null) found += 1;
        if (needs !== undefined && ![...needs].some((word) => starts.has(word.slice(0, 12)))) unread += 1;
      }
    }
    expect(lost).toEqual([]);
    // most are not run at all: the point of reading the words first
    expect(unread / (lines.length * patterns.length)).toBeGreaterThan(0.5);
    expect(found).toBeGreaterThan(lines.length);
  }, 300_000);

  it("skips a pattern only on text where it finds nothing: every other pattern on every labelled message", () => {
    const patterns = everyPatternNeedingWords().map((pattern) => ({
      pattern,
      everywhere: new RegExp(pattern.source, pattern.flags),
      needs: [...(neededWords(pattern.source, pattern.flags) ?? [])].map((word) => word.slice(0, 12)),
    }));
    expect(patterns.length).toBeGreaterThan(90);
    let skipped = 0;
    let found = 0;
    let runs = 0;
    const lost: string[] = [];
    for (const { text } of LABELLED_LINES) {
      // the message as written and as the classifier reads it, in lower case
      for (const piece of [text, text.toLowerCase()]) {
        const starts = new Set(
          (piece.toLowerCase().match(/\w+/g) ?? []).flatMap((word) =>
            [...word.slice(0, 12)].map((_, end) => word.slice(0, end + 1)),
          ),
        );
        for (const { pattern, everywhere, needs } of patterns) {
          pattern.lastIndex = 0;
          everywhere.lastIndex = 0;
          const expected = everywhere.exec(piece);
          const read = pattern.exec(piece);
          runs += 1;
          if (read?.index !== expected?.index || read?.[0] !== expected?.[0])
            lost.push(
              `/${pattern.source.slice(0, 80)}…/ on "${piece}": ${expected?.[0]} read as ${read?.[0]}`,
            );
          if (expected !== null) found += 1;
          if (!needs.some((word) => starts.has(word))) skipped += 1;
        }
      }
    }
    expect(lost).toEqual([]);
    expect(found).toBeGreaterThan(LABELLED_LINES.length);
    // most are not run at all: the point of reading the words first
    expect(skipped / runs).toBeGreaterThan(0.5);
  }, 300_000);
});
