/** Picked files (src/app/picked-files.ts): what is kept, what is set aside, in which order. */
import { mergePicked, pickedFromList } from "../../src/app/picked-files";

function file(name: string, text = name): File {
  return new File([text], name);
}

describe("pickedFromList", () => {
  it("keeps spreadsheets in path order, names the rest, and leaves lock and hidden files out unsaid", async () => {
    const picked = await pickedFromList([
      file("phuong-b.xlsx"),
      file("~$phuong-b.xlsx"),
      file(".an.xlsx"),
      file("ghi-chu.docx"),
      file("cu.xls"),
      file("phuong-a.xlsx", "nội dung"),
    ]);
    expect(picked.files.map((f) => f.name)).toEqual(["cu.xls", "phuong-a.xlsx", "phuong-b.xlsx"]);
    expect(new TextDecoder().decode(picked.files[1]!.bytes)).toBe("nội dung");
    expect(picked.skipped).toEqual(["ghi-chu.docx"]);
  });
});

describe("mergePicked", () => {
  it("replaces a file picked again under the same name and keeps the others", () => {
    const a = { name: "a.xlsx", bytes: new Uint8Array([1]) };
    const b = { name: "b.xlsx", bytes: new Uint8Array([2]) };
    const b2 = { name: "b.xlsx", bytes: new Uint8Array([3]) };
    expect(mergePicked([a, b], [b2])).toEqual([a, b2]);
  });
});
