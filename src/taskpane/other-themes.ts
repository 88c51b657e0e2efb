// The themes a pane needs only when the client is dark or the system forces its colours:
// a chunk of their own (theme.ts), so a light pane never builds them.
export { teamsHighContrastTheme, webDarkTheme } from "@fluentui/react-components";
