import { describe, expect, it } from "vitest";
import type { TN2nUplinkView } from "@/lib/vendors/n2n/schemas";
import { csvCell, readingsCsv, readingsCsvName } from "./readings-csv";

const uplink = (ts: number, readings: TN2nUplinkView["readings"]): TN2nUplinkView => ({ ts, port: 5, fCnt: 7, rssi: -90, snr: 4.5, gateway: "FF0104D4", spreadingFactor: 9, readings });

describe("readings as CSV", () => {
  it("quotes commas, quotes and line breaks; defuses formulas; leaves numbers alone", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", twice')).toBe('"say ""hi"", twice"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("-12")).toBe("'-12");
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell(null)).toBe("");
    expect(csvCell(true)).toBe("true");
  });

  it("writes one line per reading, in the order shown, with units", () => {
    const ts = Date.parse("2026-03-01T10:15:00Z");
    const csv = readingsCsv("A81758FFFE000001", [
      uplink(ts, [
        { channelId: "1", type: "temperature", label: "Temperature", unit: "°C", value: 21.5 },
        { channelId: "2", type: "light", label: null, unit: "lux", value: 300 },
      ]),
      uplink(ts - 900_000, [{ channelId: "1", type: "temperature", label: "Temp, inside", unit: "°C", value: -1 }]),
    ]);
    expect(csv.split("\r\n")).toEqual([
      "time,ts,deviceId,port,fCnt,channelId,type,label,value,unit",
      `2026-03-01T10:15:00.000Z,${ts},A81758FFFE000001,5,7,1,temperature,Temperature,21.5,°C`,
      `2026-03-01T10:15:00.000Z,${ts},A81758FFFE000001,5,7,2,light,,300,lux`,
      `2026-03-01T10:00:00.000Z,${ts - 900_000},A81758FFFE000001,5,7,1,temperature,"Temp, inside",-1,°C`,
      "",
    ]);
    expect(readingsCsvName("A81758FFFE000001", [uplink(ts, [])])).toBe("A81758FFFE000001-readings-20260301T1015Z.csv");
  });
});
