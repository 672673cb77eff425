// N2N DL's own examples (docs.nnnco.io), as its pages print them: tests read them to prove nothing is lost.

/** data-subs/mqtt: an uplink as N2N publishes it (no top-level type, port or fCnt). */
export const PUBLISHED_UPLINK = {
  deviceId: "00000000000000FE",
  hexPayload: "c300014fdb022a",
  deviceType: "anything-here",
  network: {
    type: "loraWan",
    source: "actility",
    loraWan: {
      lrrTs: 1567752577392,
      loraPort: 2,
      uplinkCnt: 4009,
      adrBit: 1,
      mType: 2,
      downlinkCnt: 110,
      lrcId: "00000231",
      rssi: -50,
      snr: 9.25,
      spFact: 7,
      subBand: "G0",
      lrrCnt: 1,
      lrrId: "9C3A65DB",
      late: false,
      lrrList: [{ lrrId: "9C3A65DB", chain: 0, rssi: -50, snr: 9.25, esp: -50.48772 }],
    },
  },
  ts: 1567752579039,
};

/** data-subs: a pushed message with readings and a flat port (the page's sample stops after "port"; its ts is added). */
export const PUSHED_MESSAGE = {
  subId: 11,
  deviceName: "test-device",
  deviceMeta: { key: "value" },
  deviceId: "0000000001E014E7",
  deviceType: "risingHf",
  hexPayload: "0144482b0f007a1bab",
  readingList: [
    { channelId: 0, type: "digital", value: 1, label: "status" },
    { channelId: 1, type: "temperature", value: 2.75, unit: "°C" },
    { channelId: 2, type: "humidity", value: 15, unit: "%" },
    { channelId: 3, type: "time", value: 30, unit: "s" },
    { channelId: 4, type: "lora-rssi", value: -58 },
    { channelId: 5, type: "lora-snr", value: 6.75 },
    { channelId: 6, type: "voltage", value: 3.21, unit: "V", label: "battery" },
  ],
  port: 8,
  ts: 1601002884890,
};

/** VENDORS.md §4 (the seed's messages route): the flat form, with type "uplink", port and fCnt beside network. */
export const FLAT_UPLINK = {
  hexPayload: "0100e6",
  type: "uplink",
  deviceId: "A81758FFFE0311EF",
  port: 5,
  ts: 1601003499484,
  fCnt: 812,
  network: { type: "loraWan", source: "actility", loraWan: { rssi: -97, snr: 4.5, lrrId: "FF0104D4", spFact: 9 } },
  readingList: [{ channelId: 1, type: "temperature", value: 23, label: "Temperature", unit: "°C" }],
};

/** getting-started: what POST /devices answers. */
export const ENROLLED_DEVICE = { deviceId: "477B41F200300034", enterpriseId: "nnn.client1", name: "test-device-otaa", groupIdList: ["nnn.client1.master"] };

/** data-subs/custom-meta: devices as GET and POST /devices/search list them. */
export const DEVICE_WITH_META = {
  enterpriseId: "nnn",
  deviceType: "risingHf",
  lastOnline: 1601002884890,
  deviceId: "0000000001E014E7",
  customMeta: { serialNumber: "A6BB689C", pcbNumber: "12345-1234", build: "F03120" },
};
export const SEARCHED_DEVICE = {
  deviceId: "947EB90000100053",
  name: "A6BB689C",
  deviceType: "nsenMk2",
  enterpriseId: "nnn",
  lastOnline: 1601003499484,
  customMeta: { serialNumber: "A6BB689C", pcbNumber: "12345-1234", build: "F03120" },
  lastDownlinkTs: 1600994411488,
};

/** data-ingestion: an ingested device's id as written (N2N lower-cases it: a1931-aabbcc123). */
export const INGESTED_DEVICE = { deviceId: "a1931-aaBBcc123", enterpriseId: "nnn", name: "Cellular gauge", deviceType: "levelGauge" };
