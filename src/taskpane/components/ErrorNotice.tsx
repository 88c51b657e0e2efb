import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useStrings } from "../i18n";

/** A failure, worded for the rep, with a retry. */
export function ErrorNotice({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useStrings();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
