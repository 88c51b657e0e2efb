// A browser flow of a dozen steps takes seconds on a loaded 2-core machine; jest's
// per-project `testTimeout` is not honoured, so the e2e project sets it here.
jest.setTimeout(60000);
