import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { QuotedWhy, ThreadSource } from "../../hosts/graph/conversation";
import { format, type Strings } from "../../locales";
import { useStrings } from "../i18n";

const WHY: Record<QuotedWhy, keyof Strings> = {
  "not-configured": "sourceNotConfigured",
  unavailable: "sourceUnavailable",
  consent: "sourceConsent",
  offline: "sourceOffline",
  failed: "sourceFailed",
};

/** Where the pane read the thread, and what the quoted history may miss; a sign-in when Graph asks. */
export function SourceNotice({ source, onSignIn }: { source: ThreadSource; onSignIn: () => void }) {
  // Once the rep signed in, the thread is read again and the Sign in button goes: the focus
  // goes to the notice in its place (focusable by script alone), not to the page.
  const signingIn = useRef(false);
  const notice = useRef<HTMLDivElement>(null);
  const asking = source.kind === "quoted" && source.why === "consent";
  useEffect(() => {
    if (!signingIn.current || asking) return;
    signingIn.current = false;
    notice.current?.focus();
  }, [source, asking]);
  return (
    <div ref={notice} tabIndex={-1}>
      <Notice
        source={source}
        onSignIn={() => {
          signingIn.current = true;
          onSignIn();
        }}
      />
    </div>
  );
}

function Notice({ source, onSignIn }: { source: ThreadSource; onSignIn: () => void }) {
  const t = useStrings();
  if (source.kind === "graph")
    return (
      <Caption1 data-kindly-source="graph">
        {format(t.sourceGraph, { count: source.messages })}
      </Caption1>
    );
  const why = format(t[WHY[source.why]], { detail: source.detail });
  // Without a client ID or in an Outlook without nested app authentication, this is how
  // Kindly works: a quiet line. A refused or failed Graph is worth the rep's attention.
  if (source.why === "not-configured" || source.why === "unavailable")
    return (
      <Caption1 data-kindly-source={`quoted-${source.why}`}>
        {t.sourceQuoted} {why}
      </Caption1>
    );
  return (
    <MessageBar intent="warning" layout="multiline" data-kindly-source={`quoted-${source.why}`}>
      <MessageBarBody>
        {t.sourceQuoted} {why}
      </MessageBarBody>
      {source.why === "consent" && (
        <MessageBarActions>
          <Button size="small" onClick={onSignIn}>
            {t.graphSignIn}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
