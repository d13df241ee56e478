import { describe, expect, it } from "vitest";
import "../../../src/domain/priority/classify.js";
import { cue, everyLemmaPattern } from "../../../src/domain/priority/cues.js";
import { neededWords } from "../../../src/domain/priority/needed-words.js";
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

  it("is none when some match needs no particular word", () => {
    expect(needs(cue("x", "\\w+ be down", "nobody").pattern)).toEqual(["down", "nobody"]);
    expect(needs(cue("x", "(^|\\| )\\d+ \\w+", "nobody").pattern)).toBeUndefined();
    expect(needs(/outage/)).toBeUndefined(); // it may start inside a word: "blackoutage"
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
});
