import { createRoot } from "react-dom/client";
import { App } from "./App";
import { startHost } from "./start-host";

const root = document.getElementById("root");
if (root) createRoot(root).render(<App start={startHost} />);
