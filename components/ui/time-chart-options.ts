import type uPlot from "uplot";
import { formatChartValue, isolatedIndices } from "./time-chart-data";

/** The console's zinc and sky, as the canvas needs them spelled out (it cannot read Tailwind classes). */
export const CHART_COLOURS = {
  light: { text: "#52525b", grid: "#e4e4e7", line: "#0284c7", fill: "rgba(2, 132, 199, 0.08)" },
  dark: { text: "#a1a1aa", grid: "#3f3f46", line: "#38bdf8", fill: "rgba(56, 189, 248, 0.1)" },
} as const;

const FONT = "11px ui-sans-serif, system-ui, sans-serif";
const [S, MIN, H, D, Y] = [1, 60, 3_600, 86_400, 365 * 86_400];

/**
 * Time-axis labels in 24-hour local time, per tick step: [step, label, then what is added below the
 * tick where the year, (month,) day, (hour,) minute changes, mode]. uPlot's own table is 12-hour US.
 */
const TIME_TICKS: uPlot.Axis.TimeValuesConfig = [
  [Y, "{YYYY}", null, null, null, null, null, null, 1],
  [28 * D, "{MMM}", "\n{YYYY}", null, null, null, null, null, 1],
  [D, "{D} {MMM}", "\n{YYYY}", null, null, null, null, null, 1],
  [H, "{HH}:{mm}", "\n{D} {MMM} {YYYY}", null, "\n{D} {MMM}", null, null, null, 1],
  [MIN, "{HH}:{mm}", "\n{D} {MMM} {YYYY}", null, "\n{D} {MMM}", null, null, null, 1],
  [S, "{HH}:{mm}:{ss}", "\n{D} {MMM} {YYYY}", null, "\n{D} {MMM}", null, null, null, 1],
];

const nonEmpty = (indices: number[]) => (indices.length > 0 ? indices : null);

let measuring: CanvasRenderingContext2D | null | undefined;
/** The width of the widest tick label, so the value axis is as wide as its numbers and no wider. */
function valueAxisSize(_: uPlot, values: string[] | null): number {
  measuring ??= document.createElement("canvas").getContext("2d");
  if (!measuring) return 50;
  measuring.font = FONT;
  const widest = Math.max(0, ...(values ?? []).filter(Boolean).map((v) => measuring!.measureText(v).width));
  return Math.ceil(widest) + 12;
}

type TOptions = {
  width: number;
  height: number;
  label: string;
  unit: string | null;
  dark: boolean;
  /** The index (into the data) of the value under the pointer, or null when it leaves. */
  onCursor: (index: number | null) => void;
};

/** One series against local time: a value axis labelled with the unit, a crosshair that reports the nearest value, no built-in legend or zoom. */
export function timeChartOptions({ width, height, label, unit, dark, onCursor }: TOptions): uPlot.Options {
  const colours = dark ? CHART_COLOURS.dark : CHART_COLOURS.light;
  const axis = { stroke: colours.text, font: FONT, grid: { stroke: colours.grid, width: 1 }, ticks: { stroke: colours.grid, width: 1, size: 4 } };
  return {
    width,
    height,
    legend: { show: false },
    cursor: {
      // The crosshair lands on the nearest value sent, skipping the breaks in the line.
      hover: { skip: [null, undefined] },
      drag: { x: false, y: false, setScale: false },
      points: { size: 7 },
    },
    scales: { x: { time: true } },
    series: [
      {},
      {
        label,
        stroke: colours.line,
        fill: colours.fill,
        width: 1.5,
        spanGaps: false,
        value: (_, v) => formatChartValue(v, unit),
        // uPlot shows points only when they are sparse; a value with no neighbour gets its dot anyway.
        points: { size: 4, filter: (u, i, show) => (show ? null : nonEmpty(isolatedIndices(u.data[i]!))) },
      },
    ],
    axes: [
      { ...axis, values: TIME_TICKS, space: 70 },
      { ...axis, size: valueAxisSize, ...(unit ? { label: unit, labelFont: FONT, labelSize: 16, labelGap: 2 } : {}) },
    ],
    hooks: { setCursor: [(u) => onCursor(u.cursor.idxs?.[1] ?? null)] },
  };
}
