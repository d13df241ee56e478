import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import type { AvailabilityReport } from "../../src/domain/reports/availability.js";
import type { SlaEventRow } from "../../src/domain/reports/compliance.js";
import type { ReportPeriod } from "../../src/domain/reports/period.js";
import { formatForPeople } from "../../src/domain/sla/instant.js";
import type { ChartRenderer } from "../../src/ports/charts.js";

const WIDTH = 800;
const HEIGHT = 400;
const WEEK_MS = 7 * 24 * 3_600_000;

/** Draws an ECharts option on the server (SVG, no browser) and turns it into a PNG. */
function png(option: echarts.EChartsOption): Buffer {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption({ animation: false, backgroundColor: "#ffffff", ...option });
    const svg = chart.renderToSVGString();
    return new Resvg(svg, { background: "#ffffff", fitTo: { mode: "width", value: WIDTH } }).render().asPng();
  } finally {
    chart.dispose();
  }
}

/** SLA events met and violated per week of the period, by the week each fell due. */
export function complianceChart(rows: readonly SlaEventRow[], period: ReportPeriod, title: string): Buffer {
  const weeks = Math.max(1, Math.ceil((period.end - period.start) / WEEK_MS));
  const met = new Array<number>(weeks).fill(0);
  const violated = new Array<number>(weeks).fill(0);
  for (const row of rows) {
    if (row.state === "pending" || row.due === null) continue;
    const week = Math.min(weeks - 1, Math.max(0, Math.floor((row.due - period.start) / WEEK_MS)));
    (row.state === "met" ? met : violated)[week] = ((row.state === "met" ? met : violated)[week] ?? 0) + 1;
  }
  const labels = Array.from({ length: weeks }, (_, i) =>
    formatForPeople(period.start + i * WEEK_MS, period.zone)
      .split(" ")
      .slice(1, 3)
      .join(" "),
  );
  return png({
    title: { text: title, left: "center", textStyle: { fontSize: 14 } },
    legend: { bottom: 0, data: ["met", "violated"] },
    grid: { left: 50, right: 20, top: 40, bottom: 60 },
    xAxis: { type: "category", data: labels, name: "week of", nameLocation: "middle", nameGap: 28 },
    yAxis: { type: "value", name: "SLA events", minInterval: 1 },
    series: [
      { name: "met", type: "bar", stack: "events", data: met, itemStyle: { color: "#2a9d8f" } },
      { name: "violated", type: "bar", stack: "events", data: violated, itemStyle: { color: "#e63946" } },
    ],
  });
}

/** Each product's availability beside its commitment. */
export function availabilityChart(report: AvailabilityReport, title: string): Buffer {
  const lowest = Math.min(...report.products.flatMap((p) => [p.availabilityPercent, p.commitmentPercent]));
  const floor = Math.max(0, Math.floor((lowest - 0.05) * 100) / 100);
  return png({
    title: { text: title, left: "center", textStyle: { fontSize: 14 } },
    legend: { bottom: 0, data: ["availability %", "commitment %"] },
    grid: { left: 60, right: 20, top: 40, bottom: 70 },
    xAxis: { type: "category", data: report.products.map((p) => p.product), axisLabel: { interval: 0 } },
    yAxis: { type: "value", min: floor, max: 100 },
    series: [
      {
        name: "availability %",
        type: "bar",
        data: report.products.map((p) => ({
          value: p.availabilityPercent,
          itemStyle: { color: p.met ? "#2a9d8f" : "#e63946" },
        })),
      },
      {
        name: "commitment %",
        type: "line",
        data: report.products.map((p) => p.commitmentPercent),
        itemStyle: { color: "#1d3557" },
        lineStyle: { type: "dashed" },
      },
    ],
  });
}

/** The desk's chart renderer, for reports asked for in chat. */
export const chartRenderer: ChartRenderer = { compliance: complianceChart, availability: availabilityChart };
