import { describe, expect, it } from "vitest";
import { deskMetrics } from "../../../adapters/observability/desk-metrics.js";
import { OutageWatch } from "../../../adapters/observability/outage-watch.js";
import { unpackDeadlines } from "../../../src/domain/ticket/ticket-clocks.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { aDeskWithTicket } from "../../support/desk.js";

/** The value of one sample in Prometheus' text format, or undefined when it is not there. */
function sample(text: string, name: string, labels = ""): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${name}${labels === "" ? "" : `{${labels}}`} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
}

describe("the desk's Prometheus metrics", () => {
  it("count open tickets by priority and status, and SLA clocks at risk and breached as time passes", async () => {
    const desk = await aDeskWithTicket("P2", "Exports fail for everyone");
    await desk.post({ platform: "slack", id: "U0CARLA", name: "Carla" }, "C0GLOBEX", "Priority: P3 - A typo");
    const watch = new OutageWatch({}, silentLogger, { probeMs: 1000 });
    const metrics = deskMetrics({
      store: desk.store,
      lease: desk.lease,
      watch,
      platforms: ["slack"],
      now: () => desk.clock.now(),
    });
    const scrape = () => metrics.registry.metrics();

    let text = await scrape();
    expect(sample(text, "sla_desk_tickets_open", 'priority="P2",status="open"')).toBe(1);
    expect(sample(text, "sla_desk_tickets_open", 'priority="P3",status="open"')).toBe(1);
    expect(text).not.toMatch(/^sla_desk_sla_clocks\{/m);
    expect(sample(text, "sla_desk_lease_holder")).toBe(1);
    expect(sample(text, "sla_desk_inbox_depth")).toBe(0);
    expect(sample(text, "sla_desk_outbox_depth")).toBe(0);
    expect(sample(text, "sla_desk_rate_limited_total", 'platform="slack"')).toBe(0);
    expect(text).toContain("process_resident_memory_bytes");

    const [p2] = await desk.store.list({ open: true, customer: "acme" });
    const first = unpackDeadlines(p2?.deadlines ?? []).find((clock) => clock.metric === "first_response");
    if (first?.riskAt == null) throw new Error("the P2 has no first-response clock with an at-risk time");
    desk.clock.set(new Date(first.riskAt + 1000).toISOString());
    text = await scrape();
    expect(sample(text, "sla_desk_sla_clocks", 'state="at_risk",metric="first_response"')).toBe(1);
    expect(sample(text, "sla_desk_sla_clocks", 'state="breached",metric="first_response"')).toBeUndefined();

    desk.clock.set(new Date(first.due + 1000).toISOString());
    text = await scrape();
    expect(
      sample(text, "sla_desk_sla_clocks", 'state="breached",metric="first_response"'),
    ).toBeGreaterThanOrEqual(1);

    // An agent's answer stops the first-response clock: it is no longer counted.
    await desk.command(
      { platform: "slack", id: "U0ALICE", name: "Alice" },
      "C0TRIAGE",
      "reply T-1 Looking now",
    );
    const [after] = await desk.store.list({ open: true, customer: "acme" });
    expect(unpackDeadlines(after?.deadlines ?? []).map((clock) => clock.metric)).not.toContain(
      "first_response",
    );

    desk.lease.held = false;
    metrics.telemetry.sent("slack", "retry", "ratelimited");
    metrics.telemetry.sent("slack", "delivered");
    metrics.telemetry.acked("slack", 0.004);
    text = await scrape();
    expect(sample(text, "sla_desk_lease_holder")).toBe(0);
    expect(sample(text, "sla_desk_rate_limited_total", 'platform="slack"')).toBe(1);
    expect(sample(text, "sla_desk_send_failures_total", 'platform="slack",code="ratelimited"')).toBe(1);
    expect(sample(text, "sla_desk_sends_total", 'platform="slack",outcome="delivered"')).toBe(1);
    expect(sample(text, "sla_desk_ack_duration_seconds_bucket", 'le="0.005",platform="slack"')).toBe(1);
  });
});
