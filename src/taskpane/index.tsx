// First: starts loading the pane and the host (see early.ts).
import { analyse, start } from "./early";
import { createRoot } from "react-dom/client";
import { App } from "./App";

const root = document.getElementById("root");
if (root) createRoot(root).render(<App start={start} analyse={analyse} />);
