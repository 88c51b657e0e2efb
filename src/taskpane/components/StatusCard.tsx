import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { explain, formatDay, type Decision, type UiLanguage } from "../../core";
import { format } from "../../locales";
import { statusTitle } from "../../locales/wording";
import { useStrings } from "../i18n";
import { lazyPart } from "../lazy-part";

const ChaseAnywayDialog = lazyPart(
  () => import(/* webpackChunkName: "chase-anyway" */ "./ChaseAnywayDialog")
);

const INTENT: Record<Decision["status"], MessageBarIntent> = {
  ok: "success",
  "too-soon": "warning",
  hold: "warning",
  respond: "info",
};

interface Props {
  decision: Decision;
  lang: UiLanguage;
  /** The day the rep chose "Chase anyway", while it stands. */
  override: string | null;
  onChaseAnyway: () => void;
}

/** The status first: whether to chase now, why, and (never blocking) "Chase anyway". */
export function StatusCard({ decision, lang, override, onChaseAnyway }: Props) {
  const t = useStrings();
  const waiting = decision.status === "too-soon" || decision.status === "hold";
  const [asking, setAsking] = useState(false);
  const card = useRef<HTMLElement>(null);
  const chaseAnyway = useRef<HTMLButtonElement>(null);
  // The dialog is rendered only while it asks, with no trigger of its own: when it goes, focus
  // would fall to the page and the next Tab start from its end. It goes back to "Chase anyway"
  // (Wait, Escape), or, once the rep chose it and the button is gone, to the status it changed.
  const asked = useRef(false);
  useEffect(() => {
    if (asking) asked.current = true;
    else if (asked.current) {
      asked.current = false;
      (chaseAnyway.current ?? card.current)?.focus();
    }
  }, [asking]);
  return (
    // Focusable by script alone (tabIndex -1): the place focus goes after "Chase anyway".
    <section aria-labelledby="kindly-status-title" ref={card} tabIndex={-1}>
      {/* A live region, so a screen reader says the status when it changes. */}
      <div aria-live="polite">
        <MessageBar
          intent={override ? "success" : INTENT[decision.status]}
          layout="multiline"
          data-status={decision.status}
        >
          <MessageBarBody>
            <MessageBarTitle id="kindly-status-title">
              {statusTitle(decision, lang, t)}
            </MessageBarTitle>
            {explain(decision, lang)}
            {override && <div>{format(t.overridden, { date: formatDay(override, lang) })}</div>}
          </MessageBarBody>
          {waiting && !override && (
            <MessageBarActions>
              <Button ref={chaseAnyway} onClick={() => setAsking(true)}>
                {t.chaseAnyway}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      </div>
      {asking && (
        <ChaseAnywayDialog
          loading={null}
          text={format(t.chaseAnywayText, { date: formatDay(decision.earliest!, lang) })}
          onChaseAnyway={onChaseAnyway}
          onClose={() => setAsking(false)}
        />
      )}
    </section>
  );
}
