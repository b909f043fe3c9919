/** @jest-environment jsdom */
import "./setup";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { en, vi } from "../../src/taskpane/i18n";

let failing = true;

function Fragile() {
  const [label] = useState("Nội dung thẻ");
  if (failing) throw new Error("hỏng khi hiển thị");
  return <p>{label}</p>;
}

describe("ErrorBoundary", () => {
  beforeEach(() => {
    failing = true;
    // React reports the caught error on the console; the test is about what the user sees.
    jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ["vi", vi],
    ["en", en],
  ] as const)("shows the error instead of a blank tab (%s), and retries", async (_lang, strings) => {
    const user = userEvent.setup();
    render(
      <ErrorBoundary strings={strings}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText(strings.errorTitle)).toBeInTheDocument();
    expect(screen.getByText(/hỏng khi hiển thị/)).toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole("button", { name: strings.retry }));
    expect(screen.getByText("Nội dung thẻ")).toBeInTheDocument();
  });
});
