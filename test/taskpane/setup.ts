/**
 * jsdom lacks a few browser APIs Fluent UI uses; minimal stand-ins so components render. Imported first by
 * every task pane test.
 */
import "@testing-library/jest-dom";

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!("ResizeObserver" in window)) {
  class ResizeObserverStandIn {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: ResizeObserverStandIn });
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStandIn });
}
