import JSZip from "jszip";
import { MAX_ZIP32, zipEntries } from "../../src/file/zip-writer";

describe("zipEntries", () => {
  const entries = [
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>", "utf8") },
    { name: "xl/worksheets/sheet1.xml", data: Buffer.from('<c t="s"><v>0</v></c>'.repeat(5000), "utf8") },
    { name: "thư mục/tệp rỗng.txt", data: Buffer.alloc(0) },
    { name: "nhị phân.bin", data: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)) },
  ];

  it("writes a ZIP that another reader opens, CRC checked, names and bytes intact", async () => {
    const zip = await JSZip.loadAsync(await zipEntries(entries), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(entries.map((e) => e.name));
    for (const entry of entries) {
      const data = await zip.file(entry.name)!.async("nodebuffer");
      expect(data.equals(entry.data)).toBe(true);
    }
  });

  it("compresses and is deterministic", async () => {
    const first = await zipEntries(entries);
    expect(first.length).toBeLessThan(entries.reduce((n, e) => n + e.data.length, 0) / 4);
    expect(Buffer.from(await zipEntries(entries)).equals(Buffer.from(first))).toBe(true);
  });

  it("puts the comment after the end record, given the bytes before it", async () => {
    let signed = 0;
    const zip = await zipEntries(entries, (body) => `${(signed = body.length)} bytes`);
    expect(Buffer.from(zip.subarray(signed + 22)).toString("utf8")).toBe(`${signed} bytes`);
    expect(Object.keys((await JSZip.loadAsync(zip)).files)).toHaveLength(entries.length);
  });

  it("writes a part given as chunks as the same bytes, one chunk made at a time", async () => {
    const whole = entries[1]!.data;
    const made: number[] = [];
    const chunked = {
      *chunks() {
        for (let at = 0; at < whole.length; at += 7000) {
          made.push(at);
          yield whole.subarray(at, at + 7000);
        }
      },
    };
    const zip = await JSZip.loadAsync(
      await zipEntries([{ name: "xl/worksheets/sheet1.xml", data: chunked }]),
      {
        checkCRC32: true,
      },
    );
    expect((await zip.file("xl/worksheets/sheet1.xml")!.async("nodebuffer")).equals(whole)).toBe(true);
    expect(made.length).toBe(Math.ceil(whole.length / 7000));
  });
});

describe("a chunked part that proves stale", () => {
  it("is written again in its place: the archive holds the second making only", async () => {
    const makings = [
      Buffer.from('<dimension ref="A1"/>'.repeat(3000)),
      Buffer.from('<dimension ref="A1:H9"/>'),
    ];
    const before = { name: "[Content_Types].xml", data: Buffer.from("<Types/>", "utf8") };
    const after = {
      name: "nhị phân.bin",
      data: Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 251)),
    };
    let made = 0;
    const part = {
      *chunks() {
        const bytes = makings[made++]!;
        for (let at = 0; at < bytes.length; at += 5000) yield bytes.subarray(at, at + 5000);
      },
      stale: () => made === 1,
    };
    const bytes = await zipEntries([before, { name: "xl/worksheets/sheet1.xml", data: part }, after]);
    expect(made).toBe(2);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual([before.name, "xl/worksheets/sheet1.xml", after.name]);
    expect((await zip.file("xl/worksheets/sheet1.xml")!.async("nodebuffer")).equals(makings[1]!)).toBe(true);
    expect((await zip.file(after.name)!.async("nodebuffer")).equals(after.data)).toBe(true);
  });
});

describe("zipEntries past plain ZIP's 4 GB", () => {
  it("is the 32-bit limit", () => {
    expect(MAX_ZIP32).toBe(2 ** 32 - 1);
  });

  it("refuses a part larger than the archive can record, rather than writing a broken archive", async () => {
    const huge = {
      *chunks() {
        for (let i = 0; i < 4; i++) yield new Uint8Array(1000);
      },
    };
    const name = "xl/worksheets/sheet1.xml";
    await expect(zipEntries([{ name, data: huge }], undefined, 3999)).rejects.toThrow(
      "xl/worksheets/sheet1.xml: 4000 bytes, more than a ZIP without ZIP64 holds (3999)",
    );
    await expect(zipEntries([{ name, data: huge }], undefined, 4000)).resolves.toBeInstanceOf(Uint8Array);
  });
});
